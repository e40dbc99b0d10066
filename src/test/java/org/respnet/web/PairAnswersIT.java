package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pair answers are bounded per pair and list exactly what their count counts (issue 15). */
class PairAnswersIT {

    private static final String PAIRS = "/api/v1/coordination/pairs";
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

    @Test
    void each_pair_lists_at_most_measures_of_its_shared_measures_and_still_counts_them_all() {
        JsonNode pairs = http.getJson(PAIRS + "?limit=10&measures=5");

        assertThat(pairs).hasSize(10);
        // the seed's busiest pairs (团市委, 市总工会, 市妇联, 市残联) share 43 measures
        assertThat(pairs.get(0).get("shared").asInt()).isEqualTo(43);
        for (JsonNode p : pairs) {
            assertThat(p.get("sharedMeasures")).hasSize((int) Math.min(5, p.get("shared").asLong()));
        }
        JsonNode whole = http.getJson(PAIRS + "?limit=1");
        assertThat(whole.get(0).get("sharedMeasures")).hasSize(43);
    }

    @Test
    void lead_lead_pairs_list_only_their_joint_leads() {
        JsonNode pairs = http.getJson(PAIRS + "?mode=lead-lead&limit=500&measures=1000");

        assertThat(pairs).isNotEmpty();
        for (JsonNode p : pairs) {
            assertThat(p.get("sharedMeasures")).as(p.get("a") + " " + p.get("b")).hasSize(p.get("shared").asInt());
            assertThat(p.get("sharedMeasures")).allSatisfy(m -> {
                assertThat(m.get("aRole").asText()).isEqualTo("lead");
                assertThat(m.get("bRole").asText()).isEqualTo("lead");
            });
        }
        for (JsonNode p : http.getJson(PAIRS + "?mode=lead-participant&limit=500&measures=1000")) {
            assertThat(p.get("sharedMeasures")).hasSize(p.get("shared").asInt());
            assertThat(p.get("sharedMeasures")).allSatisfy(m ->
                    assertThat(m.get("aRole").asText()).isNotEqualTo(m.get("bRole").asText()));
        }
    }

    @Test
    void an_answer_of_too_many_listed_measures_is_refused() {
        var response = http.get(PAIRS + "?limit=10000&measures=1000");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("limit × measures must be at most 500000");
        assertThat(http.get(PAIRS + "?limit=10&measures=1001").statusCode()).isEqualTo(400);
    }
}
