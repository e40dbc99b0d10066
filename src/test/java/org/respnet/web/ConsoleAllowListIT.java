package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.app.RespNet;
import org.respnet.console.ConsoleProperties;
import org.respnet.load.DocumentLoader;

/**
 * The console's allow-list of plan operators: administration commands that Neo4j calls read-only (they show
 * other users' queries with their parameters, end them, or show the configuration) are refused, while the
 * analyst's reads of every shape, and the schema and catalogue listings, still run.
 */
class ConsoleAllowListIT {

    private static WebServer server;
    private static Http http;

    @BeforeAll
    static void serveTheSeed() {
        TestDatabase db = TestDatabase.shared();
        db.clear();
        new DocumentLoader(db.graph(), db.cypher()).load(Fixtures.seed());
        server = db.app(RespNet.Settings.defaults().withConsole(new ConsoleProperties(Duration.ofSeconds(5), 100, 4)))
                .webServer().start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SHOW TRANSACTIONS",
        "SHOW TRANSACTIONS YIELD transactionId, currentQuery, parameters RETURN *",
        "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
        "SHOW TRANSACTIONS YIELD transactionId AS id TERMINATE TRANSACTIONS id YIELD message RETURN id, message",
        "SHOW SETTINGS",
        "SHOW SETTINGS YIELD name, value WHERE name STARTS WITH 'server.directories' RETURN name, value",
        "SHOW CURRENT USER",
        "SHOW PRIVILEGES",
        "SHOW SERVERS",
        "SHOW ALIASES FOR DATABASE",
    })
    void refuses_administration_commands(String query) {
        var response = post(query);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(http.json(response).get("detail").asText()).doesNotContain("Exception").hasSizeGreaterThan(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SHOW TRANSACTIONS",
        "SHOW SETTINGS",
        "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    })
    void says_which_operator_is_not_allowed(String query) {
        assertThat(http.json(post(query)).get("detail").asText()).contains("administration commands are not available");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SHOW INDEXES",
        "SHOW CONSTRAINTS YIELD name RETURN name",
        "SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'db.' RETURN name",
        "SHOW FUNCTIONS YIELD name RETURN count(*) AS n",
        "MATCH (u:Unit) OPTIONAL MATCH (u)-[:LEADS]->(m) RETURN u.name, count(m) ORDER BY count(m) DESC LIMIT 3",
        "MATCH (u:Unit {name: '团市委'}) MATCH p = shortestPath((u)-[*..4]-(v:Unit)) WHERE u <> v RETURN length(p) LIMIT 1",
        "MATCH (u:Unit) WHERE EXISTS { (u)-[:LEADS]->() } RETURN count(u)",
        "MATCH (u:Unit) RETURN u.name, COUNT { (u)-[:PARTICIPATES_IN]->() } AS n ORDER BY n DESC SKIP 1 LIMIT 2",
        "MATCH (a:Unit {name: '团市委'})-[:COORDINATES]-(b:Unit)-[:COORDINATES]-(c:Unit) WHERE NOT (a)-[:COORDINATES]-(c) RETURN count(*)",
        "MATCH (u:Unit)((:Unit)-[:COORDINATES]->(:Unit)){1,2}(v:Unit) RETURN count(*)",
        "MATCH (u:Unit)-[:COORDINATES*1..2]->(v) RETURN DISTINCT v.name LIMIT 5",
        "MATCH (u:Unit) RETURN u.name AS n UNION MATCH (s:Section) RETURN s.title AS n",
        "MATCH (u:Unit) CALL (u) { MATCH (u)-[:LEADS]->(m) RETURN count(m) AS c } RETURN max(c)",
        "MATCH (d:Document) UNWIND [1, 2] AS i RETURN d.key, i, collect(i)[0], [x IN range(1, 3) | x * i]",
        "MATCH ()-[r:LEADS]->() RETURN count(r)",
        "MATCH (m:Measure), (s:Section) WHERE m.section = s.ordinal RETURN count(*)",
        "CALL db.labels() YIELD label RETURN label",
    })
    void keeps_every_shape_of_read(String query) {
        var response = post(query);

        assertThat(response.statusCode()).as(query + " → " + response.body()).isEqualTo(200);
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
