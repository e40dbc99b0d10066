package org.respnet.query;

import java.util.List;
import java.util.Map;

/**
 * A partition of the unit co-responsibility graph.
 *
 * @param modularity Newman's modularity of the partition at resolution 1, on the chosen edge weights
 * @param membership unit name → cluster id (ids are ranks by cluster size, 0 the largest)
 */
public record ClusterReport(String algorithm, String weighting, double resolution, long seed, int units, int edges,
                            double modularity, List<Cluster> clusters, Map<String, Integer> membership) {

    public record Cluster(int id, List<String> units, double internalWeight, List<MeasureRef> internalMeasures,
                          List<Bridge> bridgingUnits) {
    }

    public record MeasureRef(String document, String number) {
    }

    /**
     * A member whose ties spread over other clusters: its participation coefficient (Guimerà &amp; Amaral)
     * 1 − Σ_c (k_c / k)², k_c the weight of its pairs with members of cluster c and k all its pairs' weight; 0 when
     * all its ties stay in its cluster, at most 1 − 1/C with C clusters. A share, so a unit with few ties can score
     * high: {@code strength} (k, the unit's total pair weight in the chosen weighting) says how much it carries.
     */
    public record Bridge(String name, double participation, double strength) {
    }
}
