package org.respnet.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.db.VersionedCache;
import org.respnet.load.DocumentLoader;

/**
 * The leader's views cached by graph version: a repeated request is served from the cache, and a write that moves
 * the version, by this process's loader or by another client of the same database, is seen at once.
 */
class LeaderViewsCacheIT {

    /** Two measures: 团市委 with 市财政局 (both in the seed) and 市体育局 (not in it). */
    private static final String PLAN = """
            某市乙工作方案
            一、任务
            1.建设社区服务中心。(牵头单位:团市委,参与单位:市财政局、市体育局)
            2.开展社区体育活动。(牵头单位:市体育局,参与单位:市统计局)
            """;
    private static final org.respnet.model.PolicyDocument PLAN_DOCUMENT = Fixtures.parseText("plan.txt", PLAN);

    private final TestDatabase db = TestDatabase.shared();
    private DocumentLoader loader;
    private LeaderViews views;

    @BeforeEach
    void seedOnly() {
        db.clear();
        loader = new DocumentLoader(db.graph(), db.cypher());
        loader.load(Fixtures.seed());
        views = new LeaderViews(db.graph(), db.cypher(), new CoordinationQueries(db.graph(), db.cypher()));
    }

    private Picture picture() {
        return views.picture(null, null, Weighting.INVERSE, false, 3, 300);
    }

    private Optional<Focus> focus() {
        return views.focus("团市委", null, null, Weighting.INVERSE, 1, 60, 20);
    }

    @Test
    void every_load_and_delete_moves_the_version_inside_its_transaction() {
        VersionedCache.Version afterSeed = views.cache().version();
        assertThat(afterSeed).isNotNull();

        loader.load(PLAN_DOCUMENT);
        VersionedCache.Version afterPlan = views.cache().version();
        loader.load(PLAN_DOCUMENT);   // unchanged: nothing written, nothing moved
        VersionedCache.Version afterSame = views.cache().version();
        assertThat(loader.delete(PLAN_DOCUMENT.key())).isPresent();
        VersionedCache.Version afterDelete = views.cache().version();

        assertThat(afterPlan.epoch()).isEqualTo(afterSeed.epoch());
        assertThat(afterPlan.number()).isEqualTo(afterSeed.number() + 1);
        assertThat(afterSame).isEqualTo(afterPlan);
        assertThat(afterDelete.number()).isEqualTo(afterPlan.number() + 1);
        assertThat(db.count("MATCH (v:GraphVersion) RETURN count(v)")).isEqualTo(1);
    }

    @Test
    void a_repeated_request_at_the_same_version_is_the_cached_result() {
        VersionedCache.Version before = views.cache().version();
        Picture first = picture();
        Optional<Focus> firstFocus = focus();
        Picture again = picture();
        Optional<Focus> focusAgain = focus();

        assertThat(views.cache().version()).isEqualTo(before);
        assertThat(again).isSameAs(first);
        assertThat(focusAgain).isSameAs(firstFocus);
        // other parameters are other entries
        assertThat(views.picture(null, null, Weighting.COUNT, false, 3, 300)).isNotSameAs(first);
    }

    @Test
    void loading_another_document_changes_the_picture() {
        Picture seedOnly = picture();
        Focus seedFocus = focus().orElseThrow();

        loader.load(PLAN_DOCUMENT);
        Picture withPlan = picture();
        Focus planFocus = focus().orElseThrow();

        assertThat(withPlan).isNotSameAs(seedOnly);
        assertThat(withPlan.measuresInScope()).isEqualTo(seedOnly.measuresInScope() + 2);
        assertThat(names(seedOnly)).doesNotContain("市体育局");
        assertThat(names(withPlan)).contains("市体育局");
        // 团市委 now also shares the plan's first measure with 市财政局: one more measure on that tie
        assertThat(shared(planFocus, "市财政局")).isEqualTo(shared(seedFocus, "市财政局") + 1);
        // the same answer as a cache that never saw the seed alone
        LeaderViews fresh = new LeaderViews(db.graph(), db.cypher(), new CoordinationQueries(db.graph(), db.cypher()));
        assertThat(fresh.picture(null, null, Weighting.INVERSE, false, 3, 300)).isEqualTo(withPlan);
    }

    @Test
    void another_clients_write_is_seen_once_it_moves_the_version() {
        Picture before = picture();
        String unit = before.nodes().get(0).id();
        String kind = before.nodes().get(0).kind();

        // Another client writes through its own driver session, without the loader.
        try (Session other = db.graph().driver().session(db.graph().sessionConfig())) {
            other.executeWriteWithoutResult(tx -> tx.run("MATCH (u:Unit {name: $name}) SET u.kind = '测试类'",
                    Map.of("name", unit)).consume());
            // Without a version move the cache cannot know: the cached picture is still served, which is why every
            // writer must move it.
            assertThat(picture()).isSameAs(before);

            other.executeWriteWithoutResult(tx -> {
                tx.run("MATCH (u:Unit {name: $name}) SET u.kind = '另一类'", Map.of("name", unit)).consume();
                tx.run(db.cypher().get("load/bump-graph-version")).consume();
            });
        }
        Picture after = picture();

        assertThat(after).isNotSameAs(before);
        assertThat(kindOf(after, unit)).isEqualTo("另一类").isNotEqualTo(kind);
    }

    @Test
    void an_emptied_and_reloaded_graph_is_not_served_from_the_old_entries() {
        VersionedCache.Version seedVersion = views.cache().version();
        Picture seedPicture = picture();

        db.clear();
        loader.load(PLAN_DOCUMENT);
        VersionedCache.Version planVersion = views.cache().version();
        Picture planPicture = picture();

        // the new version node restarts its count but not its epoch
        assertThat(planVersion.number()).isEqualTo(1);
        assertThat(planVersion.epoch()).isNotEqualTo(seedVersion.epoch());
        assertThat(planPicture.measuresInScope()).isEqualTo(2).isNotEqualTo(seedPicture.measuresInScope());
    }

    private static List<String> names(Picture p) {
        return p.nodes().stream().map(Picture.Node::id).toList();
    }

    private static String kindOf(Picture p, String unit) {
        return p.nodes().stream().filter(n -> n.id().equals(unit)).findFirst().orElseThrow().kind();
    }

    private static long shared(Focus f, String partner) {
        return f.partners().stream().filter(p -> p.name().equals(partner)).mapToLong(Focus.Partner::measures)
                .findFirst().orElse(0);
    }
}
