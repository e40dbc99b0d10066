package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar ({@code java -jar target/respnet-*.jar}, what the README offers and the Dockerfile runs) as a
 * process: every page, and every script and stylesheet they load (module imports followed), answers 200 with the
 * bytes of the source file. Failsafe runs after {@code package}, so in {@code mvn verify} the jar is always there;
 * a missing jar fails the test rather than skipping it. Issue 15: the jar answered all of them with 404 because
 * Jetty's resource handler refused Spring Boot's nested-jar folder as an alias, which target/classes never shows.
 */
class PackagedJarIT {

    private static final Path PUBLIC = Path.of("src/main/resources/public");
    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"(/[^\"]*)\"");
    private static final Pattern IMPORT = Pattern.compile("(?:from\\s+|import\\s*\\(\\s*)'(\\.{1,2}/[^']+)'");
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path work;

    @Test
    void theJarServesEveryPageAndEverythingTheyLoad() throws Exception {
        Path jar = packagedJar();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dfile.encoding=UTF-8", "-jar", jar.toAbsolutePath().toString(),
                "serve", "--data-dir", work.resolve("data").toString(), "--port", "0")
                .directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("RESPNET_BOLT_PORT", "0");
        builder.environment().put("RESPNET_PAGE_CACHE", "64m");
        Process process = builder.start();
        try {
            String base = awaitServing(process, output);

            HttpResponse<String> root = get(base + "/");
            assertThat(root.statusCode()).as("/").isEqualTo(302);
            assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/rankings.html"));

            Map<String, Integer> statuses = new LinkedHashMap<>();
            Map<String, String> wrongBodies = new LinkedHashMap<>();
            Set<String> seen = new LinkedHashSet<>();
            var queue = new ArrayDeque<String>();
            try (Stream<Path> pages = Files.list(PUBLIC)) {
                pages.filter(p -> p.getFileName().toString().endsWith(".html")).sorted()
                        .forEach(p -> queue.add("/" + p.getFileName()));
            }
            assertThat(queue).as("pages in " + PUBLIC).contains("/rankings.html", "/console.html", "/graph.html", "/upload.html");
            while (!queue.isEmpty()) {
                String path = queue.poll();
                if (!seen.add(path)) {
                    continue;
                }
                HttpResponse<String> response = get(base + path);
                statuses.put(path, response.statusCode());
                if (response.statusCode() != 200) {
                    continue;
                }
                Path source = path.startsWith("/webjars/") ? null : PUBLIC.resolve(path.substring(1));
                if (source != null && !response.body().equals(Files.readString(source, StandardCharsets.UTF_8))) {
                    wrongBodies.put(path, response.headers().firstValue("Content-Type").orElse("?"));
                }
                if (path.endsWith(".html")) {
                    Matcher m = REFERENCE.matcher(response.body());
                    while (m.find()) {
                        String ref = m.group(1);
                        if (!ref.startsWith("/api/")) {
                            queue.add(ref);
                        }
                    }
                } else if (path.endsWith(".js") && path.startsWith("/js/")) {
                    Matcher m = IMPORT.matcher(response.body());
                    while (m.find()) {
                        queue.add(URI.create(path).resolve(m.group(1)).getPath());
                    }
                }
            }
            assertThat(statuses).as("status of every page, script and stylesheet; output:\n" + String.join("\n", output))
                    .allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));
            assertThat(seen).as("what the pages load").anyMatch(p -> p.startsWith("/webjars/"))
                    .anyMatch(p -> p.startsWith("/css/")).contains("/js/api.js", "/js/i18n.js");
            assertThat(wrongBodies).as("served bodies that differ from the source file").isEmpty();
            assertThat(get(base + "/js/no-such-file.js").statusCode()).isEqualTo(404);
            assertThat(output).noneMatch(line -> line.contains("should not be an alias"));
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static Path packagedJar() throws IOException {
        Path target = Path.of("target");
        try (Stream<Path> files = Files.list(target)) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("respnet-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-sources.jar")).toList();
            assertThat(jars).as("the packaged jar in target/ (mvn verify builds it in the package phase, before this test)")
                    .hasSize(1);
            return jars.get(0);
        }
    }

    private static String awaitServing(Process process, List<String> output) throws InterruptedException {
        var found = new java.util.concurrent.CompletableFuture<String>();
        Thread pump = new Thread(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    output.add(line);
                    Matcher m = Pattern.compile("serving at (http://\\S+?)/?\\s").matcher(line + " ");
                    if (m.find()) {
                        found.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                output.add("<output closed: " + e.getMessage() + ">");
            }
            found.complete(null);
        }, "jar-output");
        pump.setDaemon(true);
        pump.start();
        try {
            String base = found.get(180, TimeUnit.SECONDS);
            assertThat(base).as("serving line; output:\n" + String.join("\n", output)).isNotNull();
            return base;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the jar did not start serving; output:\n" + String.join("\n", output), e);
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
