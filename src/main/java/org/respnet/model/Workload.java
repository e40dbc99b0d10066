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
    public static final String FORMULA = "workload = 2 × Σ(1/co-leads of each led measure) + 1 × participations";

    private Workload() {
    }

    /**
     * The workload as cypher/load/refresh-unit-totals stores it: rounded to 6 decimals, half up, and exactly
     * 2 × participations' weight when the unit leads nothing (no rounding left from shares taken off).
     */
    public static double of(long leads, double leadShare, long participations) {
        double share = leads == 0 ? 0.0 : leadShare;
        return java.math.BigDecimal.valueOf(LEAD_WEIGHT * share + PARTICIPATION_WEIGHT * participations)
                .setScale(6, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
