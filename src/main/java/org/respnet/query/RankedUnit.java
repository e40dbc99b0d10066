package org.respnet.query;

/**
 * One row of the workload ranking. {@code rank} is the competition rank by workload within the filtered units
 * (equal workloads share a rank: 1, 1, 3). {@code leadCredit} adds 1/k for each measure led with k co-leads;
 * {@code leadShare} is that credit over the whole scope's lead credit (its measures with a lead), a fraction 0–1.
 */
public record RankedUnit(long rank, String name, String kind, String kindLabel, long leads, long participations,
                         long total, double leadCredit, double leadShare, double workload) {
}
