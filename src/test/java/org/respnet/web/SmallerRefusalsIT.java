package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.app.RespNet;
import org.respnet.load.DocumentLoader;

/** Issue 15's smaller findings: each is a clear 4xx, not a 500 or a misleading 200. */
class SmallerRefusalsIT {

    private static final String TOKEN = "s3cret-admin-token";
    private final TestDatabase db = TestDatabase.shared();
    private final HttpClient client = HttpClient.newHttpClient();
    private WebServer server;
    private Http http;

    @BeforeEach
    void seeded() {
        db.clear();
        new DocumentLoader(db.graph(), db.cypher()).load(Fixtures.seed());
        server = db.app(RespNet.Settings.defaults().withWeb(WebSettings.defaults().withAdminToken(TOKEN)))
                .webServer().start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void a_title_longer_than_an_index_key_is_refused_before_anything_is_written() throws Exception {
        long before = db.count("MATCH (n) RETURN count(n)");
        String text = "某".repeat(3000) + "实施方案\n\n一、主要任务\n1.做好工作。(牵头单位:市财政局)\n";

        var response = upload(text.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("3004 characters").contains("limited to 500");
        assertThat(db.count("MATCH (n) RETURN count(n)")).isEqualTo(before);
    }

    @Test
    void a_measure_naming_3000_units_is_refused_before_anything_is_written() throws Exception {
        long before = db.count("MATCH (n) RETURN count(n)");
        byte[] body = Fixtures.planWithOneMeasureNaming(3000).getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(20_000);

        var response = upload(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("names 3001 units").contains("at most 500");
        assertThat(db.count("MATCH (n) RETURN count(n)")).isEqualTo(before);
    }

    @Test
    void a_bom_and_no_title_is_not_a_document_stored_under_the_empty_key() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        var onlyBom = upload(bom);
        assertThat(onlyBom.statusCode()).as(onlyBom.body()).isEqualTo(422);

        byte[] text = "1.做好工作。(牵头单位:市财政局)\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, body, 0, bom.length);
        System.arraycopy(text, 0, body, bom.length, text.length);
        var untitled = upload(body);

        assertThat(untitled.statusCode()).as(untitled.body()).isEqualTo(422);
        assertThat(untitled.body()).contains("no title or document number");
        assertThat(db.count("MATCH (d:Document {key: ''}) RETURN count(d)")).isZero();
    }

    @Test
    void a_limit_too_large_for_an_int_is_out_of_range_not_malformed() {
        var response = http.get("/api/v1/rankings/workload?limit=99999999999");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("limit must be between 1 and 100000, not 99999999999")
                .doesNotContain("whole number");
        assertThat(http.get("/api/v1/rankings/workload?limit=ten").body()).contains("must be a whole number");
    }

    @Test
    void a_section_the_document_does_not_have_is_a_404_naming_it() {
        String key = Http.encode(Fixtures.seed().key());
        long sections = Fixtures.seed().sections().size();
        int missing = (int) sections + 5;

        for (String path : new String[] {"/api/v1/rankings/workload", "/api/v1/graph/units", "/api/v1/graph/bipartite",
                "/api/v1/coordination/clusters", "/api/v1/graph/picture"}) {
            var response = http.get(path + "?document=" + key + "&section=" + missing);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(404);
            assertThat(response.body()).contains("has no section " + missing);
        }
        assertThat(http.get("/api/v1/rankings/workload?document=" + key + "&section=1").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> upload(byte[] body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/documents"))
                .header("Content-Type", "text/plain").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
