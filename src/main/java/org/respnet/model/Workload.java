package org.respnet.model;

/**
 * The weighted workload of a unit: {@code LEAD_WEIGHT × leadShare + PARTICIPATION_WEIGHT × participations}, where
 * leadShare adds {@code 1/k} for every measure the unit leads jointly with {@code k−1} others. Leading carries the
 * answerability for a measure, so it weighs twice a participation; a joint lead is split so that the twelve mass
 * organisations leading one measure together do not each get a whole lead's weight.
 */
public final class Workload {

    public static final double LEAD_WEIGHT = 2.0;
    public static final double PARTICIPATION_WEIGHT = 1.0;
    public static final String FORMULA = String.format(java.util.Locale.ROOT,
            "workload = %s × Σ(1/co-leads of each led measure) + %s × participations",
            weight(LEAD_WEIGHT), weight(PARTICIPATION_WEIGHT));

    private Workload() {
    }

    /**
     * The one home of the formula: every stored workload (units, and units within a document) and every computed
     * one (a section's) comes from here. Rounded to 6 decimals, half up, and exactly the participations' weight
     * when the unit leads nothing (no rounding left from shares taken off).
     */
    public static double of(long leads, double leadShare, long participations) {
        return rounded(LEAD_WEIGHT * storedShare(leads, leadShare) + PARTICIPATION_WEIGHT * participations);
    }

    /** The lead share as stored: an exact zero for a unit that leads nothing, not the rounding left by taking shares off. */
    public static double storedShare(long leads, double leadShare) {
        return leads == 0 ? 0.0 : leadShare;
    }

    /**
     * A unit's lead credit as a fraction of its scope's: the scope's credit is the number of its measures with a
     * lead (each hands out 1 among its co-leads), so shares over all units add up to 1.
     */
    public static double share(double leadCredit, double scopeCredit) {
        return scopeCredit > 0 ? rounded(leadCredit / scopeCredit) : 0.0;
    }

    /** Figures are stored and shown to 6 decimals, so sums of shares read the same however they were added. */
    public static double rounded(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static String weight(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
