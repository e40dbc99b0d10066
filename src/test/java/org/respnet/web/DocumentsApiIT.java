package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.load.DocumentLoader;

class DocumentsApiIT {

    private static WebServer server;
    private static Http http;

    @BeforeAll
    static void serveTheSeed() {
        TestDatabase db = TestDatabase.shared();
        db.clear();
        new DocumentLoader(db.graph(), db.cypher()).load(Fixtures.seed());
        server = db.app().webServer().start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void lists_the_seed_with_its_exact_figures() {
        JsonNode documents = http.getJson("/api/documents");

        assertThat(documents).hasSize(1);
        JsonNode seed = documents.get(0);
        assertThat(seed.get("docNumber").asText()).isEqualTo("衢委发[2016]3号");
        assertThat(seed.get("title").asText()).contains("衢州市加强和改进党的群团工作实施方案");
        assertThat(seed.get("sections").asInt()).isEqualTo(4);
        assertThat(seed.get("measures").asInt()).isEqualTo(48);
        assertThat(seed.get("units").asInt()).isEqualTo(45);
        assertThat(seed.get("leads").asInt()).isEqualTo(138);
        assertThat(seed.get("participations").asInt()).isEqualTo(449);
        assertThat(seed.get("supervisors").get(0).asText()).isEqualTo("市委办公室");
    }

    @Test
    void health_reports_the_database_reachable() {
        JsonNode health = http.getJson("/health");

        assertThat(health.get("database").asText()).isEqualTo("reachable");
    }

    @Test
    void unknown_paths_get_a_problem_document_not_a_stack_trace() {
        var response = http.get("/api/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(http.json(response).get("status").asInt()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Exception");
    }
}
