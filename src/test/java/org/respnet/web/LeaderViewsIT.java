package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The leader's picture and focus view over HTTP, checked against the pair API, which counts on its own. */
class LeaderViewsIT {

    private static final String SEED = "衢委发[2016]3号";
    private static WebServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = SeededServer.start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode get(String path) {
        var response = http.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return http.json(response);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void default_picture_leaves_out_the_ubiquitous_units_and_keeps_the_strongest_ties() {
        JsonNode picture = get("/api/v1/graph/picture");
        // ubiquitous: in at least half of the seed's 48 measures, by the ranking's own counts
        Set<String> expectedHidden = new HashSet<>();
        for (JsonNode u : get("/api/v1/rankings/workload?limit=1000").get("units")) {
            if ((u.get("leads").asInt() + u.get("participations").asInt()) * 2 >= 48) {
                expectedHidden.add(u.get("name").asText());
            }
        }
        Set<String> hidden = new HashSet<>();
        picture.get("hiddenUnits").forEach(u -> hidden.add(u.get("name").asText()));
        assertThat(hidden).hasSize(12).isEqualTo(expectedHidden);
        assertThat(picture.get("nodes")).hasSize(45 - 12);

        // ties among the 33 from the pair API; each unit keeps its 3 strongest (inverse weighting)
        Map<String, Map<String, Double>> ties = new TreeMap<>();
        for (JsonNode p : get("/api/v1/coordination/pairs?limit=10000&document=" + enc(SEED))) {
            String a = p.get("a").asText();
            String b = p.get("b").asText();
            if (!hidden.contains(a) && !hidden.contains(b)) {
                ties.computeIfAbsent(a, k -> new HashMap<>()).put(b, p.get("inverse").asDouble());
                ties.computeIfAbsent(b, k -> new HashMap<>()).put(a, p.get("inverse").asDouble());
            }
        }
        int inScope = ties.values().stream().mapToInt(Map::size).sum() / 2;
        Set<String> kept = new HashSet<>();
        ties.forEach((unit, partners) -> partners.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).forEach(e -> kept.add(unit.compareTo(e.getKey()) < 0 ? unit + "|" + e.getKey() : e.getKey() + "|" + unit)));
        Set<String> drawn = new HashSet<>();
        picture.get("edges").forEach(e -> drawn.add(e.get("source").asText() + "|" + e.get("target").asText()));
        assertThat(drawn).isEqualTo(kept);
        assertThat(picture.get("tiesInScope").asInt()).isEqualTo(inScope);
        assertThat(picture.get("tiesHidden").asInt()).isEqualTo(inScope - kept.size()).isPositive();
        assertThat(picture.get("modularity").asDouble()).isGreaterThan(0.3);
        assertThat(picture.get("weakStructure").asBoolean()).isFalse();
        assertThat(picture.get("groups").get(0).get("leading")).hasSize(2);

        JsonNode all = get("/api/v1/graph/picture?ubiquitous=true&perUnit=0");
        assertThat(all.get("nodes")).hasSize(45);
        assertThat(all.get("edges")).hasSize(513);
        assertThat(all.get("weakStructure").asBoolean()).isTrue();
    }

    @Test
    void focus_lists_every_partner_with_the_measures_the_pair_api_names() {
        JsonNode focus = get("/api/v1/graph/focus?unit=" + enc("团市委") + "&perTie=1000&limit=1000");
        Map<String, java.util.List<String>> expected = new TreeMap<>();
        for (JsonNode p : get("/api/v1/coordination/pairs?limit=10000&document=" + enc(SEED))) {
            String a = p.get("a").asText();
            String b = p.get("b").asText();
            if (a.equals("团市委") || b.equals("团市委")) {
                java.util.List<String> numbers = new java.util.ArrayList<>();
                p.get("sharedMeasures").forEach(m -> numbers.add(m.get("number").asText()));
                expected.put(a.equals("团市委") ? b : a, numbers);
            }
        }
        Map<String, java.util.List<String>> listed = new TreeMap<>();
        for (JsonNode p : focus.get("partners")) {
            java.util.List<String> numbers = new java.util.ArrayList<>();
            p.get("shared").forEach(m -> numbers.add(m.get("number").asText()));
            assertThat(p.get("measures").asInt()).isEqualTo(numbers.size());
            listed.put(p.get("name").asText(), numbers);
        }
        assertThat(listed).isEqualTo(expected);
        assertThat(focus.get("partnersInScope").asInt()).isEqualTo(expected.size());

        JsonNode twoSteps = get("/api/v1/graph/focus?unit=" + enc("市委改革办") + "&steps=2&document=" + enc(SEED));
        for (JsonNode second : twoSteps.get("secondStep")) {
            assertThat(second.get("via")).isNotEmpty();
        }
        assertThat(http.get("/api/v1/graph/focus?unit=" + enc("没有这个单位")).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/graph/focus").statusCode()).isEqualTo(400);
    }
}
