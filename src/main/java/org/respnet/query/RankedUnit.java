package org.respnet.query;

/**
 * One row of the workload ranking. {@code rank} is the competition rank by workload within the filtered units
 * (equal workloads share a rank: 1, 1, 3). {@code leadCredit} adds 1/k for each measure led with k co-leads;
 * {@code leadShare} is that credit over the whole scope's lead credit (its measures with a lead), a fraction 0–1.
 * {@code overdue}: the unit's measures in scope (led or supported) whose deadline fixes a date before the ranking's
 * {@code asOf}; {@code overdueLeads}: those it leads.
 */
public record RankedUnit(long rank, String name, String kind, String kindLabel, long leads, long participations,
                         long total, double leadCredit, double leadShare, double workload, long overdue,
                         long overdueLeads) {

    /** The same row with its rank. */
    RankedUnit ranked(long newRank) {
        return new RankedUnit(newRank, name, kind, kindLabel, leads, participations, total, leadCredit, leadShare,
                workload, overdue, overdueLeads);
    }
}
