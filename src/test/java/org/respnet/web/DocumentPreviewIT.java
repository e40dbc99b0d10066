package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.web.Http.encode;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.respnet.model.Measure;
import org.respnet.parse.DocumentParser;
import org.respnet.parse.ParseReport;
import org.respnet.text.DocumentReaders;

/** The preview shows what a load would store and writes nothing; deletion needs the admin token. */
class DocumentPreviewIT {

    private static final String TOKEN = "s3cret-admin-token";
    private static final String DOCUMENTS = "/api/v1/documents";
    private static final String PREVIEW = DOCUMENTS + "/preview";
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
    void previews_the_seed_with_the_parsers_figures_and_text_lines_and_writes_nothing() throws Exception {
        start(WebSettings.defaults().withAdminToken(TOKEN));
        byte[] bytes = Files.readAllBytes(Fixtures.SEED);
        ParseReport parsed = new DocumentParser().check(DocumentReaders.decode("seed.txt", bytes, null));

        // No token: the preview stores nothing, so it is a read.
        var response = send("POST", PREVIEW + "?name=seed.txt", bytes, null, "text/plain; charset=utf-8");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode preview = Json.mapper().readTree(response.body());
        JsonNode document = preview.get("document");
        assertThat(document.get("key").asText()).isEqualTo("衢委发[2016]3号");
        assertThat(document.get("format").asText()).isEqualTo("txt");
        assertThat(document.get("stored").asText()).isEqualTo("new");
        assertThat(List.of(document.get("sections").asInt(), document.get("measures").asInt(),
                document.get("units").asInt(), document.get("leads").asInt(), document.get("participations").asInt()))
                .containsExactly(4, 48, 45, 138, 449);
        assertThat(document.get("unassigned").asLong())
                .isEqualTo(parsed.document().measures().stream().filter(Measure::unassigned).count());
        assertThat(preview.get("measures")).hasSize(48);
        assertThat(preview.get("warnings")).hasSize(parsed.warnings().size());
        JsonNode measure33 = Http.element(preview.get("measures"), "number", "33");
        Measure parsed33 = parsed.document().measures().stream().filter(m -> m.number().equals("33")).findFirst().orElseThrow();
        assertThat(measure33.get("clause").asText()).isEqualTo(parsed33.clause());
        assertThat(measure33.get("location").asText()).isEqualTo("line 104");
        assertThat(measure33.get("leads")).extracting(JsonNode::asText).containsExactly("市人大法工委", "市人大内司工委");
        assertThat(measure33.get("unassigned").asBoolean()).isFalse();
        // Line numbers of warnings and locations index these lines.
        JsonNode lines = preview.get("source").get("lines");
        assertThat(lines).hasSize(Files.readString(Fixtures.SEED).split("\n", -1).length);
        assertThat(lines.get(103).asText()).startsWith("33.");
        assertThat(db.count("MATCH (n) RETURN count(n)")).isZero();
    }

    @Test
    void multipart_previews_match_raw_ones_and_say_when_the_text_is_already_loaded() throws Exception {
        start(WebSettings.defaults().withAdminToken(TOKEN));
        byte[] gbk = Files.readString(Fixtures.SEED).replace('\u00A0', ' ').getBytes(Charset.forName("GBK"));
        assertThat(send("POST", DOCUMENTS + "?name=seed.txt&encoding=GBK", gbk, TOKEN, "text/plain").statusCode()).isEqualTo(201);

        String boundary = "----respnet" + System.nanoTime();
        var response = send("POST", PREVIEW, multipart(boundary, "seed.txt", gbk, "GBK"), null,
                "multipart/form-data; boundary=" + boundary);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode document = Json.mapper().readTree(response.body()).get("document");
        assertThat(document.get("charset").asText()).isIn("GBK", "GB18030");
        assertThat(document.get("measures").asInt()).isEqualTo(48);
        assertThat(document.get("stored").asText()).isEqualTo("unchanged");
    }

    @Test
    void unreadable_and_oversized_previews_are_problems_naming_the_place() throws Exception {
        start(new WebSettings(TOKEN, null, 64 * 1024, List.of()));

        var noMeasures = send("POST", PREVIEW + "?name=hello.txt", "hello world\n".getBytes(StandardCharsets.UTF_8),
                null, "text/plain");
        var huge = send("POST", PREVIEW, new byte[200 * 1024], null, "text/plain");

        assertThat(noMeasures.statusCode()).isEqualTo(422);
        assertThat(noMeasures.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Json.mapper().readTree(noMeasures.body()).get("detail").asText()).startsWith("hello.txt:1:");
        assertThat(huge.statusCode()).isEqualTo(413);
    }

    @Test
    void warnings_point_at_their_lines_and_a_strict_upload_refuses_the_document() throws Exception {
        start(WebSettings.defaults().withAdminToken(TOKEN));
        byte[] bytes = EMPTY_CLAUSE.getBytes(StandardCharsets.UTF_8);
        ParseReport parsed = new DocumentParser().check(DocumentReaders.decode("plan.txt", bytes, null));
        assertThat(parsed.warnings()).as("the parser warns about an empty clause").isNotEmpty();

        JsonNode preview = Json.mapper().readTree(send("POST", PREVIEW + "?name=plan.txt", bytes, null, "text/plain").body());
        var strict = send("POST", DOCUMENTS + "?name=plan.txt&strict=true", bytes, TOKEN, "text/plain");
        long afterStrict = db.count("MATCH (n) RETURN count(n)");
        var lenient = send("POST", DOCUMENTS + "?name=plan.txt", bytes, TOKEN, "text/plain");

        assertThat(preview.get("warnings")).hasSize(parsed.warnings().size());
        JsonNode first = preview.get("warnings").get(0);
        assertThat(first.get("line").asInt()).isEqualTo(parsed.warnings().get(0).line());
        assertThat(first.get("description").asText()).isEqualTo(parsed.warnings().get(0).describe());
        assertThat(preview.get("source").get("lines").get(first.get("line").asInt() - 1).asText()).contains("做好工作");
        assertThat(strict.statusCode()).as(strict.body()).isEqualTo(422);
        assertThat(Json.mapper().readTree(strict.body()).get("detail").asText()).startsWith("plan.txt:").contains("strict");
        assertThat(afterStrict).isZero();
        assertThat(lenient.statusCode()).as(lenient.body()).isEqualTo(201);
    }

    /** A measure whose clause names no one: read, with a warning. */
    private static final String EMPTY_CLAUSE = "某市某某工作方案\n一、任务\n1.做好工作。(牵头单位:)\n2.做好其他工作。(牵头单位:市财政局)\n";

    @Test
    void a_read_token_guards_the_preview_like_any_read() throws Exception {
        start(WebSettings.defaults().withReadToken("reader"));
        byte[] bytes = Files.readAllBytes(Fixtures.SEED);

        var refused = send("POST", PREVIEW, bytes, null, "text/plain");
        assertThat(refused.statusCode()).isEqualTo(401);
        // The unread body stays on the connection, which the server drops: the client is told not to reuse it
        // (it did, and its next request failed with "header parser received no bytes").
        assertThat(refused.headers().firstValue("Connection")).hasValue("close");
        assertThat(send("POST", PREVIEW, bytes, "reader", "text/plain").statusCode()).isEqualTo(200);
    }

    @Test
    void deleting_needs_the_admin_token_and_removes_the_document_and_its_units() throws Exception {
        String seed = DOCUMENTS + "/" + encode("衢委发[2016]3号");
        start(WebSettings.defaults());
        assertThat(send("DELETE", seed, null, TOKEN, null).statusCode()).isEqualTo(403);
        server.close();
        start(WebSettings.defaults().withAdminToken(TOKEN).withReadToken("reader"));
        assertThat(send("POST", DOCUMENTS + "?name=seed.txt", Files.readAllBytes(Fixtures.SEED), TOKEN, "text/plain")
                .statusCode()).isEqualTo(201);

        var noToken = send("DELETE", seed, null, null, null);
        var readToken = send("DELETE", seed, null, "reader", null);
        var unknown = send("DELETE", DOCUMENTS + "/" + encode("无此文件"), null, TOKEN, null);
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(readToken.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(db.count("MATCH (m:Measure) RETURN count(m)")).isEqualTo(48);

        var deleted = send("DELETE", seed, null, TOKEN, null);

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        JsonNode result = Json.mapper().readTree(deleted.body());
        assertThat(result.get("measures").asInt()).isEqualTo(48);
        assertThat(result.get("unitsRemoved").asInt()).isEqualTo(45);
        // The only document: nothing is left, no unit and no pair total; only the graph version, which moved.
        assertThat(db.count("MATCH (n) WHERE NOT n:GraphVersion RETURN count(n)")).isZero();
        assertThat(send("DELETE", seed, null, TOKEN, null).statusCode()).isEqualTo(404);
    }

    private void start(WebSettings settings) {
        server = db.app(RespNet.Settings.defaults().withWeb(settings)).webServer().start("127.0.0.1", 0);
    }

    private HttpResponse<String> send(String method, String path, byte[] body, String token, String contentType)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content, String encoding) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"encoding\"\r\n\r\n" + encoding + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
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
