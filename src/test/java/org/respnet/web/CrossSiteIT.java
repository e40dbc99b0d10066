package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.app.RespNet;
import org.respnet.load.DocumentLoader;

/**
 * A page on another origin, open in the user's browser, must not drive the console or the writes: it can send
 * text/plain POSTs without a preflight, and its requests carry {@code Origin} / {@code Sec-Fetch-Site}, which are
 * what a browser sends and what these requests set.
 */
class CrossSiteIT {

    private static final String TOKEN = "cross-site-admin-token";
    private static final String QUERY = "{\"query\":\"MATCH (m:Measure) RETURN count(m) AS n\"}";
    private static final TestDatabase db = TestDatabase.shared();
    private static final HttpClient client = HttpClient.newHttpClient();
    private static WebServer server;
    private static String own;

    @BeforeAll
    static void start() {
        db.clear();
        new DocumentLoader(db.graph(), db.cypher()).load(Fixtures.seed());
        server = db.app(RespNet.Settings.defaults().withWeb(WebSettings.defaults().withAdminToken(TOKEN))).webServer()
                .start("127.0.0.1", 0);
        own = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_console_takes_only_json_bodies() throws Exception {
        var plain = send(console("text/plain;charset=UTF-8", QUERY));
        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(plain.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(plain.body()).contains("application/json");
        assertThat(send(console("application/x-www-form-urlencoded", QUERY)).statusCode()).isEqualTo(415);
        assertThat(send(console("application/json; charset=utf-8", QUERY)).statusCode()).isEqualTo(200);
    }

    @Test
    void the_console_refuses_other_origins_and_answers_its_own_pages() throws Exception {
        var foreign = send(console("application/json", QUERY).header("Origin", "http://attacker.example"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("Cross-site request refused").contains("attacker.example")
                .doesNotContain("\"n\"");
        assertThat(send(console("application/json", QUERY).header("Origin", "null")).statusCode()).isEqualTo(403);
        // same host, another port: another origin
        assertThat(send(console("application/json", QUERY).header("Origin", "http://127.0.0.1:1")).statusCode())
                .isEqualTo(403);
        assertThat(send(console("application/json", QUERY).header("Sec-Fetch-Site", "cross-site")).statusCode())
                .isEqualTo(403);
        assertThat(send(console("application/json", QUERY).header("Sec-Fetch-Site", "same-site")).statusCode())
                .isEqualTo(403);

        var mine = send(console("application/json", QUERY).header("Origin", own).header("Sec-Fetch-Site", "same-origin"));
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("48");
        // curl and scripts send neither header
        assertThat(send(console("application/json", QUERY)).statusCode()).isEqualTo(200);
    }

    @Test
    void uploads_and_deletions_from_other_origins_are_refused_even_with_the_token() throws Exception {
        String key = db.graph().read(tx -> tx.run("MATCH (d:Document) RETURN d.key AS k").single().get("k").asString());
        long before = db.count("MATCH (n) RETURN count(n)");

        var upload = send(HttpRequest.newBuilder(URI.create(own + "/api/v1/documents?force=true"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain; charset=utf-8")
                .header("Origin", "http://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString(java.nio.file.Files.readString(Fixtures.SEED), StandardCharsets.UTF_8)));
        var delete = send(HttpRequest.newBuilder(URI.create(own + "/api/v1/documents/" + Http.encode(key)))
                .header("Authorization", "Bearer " + TOKEN).header("Sec-Fetch-Site", "cross-site").DELETE());

        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(db.count("MATCH (n) RETURN count(n)")).isEqualTo(before);

        var ownDelete = send(HttpRequest.newBuilder(URI.create(own + "/api/v1/documents/" + Http.encode(key)))
                .header("Authorization", "Bearer " + TOKEN).header("Origin", own).DELETE());
        assertThat(ownDelete.statusCode()).isEqualTo(200);
        new DocumentLoader(db.graph(), db.cypher()).load(Fixtures.seed());
    }

    private static HttpRequest.Builder console(String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(own + "/api/v1/cypher")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
