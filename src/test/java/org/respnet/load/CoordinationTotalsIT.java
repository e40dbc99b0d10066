package org.respnet.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.model.PolicyDocument;

/** COORDINATES holds one total per unit pair over all documents, kept equal to a count from the measures. */
class CoordinationTotalsIT {

    private static final String PLAN_A = """
            某市甲工作方案
            一、任务
            1.做好甲项工作。(牵头单位:市财政局,参与单位:市审计局、市统计局)
            2.做好乙项工作。(牵头单位:市财政局、市审计局)
            """;
    private static final String PLAN_B = """
            某市乙工作方案
            一、任务
            1.做好丙项工作。(牵头单位:市审计局,参与单位:市财政局)
            2.做好丁项工作。(牵头单位:市民政局,参与单位:市统计局)
            """;

    private final TestDatabase db = TestDatabase.shared();
    private final DocumentLoader loader = new DocumentLoader(db.graph(), db.cypher());

    @BeforeEach
    void emptyGraph() {
        db.clear();
    }

    @Test
    void pairs_shared_across_documents_add_up_in_one_relationship() {
        loader.load(plan("a.txt", PLAN_A));
        loader.load(plan("b.txt", PLAN_B));

        assertThat(db.count("MATCH (:Unit {name: '市审计局'})-[c:COORDINATES]-(:Unit {name: '市财政局'}) RETURN count(c)"))
                .isEqualTo(1);
        assertThat(db.count("MATCH ()-[c:COORDINATES {pair: '市审计局|市财政局'}]->() RETURN c.measures")).isEqualTo(3);
        assertThat(db.count("MATCH ()-[c:COORDINATES {pair: '市审计局|市财政局'}]->() RETURN c.leadLead")).isEqualTo(1);
        assertTotalsMatchTheMeasures();
    }

    @Test
    void replacing_a_document_takes_its_old_weights_off() {
        loader.load(plan("a.txt", PLAN_A));
        loader.load(plan("b.txt", PLAN_B));

        loader.load(plan("b.txt", PLAN_B.replace("(牵头单位:市民政局,参与单位:市统计局)", "(牵头单位:市民政局)")));

        assertThat(db.count("MATCH ()-[c:COORDINATES {pair: '市民政局|市统计局'}]->() RETURN count(c)")).isZero();
        assertThat(db.count("MATCH ()-[c:COORDINATES {pair: '市审计局|市财政局'}]->() RETURN c.measures")).isEqualTo(3);
        assertTotalsMatchTheMeasures();
    }

    @Test
    void reloading_the_same_text_leaves_the_totals_as_they_were() {
        loader.load(Fixtures.seed());
        Map<String, Object[]> before = totals();

        loader.load(Fixtures.seed(), true, line -> { });

        assertThat(totals().keySet()).isEqualTo(before.keySet());
        assertTotalsMatchTheMeasures();
    }

    private static PolicyDocument plan(String name, String text) {
        return Fixtures.parseText(name, text);
    }

    private void assertTotalsMatchTheMeasures() {
        Map<String, Object[]> stored = totals();
        Map<String, Object[]> counted = counted();
        assertThat(stored.keySet()).isEqualTo(counted.keySet());
        counted.forEach((pair, expected) -> {
            Object[] actual = stored.get(pair);
            for (int i = 0; i < 3; i++) {
                assertThat(actual[i]).as(pair + " field " + i).isEqualTo(expected[i]);
            }
            assertThat((Double) actual[3]).as(pair + " inverse").isCloseTo((Double) expected[3], within(1e-9));
        });
    }

    private Map<String, Object[]> totals() {
        return rows("""
                MATCH (a:Unit)-[c:COORDINATES]->(b:Unit)
                WHERE c.pair = a.name + '|' + b.name
                RETURN c.pair AS pair, c.measures AS measures, c.leadLead AS leadLead,
                       c.leadParticipant AS leadParticipant, c.inverse AS inverse""");
    }

    private Map<String, Object[]> counted() {
        return rows("""
                MATCH (a:Unit)-[ra:LEADS|PARTICIPATES_IN]->(m:Measure)<-[rb:LEADS|PARTICIPATES_IN]-(b:Unit)
                WHERE a.name < b.name
                RETURN a.name + '|' + b.name AS pair, count(m) AS measures,
                       sum(CASE WHEN ra:LEADS AND rb:LEADS THEN 1 ELSE 0 END) AS leadLead,
                       sum(CASE WHEN (ra:LEADS) <> (rb:LEADS) THEN 1 ELSE 0 END) AS leadParticipant,
                       sum(1.0 / (m.unitCount - 1)) AS inverse""");
    }

    private Map<String, Object[]> rows(String query) {
        Map<String, Object[]> rows = new TreeMap<>();
        db.graph().read(tx -> {
            tx.run(query).forEachRemaining(r -> rows.put(r.get("pair").asString(), new Object[] {
                    r.get("measures").asLong(), r.get("leadLead").asLong(), r.get("leadParticipant").asLong(),
                    r.get("inverse").asDouble()}));
            return null;
        });
        return rows;
    }
}
