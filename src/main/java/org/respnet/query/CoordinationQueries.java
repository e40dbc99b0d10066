package org.respnet.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;

/**
 * Who must coordinate with whom: unit pairs, the clusters of units that work together, and the node/edge data
 * for graph pictures. Weights over all documents come from the COORDINATES pair totals maintained at load; within
 * one document or section they are counted from its measures.
 */
public final class CoordinationQueries {

    /** Exact betweenness up to this many units; above it a seeded sample of sources (see {@link Betweenness}). */
    private static final int BETWEENNESS_SOURCES = 256;
    private static final int BRIDGES_PER_CLUSTER = 3;

    private final Graph graph;
    private final CypherCatalog cypher;

    public CoordinationQueries(Graph graph, CypherCatalog cypher) {
        this.graph = graph;
        this.cypher = cypher;
    }

    public List<CoordinationPair> pairs(String document, String mode, int minShared, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("document", document);
        p.put("mode", mode);
        p.put("minShared", minShared);
        p.put("limit", limit);
        // Totals span all documents; within one document the pairs are counted from its measures.
        return graph.readList(cypher.get(document == null ? "query/pairs" : "query/pairs-document"), p, r -> new CoordinationPair(r.get("a").asString(),
                r.get("b").asString(), r.get("shared").asLong(), r.get("measures").asLong(), r.get("leadLead").asLong(),
                r.get("leadParticipant").asLong(), r.get("inverse").asDouble(),
                r.get("sharedMeasures").asList(v -> new CoordinationPair.SharedMeasure(v.get("document").asString(),
                        v.get("number").asString(), v.get("aRole").asString(), v.get("bRole").asString()))));
    }

    /** The co-responsibility edges of all documents, one document, or one section of it. */
    public List<CoordinationEdge> edges(String document, Integer section) {
        Map<String, Object> p = new HashMap<>();
        p.put("document", document);
        String query = document == null ? "query/coordination-edges" : "query/coordination-edges-document";
        if (section != null) {
            query = "query/coordination-edges-section";
            p.put("section", document + "/" + section);
        }
        return graph.readList(cypher.get(query), p, r -> new CoordinationEdge(r.get("a").asString(),
                r.get("b").asString(), r.get("measures").asLong(), r.get("inverse").asDouble(), r.get("leadLead").asLong()));
    }

    public ClusterReport clusters(String document, Integer section, Weighting weighting, double resolution, long seed,
                                  boolean withMeasures) {
        return report(edges(document, section), document, weighting, resolution, seed, withMeasures, true);
    }

    /** Membership and modularity of given edges, for pictures: no betweenness, no measure lists. */
    ClusterReport partitionOf(List<CoordinationEdge> edges, Weighting weighting, double resolution, long seed) {
        return report(edges, null, weighting, resolution, seed, false, false);
    }

    private ClusterReport report(List<CoordinationEdge> edges, String document, Weighting weighting, double resolution,
                                 long seed, boolean withMeasures, boolean withBridges) {
        Partition partition = new Partition(edges, weighting);
        int[] cluster = partition.leiden(resolution, seed);
        double[] betweenness = withBridges
                ? Betweenness.compute(partition.neighbours, partition.weights, betweennessSources(partition), seed)
                : new double[cluster.length];
        Map<String, Integer> membership = new LinkedHashMap<>();
        int clusterCount = 0;
        for (int v = 0; v < cluster.length; v++) {
            membership.put(partition.names.get(v), cluster[v]);
            clusterCount = Math.max(clusterCount, cluster[v] + 1);
        }
        Map<Integer, List<ClusterReport.MeasureRef>> internal = withMeasures
                ? internalMeasures(membership, document) : Map.of();
        List<List<Integer>> membersOf = new ArrayList<>();
        for (int id = 0; id < clusterCount; id++) {
            membersOf.add(new ArrayList<>());
        }
        for (int v = 0; v < cluster.length; v++) {
            membersOf.get(cluster[v]).add(v);
        }
        double[] internalWeights = partition.internalWeights(cluster, clusterCount);
        List<ClusterReport.Cluster> clusters = new ArrayList<>();
        for (int id = 0; id < clusterCount; id++) {
            List<Integer> members = membersOf.get(id);
            members.sort((x, y) -> Double.compare(partition.strength[y], partition.strength[x]));
            List<ClusterReport.Bridge> bridges = !withBridges ? List.of() : members.stream()
                    .sorted((x, y) -> Double.compare(betweenness[y], betweenness[x]))
                    .limit(BRIDGES_PER_CLUSTER)
                    .map(v -> new ClusterReport.Bridge(partition.names.get(v), betweenness[v])).toList();
            clusters.add(new ClusterReport.Cluster(id, members.stream().map(partition.names::get).toList(),
                    internalWeights[id], internal.getOrDefault(id, List.of()), bridges));
        }
        return new ClusterReport("leiden (CWTS networkanalysis 1.3.0)", weighting.name().toLowerCase(), resolution, seed,
                cluster.length, partition.edgeCount, partition.modularity(cluster), clusters, membership);
    }

    /**
     * Exact up to {@link #BETWEENNESS_SOURCES} units; above that, as many sampled sources as keep the work near
     * 2·10^7 edge visits, so 10,000 units with a million pairs stay within seconds.
     */
    private static int betweennessSources(Partition partition) {
        long work = Math.max(1, 2L * partition.edgeCount + partition.names.size());
        return (int) Math.max(8, Math.min(BETWEENNESS_SOURCES, 20_000_000L / work));
    }

    private Map<Integer, List<ClusterReport.MeasureRef>> internalMeasures(Map<String, Integer> membership, String document) {
        Map<String, Object> p = new HashMap<>();
        p.put("membership", membership);
        p.put("document", document);
        Map<Integer, List<ClusterReport.MeasureRef>> result = new HashMap<>();
        for (Record r : graph.readList(cypher.get("query/cluster-measures"), p, r -> r)) {
            result.computeIfAbsent(r.get("cluster").asInt(), c -> new ArrayList<>())
                    .add(new ClusterReport.MeasureRef(r.get("document").asString(), r.get("number").asString()));
        }
        return result;
    }
}
