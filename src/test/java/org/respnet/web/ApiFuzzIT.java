package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.load.DocumentLoader;

/**
 * Every GET endpoint of openapi.json, fed hostile parameter values: the answer is 200 with JSON (or CSV) or a 4xx
 * problem document, never a 500 and never a stack trace.
 */
class ApiFuzzIT {

    /** Already percent-encoded, as they would sit in a query string or path segment. */
    static final List<String> HOSTILE = List.of("abc", "", "-0", "99999999999999999999", "1e309", "NaN", "Infinity",
            "%EF%BC%91%EF%BC%90", "%F0%9F%98%80", "%E2%80%8F%D8%A7", "%ED%A0%80", "%00", "..%2F..%2Fetc%2Fpasswd",
            "%2e%2e%2f", "..%5c", "x".repeat(10_000));
    /** Parameters without which an endpoint answers 400, so that unknown ones can be shown to be ignored. */
    private static final Map<String, String> REQUIRED = Map.of("/api/v1/measures/search", "q=%E5%BF%97%E6%84%BF",
            "/api/v1/graph/bipartite", "document=" + encode("衢委发[2016]3号"),
            "/api/v1/graph/focus", "unit=" + encode("团市委"),
            "/api/v1/rankings/compare", "left=" + encode("衢委发[2016]3号") + "&right=" + encode("衢委发[2016]3号"));
    private static final Map<String, String> VALID_PATH = Map.of("{document}", encode("衢委发[2016]3号"),
            "{number}", "29", "{name}", encode("团市委"));

    private static WebServer server;
    private static Http http;
    private static JsonNode paths;

    @BeforeAll
    static void serveTheSeed() throws IOException {
        TestDatabase db = TestDatabase.shared();
        db.clear();
        new DocumentLoader(db.graph(), db.cypher()).load(Fixtures.seed());
        server = db.app().webServer().start("127.0.0.1", 0);
        http = new Http(server.port());
        try (var in = ApiFuzzIT.class.getResourceAsStream("/openapi.json")) {
            // Only GET operations are fuzzed here; POST endpoints have their own tests.
            var gets = Json.mapper().createObjectNode();
            Json.mapper().readTree(in).get("paths").fields().forEachRemaining(path -> {
                if (path.getValue().has("get")) {
                    gets.set(path.getKey(), path.getValue());
                }
            });
            paths = gets;
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void hostile_query_values_get_json_or_a_problem_never_a_500() {
        List<String> failures = new ArrayList<>();
        paths.fields().forEachRemaining(path -> queryParameters(path.getValue()).forEach(name -> {
            for (String value : HOSTILE) {
                check(withValidPath(path.getKey()) + "?" + name + "=" + value, failures);
            }
            check(withValidPath(path.getKey()) + "?" + name + "=1&" + name + "=abc&" + name + "=", failures);
        }));

        assertThat(failures).isEmpty();
    }

    @Test
    void hostile_path_segments_get_json_or_a_problem_never_a_500() {
        List<String> failures = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> VALID_PATH.keySet().stream().filter(path::contains).forEach(param -> {
            for (String value : HOSTILE) {
                check(withValidPath(path.replace(param, value.isEmpty() ? "%20" : value)), failures);
            }
        }));

        assertThat(failures).isEmpty();
    }

    @Test
    void unknown_parameters_are_ignored() {
        List<String> failures = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> {
            String required = REQUIRED.containsKey(path) ? REQUIRED.get(path) + "&" : "";
            Http.Raw answer = check(withValidPath(path) + "?" + required + "zzz=1&__proto__=%7B%7D&limit%00=1", failures);
            if (answer.status() != 200) {
                failures.add(path + " with unknown parameters answered " + answer.status() + ": " + answer.body());
            }
        });

        assertThat(failures).isEmpty();
    }

    @Test
    void lucene_syntax_in_search_is_searched_for_literally() {
        List<String> failures = new ArrayList<>();
        for (String q : List.of("*", "%22", "AND%20OR", "~", "%5C", "%E5%BF%97%E6%84%BF*", "a%3Ab", "(", "%2F%2F", "?")) {
            Http.Raw answer = check("/api/v1/measures/search?q=" + q, failures);
            if (answer.status() != 200) {
                failures.add("q=" + q + " answered " + answer.status() + ": " + answer.body());
            }
        }

        assertThat(failures).isEmpty();
    }

    @Test
    void requests_jetty_rejects_get_a_problem_document_not_an_html_page() {
        List<String> failures = new ArrayList<>();
        for (String target : List.of("/api/v1/units/%zz", "/api/v1/measures/search?q=%zz", "/api/v1/units/%ED%A0%80",
                "/api/v1/units/a%00b", "/api/v1/units/" + "x".repeat(10_000), "/../../etc/passwd",
                "/api/v1/units/..%2F..%2F..%2Fetc%2Fpasswd", "/api/v1/%2e%2e/%2e%2e/etc/passwd",
                "/api/v1/rankings/workload?limit=" + "9".repeat(10 * 1024 * 1024))) {
            Http.Raw answer = check(target, failures);
            if (answer.body().contains("<html")) {
                failures.add(abbreviate(target) + " got an HTML page");
            }
        }

        assertThat(failures).isEmpty();
    }

    /** Records what is wrong with the answer to {@code target}, if anything. */
    static Http.Raw check(String target, List<String> failures) {
        Http.Raw answer = http.raw(target);
        String problem = ApiAnswers.problemWith(answer);
        if (problem != null) {
            failures.add("GET " + abbreviate(target) + " -> " + answer.status() + " " + problem + ": " + abbreviate(answer.body()));
        }
        return answer;
    }

    private static List<String> queryParameters(JsonNode pathItem) {
        List<String> names = new ArrayList<>();
        pathItem.path("get").path("parameters").forEach(p -> {
            if ("query".equals(p.path("in").asText())) {
                names.add(p.get("name").asText());
            }
        });
        return names;
    }

    private static String withValidPath(String path) {
        String result = path;
        for (var e : VALID_PATH.entrySet()) {
            result = result.replace(e.getKey(), e.getValue());
        }
        return result;
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
