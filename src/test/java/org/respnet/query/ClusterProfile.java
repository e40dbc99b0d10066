package org.respnet.query;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.respnet.bench.PairTotals;

/**
 * Times the steps of {@link CoordinationQueries#clusters} on edges already read: building the index form, Leiden,
 * and the sampled betweenness that names each cluster's bridges. A profiling aid for the benchmark.
 *
 * <p>{@code main} builds the pair totals of a generated workload in memory (default L: 10,000 units, ~4.5 million
 * pairs, as the benchmark's L load leaves them) and times the steps, with the modularity reached:
 * {@code java -Xmx4g -cp target/test-classes:target/classes:<test classpath> org.respnet.query.ClusterProfile L
 * leiden 1,2,5,50}.
 */
public final class ClusterProfile {

    private ClusterProfile() {
    }

    /** @return nanoseconds of [index form, Leiden, betweenness] */
    public static long[] time(List<CoordinationEdge> edges, Weighting weighting, long seed) {
        long t0 = System.nanoTime();
        Partition partition = new Partition(edges, weighting);
        long t1 = System.nanoTime();
        partition.leiden(1.0, seed);
        long t2 = System.nanoTime();
        Betweenness.compute(partition.neighbours, partition.weights, 256, seed);
        long t3 = System.nanoTime();
        return new long[] {t1 - t0, t2 - t1, t3 - t2};
    }

    public static void main(String[] args) {
        String size = args.length > 0 ? args[0] : "L";
        String what = args.length > 1 ? args[1] : "legacy";
        long t0 = System.nanoTime();
        PairTotals totals = PairTotals.of(size);
        print("%s: %,d units, %,d pairs built in memory in %.1f s; heap in use %s", size, totals.names().length,
                totals.size(), seconds(System.nanoTime() - t0), heap());
        for (Weighting weighting : List.of(Weighting.INVERSE, Weighting.COUNT)) {
            if (what.equals("legacy")) {
                legacy(totals, weighting, 42);
            } else if (what.equals("leiden")) {
                List<Integer> iterations = java.util.Arrays.stream(args[2].split(",")).map(Integer::valueOf).toList();
                leidenIterations(totals, weighting, iterations);
            }
        }
    }

    /** The steps as {@code clusters} ran them up to 0157c3f. */
    static void legacy(PairTotals totals, Weighting weighting, long seed) {
        List<CoordinationEdge> edges = totals.map(CoordinationEdge::new);
        long t0 = System.nanoTime();
        LegacyPartition partition = new LegacyPartition(edges, weighting);
        long t1 = System.nanoTime();
        int[] cluster = partition.leiden(1.0, seed);
        long t2 = System.nanoTime();
        double q = partition.modularity(cluster);
        long work = Math.max(1, 2L * partition.edgeCount + partition.names.size());
        int sources = (int) Math.max(8, Math.min(256, 20_000_000L / work));
        LegacyBetweenness.compute(partition.neighbours, partition.weights, sources, seed);
        long t3 = System.nanoTime();
        print("legacy %s: index form %.2f s, Leiden (50 iterations) %.2f s -> %d clusters, modularity %.6f, "
                        + "betweenness (%d sources) %.2f s; heap in use %s", weighting, seconds(t1 - t0), seconds(t2 - t1),
                java.util.Arrays.stream(cluster).max().orElse(-1) + 1, q, sources, seconds(t3 - t2), heap());
    }

    static void leidenIterations(PairTotals totals, Weighting weighting, List<Integer> iterations) {
        LegacyPartition partition = new LegacyPartition(totals.map(CoordinationEdge::new), weighting);
        for (int n : iterations) {
            for (long seed : new long[] {42, 7}) {
                long t0 = System.nanoTime();
                int[] cluster = partition.leiden(1.0, seed, n);
                long t1 = System.nanoTime();
                print("%s: Leiden %d iterations, seed %d: %.2f s -> %d clusters, modularity %.6f", weighting, n, seed,
                        seconds(t1 - t0), java.util.Arrays.stream(cluster).max().orElse(-1) + 1,
                        partition.modularity(cluster));
            }
        }
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static String heap() {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return String.format(Locale.ROOT, "%.0f MiB", used / 1048576.0);
    }

    static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
