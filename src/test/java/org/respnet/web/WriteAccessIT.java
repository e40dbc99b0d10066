package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.respnet.app.RespNet;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;

/** Uploads need the admin token, reads can need a read token, and every answer carries the security headers. */
class WriteAccessIT {

    private static final String TOKEN = "s3cret-admin-token";
    private static final String UPLOAD = "/api/v1/documents";
    private final TestDatabase db = TestDatabase.shared();
    private final HttpClient client = HttpClient.newHttpClient();
    private WebServer server;

    @BeforeEach
    void emptyGraph() {
        db.clear();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void uploads_are_refused_while_no_admin_token_is_configured() throws Exception {
        start(WebSettings.defaults());

        var response = upload("/api/v1/documents", seedBytes(StandardCharsets.UTF_8), TOKEN, "text/plain; charset=utf-8");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("RESPNET_ADMIN_TOKEN");
        assertThat(db.count("MATCH (n) RETURN count(n)")).isZero();
    }

    @Test
    void uploads_need_the_right_token_and_load_the_document() throws Exception {
        start(WebSettings.defaults().withAdminToken(TOKEN));

        assertThat(upload(UPLOAD, seedBytes(StandardCharsets.UTF_8), null, "text/plain").statusCode()).isEqualTo(401);
        var wrong = upload(UPLOAD, seedBytes(StandardCharsets.UTF_8), "guess", "text/plain");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain(TOKEN);
        assertThat(db.count("MATCH (n) RETURN count(n)")).isZero();

        var created = upload(UPLOAD + "?name=seed.txt", seedBytes(StandardCharsets.UTF_8), TOKEN, "text/plain; charset=utf-8");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"measures\":48").contains("\"units\":45");
        var again = upload(UPLOAD + "?name=seed.txt", seedBytes(StandardCharsets.UTF_8), TOKEN, "text/plain; charset=utf-8");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"skipped\":true");
    }

    @Test
    void gbk_uploads_and_multipart_uploads_load_the_same_figures() throws Exception {
        start(WebSettings.defaults().withAdminToken(TOKEN));

        var gbk = upload(UPLOAD + "?encoding=GBK&force=true", seedBytes(Charset.forName("GBK")), TOKEN, "text/plain");
        assertThat(gbk.statusCode()).as(gbk.body()).isEqualTo(201);
        assertThat(db.count("MATCH (u:Unit) RETURN count(u)")).isEqualTo(45);

        String boundary = "----respnet" + System.nanoTime();
        byte[] body = multipart(boundary, "seed.txt", seedBytes(StandardCharsets.UTF_8));
        var multipart = upload(UPLOAD + "?force=true", body, TOKEN, "multipart/form-data; boundary=" + boundary);
        assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(201);
        assertThat(db.count("MATCH ()-[r:PARTICIPATES_IN]->() RETURN count(r)")).isEqualTo(449);
    }

    @Test
    void unreadable_and_oversized_uploads_are_4xx_and_change_nothing() throws Exception {
        start(new WebSettings(TOKEN, null, 64 * 1024, List.of()));

        var garbage = upload(UPLOAD, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 1, 2, 3}, TOKEN, "application/octet-stream");
        // A clause cut off without its closing bracket is refused (an empty one is only a warning now).
        var unparseable = upload(UPLOAD, "某方案\n一、任务\n1.做好工作。(牵头单位:市财政局\n".getBytes(StandardCharsets.UTF_8), TOKEN, "text/plain");
        var huge = upload(UPLOAD, new byte[200 * 1024], TOKEN, "text/plain");

        assertThat(garbage.statusCode()).isEqualTo(422);
        assertThat(unparseable.statusCode()).isEqualTo(422);
        assertThat(unparseable.body()).contains(":3:");
        assertThat(huge.statusCode()).isEqualTo(413);
        for (var response : List.of(garbage, unparseable, huge)) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(db.count("MATCH (n) RETURN count(n)")).isZero();
    }

    @Test
    void a_read_token_protects_the_api_but_not_health() throws Exception {
        start(WebSettings.defaults().withReadToken("reader"));
        var http = new Http(server.port());

        assertThat(http.get("/api/v1/documents").statusCode()).isEqualTo(401);
        assertThat(http.post("/api/v1/cypher", "application/json", "{\"query\":\"RETURN 1\"}").statusCode()).isEqualTo(401);
        assertThat(http.get("/health").statusCode()).isEqualTo(200);
        var withToken = client.send(HttpRequest.newBuilder(uri("/api/v1/documents"))
                .header("Authorization", "Bearer reader").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).isEqualTo(200);
    }

    @Test
    void answers_carry_security_headers_and_no_cors_by_default() throws Exception {
        start(WebSettings.defaults());

        var response = client.send(HttpRequest.newBuilder(uri("/api/v1/documents"))
                .header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").doesNotContain("script-src 'self' 'unsafe-inline'")
                .contains("frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private void start(WebSettings settings) {
        server = db.app(RespNet.Settings.defaults().withWeb(settings)).webServer().start("127.0.0.1", 0);
    }

    private HttpResponse<String> upload(String path, byte[] body, String token, String contentType)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static byte[] seedBytes(Charset charset) throws IOException {
        // GBK cannot encode the seed's no-break spaces; they are blank lines either way.
        return Files.readString(Fixtures.SEED).replace('\u00A0', ' ').getBytes(charset);
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + content.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(content, 0, all, h.length, content.length);
        System.arraycopy(t, 0, all, h.length + content.length, t.length);
        return all;
    }
}
