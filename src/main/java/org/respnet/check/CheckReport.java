package org.respnet.check;

import java.util.List;
import java.util.Map;

/**
 * The findings of a plan check; every finding names its measures (document, number and text), so each can be read
 * in the plan. Counts ({@code total}) are complete even where the lists stop at the limit.
 *
 * @param rules one sentence per check saying what it flags, with the thresholds used
 */
public record CheckReport(String document, Integer section, Map<String, String> rules, MeasureFindings unledMeasures,
                          MeasureFindings crowdedLeads, UnitFindings supportOnlyUnits, UnitFindings workloadOutliers,
                          List<Concentration> concentration, PairFindings coLeadPairs) {

    /**
     * @param kind {@code no-lead} (units only take part), {@code collective-only} (only phrases like 各有关部门),
     *             {@code unassigned} (no one named), or {@code crowded-leads}
     */
    public record FlaggedMeasure(String document, String number, long index, Integer section, String kind, String text,
                                 String clause, String location, String deadline, List<String> leads,
                                 List<String> participants, List<String> collectives) {
    }

    public record MeasureFindings(long total, List<FlaggedMeasure> findings) {
    }

    /** A measure a finding rests on; {@code role} is the unit's ({@code lead} or {@code participant}). */
    public record MeasureRef(String document, String number, long index, String role, String text) {
    }

    /**
     * @param measures the measures in scope, what {@code share} is a share of
     * @param ratio    workload ÷ median workload in scope (workload outliers only)
     */
    public record FlaggedUnit(String name, String kind, long leads, long participations, long measures, Double share,
                              double workload, Double ratio, List<MeasureRef> measureRefs) {
    }

    /** @param median the median workload in scope the outlier rule compares with (null for other unit checks) */
    public record UnitFindings(long total, Double median, List<FlaggedUnit> findings) {
    }

    /**
     * @param document null for the row over all documents
     * @param topShare topLeads ÷ leads: the share of lead assignments held by the {@code top} units that lead most
     * @param gini     Gini coefficient of the workloads of the {@code units} named in scope
     */
    public record Concentration(String document, String title, long measures, long units, long leads, long topLeads,
                                List<TopUnit> top, Double topShare, double gini) {
    }

    public record TopUnit(String name, long leads) {
    }

    public record Pair(String a, String b, long shared, List<MeasureRef> measureRefs) {
    }

    public record PairFindings(long total, List<Pair> findings) {
    }
}
