package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.app.RespNet;
import org.respnet.console.ConsoleException;
import org.respnet.console.ConsoleProperties;
import org.respnet.console.CypherConsole;
import org.respnet.load.DocumentLoader;
import org.springframework.util.unit.DataSize;

/**
 * The console's bounds beyond its row cap: bytes per answer, nesting depth, memory per transaction, and a deadline
 * that answers and frees the slot even when Neo4j cannot stop the work (inside one expression).
 */
class ConsoleBoundsIT {

    private static TestDatabase db;
    private static WebServer server;
    private static Http http;

    @BeforeAll
    static void serveTheSeed() {
        db = TestDatabase.shared();
        db.clear();
        new DocumentLoader(db.graph(), db.cypher()).load(Fixtures.seed());
        server = db.app(RespNet.Settings.defaults().withConsole(
                new ConsoleProperties(Duration.ofSeconds(5), 1000, 4, DataSize.ofMegabytes(1)))).webServer()
                .start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void caps_the_bytes_of_an_answer_not_only_its_rows() {
        // 100 rows of 16 KiB: 1.6 MB, over the 1 MB cap although far under the 1,000-row cap
        JsonNode result = http.json(post("UNWIND range(1, 100) AS i RETURN i, reduce(s = 'x', j IN range(1, 14) | s + s) AS big"));

        assertThat(result.get("truncated").asBoolean()).isTrue();
        assertThat(result.get("rows").size()).isBetween(50, 64);
        assertThat(result.get("rows").get(0).get(1).asText()).hasSize(16_384);
    }

    @Test
    void refuses_a_single_row_larger_than_the_cap() {
        var response = post("RETURN reduce(s = 'x', j IN range(1, 21) | s + s) AS huge");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(http.json(response).get("title").asText()).isEqualTo("Result too large");
        assertThat(response.body().length()).isLessThan(2_000);
    }

    @Test
    void a_deeply_nested_value_is_a_problem_document_not_an_empty_500() {
        for (int depth : new int[] {150, 1_200, 2_000}) {
            var response = post("RETURN reduce(x = [], i IN range(1, " + depth + ") | [x]) AS deep");

            assertThat(response.statusCode()).as(depth + ": " + response.body()).isEqualTo(422);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
            assertThat(http.json(response).get("detail").asText()).contains("nested");
        }
        assertThat(http.json(post("RETURN reduce(x = [], i IN range(1, 50) | [x]) AS fine")).get("rows")).hasSize(1);
    }

    @Test
    void a_transaction_cannot_take_the_heap() {
        // collect() of 100 million strings needs far more than the test JVM's heap; the limit ends it early
        var console = new CypherConsole(db.graph(), db.cypher(), new ConsoleProperties(Duration.ofSeconds(60), 10, 1));
        long start = System.nanoTime();
        var failure = catchThrowableOfType(ConsoleException.class, () -> console.run(
                "UNWIND range(1, 100000000) AS i RETURN size(collect(toString(i) + '-一段填充文字')) AS n", Map.of()));

        assertThat(failure.reason()).isEqualTo(ConsoleException.Reason.TOO_LARGE);
        assertThat(failure.getMessage()).contains("memory");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        assertThat(http.json(post("MATCH (u:Unit) RETURN count(u)")).get("rows").get(0).get(0).asInt()).isEqualTo(45);
    }

    @Test
    void the_deadline_answers_and_frees_the_slot_while_neo4j_computes_on() {
        var console = new CypherConsole(db.graph(), db.cypher(), new ConsoleProperties(Duration.ofSeconds(1), 10, 2));
        long start = System.nanoTime();
        var failure = catchThrowableOfType(ConsoleException.class, () -> console.run(
                "RETURN reduce(s = 0, x IN range(1, " + Long.getLong("bounds.reduce", 300_000_000L) + ") | s + x) AS n",
                Map.of()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure.reason()).isEqualTo(ConsoleException.Reason.TIMEOUT);
        assertThat(took).isLessThan(Duration.ofSeconds(6));
        // its slot is free again while Neo4j still computes: the next query runs
        assertThat(console.run("RETURN 1 AS one", Map.of()).rows()).containsExactly(java.util.List.of(1L));
    }

    private static HttpResponse<String> post(String query) {
        try {
            return http.post("/api/v1/cypher", "application/json",
                    Json.mapper().writeValueAsString(Map.of("query", query, "parameters", Map.of())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
