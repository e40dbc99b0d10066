package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.app.RespNet;
import org.respnet.console.ConsoleProperties;

class CypherConsoleIT {

    private static final int MAX_ROWS = 100;
    private static TestDatabase db;
    private static WebServer server;
    private static Http http;
    private static long nodesBefore;
    private static long relationshipsBefore;

    @BeforeAll
    static void serveTheSeed() {
        db = TestDatabase.shared();
        db.clear();
        var app = db.app(RespNet.Settings.defaults().withConsole(new ConsoleProperties(Duration.ofSeconds(2), MAX_ROWS, 4)));
        app.loader().load(Fixtures.seed());
        server = app.webServer().start("127.0.0.1", 0);
        http = new Http(server.port());
        nodesBefore = db.count("MATCH (n) RETURN count(n)");
        relationshipsBefore = db.count("MATCH ()-[r]->() RETURN count(r)");
    }

    @AfterEach
    void the_graph_is_unchanged() {
        assertThat(db.count("MATCH (n) RETURN count(n)")).isEqualTo(nodesBefore);
        assertThat(db.count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationshipsBefore);
        assertThat(db.count("CALL db.labels() YIELD label WHERE label = 'X' RETURN count(*)")).isZero();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void runs_a_read_and_returns_plain_rows() {
        JsonNode result = ok("MATCH (u:Unit) RETURN count(u) AS units", Map.of());

        assertThat(result.get("columns").get(0).asText()).isEqualTo("units");
        assertThat(result.get("rows").get(0).get(0).asInt()).isEqualTo(45);
        assertThat(result.get("truncated").asBoolean()).isFalse();
        assertThat(result.has("elapsedMs")).isTrue();
    }

    @Test
    void passes_parameters_and_converts_graph_elements() {
        JsonNode row = ok("MATCH p = (u:Unit {name: $name})-[c:COORDINATES]->(v:Unit) RETURN u, c, p LIMIT 1",
                Map.of("name", "团市委")).get("rows").get(0);

        assertThat(row.get(0).get("_type").asText()).isEqualTo("node");
        assertThat(row.get(0).get("labels").get(0).asText()).isEqualTo("Unit");
        assertThat(row.get(0).get("properties").get("name").asText()).isEqualTo("团市委");
        assertThat(row.get(1).get("_type").asText()).isEqualTo("relationship");
        assertThat(row.get(1).get("type").asText()).isEqualTo("COORDINATES");
        assertThat(row.get(1).get("start").asText()).isEqualTo(row.get(0).get("id").asText());
        assertThat(row.get(2).get("_type").asText()).isEqualTo("path");
        assertThat(row.get(2).get("nodes")).hasSize(2);
    }

    @Test
    void converts_temporal_values_to_text() {
        JsonNode row = ok("RETURN date('2016-03-01') AS d, duration('P1D') AS p", Map.of()).get("rows").get(0);

        assertThat(row.get(0).asText()).isEqualTo("2016-03-01");
        assertThat(row.get(1).asText()).isEqualTo("P0M1DT0S");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE (:X)",
        "MERGE (x:X {name: 'a'}) RETURN x",
        "MATCH (u:Unit {name: '团市委'}) SET u.workload = 0",
        "MATCH (u:Unit {name: '团市委'}) REMOVE u.workload",
        "MATCH (m:Measure) WITH m LIMIT 1 DELETE m",
        "MATCH (u:Unit) DETACH DELETE u",
        "FOREACH (i IN [1, 2] | CREATE (:X))",
        "CALL { CREATE (:X) }",
        "UNWIND [1] AS i CALL (i) { CREATE (:X) } IN TRANSACTIONS RETURN i",
        "MATCH (u:Unit) CALL (u) { RETURN u.name AS n } IN TRANSACTIONS RETURN n",
        "CREATE INDEX x_name FOR (x:X) ON (x.name)",
        // comment, case and Unicode tricks: the database's own classification does not read keywords
        "/* only a read */ CREATE (:X)",
        "// harmless\nCREATE (:X)",
        "cReAtE (:X)",
        "MATCH (n)\u00A0WITH n LIMIT 1 SET n.x = '写入'",
        "CALL db.labels() YIELD label CREATE (:X {label: label})",
        "MATCH (n) RETURN count(n) /* ; */ ; CREATE (:X)",
    })
    void refuses_anything_that_writes(String query) {
        JsonNode problem = refused(query);

        assertThat(problem.get("detail").asText()).containsAnyOf("read-only", "not allowed", "one statement");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
        "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row LIMIT 1",
        "load csv from 'https://example.org/a.csv' as l return count(l)",
    })
    void refuses_load_csv_whatever_the_url(String query) {
        assertThat(refused(query).get("detail").asText()).contains("LOAD CSV");
    }

    @Test
    void allows_only_procedures_on_the_list() {
        assertThat(refused("CALL dbms.components()").get("detail").asText()).contains("dbms.components");
        assertThat(refused("CALL db.createLabel('X')").get("detail").asText()).isNotBlank();

        JsonNode labels = ok("CALL db.labels() YIELD label RETURN label ORDER BY label", Map.of());
        assertThat(labels.get("rows").toString()).contains("Unit", "Measure");
    }

    @Test
    void refuses_several_statements() {
        assertThat(refused("MATCH (n) RETURN count(n); CREATE (:X)").get("detail").asText()).contains("one statement");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SHOW USERS", "CREATE USER x SET PASSWORD 'y'", "STOP DATABASE neo4j", "SHOW DATABASES"})
    void refuses_administration_commands_readably(String query) {
        JsonNode problem = refused(query);

        assertThat(problem.get("detail").asText()).doesNotContain("Exception").hasSizeGreaterThan(20);
    }

    @Test
    void stops_a_runaway_query_at_the_timeout() {
        long start = System.nanoTime();
        var response = post("UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*)", Map.of());
        long seconds = (System.nanoTime() - start) / 1_000_000_000;

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(http.json(response).get("title").asText()).isEqualTo("Query timed out");
        assertThat(seconds).isLessThan(20);
    }

    @Test
    void caps_the_rows_and_says_so() {
        JsonNode result = ok("UNWIND range(1, 1000) AS i RETURN i", Map.of());

        assertThat(result.get("rows")).hasSize(MAX_ROWS);
        assertThat(result.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void locates_syntax_errors_in_the_users_text() {
        var response = post("MATCH (u:Unit)\nRETURN u.name AS\n", Map.of());
        JsonNode problem = http.json(response);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problem.get("line").asInt()).isEqualTo(2);
        assertThat(problem.get("column").asInt()).isEqualTo(17);
        assertThat(problem.get("detail").asText()).contains("line 2").doesNotContain("line 3");
    }

    @Test
    void explains_with_an_operator_tree() {
        // A label scan: its estimate comes from the count store, so it is the real 45 rather than a sampled guess.
        JsonNode plan = ok("EXPLAIN MATCH (u:Unit) RETURN u.name", Map.of()).get("plan");

        assertThat(plan.get("operator").asText()).isEqualTo("ProduceResults");
        assertThat(plan.get("estimatedRows").asDouble()).isEqualTo(45.0);
        assertThat(plan.get("children")).isNotEmpty();
    }

    @Test
    void serves_the_examples_with_both_explanations() {
        JsonNode examples = http.getJson("/api/v1/cypher/examples");

        assertThat(examples.size()).isBetween(6, 8);
        for (JsonNode example : examples) {
            assertThat(example.get("zh").asText()).isNotBlank();
            assertThat(example.get("en").asText()).isNotBlank();
            var response = post(example.get("query").asText(), Map.of());
            assertThat(response.statusCode()).as(example.get("name").asText() + ": " + response.body()).isEqualTo(200);
            assertThat(http.json(response).get("rows")).as(example.get("name").asText()).isNotEmpty();
        }
    }

    private static HttpResponse<String> post(String query, Map<String, Object> parameters) {
        try {
            String body = Json.mapper().writeValueAsString(Map.of("query", query, "parameters", parameters));
            return http.post("/api/v1/cypher", "application/json", body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode ok(String query, Map<String, Object> parameters) {
        var response = post(query, parameters);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return http.json(response);
    }

    private static JsonNode refused(String query) {
        var response = post(query, Map.of());
        assertThat(response.statusCode()).as(query + " → " + response.body()).isIn(400, 403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return http.json(response);
    }
}
