package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.respnet.web.Http.encode;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.Collections;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.load.DocumentLoader;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;
import org.respnet.model.UnitKind;

/** The analytics API over real HTTP against a real Neo4j holding the seed. */
class AnalyticsApiIT {

    private static final String API = "/api/v1";
    private static WebServer server;
    private static Http http;
    private static PolicyDocument seed;

    @BeforeAll
    static void serveTheSeed() {
        TestDatabase db = TestDatabase.shared();
        db.clear();
        seed = Fixtures.seed();
        new DocumentLoader(db.graph(), db.cypher()).load(seed);
        server = db.app().webServer().start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void ranks_units_by_their_real_leads_and_participations() {
        Map<String, JsonNode> byName = rankingByName();

        assertThat(byName).hasSize(45);
        assertThat(byName.get("市委组织部").get("leads").asInt()).isEqualTo(16);
        assertThat(byName.get("市委组织部").get("participations").asInt()).isZero();
        assertThat(byName.get("团市委").get("leads").asInt()).isEqualTo(7);
        assertThat(byName.get("团市委").get("participations").asInt()).isEqualTo(36);
    }

    @Test
    void every_mass_organisation_ranks_above_every_unit_named_only_once() {
        Map<String, JsonNode> byName = rankingByName();
        var massOrganisations = seed.units().stream().filter(u -> u.kind() == UnitKind.MASS_ORGANISATION).toList();
        List<JsonNode> namedOnce = byName.values().stream().filter(u -> u.get("total").asInt() == 1).toList();

        assertThat(massOrganisations).hasSize(12);
        assertThat(namedOnce).isNotEmpty();
        int worstMassRank = massOrganisations.stream().mapToInt(u -> byName.get(u.name()).get("rank").asInt()).max().orElseThrow();
        int bestOnceRank = namedOnce.stream().mapToInt(u -> u.get("rank").asInt()).min().orElseThrow();
        assertThat(worstMassRank).isLessThan(bestOnceRank);
    }

    @Test
    void csv_and_json_rankings_agree_row_by_row() throws Exception {
        var json = http.getJson(API + "/rankings/workload?sort=leads").get("units");
        var response = http.get(API + "/rankings/workload?sort=leads&format=csv");

        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.body()).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(response.body().substring(1))).getRecords();
        assertThat(rows).hasSize(json.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("name")).isEqualTo(json.get(i).get("name").asText());
            assertThat(Long.parseLong(rows.get(i).get("leads"))).isEqualTo(json.get(i).get("leads").asLong());
            assertThat(Long.parseLong(rows.get(i).get("participations"))).isEqualTo(json.get(i).get("participations").asLong());
            assertThat(Double.parseDouble(rows.get(i).get("workload"))).isEqualTo(json.get(i).get("workload").asDouble());
            assertThat(Long.parseLong(rows.get(i).get("rank"))).isEqualTo(json.get(i).get("rank").asLong());
        }
    }

    @Test
    void the_index_ordered_ranking_matches_the_per_document_ranking_of_the_only_document() {
        var overall = http.getJson(API + "/rankings/workload").get("units");
        var ofTheDocument = http.getJson(API + "/rankings/workload?document=" + encode(seed.key())).get("units");
        var byRankDescending = http.getJson(API + "/rankings/workload?sort=rank&order=desc&limit=3").get("units");

        assertThat(overall).hasSize(45);
        assertThat(overall.toString()).isEqualTo(ofTheDocument.toString());
        // competition ranks (tied workloads share one): the last three are the last three of the full list
        var lastThree = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> overall.get(overall.size() - 1 - i).get("rank").asInt()).toList();
        assertThat(byRankDescending).extracting(u -> u.get("rank").asInt()).containsExactlyElementsOf(lastThree);
    }

    @Test
    void filters_by_kind_and_sorts_by_any_column() {
        var judiciary = http.getJson(API + "/rankings/workload?kind=judiciary&sort=name&order=asc").get("units");
        var byParticipation = http.getJson(API + "/rankings/workload?sort=participations&order=asc&limit=5").get("units");

        assertThat(judiciary).extracting(u -> u.get("name").asText()).containsExactly("市检察院", "市法院");
        assertThat(byParticipation).hasSize(5);
        for (int i = 1; i < byParticipation.size(); i++) {
            assertThat(byParticipation.get(i).get("participations").asInt())
                    .isGreaterThanOrEqualTo(byParticipation.get(i - 1).get("participations").asInt());
        }
    }

    @Test
    void a_section_ranking_counts_only_that_sections_measures() {
        String document = encode(seed.key());
        var units = http.getJson(API + "/rankings/workload?document=" + document + "&section=4").get("units");
        long expectedLeads = seed.measures().stream().filter(m -> m.section() == 4 && m.leads().contains("市委组织部")).count();

        var organisation = Http.element(units, "name", "市委组织部");
        assertThat(organisation.get("leads").asLong()).isEqualTo(expectedLeads).isPositive();
    }

    @Test
    void unit_detail_answers_chinese_names_with_measures_partners_and_rank() {
        JsonNode unit = http.getJson(API + "/units/" + encode("团市委"));
        Map<String, JsonNode> ranking = rankingByName();

        assertThat(unit.get("leads").asInt()).isEqualTo(7);
        assertThat(unit.get("measures")).hasSize(43);
        assertThat(unit.get("rank").asInt()).isEqualTo(ranking.get("团市委").get("rank").asInt());
        assertThat(unit.get("partners").get(0).get("measures").asInt()).isGreaterThan(30);
        var page = http.getJson(API + "/units/" + encode("团市委") + "?measures=10&offset=40").get("measures");
        assertThat(page).hasSize(3);
        assertThat(page.get(0).get("number").asText()).isEqualTo(unit.get("measures").get(40).get("number").asText());
    }

    @Test
    void unit_detail_gives_lead_credit_and_lead_share_as_the_ranking_does() {
        JsonNode unit = http.getJson(API + "/units/" + encode("市委组织部"));
        JsonNode ranked = rankingByName().get("市委组织部");
        double credit = seed.measures().stream().filter(m -> m.leads().contains("市委组织部"))
                .mapToDouble(m -> 1.0 / m.leads().size()).sum();
        long measuresWithLead = seed.measures().stream().filter(m -> !m.leads().isEmpty()).count();

        assertThat(unit.get("leadCredit").asDouble()).isCloseTo(credit, within(1e-6))
                .isEqualTo(ranked.get("leadCredit").asDouble());
        assertThat(unit.get("leadShare").asDouble()).isCloseTo(credit / measuresWithLead, within(1e-6))
                .isEqualTo(ranked.get("leadShare").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void unknown_units_and_measures_are_404_problems() {
        var unit = http.get(API + "/units/" + encode("不存在的单位"));
        var measure = http.get(API + "/documents/" + encode(seed.key()) + "/measures/999");

        var document = http.get(API + "/rankings/workload?document=" + encode("国发〔2099〕1号"));
        assertThat(document.statusCode()).isEqualTo(404);
        assertThat(http.json(document).get("parameter").asText()).isEqualTo("document");
        assertThat(http.get(API + "/documents/" + encode("nope") + "/sections").statusCode()).isEqualTo(404);
        assertThat(unit.statusCode()).isEqualTo(404);
        assertThat(http.json(unit).get("title").asText()).isEqualTo("Not found");
        assertThat(measure.statusCode()).isEqualTo(404);
    }

    @Test
    void bad_parameters_are_400_problems_naming_the_parameter() {
        for (String query : List.of("limit=abc", "limit=0", "sort=salary", "kind=martian", "order=sideways", "section=2")) {
            var response = http.get(API + "/rankings/workload?" + query);
            String parameter = query.substring(0, query.indexOf('='));
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(http.json(response).get("parameter").asText()).as(query).isEqualTo(parameter);
        }
        assertThat(http.get(API + "/coordination/clusters?resolution=-1").statusCode()).isEqualTo(400);
        assertThat(http.get(API + "/measures/search").statusCode()).isEqualTo(400);
    }

    @Test
    void measure_detail_keeps_the_written_order_of_units() {
        JsonNode measure = http.getJson(API + "/documents/" + encode(seed.key()) + "/measures/33");

        assertThat(measure.get("leads")).extracting(JsonNode::asText).containsExactly("市人大法工委", "市人大内司工委");
        assertThat(measure.get("participants").get(0).asText()).isEqualTo("市政府办公室");
    }

    @Test
    void measure_detail_gives_the_clause_as_written_its_place_in_the_file_persons_and_deadline() {
        Measure parsed = seed.measures().stream().filter(m -> m.number().equals("33")).findFirst().orElseThrow();

        JsonNode measure = http.getJson(API + "/documents/" + encode(seed.key()) + "/measures/33");

        assertThat(measure.get("clause").asText()).isEqualTo(parsed.clause()).contains("牵头单位:市人大法工委、内司工委");
        // The seed is plain text: the measure starts on line 104 of the file.
        assertThat(measure.get("location").asText()).isEqualTo(parsed.location()).isEqualTo("line 104");
        assertThat(measure.get("persons")).extracting(JsonNode::asText).containsExactlyElementsOf(parsed.persons());
        assertThat(measure.get("deadline").isNull() ? null : measure.get("deadline").asText()).isEqualTo(parsed.deadline());
    }

    @Test
    void full_text_search_finds_measure_10_for_volunteer_service() {
        JsonNode hits = http.getJson(API + "/measures/search?q=" + encode("志愿服务"));

        assertThat(hits).extracting(h -> h.get("number").asText()).contains("10");
        assertThat(hits).allSatisfy(h -> assertThat(h.get("text").asText()).contains("志愿服务"));
    }

    @Test
    void lead_lead_pairs_include_the_joint_leads_of_measure_29() {
        JsonNode pairs = http.getJson(API + "/coordination/pairs?mode=lead-lead&limit=500");

        JsonNode pair = null;
        for (JsonNode p : pairs) {
            if (p.get("a").asText().equals("市委政法委") && p.get("b").asText().equals("市法院")
                    || p.get("a").asText().equals("市法院") && p.get("b").asText().equals("市委政法委")) {
                pair = p;
            }
        }
        assertThat(pair).isNotNull();
        assertThat(pair.get("leadLead").asInt()).isEqualTo(1);
        assertThat(pair.get("sharedMeasures")).anySatisfy(m -> {
            assertThat(m.get("number").asText()).isEqualTo("29");
            assertThat(m.get("aRole").asText()).isEqualTo("lead");
            assertThat(m.get("bRole").asText()).isEqualTo("lead");
        });
    }

    @Test
    void cluster_modularity_matches_an_independent_computation_for_both_weightings() {
        for (String weighting : List.of("count", "inverse")) {
            JsonNode report = http.getJson(API + "/coordination/clusters?weighting=" + weighting);
            Map<String, Integer> membership = new HashMap<>();
            report.get("membership").fields().forEachRemaining(e -> membership.put(e.getKey(), e.getValue().asInt()));

            double expected = modularity(seed, membership, weighting.equals("inverse"));
            assertThat(report.get("modularity").asDouble()).as(weighting).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(report.get("clusters").size()).as(weighting).isGreaterThan(1);
        }
    }

    @Test
    void bridging_units_are_the_members_whose_ties_spread_most_over_other_clusters_computed_independently() {
        for (String weighting : List.of("count", "inverse")) {
            JsonNode report = http.getJson(API + "/coordination/clusters?weighting=" + weighting);
            Map<String, Integer> membership = new HashMap<>();
            report.get("membership").fields().forEachRemaining(e -> membership.put(e.getKey(), e.getValue().asInt()));
            Map<String, Map<Integer, Double>> ties = tiesPerCluster(seed, membership, weighting.equals("inverse"));
            Map<String, double[]> expected = new HashMap<>();
            ties.forEach((unit, perCluster) -> {
                double strength = perCluster.values().stream().mapToDouble(Double::doubleValue).sum();
                double squares = perCluster.values().stream().mapToDouble(k -> (k / strength) * (k / strength)).sum();
                expected.put(unit, new double[] {1 - squares, strength});
            });
            boolean anyBridge = false;
            for (JsonNode cluster : report.get("clusters")) {
                int id = cluster.get("id").asInt();
                JsonNode bridges = cluster.get("bridgingUnits");
                List<String> members = new ArrayList<>();
                cluster.get("units").forEach(u -> members.add(u.asText()));
                // The members with the highest participation, ties to the stronger unit, only those with any tie out.
                List<String> top = members.stream().filter(u -> expected.get(u)[0] > 1e-12)
                        .sorted((x, y) -> {
                            int byP = Double.compare(expected.get(y)[0], expected.get(x)[0]);
                            return Math.abs(expected.get(y)[0] - expected.get(x)[0]) > 1e-9 ? byP
                                    : Double.compare(expected.get(y)[1], expected.get(x)[1]);
                        }).limit(3).toList();
                assertThat(bridges).as("%s cluster %d", weighting, id).hasSize(top.size());
                for (int i = 0; i < bridges.size(); i++) {
                    JsonNode bridge = bridges.get(i);
                    String name = bridge.get("name").asText();
                    assertThat(membership.get(name)).isEqualTo(id);
                    assertThat(bridge.get("participation").asDouble()).as(name)
                            .isCloseTo(expected.get(name)[0], org.assertj.core.data.Offset.offset(1e-9));
                    assertThat(bridge.get("strength").asDouble()).as(name)
                            .isCloseTo(expected.get(name)[1], org.assertj.core.data.Offset.offset(1e-9));
                    assertThat(expected.get(name)[0]).as("%s rank %d", name, i)
                            .isCloseTo(expected.get(top.get(i))[0], org.assertj.core.data.Offset.offset(1e-9));
                    anyBridge = true;
                }
            }
            assertThat(anyBridge).as(weighting).isTrue();
        }
    }

    @Test
    void clusters_are_stable_for_the_same_input() {
        String first = http.getJson(API + "/coordination/clusters?resolution=1.2&seed=7").get("membership").toString();
        String second = http.getJson(API + "/coordination/clusters?resolution=1.2&seed=7").get("membership").toString();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void graph_view_attaches_workload_and_cluster_to_every_unit() {
        JsonNode graph = http.getJson(API + "/graph/units");
        JsonNode bipartite = http.getJson(API + "/graph/bipartite?document=" + encode(seed.key()));

        assertThat(graph.get("nodes")).hasSize(45).allSatisfy(n -> assertThat(n.get("cluster").isNull()).isFalse());
        assertThat(bipartite.get("edges")).hasSize(138 + 449);
        JsonNode hidden = http.getJson(API + "/graph/units?hideUbiquitous=true").get("hidden");
        assertThat(hidden).extracting(JsonNode::asText).contains("团市委", "市妇联");
    }

    @Test
    void a_capped_graph_view_keeps_the_heaviest_edges_and_only_their_units() {
        for (String scope : List.of("", "&document=" + encode(seed.key()))) {
            JsonNode full = http.getJson(API + "/graph/units?weighting=count" + scope);
            JsonNode capped = http.getJson(API + "/graph/units?weighting=count&maxEdges=10" + scope);

            assertThat(full.get("truncated").asBoolean()).as(scope).isFalse();
            assertThat(full.get("edges")).as(scope).hasSize(distinctPairsInSeed());
            List<String> heaviest = new ArrayList<>();
            full.get("edges").forEach(e -> heaviest.add(String.format("%08d %s %s",
                    100_000_000 - e.get("weight").asLong(), e.get("source").asText(), e.get("target").asText())));
            Collections.sort(heaviest);
            List<String> kept = new ArrayList<>();
            capped.get("edges").forEach(e -> kept.add(String.format("%08d %s %s",
                    100_000_000 - e.get("weight").asLong(), e.get("source").asText(), e.get("target").asText())));
            assertThat(capped.get("truncated").asBoolean()).as(scope).isTrue();
            assertThat(kept).as(scope).containsExactlyElementsOf(heaviest.subList(0, 10));
            Set<String> onEdges = new HashSet<>();
            capped.get("edges").forEach(e -> {
                onEdges.add(e.get("source").asText());
                onEdges.add(e.get("target").asText());
            });
            assertThat(capped.get("nodes")).extracting(n -> n.get("id").asText()).as(scope)
                    .containsExactlyInAnyOrderElementsOf(onEdges);
        }
    }

    private static int distinctPairsInSeed() {
        Set<String> pairs = new HashSet<>();
        for (var m : seed.measures()) {
            List<String> units = new ArrayList<>(m.leads());
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

    @Test
    void openapi_describes_every_endpoint() {
        JsonNode paths = http.getJson("/openapi.json").get("paths");

        assertThat(paths.fieldNames()).toIterable().contains(API + "/rankings/workload", API + "/units/{name}",
                API + "/documents/{document}/measures/{number}", API + "/measures/search", API + "/coordination/pairs",
                API + "/coordination/clusters", API + "/graph/units", API + "/graph/bipartite", API + "/graph/picture", API + "/graph/focus", API + "/documents",
                API + "/documents/{document}/sections", API + "/documents/preview", API + "/documents/{document}",
                "/health");
        assertThat(paths.get(API + "/documents/{document}").has("delete")).isTrue();
        assertThat(paths.get(API + "/documents/preview").has("post")).isTrue();
    }

    /** Each unit's total pair weight towards each cluster, from the parsed document, independently of the server. */
    private static Map<String, Map<Integer, Double>> tiesPerCluster(PolicyDocument document, Map<String, Integer> membership,
                                                                 boolean inverse) {
        Map<String, Map<Integer, Double>> ties = new HashMap<>();
        for (Measure m : document.measures()) {
            List<String> units = new ArrayList<>(m.leads());
            units.addAll(m.participants());
            for (String a : units) {
                for (String b : units) {
                    if (!a.equals(b)) {
                        ties.computeIfAbsent(a, k -> new HashMap<>())
                                .merge(membership.get(b), inverse ? 1.0 / (units.size() - 1) : 1.0, Double::sum);
                    }
                }
            }
        }
        return ties;
    }

    /** Newman's modularity computed here from the parsed document, independently of the server's code. */
    private static double modularity(PolicyDocument document, Map<String, Integer> membership, boolean inverse) {
        Map<String, Double> edges = new HashMap<>();
        for (Measure m : document.measures()) {
            List<String> units = new ArrayList<>(m.leads());
            units.addAll(m.participants());
            for (String a : units) {
                for (String b : units) {
                    if (a.compareTo(b) < 0) {
                        edges.merge(a + "\t" + b, inverse ? 1.0 / (units.size() - 1) : 1.0, Double::sum);
                    }
                }
            }
        }
        double m2 = 0;
        Map<String, Double> strength = new HashMap<>();
        double inside = 0;
        for (var e : edges.entrySet()) {
            String[] ab = e.getKey().split("\t");
            strength.merge(ab[0], e.getValue(), Double::sum);
            strength.merge(ab[1], e.getValue(), Double::sum);
            m2 += 2 * e.getValue();
            if (membership.get(ab[0]).equals(membership.get(ab[1]))) {
                inside += 2 * e.getValue();
            }
        }
        Map<Integer, Double> clusterStrength = new HashMap<>();
        strength.forEach((unit, s) -> clusterStrength.merge(membership.get(unit), s, Double::sum));
        double expectedInside = 0;
        for (double s : clusterStrength.values()) {
            expectedInside += s * s / m2;
        }
        return (inside - expectedInside) / m2;
    }

    private static Map<String, JsonNode> rankingByName() {
        Map<String, JsonNode> byName = new HashMap<>();
        http.getJson(API + "/rankings/workload").get("units").forEach(u -> byName.put(u.get("name").asText(), u));
        return byName;
    }
}
