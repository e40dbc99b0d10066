package org.respnet.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.model.PolicyDocument;

/**
 * Whichever way {@link UnitReadPlan} reads a unit (from the documents for a busy unit, from the unit for a rare
 * one), its pages and partners are what a plain sort and count of its relationships give.
 */
class UnitPagesIT {

    private static final TestDatabase db = TestDatabase.shared();
    private static PolicyDocument seed;
    private static ResponsibilityQueries queries;

    @BeforeAll
    static void twoDocuments() {
        db.clear();
        var app = db.app();
        seed = Fixtures.seed();
        app.loader().load(seed);
        app.loader().load(Fixtures.parseText("b.txt", """
                某市乙工作方案
                一、任务
                1.做好甲项工作。(牵头单位:团市委,参与单位:市妇联)
                2.做好乙项工作。(牵头单位:市委组织部,参与单位:团市委)
                3.做好丙项工作。(牵头单位:市财政局)
                """));
        queries = app.responsibilities();
    }

    @Test
    void pages_by_cursor_and_by_offset_give_the_sorted_measures_for_busy_and_rare_units() {
        for (String unit : List.of("团市委", "市委组织部", "市财政局")) {
            for (String document : new String[] {null, seed.key()}) {
                List<String> expected = sortedMeasures(unit, document);
                List<String> byCursor = new ArrayList<>();
                MeasureCursor after = null;
                do {
                    var page = queries.unit(unit, document, 5, 4, 0, after).orElseThrow();
                    page.measures().forEach(m -> byCursor.add(m.document() + "#" + m.number()));
                    assertThat(page.measureTotal()).isEqualTo(expected.size());
                    after = page.next() == null ? null : MeasureCursor.parse(page.next());
                } while (after != null);
                assertThat(byCursor).as("%s in %s by cursor", unit, document).isEqualTo(expected);

                List<String> byOffset = new ArrayList<>();
                for (int offset = 0; offset < expected.size(); offset += 4) {
                    queries.unit(unit, document, 5, 4, offset, null).orElseThrow().measures()
                            .forEach(m -> byOffset.add(m.document() + "#" + m.number()));
                }
                assertThat(byOffset).as("%s in %s by offset", unit, document).isEqualTo(expected);
            }
        }
    }

    @Test
    void partners_within_a_document_are_the_counted_shared_measures() {
        for (String unit : List.of("团市委", "市委组织部", "市财政局")) {
            var partners = queries.unit(unit, seed.key(), 1000).orElseThrow().partners();
            Map<String, Long> shown = new HashMap<>();
            partners.forEach(p -> shown.put(p.name(), p.measures()));
            assertThat(shown).as(unit).isEqualTo(sharedMeasures(unit, seed.key()));
        }
    }

    private static List<String> sortedMeasures(String unit, String document) {
        Map<String, Object> p = new HashMap<>();
        p.put("unit", unit);
        p.put("document", document);
        return db.graph().read(tx -> tx.run("""
                MATCH (:Unit {name: $unit})-[:LEADS|PARTICIPATES_IN]->(m:Measure)
                WHERE $document IS NULL OR m.document = $document
                RETURN m.document + '#' + m.number AS id ORDER BY m.document, m.index""", p)
                .list(r -> r.get("id").asString()));
    }

    private static Map<String, Long> sharedMeasures(String unit, String document) {
        Map<String, Long> counts = new HashMap<>();
        db.graph().read(tx -> tx.run("""
                MATCH (:Unit {name: $unit})-[:LEADS|PARTICIPATES_IN]->(m:Measure {document: $document})
                      <-[:LEADS|PARTICIPATES_IN]-(p:Unit)
                RETURN p.name AS name, count(DISTINCT m) AS n""", Map.of("unit", unit, "document", document)).list())
                .forEach(r -> counts.put(r.get("name").asString(), r.get("n").asLong()));
        return counts;
    }
}
