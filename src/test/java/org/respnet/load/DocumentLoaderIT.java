package org.respnet.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;

class DocumentLoaderIT {

    private final TestDatabase db = TestDatabase.shared();
    private final DocumentLoader loader = new DocumentLoader(db.graph(), db.cypher());

    @BeforeEach
    void emptyGraph() {
        db.clear();
    }

    @Test
    void loads_the_seed_with_its_exact_figures() {
        LoadResult result = loader.load(Fixtures.seed());

        assertThat(result.skipped()).isFalse();
        assertThat(graphCounts()).isEqualTo(seedCounts());
        assertThat(db.count("MATCH (:Unit {name: '市委办公室'})-[:SUPERVISES]->(:Document) RETURN count(*)")).isEqualTo(1);
        List<String> aliases = db.graph().read(tx -> tx.run("MATCH (u:Unit {name: '市委办公室'}) RETURN u.aliases AS a")
                .single().get("a").asList(v -> v.asString()));
        assertThat(aliases).containsExactly("市督考办");
    }

    @Test
    void maintains_unit_totals_from_the_relationships() {
        loader.load(Fixtures.seed());

        Map<String, Object> totals = db.graph().read(tx -> tx.run("""
                MATCH (u:Unit {name: '团市委'})
                RETURN u.leads AS leads, u.participations AS participations,
                       COUNT { (u)-[:LEADS]->() } AS leadRels, COUNT { (u)-[:PARTICIPATES_IN]->() } AS partRels""")
                .single().asMap());
        assertThat(totals).containsEntry("leads", 7L).containsEntry("participations", 36L)
                .containsEntry("leadRels", 7L).containsEntry("partRels", 36L);
        assertThat(db.count("MATCH (u:Unit {name: '市委组织部'}) RETURN u.leads")).isEqualTo(16);
    }

    @Test
    void reloading_the_same_document_changes_nothing() {
        loader.load(Fixtures.seed());
        Map<String, Long> first = graphCounts();

        assertThat(loader.load(Fixtures.seed()).skipped()).isTrue();
        loader.load(Fixtures.seed(), true, line -> { });

        assertThat(graphCounts()).isEqualTo(first);
        assertThat(db.count("MATCH ()-[c:COORDINATES]->() RETURN count(c)"))
                .isEqualTo(coordinatesAfterFreshLoad(Fixtures.seed()));
    }

    @Test
    void an_unchanged_text_stored_by_an_older_release_is_written_again_not_skipped() {
        loader.load(Fixtures.seed());
        // What a release before store format 2 left: no format, no pair weights, no per-document workload.
        db.graph().write(tx -> tx.run("""
                MATCH (d:Document) REMOVE d.storeFormat
                WITH d MATCH (d)-[:HAS_MEASURE]->(m) REMOVE m.pairWeight
                WITH DISTINCT d MATCH (d)<-[w:WORKS_ON]-() REMOVE w.workload""").consume());

        LoadResult again = loader.load(Fixtures.seed());

        assertThat(again.skipped()).isFalse();
        assertThat(db.count("MATCH (m:Measure) WHERE m.pairWeight IS NULL AND m.unitCount >= 2 RETURN count(m)")).isZero();
        assertThat(db.count("MATCH ()-[w:WORKS_ON]->() WHERE w.workload IS NULL RETURN count(w)")).isZero();
        assertThat(loader.load(Fixtures.seed()).skipped()).isTrue();
    }

    @Test
    void a_revised_document_replaces_its_previous_version_and_leaves_others_alone() throws Exception {
        PolicyDocument other = Fixtures.parseText("other.txt", """
                某市某某工作方案
                一、总体任务
                1.做好某项工作。(牵头单位:市财政局,参与单位:市审计局、市统计局)
                """);
        loader.load(other);
        loader.load(Fixtures.seed());
        String revisedText = Files.readString(Fixtures.SEED)
                .replace("48.把群团事业发展规划纳入本地区经济社会发展总体规划,统筹布局。(牵头单位:市发改委,参与单位:市总工会、团市委、市妇联、市科协、市文联、市工商联、市侨联、市社科联、市残联、市红十字会、市贸促会、市计生协会)", "")
                .replace("(牵头单位:市财政局、市国税局,", "(牵头单位:市财政局、市地税局,");
        PolicyDocument revised = Fixtures.parseText("revised.txt", revisedText);
        assertThat(revised.key()).isEqualTo(Fixtures.seed().key());

        loader.load(revised);

        assertThat(db.count("MATCH (d:Document) RETURN count(d)")).isEqualTo(2);
        assertThat(db.count("MATCH (m:Measure {document: $k}) RETURN count(m)".replace("$k", "'" + revised.key() + "'"))).isEqualTo(47);
        assertThat(db.count("MATCH (:Unit {name: '市国税局'}) RETURN count(*)")).isZero();
        assertThat(db.count("MATCH (:Unit {name: '市地税局'})-[:LEADS]->() RETURN count(*)")).isEqualTo(1);
        assertThat(db.count("MATCH (:Unit {name: '市财政局'}) RETURN count(*)")).isEqualTo(1);
        assertThat(db.count("MATCH (u:Unit {name: '市财政局'})-[:LEADS]->(m:Measure {document: '" + other.key() + "'}) RETURN count(m)")).isEqualTo(1);
        assertThat(db.count("MATCH (:Unit {name: '市审计局'})-[:PARTICIPATES_IN]->(m) RETURN count(m)")).isEqualTo(2);
        assertThat(db.count("MATCH ()-[r:LEADS]->() RETURN count(r)")).isEqualTo(138 - 1 + 1);
        assertThat(db.count("MATCH ()-[r:PARTICIPATES_IN]->() RETURN count(r)")).isEqualTo(449 - 12 + 2);
    }

    @Test
    void a_failing_load_leaves_the_previous_version_untouched() {
        PolicyDocument seed = Fixtures.seed();
        loader.load(seed);
        Map<String, Long> before = graphCounts();
        List<Measure> measures = new ArrayList<>(seed.measures());
        Measure last = measures.get(measures.size() - 1);
        // A measure number too long for its index key fails the measures statement, half-way through the
        // transaction: after units, pair totals, the document and its sections were written. (The parser refuses
        // such a number; a hand-built model does not pass through it.)
        measures.add(new Measure(last.index() + 1, "4".repeat(10_000), last.section(), null, "重复", null, last.leads(), List.of(), List.of(), null, List.of(), "line 99"));
        PolicyDocument broken = new PolicyDocument(seed.key(), seed.title(), seed.docNumber(), seed.issuer(), seed.date(),
                new org.respnet.model.Source("broken.txt", "UTF-8", "different"), seed.sections(), measures,
                seed.units(), seed.supervisors());

        assertThatThrownBy(() -> loader.load(broken)).isInstanceOf(RuntimeException.class)
                .hasMessageContaining("measure_document_number");

        assertThat(graphCounts()).isEqualTo(before);
        String storedHash = db.graph().read(tx -> tx.run("MATCH (d:Document) RETURN d.sha256 AS h").single().get("h").asString());
        assertThat(storedHash).isEqualTo(seed.source().sha256());
    }

    private Map<String, Long> graphCounts() {
        return Map.of(
                "documents", db.count("MATCH (n:Document) RETURN count(n)"),
                "sections", db.count("MATCH (n:Section) RETURN count(n)"),
                "measures", db.count("MATCH (n:Measure) RETURN count(n)"),
                "units", db.count("MATCH (n:Unit) RETURN count(n)"),
                "leads", db.count("MATCH ()-[r:LEADS]->() RETURN count(r)"),
                "participations", db.count("MATCH ()-[r:PARTICIPATES_IN]->() RETURN count(r)"));
    }

    private static Map<String, Long> seedCounts() {
        return Map.of("documents", 1L, "sections", 4L, "measures", 48L, "units", 45L, "leads", 138L, "participations", 449L);
    }

    /** The number of distinct unit pairs sharing a measure, computed here independently of the loader. */
    private static long coordinatesAfterFreshLoad(PolicyDocument document) {
        var pairs = new java.util.HashSet<String>();
        for (Measure m : document.measures()) {
            var units = new ArrayList<>(m.leads());
            units.addAll(m.participants());
            for (String a : units) {
                for (String b : units) {
                    if (a.compareTo(b) < 0) {
                        pairs.add(a + "|" + b);
                    }
                }
            }
        }
        return pairs.size();
    }
}
