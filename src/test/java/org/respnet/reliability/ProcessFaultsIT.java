package org.respnet.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.kernel.recovery.Recovery;
import org.neo4j.memory.EmptyMemoryTracker;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.TestDrivers;
import org.respnet.db.EmbeddedNeo4j;
import org.respnet.model.PolicyDocument;
import org.respnet.web.Http;

/** SIGKILL in the middle of a load and SIGTERM while serving, against real child processes. */
class ProcessFaultsIT {

    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    Path work;

    @Test
    void a_load_killed_midway_leaves_the_previous_version_whole() throws Exception {
        Path seed = Fixtures.SEED.toAbsolutePath();
        Path big = work.resolve("revised.txt");
        Files.writeString(big, Fixtures.seedWithManyMeasures(30_000));
        PolicyDocument revised = Fixtures.parse(big);
        assertThat(revised.key()).isEqualTo(Fixtures.seed().key());

        try (var first = ChildProcess.respnet(work, "load", "--data-dir", "data", seed.toString())) {
            assertThat(first.awaitExit(START)).as(() -> String.join("\n", first.output())).isZero();
        }
        try (var second = ChildProcess.respnet(work, "load", "--data-dir", "data", big.toString())) {
            second.awaitLine(line -> line.contains("measures:") && line.contains("rows"), START);
            second.sigkill();
            second.awaitExit(Duration.ofSeconds(30));
        }
        // every start writes the Bolt password to the system database, so a kill leaves it to be recovered: the
        // check the SIGTERM tests rely on does see an unclean close
        assertThat(recoveryRequired(work.resolve("data"), "system")).isTrue();

        Map<String, Long> counts = countsAfterRestart(work.resolve("data"));
        Map<String, Long> old = figures(Fixtures.seed());
        Map<String, Long> whole = figures(revised);
        assertThat(List.of(old, whole)).contains(counts);
    }

    @Test
    void sigterm_stops_serving_and_closes_the_database_cleanly() throws Exception {
        Path seed = Fixtures.SEED.toAbsolutePath();
        try (var first = ChildProcess.respnet(work, "load", "--data-dir", "data", seed.toString())) {
            assertThat(first.awaitExit(START)).as(() -> String.join("\n", first.output())).isZero();
        }
        try (var server = ChildProcess.respnet(work, "serve", "--data-dir", "data", "--port", "0")) {
            String url = server.awaitLine(line -> line.contains("serving at"), START);
            int port = Integer.parseInt(url.replaceAll(".*:(\\d+)/.*", "$1"));
            var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            long stopping = System.nanoTime();
            server.sigterm();

            assertThat(server.awaitExit(Duration.ofSeconds(60))).isEqualTo(143);
            // Not a speed target: Bolt's two Netty groups each slept a fixed 5 s quiet period, so an idle server
            // could not stop in under 10 s; without them it stops in one or two.
            assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(8));
            assertThat(server.output()).anyMatch(line -> line.contains("RespNet stopped"));
        }
        assertThat(countsAfterRestart(work.resolve("data"))).isEqualTo(figures(Fixtures.seed()));
    }

    @Test
    void sigterm_does_not_wait_for_console_queries_the_database_cannot_stop() throws Exception {
        Path seed = Fixtures.SEED.toAbsolutePath();
        try (var first = ChildProcess.respnet(work, "load", "--data-dir", "data", seed.toString())) {
            assertThat(first.awaitExit(START)).as(() -> String.join("\n", first.output())).isZero();
        }
        // one query at a time, so one query overrunning is enough to close the console, which shows it still runs
        var console = Map.of("RESPNET_CONSOLE_TIMEOUT", "1s", "RESPNET_CONSOLE_MAX_CONCURRENT", "1");
        try (var server = ChildProcess.respnet(work, console, "serve", "--data-dir", "data", "--port", "0")) {
            String url = server.awaitLine(line -> line.contains("serving at"), START);
            var http = new Http(Integer.parseInt(url.replaceAll(".*:(\\d+)/.*", "$1")));
            // Work inside one expression, which Neo4j checks for termination only between rows: ~10^12 additions,
            // hours of computing, so the stop below cannot be waiting for it to end. One such query, not several:
            // each takes a core, and this machine may have two.
            var runaway = http.post("/api/v1/cypher", "application/json",
                    "{\"query\": \"RETURN reduce(s = 0, i IN range(1, 1000000000000) | s + 1) AS n\"}");
            assertThat(runaway.statusCode()).as(runaway.body()).isEqualTo(422);
            assertThat(runaway.body()).contains("Query timed out");
            // it still computes inside Neo4j: the console counts it as overrunning and turns the next query away
            var next = http.post("/api/v1/cypher", "application/json", "{\"query\": \"RETURN 1\"}");
            assertThat(next.statusCode()).as(next.body()).isEqualTo(429);
            assertThat(next.body()).contains("past their deadline");

            long stopping = System.nanoTime();
            server.sigterm();

            assertThat(server.awaitExit(Duration.ofSeconds(60))).isEqualTo(143);
            Duration stop = Duration.ofNanos(System.nanoTime() - stopping);
            System.out.println("SIGTERM with a console query overrunning: stopped in " + stop.toMillis() + " ms");
            // The idle bound, and under `docker stop`'s 10 s before SIGKILL. Neo4j's default wait for open
            // transactions at close (10 s, then 1 s more once terminated) made this ~13 s; SIGKILL at 10 s then fell
            // before the shutdown checkpoint and left the system database to be recovered.
            assertThat(stop).isLessThan(Duration.ofSeconds(8));
            List<String> output = server.output();
            List<String> afterStart = output.subList(output.indexOf(url) + 1, output.size());
            assertThat(afterStart).anyMatch(line -> line.contains("RespNet stopped"));
            assertThat(afterStart).noneMatch(line -> line.contains("ERROR") || line.contains("WARN")
                    || line.contains("Exception"));
        }
        assertThat(recoveryRequired(work.resolve("data"), "neo4j")).isFalse();
        assertThat(recoveryRequired(work.resolve("data"), "system")).isFalse();
        assertThat(countsAfterRestart(work.resolve("data"))).isEqualTo(figures(Fixtures.seed()));
    }

    /** Neo4j's own test at start: true when the store was not closed with a checkpoint ending its transaction log. */
    private static boolean recoveryRequired(Path home, String database) throws Exception {
        Config config = Config.defaults(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath());
        DatabaseLayout layout = Neo4jLayout.of(config).databaseLayout(database);
        assertThat(layout.databaseDirectory()).isDirectory();
        try (var fs = new DefaultFileSystemAbstraction()) {
            return Recovery.isRecoveryRequired(fs, layout, config, EmptyMemoryTracker.INSTANCE);
        }
    }

    private static Map<String, Long> countsAfterRestart(Path store) {
        EmbeddedNeo4j restarted = TestDatabase.startEmbedded(store, 0);
        try (var driver = TestDrivers.create(restarted.boltUri(), restarted.authToken()); var session = driver.session()) {
            return Map.of(
                    "documents", session.run("MATCH (n:Document) RETURN count(n)").single().get(0).asLong(),
                    "measures", session.run("MATCH (n:Measure) RETURN count(n)").single().get(0).asLong(),
                    "leads", session.run("MATCH ()-[r:LEADS]->() RETURN count(r)").single().get(0).asLong(),
                    "participations", session.run("MATCH ()-[r:PARTICIPATES_IN]->() RETURN count(r)").single().get(0).asLong(),
                    "storedMeasures", session.run("MATCH (d:Document) RETURN sum(d.measures)").single().get(0).asLong());
        } finally {
            restarted.close();
        }
    }

    private static Map<String, Long> figures(PolicyDocument d) {
        long measures = d.measures().size();
        return Map.of("documents", 1L, "measures", measures, "leads", (long) d.leadCount(),
                "participations", (long) d.participationCount(), "storedMeasures", measures);
    }
}
