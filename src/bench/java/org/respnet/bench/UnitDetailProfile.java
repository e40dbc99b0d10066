package org.respnet.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.summary.ProfiledPlan;
import org.respnet.app.RespNet;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.DatabaseProperties;
import org.respnet.db.EmbeddedNeo4j;
import org.respnet.db.Graph;
import org.respnet.db.SchemaInitializer;
import org.respnet.web.WebServer;

/**
 * Unit detail latencies on a store kept by the benchmark ({@code -Dbench.keepStores=true}), without loading it
 * again: the same cases as the benchmark's unit detail rows (64 units drawn uniformly, the busiest department, a
 * mass organisation), with 1 and 8 clients, plus deep pages and a document filter. Run the same store with two
 * versions of the code for a before/after in the same conditions.
 *
 * <pre>
 * java -Xmx4g -cp target/test-classes:target/classes:$(cat target/cp.txt) org.respnet.bench.UnitDetailProfile \
 *     target/bench/store-L-first60docs L:60 [requests]
 * </pre>
 *
 * <p>With a third argument {@code plan:<query name>} it prints the profiled plan of that catalog query for the
 * busiest department instead (parameters as the unit route passes them).
 */
public final class UnitDetailProfile {

    private UnitDetailProfile() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        WorkloadSpec spec = WorkloadSpec.named(args.length > 1 ? args[1] : "L:60");
        int requests = args.length > 2 && !args[2].contains(":") ? Integer.parseInt(args[2]) : 200;
        NetworkGenerator generator = new NetworkGenerator(spec);
        String busiest = generator.universe().get(UnitNames.MASS_ORGANISATIONS.size()).name();
        String mass = UnitNames.MASS_ORGANISATIONS.get(0);
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new DatabaseProperties.Embedded(store, "127.0.0.1", 0, "2g",
                Duration.ofMinutes(5)));
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
            Graph graph = new Graph(driver, "neo4j");
            CypherCatalog cypher = CypherCatalog.fromClasspath();
            new SchemaInitializer(graph, cypher).apply();
            try (var session = driver.session()) {
                session.run("CALL db.awaitIndexes(600)").consume();
            }
            if (args.length > 2 && args[2].startsWith("plan:")) {
                plan(driver, cypher, args[2].substring(5), System.getProperty("unit", busiest), args.length > 3 ? args[3] : null);
                return;
            }
            if (args.length > 2 && args[2].startsWith("time:")) {
                List<String> names = new ArrayList<>();
                SplittableRandom random = new SplittableRandom(7);
                for (int i = 0; i < 64; i++) {
                    names.add(generator.universe().get(random.nextInt(generator.universe().size())).name());
                }
                time(graph, cypher, List.of(args[2].substring(5).split(",")), names, busiest);
                return;
            }
            String firstDocument = graph.read(tx -> tx.run("MATCH (d:Document) RETURN d.key AS k ORDER BY k LIMIT 1")
                    .single().get(0).asString());
            long busiestDegree = graph.read(tx -> tx.run("MATCH (u:Unit {name: $n}) RETURN u.leads + u.participations",
                    Map.of("n", busiest)).single().get(0).asLong());
            System.out.printf("busiest department %s: %,d measures; mass organisation %s%n", busiest, busiestDegree, mass);
            try (WebServer server = new RespNet(graph, cypher, RespNet.Settings.defaults()).webServer().start("127.0.0.1", 0)) {
                HttpLatency http = new HttpLatency(server.port());
                List<String> sample = sample(generator, 64);
                String b = path(busiest);
                String m = path(mass);
                Duration budget = Duration.ofSeconds(60);
                http.run(1, 60, budget, i -> sample.get(i % sample.size()));
                http.run(1, 5, budget, i -> b);
                http.run(1, 5, budget, i -> m);
                List<String> lines = new ArrayList<>();
                for (int clients : List.of(1, 8)) {
                    lines.add(line("typical (64 units drawn uniformly), " + clients + " client(s)",
                            http.run(clients, requests, budget, i -> sample.get(i % sample.size()))));
                }
                int few = Math.max(10, requests / 4);
                for (int clients : List.of(1, 8)) {
                    lines.add(line("busiest department, " + clients + " client(s)", http.run(clients, few, budget, i -> b)));
                    lines.add(line("mass organisation, " + clients + " client(s)", http.run(clients, few, budget, i -> m)));
                }
                long deep = busiestDegree / 2;
                lines.add(line("busiest department, offset " + deep + ", 1 client",
                        http.run(1, few, budget, i -> b + "?offset=" + deep)));
                lines.add(line("busiest department, document " + firstDocument + " offset 300, 1 client",
                        http.run(1, few, budget, i -> b + "?offset=300&document=" + enc(firstDocument))));
                lines.forEach(System.out::println);
            }
        } finally {
            neo4j.close();
        }
    }

    private static String line(String what, HttpLatency.Stats stats) {
        return String.format("%-70s %s%s", what, stats.summary(),
                stats.firstError() == null ? "" : " first error: " + stats.firstError());
    }

    private static void plan(Driver driver, CypherCatalog cypher, String query, String unit, String document) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("name", unit);
        p.put("document", document);
        p.put("limit", 50);
        p.put("measureLimit", 100);
        p.put("offset", 0);
        p.put("afterDocument", null);
        p.put("afterIndex", null);
        try (var session = driver.session()) {
            for (int i = 0; i < 3; i++) {
                session.run(cypher.get(query), p).consume();
            }
            long t0 = System.nanoTime();
            var summary = session.run("PROFILE " + cypher.get(query), p).consume();
            System.out.printf("%s: %.1f ms with PROFILE%n", query, (System.nanoTime() - t0) / 1e6);
            print(summary.profile(), 0);
        }
    }

    private static void print(ProfiledPlan plan, int depth) {
        System.out.printf("%s%s rows=%d dbHits=%d %s%n", "  ".repeat(depth), plan.operatorType(), plan.records(),
                plan.dbHits(), plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL));
        for (ProfiledPlan child : plan.children()) {
            print(child, depth + 1);
        }
    }

    private static List<String> sample(NetworkGenerator generator, int n) {
        SplittableRandom random = new SplittableRandom(7);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            paths.add(path(generator.universe().get(random.nextInt(generator.universe().size())).name()));
        }
        return paths;
    }

    private static String path(String unit) {
        return "/api/v1/units/" + enc(unit);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Median time of each catalog query, each in its own read transaction, over the sample units and the busiest. */
    private static void time(Graph graph, CypherCatalog cypher, List<String> queries, List<String> typical, String busiest) {
        for (String query : queries) {
            for (var units : List.of(typical, List.of(busiest))) {
                long[] t = new long[Math.max(100, units.size() * 3)];
                for (int round = -1; round < 1; round++) {
                    for (int i = 0; i < t.length; i++) {
                        Map<String, Object> p = new java.util.HashMap<>();
                        p.put("name", units.get(i % units.size()));
                        p.put("document", null);
                        p.put("limit", 50);
                        p.put("measureLimit", 100);
                        p.put("offset", 0);
                        p.put("afterDocument", null);
                        p.put("afterIndex", null);
        p.put("afterDocument", null);
        p.put("afterIndex", null);
                        long t0 = System.nanoTime();
                        graph.read(tx -> tx.run(cypher.get(query), p).list());
                        t[i] = System.nanoTime() - t0;
                    }
                }
                java.util.Arrays.sort(t);
                System.out.printf("%-32s %-10s p50 %.2f ms%n", query, units.size() == 1 ? "busiest" : "typical", t[t.length / 2] / 1e6);
            }
        }
    }
}
