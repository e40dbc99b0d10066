package org.respnet.query;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.respnet.TestDrivers;
import org.respnet.bench.GeneratedPairs;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.DatabaseProperties;
import org.respnet.db.EmbeddedNeo4j;
import org.respnet.db.Graph;
import org.respnet.db.SchemaInitializer;

/**
 * Times the steps of {@link CoordinationQueries#clusters}: reading the pair totals, the index form, Leiden and the
 * participation coefficients that name each cluster's bridging units. A profiling aid for the benchmark.
 *
 * <p>{@code main} works on the pair totals a load of a generated workload leaves (default L: 10,000 units,
 * 4,503,406 pairs), built in memory with the loader's rule in ~20 s instead of a 40-minute load, and times the steps
 * as they were up to 0157c3f ({@link LegacyPartition}, {@link LegacyBetweenness}) and as they are now, on the same
 * graph in one run, with the modularity each reaches:
 * <pre>
 * java -Xmx4g -cp target/test-classes:target/classes:$(cat cp.txt) org.respnet.query.ClusterProfile memory L
 * java -Xmx4g -cp … org.respnet.query.ClusterProfile db L target/cluster-profile-store   # also the read over Bolt
 * java -Xmx4g -cp … org.respnet.query.ClusterProfile leiden L 1,2,5,50                  # modularity per iterations
 * </pre>
 * The {@code db} mode writes the pairs into an embedded Neo4j with the loader's own statements (units.cypher,
 * coordinates.cypher, the schema with its pair-key constraint) the first time, and reuses that store afterwards.
 */
public final class ClusterProfile {

    private ClusterProfile() {
    }

    /** @return [nanoseconds to read the pairs, index form, Leiden, participation; number of pairs read] */
    public static long[] time(CoordinationQueries coordination, Weighting weighting, long seed) {
        long t0 = System.nanoTime();
        UnitPairs pairs = coordination.unitPairs(null, null, weighting);
        long t1 = System.nanoTime();
        Partition partition = new Partition(pairs);
        long t2 = System.nanoTime();
        int[] cluster = partition.leiden(1.0, seed);
        long t3 = System.nanoTime();
        partition.participation(cluster, Arrays.stream(cluster).max().orElse(-1) + 1);
        long t4 = System.nanoTime();
        return new long[] {t1 - t0, t2 - t1, t3 - t2, t4 - t3, pairs.size()};
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "memory";
        String size = args.length > 1 ? args[1] : "L";
        print("load average at start: %s", loadAverage());
        long t0 = System.nanoTime();
        PairTotals totals = GeneratedPairs.of(size);
        print("%s: %,d units, %,d pairs built in memory in %.1f s; live heap %s", size, totals.names().length,
                totals.size(), seconds(System.nanoTime() - t0), liveHeap());
        switch (mode) {
            case "memory" -> {
                for (Weighting weighting : List.of(Weighting.INVERSE, Weighting.COUNT)) {
                    compare(totals, weighting, 42);
                }
            }
            case "leiden" -> {
                List<Integer> iterations = Arrays.stream(args[2].split(",")).map(Integer::valueOf).toList();
                for (Weighting weighting : List.of(Weighting.INVERSE, Weighting.COUNT)) {
                    leidenIterations(totals, weighting, iterations);
                }
            }
            case "db" -> database(totals, Path.of(args.length > 2 ? args[2] : "target/cluster-profile-store"));
            case "probe" -> probe(Path.of(args.length > 2 ? args[2] : "target/cluster-profile-store"));
            default -> throw new IllegalArgumentException("mode " + mode + " is not memory, leiden or db");
        }
        print("load average at end: %s", loadAverage());
    }

    /** Old and new compute steps on the same pairs, and whether they agree. */
    static void compare(PairTotals totals, Weighting weighting, long seed) {
        Heap heap = new Heap();
        List<CoordinationEdge> edges = totals.map(CoordinationEdge::new);
        long t0 = System.nanoTime();
        LegacyPartition legacy = new LegacyPartition(edges, weighting);
        long t1 = System.nanoTime();
        int[] legacyCluster = legacy.leiden(1.0, seed);
        long t2 = System.nanoTime();
        long work = Math.max(1, 2L * legacy.edgeCount + legacy.names.size());
        int sources = (int) Math.max(8, Math.min(256, 20_000_000L / work));
        LegacyBetweenness.compute(legacy.neighbours, legacy.weights, sources, seed);
        long t3 = System.nanoTime();
        LegacyBetweenness.compute(legacy.neighbours, legacy.weights, 256, seed);
        long t4 = System.nanoTime();
        print("before %s: index form %.2f s | Leiden (50 iterations) %.2f s -> %d clusters, modularity %.6f | "
                        + "betweenness %.2f s with %d sources (as main chose them), %.2f s with 256 (as the benchmark row) "
                        + "| peak heap %s", weighting, seconds(t1 - t0), seconds(t2 - t1), clusterCount(legacyCluster),
                legacy.modularity(legacyCluster), seconds(t3 - t2), sources, seconds(t4 - t3), heap.end());
        edges = null;
        legacy = null;

        heap = new Heap();
        UnitPairs pairs = pairs(totals, weighting);
        long u0 = System.nanoTime();
        Partition partition = new Partition(pairs);
        long u1 = System.nanoTime();
        int[] cluster = partition.leiden(1.0, seed);
        long u2 = System.nanoTime();
        double[] participation = partition.participation(cluster, clusterCount(cluster));
        long u3 = System.nanoTime();
        print("after  %s: index form %.2f s | Leiden (%d iterations) %.2f s -> %d clusters, modularity %.6f | "
                        + "participation %.3f s | peak heap %s; same membership as before: %s", weighting,
                seconds(u1 - u0), Partition.LEIDEN_ITERATIONS, seconds(u2 - u1), clusterCount(cluster),
                partition.modularity(cluster), seconds(u3 - u2), heap.end(), Arrays.equals(cluster, legacyCluster));
        int[] fifty = partition.leiden(1.0, seed, 50);
        print("       %s: the new index form with 50 iterations gives the old membership: %s (modularity %.6f)",
                weighting, Arrays.equals(fifty, legacyCluster), partition.modularity(fifty));
        bridges(partition, cluster, participation);
    }

    private static void bridges(Partition partition, int[] cluster, double[] participation) {
        for (int c = 0; c < clusterCount(cluster) && c < 4; c++) {
            int id = c;
            List<Integer> members = new ArrayList<>();
            for (int v = 0; v < cluster.length; v++) {
                if (cluster[v] == id) {
                    members.add(v);
                }
            }
            members.sort((x, y) -> Double.compare(partition.strength[y], partition.strength[x]));
            List<String> top = members.stream().filter(v -> participation[v] > 0)
                    .sorted((x, y) -> Double.compare(participation[y], participation[x])).limit(3)
                    .map(v -> String.format(Locale.ROOT, "%s P=%.3f strength %.1f (rank %d by strength of %d)",
                            partition.names.get(v), participation[v], partition.strength[v], members.indexOf(v) + 1,
                            members.size())).toList();
            print("       cluster %d bridging units: %s", id, top);
        }
    }

    static UnitPairs pairs(PairTotals totals, Weighting weighting) {
        double[] weight = weighting == Weighting.COUNT
                ? Arrays.stream(totals.measures()).asDoubleStream().toArray() : totals.inverse().clone();
        return new UnitPairs(totals.names(), totals.a(), totals.b(), weight);
    }

    static void leidenIterations(PairTotals totals, Weighting weighting, List<Integer> iterations) {
        Partition partition = new Partition(pairs(totals, weighting));
        for (int n : iterations) {
            for (long seed : new long[] {42, 7}) {
                long t0 = System.nanoTime();
                int[] cluster = partition.leiden(1.0, seed, n);
                long t1 = System.nanoTime();
                print("%s: Leiden %d iteration(s), seed %d: %.2f s -> %d clusters, modularity %.6f", weighting, n, seed,
                        seconds(t1 - t0), clusterCount(cluster), partition.modularity(cluster));
            }
        }
    }

    /**
     * Every step on a real store over Bolt, the new way for both weightings, then the old way for INVERSE (the
     * benchmark's call): read, index form, Leiden, bridging units, and the whole report.
     */
    static void database(PairTotals totals, Path store) throws Exception {
        boolean fresh = !Files.exists(store);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new DatabaseProperties.Embedded(store, "127.0.0.1", 0, "4g",
                Duration.ofMinutes(30)));
             Driver driver = TestDrivers.create(neo4j.boltUri(), neo4j.authToken())) {
            Graph graph = new Graph(driver, "neo4j");
            CypherCatalog cypher = CypherCatalog.fromClasspath();
            long stored = graph.read(tx -> tx.run("MATCH ()-[c:COORDINATES]->() RETURN count(c)").single().get(0).asLong());
            if (fresh || stored != totals.size()) {
                write(graph, cypher, totals);
            }
            CoordinationQueries coordination = new CoordinationQueries(graph, cypher);
            // Warm-up on the page cache and the plans, as the benchmark does before timing.
            coordination.unitPairs(null, null, Weighting.INVERSE);
            long s0 = System.nanoTime();
            // The database's share of the read: the same expansion and property reads, nothing sent back.
            double sum = graph.read(tx -> tx.run("""
                    MATCH (a:Unit) CALL (a) { MATCH (a)-[c:COORDINATES]->(b:Unit) RETURN sum(id(b)) AS ids, sum(c.inverse) AS w }
                    RETURN sum(ids) + sum(w) AS s""").single().get(0).asDouble());
            print("server side of the read alone (same expansion, aggregated, nothing transferred): %.2f s (%s)",
                    seconds(System.nanoTime() - s0), sum > 0 ? "ok" : "?");
            for (Weighting weighting : List.of(Weighting.INVERSE, Weighting.COUNT)) {
                Heap heap = new Heap();
                long[] steps = time(coordination, weighting, 42);
                print("after  %s: read %,d pairs (one row per unit) %.2f s | index form %.2f s | Leiden (%d iterations) "
                                + "%.2f s | participation %.3f s | peak heap %s", weighting, steps[4], seconds(steps[0]),
                        seconds(steps[1]), Partition.LEIDEN_ITERATIONS, seconds(steps[2]), seconds(steps[3]), heap.end());
                heap = new Heap();
                long t0 = System.nanoTime();
                ClusterReport report = coordination.clusters(null, null, weighting, 1.0, 42, false);
                long t1 = System.nanoTime();
                print("after  %s: whole clusters() %.2f s -> %d units, %d clusters, modularity %.6f, peak heap %s",
                        weighting, seconds(t1 - t0), report.units(), report.clusters().size(), report.modularity(),
                        heap.end());
                report.clusters().stream().limit(4).forEach(c -> print("       cluster %d (%d units) bridging units %s",
                        c.id(), c.units().size(), c.bridgingUnits()));
                heap = new Heap();
                UnitPairs held = coordination.unitPairs(null, null, weighting);
                print("after  %s: live heap with the %,d pairs held: %s (peak while reading %s)", weighting, held.size(),
                        liveHeap(), heap.end());
            }
            Weighting weighting = Weighting.INVERSE;
            Heap heap = new Heap();
            long t0 = System.nanoTime();
            List<CoordinationEdge> edges = coordination.edges(null, null);
            long t1 = System.nanoTime();
            String readPeak = heap.peak();
            String held = liveHeap();
            LegacyPartition legacy = new LegacyPartition(edges, weighting);
            long t2 = System.nanoTime();
            int[] cluster = legacy.leiden(1.0, 42);
            long t3 = System.nanoTime();
            long work = Math.max(1, 2L * legacy.edgeCount + legacy.names.size());
            int sources = (int) Math.max(8, Math.min(256, 20_000_000L / work));
            LegacyBetweenness.compute(legacy.neighbours, legacy.weights, sources, 42);
            long t4 = System.nanoTime();
            LegacyBetweenness.compute(legacy.neighbours, legacy.weights, 256, 42);
            long t5 = System.nanoTime();
            print("before %s: read %,d pairs (one record per pair) %.2f s | index form %.2f s | Leiden (50 iterations) "
                            + "%.2f s -> modularity %.6f | betweenness %.2f s (%d sources, as main chose them), %.2f s (256, "
                            + "as the benchmark row) | peak heap %s (reading: %s; live with the records held: %s)",
                    weighting, edges.size(), seconds(t1 - t0), seconds(t2 - t1), seconds(t3 - t2), legacy.modularity(cluster),
                    seconds(t4 - t3), sources, seconds(t5 - t4), heap.end(), readPeak, held);
            print("before %s: whole (read + index form + Leiden + betweenness as main chose it) %.2f s; with 256 sources "
                    + "%.2f s", weighting, seconds(t4 - t0), seconds(t4 - t0 + t5 - t4));
        }
    }

    /** Where the read's time goes in the database: variants of the expansion, aggregated so nothing is sent back. */
    static void probe(Path store) {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new DatabaseProperties.Embedded(store, "127.0.0.1", 0, "4g",
                Duration.ofMinutes(30)));
             Driver driver = TestDrivers.create(neo4j.boltUri(), neo4j.authToken())) {
            Graph graph = new Graph(driver, "neo4j");
            Map<String, String> variants = new java.util.LinkedHashMap<>();
            variants.put("as read, b:Unit, c.inverse", "MATCH (a:Unit) CALL (a) { MATCH (a)-[c:COORDINATES]->(b:Unit) "
                    + "RETURN sum(id(b)) AS ids, sum(c.inverse) AS w } RETURN sum(ids) + sum(w) AS s");
            variants.put("no label on b, c.inverse", "MATCH (a:Unit) CALL (a) { MATCH (a)-[c:COORDINATES]->(b) "
                    + "RETURN sum(id(b)) AS ids, sum(c.inverse) AS w } RETURN sum(ids) + sum(w) AS s");
            variants.put("no label on b, no property", "MATCH (a:Unit) CALL (a) { MATCH (a)-[c:COORDINATES]->(b) "
                    + "RETURN sum(id(b)) AS ids } RETURN sum(ids) AS s");
            variants.put("no label on b, c.measures", "MATCH (a:Unit) CALL (a) { MATCH (a)-[c:COORDINATES]->(b) "
                    + "RETURN sum(id(b)) AS ids, sum(c.measures) AS w } RETURN sum(ids) + sum(w) AS s");
            variants.put("plain match, no subquery", "MATCH (a:Unit)-[c:COORDINATES]->(b) "
                    + "RETURN sum(id(b)) + sum(c.inverse) AS s");
            for (int round = 0; round < 2; round++) {
                for (var v : variants.entrySet()) {
                    long t0 = System.nanoTime();
                    graph.read(tx -> tx.run(v.getValue()).single().get(0));
                    print("round %d, %s: %.2f s", round, v.getKey(), seconds(System.nanoTime() - t0));
                }
            }
        }
    }

    private static void write(Graph graph, CypherCatalog cypher, PairTotals totals) {
        long t0 = System.nanoTime();
        new SchemaInitializer(graph, cypher).apply();
        List<Map<String, Object>> units = new ArrayList<>();
        for (String name : totals.names()) {
            units.add(Map.of("name", name, "kind", "DEPARTMENT", "aliases", List.of()));
        }
        graph.write(tx -> tx.run(cypher.get("load/units"), Map.of("rows", units)).consume());
        int batch = 20_000;
        for (int from = 0; from < totals.size(); from += batch) {
            List<Map<String, Object>> rows = new ArrayList<>(batch);
            for (int i = from; i < Math.min(totals.size(), from + batch); i++) {
                String a = totals.names()[totals.a()[i]];
                String b = totals.names()[totals.b()[i]];
                Map<String, Object> row = new HashMap<>();
                row.put("pair", a + "|" + b);
                row.put("a", a);
                row.put("b", b);
                row.put("measures", totals.measures()[i]);
                row.put("leadLead", totals.leadLead()[i]);
                row.put("leadParticipant", totals.leadParticipant()[i]);
                row.put("inverse", totals.inverse()[i]);
                rows.add(row);
            }
            graph.write(tx -> tx.run(cypher.get("load/coordinates"), Map.of("rows", rows)).consume());
            if ((from / batch) % 25 == 0) {
                print("  wrote %,d of %,d pairs, %.0f s", from + rows.size(), totals.size(), seconds(System.nanoTime() - t0));
            }
        }
        print("wrote %,d units and %,d COORDINATES with the loader's statements in %.0f s", totals.names().length,
                totals.size(), seconds(System.nanoTime() - t0));
    }

    static int clusterCount(int[] cluster) {
        return Arrays.stream(cluster).max().orElse(-1) + 1;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static String liveHeap() {
        System.gc();
        return mib(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "?";
        }
    }

    static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }

    /** Peak used heap sampled every 10 ms from a collection onwards (garbage not yet collected included). */
    static final class Heap {
        private volatile long peak;
        private final Thread sampler;

        Heap() {
            System.gc();
            var memory = ManagementFactory.getMemoryMXBean();
            peak = memory.getHeapMemoryUsage().getUsed();
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "profile-heap");
            sampler.setDaemon(true);
            sampler.start();
        }

        /** The peak so far; sampling goes on. */
        String peak() {
            return mib(peak);
        }

        /** The peak, and sampling stops. */
        String end() {
            sampler.interrupt();
            return mib(peak);
        }
    }
}
