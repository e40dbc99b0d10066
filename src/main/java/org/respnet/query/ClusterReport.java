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

    /** A unit on many shortest paths between others: it links its cluster to the rest. */
    public record Bridge(String name, double betweenness) {
    }
}
