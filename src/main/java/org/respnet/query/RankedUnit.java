package org.respnet.query;

/** One row of the workload ranking; {@code rank} is the position by workload within the filtered units. */
public record RankedUnit(long rank, String name, String kind, String kindLabel, long leads, long participations,
                         long total, double leadShare, double workload) {
}
