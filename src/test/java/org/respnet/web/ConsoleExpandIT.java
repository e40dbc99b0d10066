package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.app.RespNet;
import org.respnet.load.DocumentLoader;

/**
 * {@code POST /api/v1/cypher/expand}: a node's neighbours a page at a time, checked against the relationships read
 * straight from the database; the element id stays a parameter, and the console's JSON-only, same-origin and
 * read-token rules hold for it as for the console itself.
 */
class ConsoleExpandIT {

    private static final String UNIT = "市委组织部";
    private static final String READ_TOKEN = "expand-read-token";
    private static final TestDatabase db = TestDatabase.shared();
    private static final HttpClient client = HttpClient.newHttpClient();
    private static WebServer server;
    private static WebServer guarded;
    private static Http http;
    private static String unitId;
    /** 市委组织部's relationships as {relationship id, other node id}, in the endpoint's documented order. */
    private static List<String[]> relationships;

    @BeforeAll
    static void start() {
        db.clear();
        new DocumentLoader(db.graph(), db.cypher()).load(Fixtures.seed());
        server = db.app().webServer().start("127.0.0.1", 0);
        guarded = db.app(RespNet.Settings.defaults().withWeb(WebSettings.defaults().withReadToken(READ_TOKEN)))
                .webServer().start("127.0.0.1", 0);
        http = new Http(server.port());
        unitId = db.graph().read(tx -> tx.run("MATCH (u:Unit {name: $name}) RETURN elementId(u) AS id",
                Map.of("name", UNIT)).single().get("id").asString());
        relationships = db.graph().read(tx -> tx.run("MATCH (u:Unit {name: $name})-[r]-(m) "
                        + "RETURN elementId(r) AS rid, elementId(m) AS mid ORDER BY type(r), elementId(r)", Map.of("name", UNIT))
                .list(r -> new String[] {r.get("rid").asString(), r.get("mid").asString()}));
    }

    @AfterAll
    static void stop() {
        server.close();
        guarded.close();
    }

    @Test
    void answers_the_node_and_its_first_page_of_neighbours_as_the_database_holds_them() {
        // the seed ties 市委组织部 to far more than one page: the cap is what this test is about
        assertThat(relationships.size()).isGreaterThan(ConsoleRoutes.EXPAND_DEFAULT);
        JsonNode answer = expand(Map.of("id", unitId));

        assertThat(answer.get("node").get("id").asText()).isEqualTo(unitId);
        assertThat(answer.get("node").get("properties").get("name").asText()).isEqualTo(UNIT);
        assertThat(answer.get("total").asLong()).isEqualTo(relationships.size())
                .isEqualTo(db.count("MATCH (:Unit {name: '" + UNIT + "'})-[r]-() RETURN count(r)"));
        assertThat(answer.get("more").asBoolean()).isTrue();
        assertThat(answer.get("limit").asInt()).isEqualTo(25);
        JsonNode neighbours = answer.get("neighbours");
        assertThat(neighbours).hasSize(25);
        for (int i = 0; i < neighbours.size(); i++) {
            JsonNode relationship = neighbours.get(i).get("relationship");
            JsonNode node = neighbours.get(i).get("node");
            assertThat(relationship.get("id").asText()).isEqualTo(relationships.get(i)[0]);
            assertThat(node.get("id").asText()).isEqualTo(relationships.get(i)[1]);
            assertThat(List.of(relationship.get("start").asText(), relationship.get("end").asText())).contains(unitId, node.get("id").asText());
            // each neighbour carries every property it has in the graph
            Map<String, Object> stored = db.graph().read(tx -> tx.run("MATCH (n) WHERE elementId(n) = $id RETURN properties(n) AS p",
                    Map.of("id", node.get("id").asText())).single().get("p").asMap());
            assertThat(iterable(node.get("properties").fieldNames())).containsExactlyInAnyOrderElementsOf(stored.keySet());
        }
    }

    @Test
    void pages_with_skip_until_every_relationship_was_given_once() {
        List<String> seen = new ArrayList<>();
        int skip = 0;
        boolean more = true;
        while (more) {
            JsonNode page = expand(Map.of("id", unitId, "skip", skip, "limit", 10));
            page.get("neighbours").forEach(n -> seen.add(n.get("relationship").get("id").asText()));
            more = page.get("more").asBoolean();
            skip += 10;
            assertThat(skip).as("pages end").isLessThan(1_000);
        }
        assertThat(seen).containsExactlyElementsOf(relationships.stream().map(r -> r[0]).toList());
        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
    }

    @Test
    void refuses_bad_ids_and_bounds_with_4xx_and_changes_nothing() throws Exception {
        long nodes = db.count("MATCH (n) RETURN count(n)");
        long rels = db.count("MATCH ()-[r]->() RETURN count(r)");
        String relationshipId = relationships.get(0)[0];

        assertThat(post("{\"id\":\"x') DETACH DELETE n //\"}").statusCode()).isEqualTo(400);
        assertThat(post("{\"id\":\"" + unitId + "' OR 1=1\"}").statusCode()).isEqualTo(400);
        assertThat(post("{\"id\":\"" + "4".repeat(201) + "\"}").statusCode()).isEqualTo(400);
        assertThat(post("{}").statusCode()).isEqualTo(400);
        assertThat(post("null").statusCode()).isEqualTo(400);
        assertThat(post("{\"id\": [\"a\"]}").statusCode()).isEqualTo(400);
        assertThat(post("not json").statusCode()).isEqualTo(400);
        var unknown = post("{\"id\":\"4:00000000-0000-0000-0000-000000000000:999999\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        // a relationship's id names no node
        assertThat(post("{\"id\":\"" + relationshipId + "\"}").statusCode()).isEqualTo(404);
        for (String bounds : List.of("\"limit\":0", "\"limit\":101", "\"skip\":-1", "\"skip\":10001", "\"limit\":\"all\"")) {
            var response = post("{\"id\":\"" + unitId + "\"," + bounds + "}");
            assertThat(response.statusCode()).as(bounds).isEqualTo(400);
            assertThat(response.body()).as(bounds).contains("problem").doesNotContain(UNIT);
        }
        assertThat(http.json(post("{\"id\":\"" + unitId + "\",\"limit\":100}")).get("neighbours"))
                .hasSize(Math.min(100, relationships.size()));
        assertThat(db.count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(db.count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(rels);
    }

    @Test
    void keeps_to_the_consoles_json_and_same_origin_rules_and_the_read_token() throws Exception {
        String body = "{\"id\":\"" + unitId + "\"}";
        String own = "http://127.0.0.1:" + server.port();
        assertThat(send(request(server, "text/plain;charset=UTF-8", body)).statusCode()).isEqualTo(415);
        assertThat(send(request(server, "application/x-www-form-urlencoded", body)).statusCode()).isEqualTo(415);
        var foreign = send(request(server, "application/json", body).header("Origin", "http://attacker.example"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("Cross-site request refused").doesNotContain(UNIT);
        assertThat(send(request(server, "application/json", body).header("Sec-Fetch-Site", "cross-site")).statusCode())
                .isEqualTo(403);
        assertThat(send(request(server, "application/json", body).header("Origin", own)
                .header("Sec-Fetch-Site", "same-origin")).statusCode()).isEqualTo(200);

        assertThat(send(request(guarded, "application/json", body)).statusCode()).isEqualTo(401);
        var withToken = send(request(guarded, "application/json", body).header("Authorization", "Bearer " + READ_TOKEN));
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.body()).contains(UNIT);
    }

    /** The GET of a POST-only route is not a way round the JSON and origin rules. */
    @Test
    void is_a_post_only() {
        assertThat(http.get("/api/v1/cypher/expand?id=" + Http.encode(unitId)).statusCode()).isIn(404, 405);
    }

    private static JsonNode expand(Map<String, Object> body) {
        try {
            var response = post(Json.mapper().writeValueAsString(body));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return http.json(response);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> post(String body) {
        return http.post("/api/v1/cypher/expand", "application/json", body);
    }

    private static HttpRequest.Builder request(WebServer target, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + "/api/v1/cypher/expand"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        Set<T> all = new HashSet<>();
        iterator.forEachRemaining(all::add);
        return all;
    }
}
