package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.web.Http.encode;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.load.DocumentLoader;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;

/**
 * Pages of a unit's measures over several documents: whichever way the server reads a page (from the documents
 * for a busy unit and a small page, from the unit otherwise), the pages put together are exactly the unit's
 * measures in (document, index) order, as one full sort of them gives, across document boundaries, within one
 * document, by offset and by cursor.
 */
class UnitMeasurePagesIT {

    private static final String API = "/api/v1";
    /** Loaded in this order; in key order 〔2016〕1号 < 10号 < 11号 < 2号 < 3号, so load order is not key order. */
    private static final List<Integer> NUMBERS = List.of(3, 10, 1, 11, 2);
    private static final List<String> UNITS = List.of("市审计局", "市统计局", "市教育局", "市民政局", "市商务局",
            "市水利局", "市司法局", "市科技局", "市体育局", "市档案局", "团市委", "市妇联");
    /** A unit in most measures, so small pages are read from the documents. */
    private static final String BUSY = "市财政局";
    private static final String RARE = "市档案局";
    /** The old statement, one full sort of the unit's measures: the order every page must follow. */
    private static final String FULL_SORT = """
            MATCH (:Unit {name: $name})-[r:LEADS|PARTICIPATES_IN]->(m:Measure)
            WHERE $document IS NULL OR m.document = $document
            RETURN m.document AS document, m.number AS number,
                   CASE WHEN r:LEADS THEN 'lead' ELSE 'participant' END AS role
            ORDER BY m.document, m.index""";

    private static WebServer server;
    private static Http http;
    private static TestDatabase db;
    private static final List<PolicyDocument> documents = new ArrayList<>();

    @BeforeAll
    static void loadFiveDocuments() {
        db = TestDatabase.shared();
        db.clear();
        var loader = new DocumentLoader(db.graph(), db.cypher());
        SplittableRandom random = new SplittableRandom(11);
        for (int number : NUMBERS) {
            PolicyDocument document = Fixtures.parseText("plan-" + number + ".txt", plan(number, 12 + 7 * number % 30, random));
            assertThat(document.key()).isEqualTo("衢政发〔2016〕" + number + "号");
            loader.load(document);
            documents.add(document);
        }
        server = db.app().webServer().start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A plan of two sections; the busy unit is in about four measures of five, the others now and then. */
    private static String plan(int number, int measures, SplittableRandom random) {
        StringBuilder text = new StringBuilder("衢州市重点工作实施方案(" + number + ")\n衢政发〔2016〕" + number + "号\n");
        for (int i = 1; i <= measures; i++) {
            if (i == 1 || i == measures / 2 + 1) {
                text.append(i == 1 ? "一、加强组织领导\n" : "二、强化工作保障\n");
            }
            List<String> leads = new ArrayList<>();
            List<String> participants = new ArrayList<>();
            if (random.nextInt(5) < 4) {
                (random.nextBoolean() ? leads : participants).add(BUSY);
            }
            for (String unit : UNITS) {
                if (random.nextInt(UNITS.indexOf(unit) + 3) == 0) {
                    (leads.isEmpty() || random.nextInt(4) == 0 ? leads : participants).add(unit);
                }
            }
            if (leads.isEmpty()) {
                leads.add(participants.isEmpty() ? "市发改委" : participants.remove(0));
            }
            text.append(i).append(".推进第").append(i).append("项重点工作。(牵头单位:").append(String.join("、", leads));
            if (!participants.isEmpty()) {
                text.append(",参与单位:").append(String.join("、", participants));
            }
            text.append(")\n");
        }
        return text.toString();
    }

    @Test
    void the_input_names_the_busy_unit_in_most_measures_of_every_document() {
        for (PolicyDocument d : documents) {
            assertThat(inputMeasures(BUSY, d.key()).size()).as(d.key()).isGreaterThan(d.measures().size() / 2);
        }
        assertThat(inputMeasures(RARE, null)).isNotEmpty();
    }

    @Test
    void offset_pages_put_together_are_the_full_sort_across_documents() {
        for (String unit : List.of(BUSY, "市审计局", RARE)) {
            List<String> all = fullSort(unit, null);
            assertThat(all).as(unit).containsExactlyInAnyOrderElementsOf(inputMeasures(unit, null));
            for (int size : List.of(1, 3, 7, 20, 100)) {
                List<String> paged = new ArrayList<>();
                for (int offset = 0; offset < all.size() + size; offset += size) {
                    JsonNode detail = unit(unit, "measures=" + size + "&offset=" + offset);
                    assertThat(detail.get("measureTotal").asLong()).isEqualTo(all.size());
                    paged.addAll(rows(detail));
                }
                assertThat(paged).as(unit + " in pages of " + size).containsExactlyElementsOf(all);
            }
        }
    }

    @Test
    void pages_within_one_document_are_its_part_of_the_full_sort() {
        for (PolicyDocument d : documents) {
            for (String unit : List.of(BUSY, "市审计局", RARE)) {
                List<String> all = fullSort(unit, d.key());
                assertThat(all).containsExactlyInAnyOrderElementsOf(inputMeasures(unit, d.key()));
                for (int size : List.of(1, 4, 50)) {
                    List<String> paged = new ArrayList<>();
                    for (int offset = 0; offset <= all.size(); offset += size) {
                        JsonNode detail = unit(unit, "document=" + encode(d.key()) + "&measures=" + size + "&offset=" + offset);
                        assertThat(detail.get("measureTotal").asLong()).isEqualTo(all.size());
                        paged.addAll(rows(detail));
                    }
                    assertThat(paged).as(unit + " in " + d.key() + ", pages of " + size).containsExactlyElementsOf(all);
                }
            }
        }
    }

    @Test
    void every_offset_starts_its_page_at_that_position() {
        List<String> all = fullSort(BUSY, null);
        for (int offset = 0; offset < all.size(); offset++) {
            assertThat(rows(unit(BUSY, "measures=5&offset=" + offset)))
                    .as("offset " + offset).containsExactlyElementsOf(all.subList(offset, Math.min(all.size(), offset + 5)));
        }
    }

    @Test
    void offsets_at_or_past_the_end_give_an_empty_page_and_no_cursor() {
        long total = fullSort(BUSY, null).size();
        String lastDocument = documents.stream().map(PolicyDocument::key).max(String::compareTo).orElseThrow();
        for (String query : List.of("offset=" + total, "offset=" + (total + 1), "offset=" + Integer.MAX_VALUE,
                "document=" + encode(lastDocument) + "&offset=" + fullSort(BUSY, lastDocument).size())) {
            JsonNode detail = unit(BUSY, query);
            assertThat(detail.get("measures")).as(query).isEmpty();
            assertThat(detail.get("next").isNull()).as(query).isTrue();
            assertThat(detail.get("leads").asLong() + detail.get("participations").asLong()).isEqualTo(total);
        }
        assertThat(rows(unit(BUSY, "offset=" + (total - 1)))).containsExactly(fullSort(BUSY, null).get((int) total - 1));
    }

    @Test
    void following_next_cursors_walks_the_full_sort_and_ends_with_null() {
        for (String document : java.util.Arrays.asList(null, "衢政发〔2016〕10号")) {
            for (String unit : List.of(BUSY, RARE)) {
                List<String> all = fullSort(unit, document);
                for (int size : List.of(1, 6, 1000)) {
                    List<String> walked = new ArrayList<>();
                    String scope = document == null ? "" : "&document=" + encode(document);
                    JsonNode detail = unit(unit, "measures=" + size + scope);
                    int pages = 1;
                    walked.addAll(rows(detail));
                    while (!detail.get("next").isNull()) {
                        assertThat(detail.get("measures")).hasSize(size);
                        detail = unit(unit, "measures=" + size + scope + "&after=" + encode(detail.get("next").asText()));
                        walked.addAll(rows(detail));
                        pages++;
                    }
                    assertThat(walked).as(unit + " " + document + " by " + size).containsExactlyElementsOf(all);
                    assertThat(pages).isEqualTo(Math.max(1, (all.size() + size - 1) / size));
                }
            }
        }
    }

    @Test
    void a_cursor_names_the_last_measure_of_its_page() {
        JsonNode detail = unit(BUSY, "measures=4&offset=2");
        JsonNode last = detail.get("measures").get(3);
        String next = detail.get("next").asText();

        assertThat(next).startsWith(last.get("document").asText() + "#");
        Measure measure = documents.stream().filter(d -> d.key().equals(last.get("document").asText())).findFirst()
                .orElseThrow().measures().stream().filter(m -> m.number().equals(last.get("number").asText()))
                .findFirst().orElseThrow();
        assertThat(next).isEqualTo(last.get("document").asText() + "#" + measure.index());
        assertThat(rows(unit(BUSY, "measures=3&after=" + encode(next))))
                .containsExactlyElementsOf(fullSort(BUSY, null).subList(6, 9));
    }

    @Test
    void cursor_and_offset_together_or_a_malformed_cursor_are_400_problems() {
        for (String query : List.of("after=" + encode("衢政发〔2016〕1号#3") + "&offset=2", "after=nohash",
                "after=" + encode("衢政发〔2016〕1号#x"), "after=" + encode("#3"), "after=" + encode("衢政发〔2016〕1号#-1"))) {
            var response = http.get(API + "/units/" + encode(BUSY) + "?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(http.json(response).get("parameter").asText()).as(query).isEqualTo("after");
        }
    }

    @Test
    void partners_within_one_document_are_counted_from_its_measures_for_busy_and_rare_units() {
        for (PolicyDocument d : documents) {
            for (String unit : List.of(BUSY, "市审计局", RARE)) {
                Map<String, double[]> expected = partnersInInput(unit, d);
                JsonNode partners = unit(unit, "document=" + encode(d.key()) + "&partners=1000&measures=0").get("partners");
                Map<String, double[]> actual = new HashMap<>();
                long previous = Long.MAX_VALUE;
                for (JsonNode p : partners) {
                    actual.put(p.get("name").asText(), new double[]{p.get("measures").asLong(), p.get("leadLead").asLong(),
                            p.get("leadParticipant").asLong(), p.get("inverse").asDouble()});
                    assertThat(p.get("measures").asLong()).isLessThanOrEqualTo(previous);
                    previous = p.get("measures").asLong();
                }
                assertThat(actual.keySet()).as(unit + " in " + d.key()).isEqualTo(expected.keySet());
                expected.forEach((name, figures) -> {
                    assertThat(actual.get(name)[0]).as(name).isEqualTo(figures[0]);
                    assertThat(actual.get(name)[1]).as(name).isEqualTo(figures[1]);
                    assertThat(actual.get(name)[2]).as(name).isEqualTo(figures[2]);
                    assertThat(actual.get(name)[3]).as(name).isCloseTo(figures[3], org.assertj.core.data.Offset.offset(1e-9));
                });
            }
        }
    }

    private static Map<String, double[]> partnersInInput(String unit, PolicyDocument d) {
        Map<String, double[]> partners = new HashMap<>();
        for (Measure m : d.measures()) {
            boolean leads = m.leads().contains(unit);
            if (!leads && !m.participants().contains(unit)) {
                continue;
            }
            int units = m.leads().size() + m.participants().size();
            for (String other : concat(m.leads(), m.participants())) {
                if (other.equals(unit)) {
                    continue;
                }
                boolean otherLeads = m.leads().contains(other);
                double[] f = partners.computeIfAbsent(other, k -> new double[4]);
                f[0]++;
                f[1] += leads && otherLeads ? 1 : 0;
                f[2] += leads != otherLeads ? 1 : 0;
                f[3] += 1.0 / (units - 1);
            }
        }
        return partners;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The unit's measures as the parsed input has them, as document/number/role, in no particular order. */
    private static List<String> inputMeasures(String unit, String document) {
        List<String> rows = new ArrayList<>();
        for (PolicyDocument d : documents) {
            if (document != null && !document.equals(d.key())) {
                continue;
            }
            for (Measure m : d.measures()) {
                if (m.leads().contains(unit)) {
                    rows.add(d.key() + "/" + m.number() + "/lead");
                } else if (m.participants().contains(unit)) {
                    rows.add(d.key() + "/" + m.number() + "/participant");
                }
            }
        }
        return rows;
    }

    private static List<String> fullSort(String unit, String document) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", unit);
        p.put("document", document);
        return db.graph().readList(FULL_SORT, p, r -> r.get("document").asString() + "/" + r.get("number").asString()
                + "/" + r.get("role").asString());
    }

    private static JsonNode unit(String unit, String query) {
        var response = http.get(API + "/units/" + encode(unit) + "?" + query);
        assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
        return http.json(response);
    }

    private static List<String> rows(JsonNode detail) {
        List<String> rows = new ArrayList<>();
        for (JsonNode m : detail.get("measures")) {
            rows.add(m.get("document").asText() + "/" + m.get("number").asText() + "/" + m.get("role").asText());
        }
        return rows;
    }
}
