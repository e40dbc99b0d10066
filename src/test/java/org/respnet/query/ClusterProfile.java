package org.respnet.query;

import java.util.List;

/**
 * Times the steps of {@link CoordinationQueries#clusters} on edges already read: building the index form, Leiden,
 * and the sampled betweenness that names each cluster's bridges. A profiling aid for the benchmark.
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
}
