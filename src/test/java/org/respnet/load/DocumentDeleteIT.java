package org.respnet.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.model.PolicyDocument;
import org.respnet.model.Unit;

/**
 * Deleting a document leaves exactly the graph that loading the other documents alone builds: every node,
 * relationship and property, unit workloads and pair totals included.
 */
class DocumentDeleteIT {

    /** Shares 团市委, 市财政局 and 市审计局 (and their pairs) with the seed, and names units the seed does not. */
    private static final String PLAN = """
            某市甲工作方案
            一、任务
            1.做好甲项工作。(牵头单位:市财政局,参与单位:市审计局、市统计局、团市委)
            2.做好乙项工作。(牵头单位:市财政局、市审计局)
            3.做好丙项工作。(牵头单位:团市委、市民政局,参与单位:市委组织部)
            """;

    private final TestDatabase db = TestDatabase.shared();
    private final DocumentLoader loader = new DocumentLoader(db.graph(), db.cypher());

    @BeforeEach
    void emptyGraph() {
        db.clear();
    }

    @Test
    void deleting_the_seed_leaves_the_graph_of_the_other_document_alone() {
        PolicyDocument seed = Fixtures.seed();
        PolicyDocument plan = Fixtures.parseText("plan.txt", PLAN);
        loader.load(plan);
        List<String> planAlone = db.dump();
        loader.load(seed);
        assertThat(sharedUnits(seed, plan)).contains("团市委", "市财政局", "市审计局");
        assertThat(db.count("MATCH ()-[c:COORDINATES {pair: '市审计局|市财政局'}]->() RETURN c.measures"))
                .as("the pair's total spans both documents").isGreaterThan(2);

        DeleteResult deleted = loader.delete(seed.key()).orElseThrow();

        assertThat(db.dump()).isEqualTo(planAlone);
        assertThat(deleted.measures()).isEqualTo(48);
        assertThat(deleted.sections()).isEqualTo(4);
        assertThat(deleted.unitsRemoved()).isEqualTo(seed.units().size() - sharedUnits(seed, plan).size());
    }

    @Test
    void deleting_the_other_document_leaves_the_seed_as_a_fresh_load_of_it() {
        PolicyDocument seed = Fixtures.seed();
        PolicyDocument plan = Fixtures.parseText("plan.txt", PLAN);
        loader.load(seed);
        List<String> seedAlone = db.dump();
        loader.load(plan);
        assertThat(db.dump()).isNotEqualTo(seedAlone);

        DeleteResult deleted = loader.delete(plan.key()).orElseThrow();

        assertThat(db.dump()).isEqualTo(seedAlone);
        assertThat(deleted.unitsRemoved()).isEqualTo(plan.units().size() - sharedUnits(seed, plan).size())
                .isPositive();
        assertThat(db.count("MATCH (u:Unit {name: '团市委'}) RETURN u.leads")).isEqualTo(7);
    }

    @Test
    void an_unknown_key_deletes_nothing() {
        loader.load(Fixtures.seed());
        List<String> before = db.dump();

        assertThat(loader.delete("no such document")).isEmpty();
        assertThat(db.dump()).isEqualTo(before);
    }

    private static Set<String> sharedUnits(PolicyDocument a, PolicyDocument b) {
        Set<String> shared = new HashSet<>(a.units().stream().map(Unit::name).toList());
        shared.retainAll(b.units().stream().map(Unit::name).toList());
        return shared;
    }
}
