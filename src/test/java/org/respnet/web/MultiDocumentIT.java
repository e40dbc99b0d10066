package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.load.DocumentLoader;
import org.respnet.model.PolicyDocument;

/** Two documents sharing units: every view is scoped to the document asked for, and totals add up across them. */
class MultiDocumentIT {

    private static final String API = "/api/v1";
    private static WebServer server;
    private static Http http;
    private static PolicyDocument seed;
    private static PolicyDocument small;

    @BeforeAll
    static void loadTwoDocuments() {
        TestDatabase db = TestDatabase.shared();
        db.clear();
        seed = Fixtures.seed();
        small = Fixtures.parseText("small.txt", """
                某市财政资金管理工作方案
                一、规范资金管理
                1.加强财政资金绩效管理。(牵头单位:市财政局,参与单位:市审计局、市统计局)
                2.开展资金使用检查。(牵头单位:市审计局、市财政局)
                """);
        var loader = new DocumentLoader(db.graph(), db.cypher());
        loader.load(seed);
        loader.load(small);
        server = db.app().webServer().start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void totals_add_up_across_documents_and_document_rankings_stay_within_their_document() {
        long seedLeads = seed.measures().stream().filter(m -> m.leads().contains("市财政局")).count();

        JsonNode overall = Http.element(http.getJson(API + "/rankings/workload").get("units"), "name", "市财政局");
        JsonNode inSmall = Http.element(http.getJson(API + "/rankings/workload?document=" + key(small)).get("units"), "name", "市财政局");

        assertThat(overall.get("leads").asLong()).isEqualTo(seedLeads + 2);
        assertThat(inSmall.get("leads").asLong()).isEqualTo(2);
        assertThat(inSmall.get("workload").asDouble()).isEqualTo(2 * (1 + 0.5));
        assertThat(http.getJson(API + "/rankings/workload?document=" + key(small)).get("units")).hasSize(3);
    }

    @Test
    void graph_pairs_and_clusters_of_one_document_show_only_its_units_and_figures() {
        JsonNode graph = http.getJson(API + "/graph/units?document=" + key(small));
        JsonNode pairs = http.getJson(API + "/coordination/pairs?document=" + key(small));
        JsonNode clusters = http.getJson(API + "/coordination/clusters?document=" + key(small));

        assertThat(graph.get("nodes")).hasSize(3);
        assertThat(Http.element(graph.get("nodes"), "id", "市财政局").get("leads").asLong()).isEqualTo(2);
        assertThat(graph.get("edges")).hasSize(3);
        assertThat(pairs).hasSize(3);
        JsonNode financeAudit = pairs.get(0);
        assertThat(financeAudit.get("measures").asLong()).isEqualTo(2);
        assertThat(financeAudit.get("sharedMeasures")).allSatisfy(m ->
                assertThat(m.get("document").asText()).isEqualTo(small.key()));
        assertThat(clusters.get("units").asInt()).isEqualTo(3);
    }

    @Test
    void internal_measures_of_clusters_come_by_default_for_one_document_and_on_request_for_all() {
        JsonNode all = http.getJson(API + "/coordination/clusters");
        JsonNode allWithMeasures = http.getJson(API + "/coordination/clusters?measures=true");
        JsonNode seedOnly = http.getJson(API + "/coordination/clusters?document=" + key(seed));

        assertThat(internalMeasures(all)).isZero();
        assertThat(internalMeasures(allWithMeasures)).isPositive();
        assertThat(internalMeasures(seedOnly)).isPositive();
    }

    private static int internalMeasures(JsonNode report) {
        int n = 0;
        for (JsonNode cluster : report.get("clusters")) {
            n += cluster.get("internalMeasures").size();
        }
        return n;
    }

    @Test
    void pairs_over_all_documents_add_the_shared_measures_of_both() {
        long inSeed = seed.measures().stream()
                .filter(m -> involves(m, "市财政局") && involves(m, "市审计局")).count();

        JsonNode pairs = http.getJson(API + "/coordination/pairs?limit=2000");
        JsonNode pair = null;
        for (JsonNode p : pairs) {
            if (p.get("a").asText().equals("市审计局") && p.get("b").asText().equals("市财政局")
                    || p.get("a").asText().equals("市财政局") && p.get("b").asText().equals("市审计局")) {
                pair = p;
            }
        }

        assertThat(pair).isNotNull();
        assertThat(pair.get("measures").asLong()).isEqualTo(inSeed + 2);
    }

    private static boolean involves(org.respnet.model.Measure m, String unit) {
        return m.leads().contains(unit) || m.participants().contains(unit);
    }

    private static String key(PolicyDocument d) {
        return Http.encode(d.key());
    }
}
