package org.respnet.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.model.Workload;

/** Unit totals move with each load and replacement, and stay equal to the sums of the units' WORKS_ON. */
class UnitTotalsIT {

    private final TestDatabase db = TestDatabase.shared();
    private final DocumentLoader loader = new DocumentLoader(db.graph(), db.cypher());

    @BeforeEach
    void emptyGraph() {
        db.clear();
    }

    @Test
    void totals_follow_loads_replacements_and_reloads() {
        loader.load(Fixtures.parseText("a.txt", """
                某市甲工作方案
                一、任务
                1.做好甲项工作。(牵头单位:市财政局、市审计局,参与单位:市统计局)
                2.做好乙项工作。(牵头单位:市委组织部,参与单位:市财政局)
                """));
        loader.load(Fixtures.seed());
        assertTotalsAreTheSums();

        loader.load(Fixtures.parseText("a.txt", """
                某市甲工作方案
                一、任务
                1.做好甲项工作。(牵头单位:市财政局,参与单位:市统计局、市审计局)
                """));
        assertTotalsAreTheSums();
        assertThat(db.count("MATCH (u:Unit {name: '市审计局'}) RETURN u.leads")).isZero();
        double leadShare = db.graph().read(tx -> tx.run("MATCH (u:Unit {name: '市审计局'}) RETURN u.leadShare AS s")
                .single().get("s").asDouble());
        assertThat(leadShare).isEqualTo(0.0);

        loader.load(Fixtures.seed(), true, line -> { });
        assertTotalsAreTheSums();
    }

    private void assertTotalsAreTheSums() {
        List<Record> rows = db.graph().read(tx -> tx.run("""
                MATCH (u:Unit)
                OPTIONAL MATCH (u)-[w:WORKS_ON]->()
                RETURN u.name AS name, u.leads AS leads, u.participations AS participations, u.leadShare AS leadShare,
                       u.workload AS workload, coalesce(sum(w.leads), 0) AS sumLeads,
                       coalesce(sum(w.participations), 0) AS sumParticipations, coalesce(sum(w.leadShare), 0.0) AS sumShare""").list());
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            String name = r.get("name").asString();
            assertThat(r.get("leads").asLong()).as(name).isEqualTo(r.get("sumLeads").asLong());
            assertThat(r.get("participations").asLong()).as(name).isEqualTo(r.get("sumParticipations").asLong());
            assertThat(r.get("leadShare").asDouble()).as(name).isCloseTo(r.get("sumShare").asDouble(), within(1e-9));
            double workload = Workload.LEAD_WEIGHT * r.get("sumShare").asDouble()
                    + Workload.PARTICIPATION_WEIGHT * r.get("sumParticipations").asLong();
            assertThat(r.get("workload").asDouble()).as(name).isCloseTo(workload, within(1e-6));
        });
    }
}
