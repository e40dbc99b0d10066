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

    @Test
    void due_counts_follow_replacements_and_deletes() {
        loader.load(Fixtures.seed());
        loader.load(Fixtures.parseText("plan.txt", """
                某市2022年重点工作方案
                一、任务
                1.做好甲项工作。(牵头单位:市财政局,参与单位:市审计局,完成时限:2022年10月底前)
                2.做好乙项工作。(牵头单位:市审计局,参与单位:市财政局,完成时限:年底前)
                3.做好丙项工作。(牵头单位:市财政局,完成时限:第三季度)
                4.做好丁项工作。(牵头单位:市民政局,参与单位:市财政局,长期坚持)
                5.做好戊项工作。(牵头单位:市财政局、市民政局,完成时限:2022年6月15日前)
                """));
        loader.load(Fixtures.parseText("other.txt", """
                某市2023年专项工作方案
                一、任务
                1.做好甲项工作。(牵头单位:市审计局,参与单位:市统计局,完成时限:2023年6月底前)
                2.做好乙项工作。(牵头单位:市统计局,参与单位:市财政局,完成时限:2022年10月底前)
                """));
        assertDueCountsAreTheRecount();
        assertThat(dueDates("市财政局")).containsExactly("2022-06-15", "2022-09-30", "2022-10-31", "2022-12-31");

        // Revised: measure 5 goes (市民政局 keeps only its standing duty), 3 moves to October, 2 loses its support.
        loader.load(Fixtures.parseText("plan.txt", """
                某市2022年重点工作方案
                一、任务
                1.做好甲项工作。(牵头单位:市财政局,参与单位:市审计局,完成时限:2022年10月底前)
                2.做好乙项工作。(牵头单位:市审计局,完成时限:年底前)
                3.做好丙项工作。(牵头单位:市财政局,完成时限:2022年10月底前)
                4.做好丁项工作。(牵头单位:市民政局,参与单位:市财政局,长期坚持)
                """));
        assertDueCountsAreTheRecount();
        assertThat(dueDates("市民政局")).isEmpty();
        assertThat(db.count("MATCH (u:Unit {name: '市民政局'}) WHERE u.dueDates IS NULL AND u.dueCounts IS NULL"
                + " AND u.dueLeadCounts IS NULL RETURN count(u)")).isOne();

        assertThat(loader.delete("某市2023年专项工作方案")).isPresent();
        assertDueCountsAreTheRecount();
        // Only the plan's measures 1 and 3, both due 2022-10-31 and led, are left to 市财政局.
        assertThat(dueDates("市财政局")).containsExactly("2022-10-31");
        assertThat(db.count("MATCH (u:Unit {name: '市财政局'}) RETURN u.dueCounts[0] * 10 + u.dueLeadCounts[0]"))
                .isEqualTo(22);
    }

    private List<String> dueDates(String unit) {
        return db.graph().readList("MATCH (u:Unit {name: $name}) UNWIND coalesce(u.dueDates, []) AS d RETURN toString(d) AS d",
                java.util.Map.of("name", unit), r -> r.get("d").asString());
    }

    /**
     * Every unit's stored arrays, and every WORKS_ON's, equal the count by date of its measures with a date-kind due
     * date (each measure once, led when it leads it); a unit with none has none of the three properties.
     */
    private void assertDueCountsAreTheRecount() {
        String recount = """
                MATCH (u:Unit)
                OPTIONAL MATCH (u)-[r:LEADS|PARTICIPATES_IN]->(m:Measure {dueKind: 'date'})
                  WHERE $document IS NULL OR m.document = $document
                WITH u, m, 'LEADS' IN collect(type(r)) AS led
                WITH u, m.dueDate AS date, count(m) AS n, count(CASE WHEN led THEN m END) AS l
                ORDER BY date
                WITH u, [x IN collect(CASE WHEN n > 0 THEN [date, n, l] END) WHERE x IS NOT NULL] AS due
                RETURN u.name AS name, [x IN due | x[0]] AS dates, [x IN due | x[1]] AS counts, [x IN due | x[2]] AS led
                """;
        var expected = db.graph().readList(recount, java.util.Collections.singletonMap("document", null),
                r -> r.get("name").asString() + " " + r.get("dates") + " " + r.get("counts") + " " + r.get("led"));
        var stored = db.graph().readList("""
                MATCH (u:Unit)
                RETURN u.name AS name, coalesce(u.dueDates, []) AS dates, coalesce(u.dueCounts, []) AS counts,
                       coalesce(u.dueLeadCounts, []) AS led""", java.util.Map.of(),
                r -> r.get("name").asString() + " " + r.get("dates") + " " + r.get("counts") + " " + r.get("led"));
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
        for (String key : db.graph().readList("MATCH (d:Document) RETURN d.key AS key", java.util.Map.of(),
                r -> r.get("key").asString())) {
            var perDocument = db.graph().readList("""
                    MATCH (u:Unit)-[w:WORKS_ON]->(:Document {key: $document})
                    RETURN u.name AS name, coalesce(w.dueDates, []) AS dates, coalesce(w.dueCounts, []) AS counts,
                           coalesce(w.dueLeadCounts, []) AS led""", java.util.Map.of("document", key),
                    r -> r.get("name").asString() + " " + r.get("dates") + " " + r.get("counts") + " " + r.get("led"));
            var recounted = db.graph().readList(recount.replace("MATCH (u:Unit)\n", "MATCH (u:Unit)-[:WORKS_ON]->(:Document {key: $document})\n"),
                    java.util.Map.of("document", key),
                    r -> r.get("name").asString() + " " + r.get("dates") + " " + r.get("counts") + " " + r.get("led"));
            assertThat(perDocument).as(key).isNotEmpty().containsExactlyInAnyOrderElementsOf(recounted);
        }
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
