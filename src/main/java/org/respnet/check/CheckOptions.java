package org.respnet.check;

/**
 * What a plan check covers and the thresholds of its rules.
 *
 * @param document     document key, or null for all documents
 * @param section      section ordinal within the document, or null for the whole document
 * @param minLeads     a measure with this many co-leads or more is flagged (default 3)
 * @param minShare     a unit leading nothing yet taking part in this share of the scope's measures is flagged (0.5)
 * @param k            a unit whose workload exceeds k × the median workload in scope is flagged (3)
 * @param minShared    a pair of units co-leading this many measures or more is listed (3)
 * @param top          how many of the units leading most make up the concentration share (5)
 * @param limit        findings listed per check (counts are always complete)
 * @param measureLimit measures listed per unit or pair finding
 */
public record CheckOptions(String document, Integer section, int minLeads, double minShare, double k, int minShared,
                           int top, int limit, int measureLimit) {

    public static final int MIN_LEADS = 3;
    public static final double MIN_SHARE = 0.5;
    public static final double K = 3.0;
    public static final int MIN_SHARED = 3;
    public static final int TOP = 5;

    public CheckOptions {
        if (section != null && document == null) {
            throw new IllegalArgumentException("a section needs its document");
        }
    }

    public static CheckOptions defaults(String document, Integer section) {
        return new CheckOptions(document, section, MIN_LEADS, MIN_SHARE, K, MIN_SHARED, TOP, 1000, 50);
    }
}
