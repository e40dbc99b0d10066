package org.respnet.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.model.PolicyDocument;
import org.respnet.model.Workload;

/**
 * The workload has one home, {@link Workload#of}: what every ranking scope reads (stored on units, stored per
 * document, computed per section) equals that rule applied to counts taken straight from the relationships.
 */
class WorkloadRuleIT {

    private static final TestDatabase db = TestDatabase.shared();
    private static PolicyDocument seed;

    @BeforeAll
    static void twoDocuments() {
        db.clear();
        var app = db.app();
        seed = Fixtures.seed();
        app.loader().load(seed);
        app.loader().load(Fixtures.parseText("b.txt", """
                某市乙工作方案
                一、任务
                1.做好甲项工作。(牵头单位:团市委、市妇联、市科协,参与单位:市委组织部)
                2.做好乙项工作。(牵头单位:市委组织部)
                """));
    }

    @Test
    void every_scope_reads_the_rule_applied_to_the_relationships() {
        WorkloadRanking ranking = db.app().ranking();
        assertThat(workloads(ranking.rank(new RankingFilter(null, null, null, "name", true, 1000))))
                .isEqualTo(expected(null, null));
        assertThat(workloads(ranking.rank(new RankingFilter(seed.key(), null, null, "leads", false, 1000))))
                .isEqualTo(expected(seed.key(), null));
        assertThat(workloads(ranking.rank(new RankingFilter(seed.key(), 2, null, "total", true, 1000))))
                .isEqualTo(expected(seed.key(), 2)).isNotEmpty();
    }

    @Test
    void a_rank_is_one_plus_the_units_with_a_higher_workload_whatever_the_order_shown() {
        var units = db.app().ranking().rank(new RankingFilter(null, null, null, "name", false, 1000)).units();
        for (RankedUnit unit : units) {
            long heavier = units.stream().filter(o -> o.workload() > unit.workload()).count();
            assertThat(unit.rank()).as(unit.name()).isEqualTo(1 + heavier);
        }
        assertThat(units.stream().mapToLong(RankedUnit::rank).min().orElseThrow()).isEqualTo(1);
    }

    private static Map<String, Double> workloads(Ranking ranking) {
        Map<String, Double> byName = new HashMap<>();
        ranking.units().forEach(u -> byName.put(u.name(), u.workload()));
        return byName;
    }

    /** Leads, shares (1 / the measure's lead count) and participations counted per unit from the relationships. */
    private static Map<String, Double> expected(String document, Integer section) {
        Map<String, Object> p = new HashMap<>();
        p.put("document", document);
        p.put("section", section);
        List<org.neo4j.driver.Record> rows = db.graph().read(tx -> tx.run("""
                MATCH (u:Unit)-[r:LEADS|PARTICIPATES_IN]->(m:Measure)
                WHERE ($document IS NULL OR m.document = $document) AND ($section IS NULL OR m.section = $section)
                WITH u, m, r, COUNT { (m)<-[:LEADS]-() } AS coLeads
                RETURN u.name AS name, sum(CASE WHEN r:LEADS THEN 1 ELSE 0 END) AS leads,
                       sum(CASE WHEN r:LEADS THEN 1.0 / coLeads ELSE 0.0 END) AS share,
                       sum(CASE WHEN r:PARTICIPATES_IN THEN 1 ELSE 0 END) AS participations""", p).list());
        Map<String, Double> byName = new HashMap<>();
        rows.forEach(r -> byName.put(r.get("name").asString(),
                Workload.of(r.get("leads").asLong(), r.get("share").asDouble(), r.get("participations").asLong())));
        return byName;
    }
}
