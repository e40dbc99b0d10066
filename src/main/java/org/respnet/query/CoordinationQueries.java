package org.respnet.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;
import org.respnet.model.Section;

/**
 * Who must coordinate with whom: unit pairs, the clusters of units that work together, and the node/edge data
 * for graph pictures. Weights over all documents come from the COORDINATES pair totals maintained at load; within
 * one document or section they are counted from its measures.
 */
public final class CoordinationQueries {

    private static final int BRIDGES_PER_CLUSTER = 3;

    private final Graph graph;
    private final String clusterMeasuresQuery;
    private final String coordinationAdjacencyQuery;
    private final String coordinationEdgesQuery;
    private final String coordinationEdgesDocumentQuery;
    private final String coordinationEdgesSectionQuery;
    private final String coordinationEdgesStrongestQuery;
    private final String pairsQuery;
    private final String pairsDocumentQuery;

    public CoordinationQueries(Graph graph, CypherCatalog cypher) {
        this.graph = graph;
        this.clusterMeasuresQuery = cypher.get("query/cluster-measures");
        this.coordinationAdjacencyQuery = cypher.get("query/coordination-adjacency");
        this.coordinationEdgesQuery = cypher.get("query/coordination-edges");
        this.coordinationEdgesDocumentQuery = cypher.get("query/coordination-edges-document");
        this.coordinationEdgesSectionQuery = cypher.get("query/coordination-edges-section");
        this.coordinationEdgesStrongestQuery = cypher.get("query/coordination-edges-strongest");
        this.pairsQuery = cypher.get("query/pairs");
        this.pairsDocumentQuery = cypher.get("query/pairs-document");
    }

    /** @param measures how many of each pair's shared measures to list: the count is {@code shared} either way */
    public List<CoordinationPair> pairs(String document, String mode, int minShared, int limit, int measures) {
        Map<String, Object> p = new HashMap<>();
        p.put("measures", measures);
        p.put("document", document);
        p.put("mode", mode);
        p.put("minShared", minShared);
        p.put("limit", limit);
        // Totals span all documents; within one document the pairs are counted from its measures.
        return graph.readList(document == null ? pairsQuery : pairsDocumentQuery, p, r -> new CoordinationPair(r.get("a").asString(),
                r.get("b").asString(), r.get("shared").asLong(), r.get("measures").asLong(), r.get("leadLead").asLong(),
                r.get("leadParticipant").asLong(), r.get("inverse").asDouble(),
                r.get("sharedMeasures").asList(v -> new CoordinationPair.SharedMeasure(v.get("document").asString(),
                        v.get("number").asString(), v.get("aRole").asString(), v.get("bRole").asString()))));
    }

    /** The co-responsibility edges of all documents, one document, or one section of it. */
    public List<CoordinationEdge> edges(String document, Integer section) {
        Map<String, Object> p = new HashMap<>();
        p.put("document", document);
        String query = document == null ? coordinationEdgesQuery : coordinationEdgesDocumentQuery;
        if (section != null) {
            query = coordinationEdgesSectionQuery;
            p.put("section", Section.uid(document, section));
        }
        return graph.readList(query, p, r -> new CoordinationEdge(r.get("a").asString(),
                r.get("b").asString(), r.get("measures").asLong(), r.get("inverse").asDouble(), r.get("leadLead").asLong()));
    }

    /**
     * The unit pairs with one weight each, in primitive arrays. Over all documents they are read as one row per unit
     * with lists of partners and weights (query/coordination-adjacency) and streamed into arrays, never held as
     * records; within one document or section there are few enough to read as named edges.
     */
    UnitPairs unitPairs(String document, Integer section, Weighting weighting) {
        if (document != null) {
            return UnitPairs.of(edges(document, section), weighting);
        }
        Map<String, Object> p = Map.of("weighting", weighting.name().toLowerCase(Locale.ROOT));
        return graph.read(tx -> {
            AdjacencyReader reader = new AdjacencyReader();
            Result result = tx.run(coordinationAdjacencyQuery, p);
            while (result.hasNext()) {
                reader.add(result.next());
            }
            return reader.pairs();
        });
    }

    public ClusterReport clusters(String document, Integer section, Weighting weighting, double resolution, long seed,
                                  boolean withMeasures) {
        return report(unitPairs(document, section, weighting), document, weighting, resolution, seed, withMeasures, true);
    }

    /** Membership and modularity over all pairs in scope, read compactly: no bridging units, no measure lists. */
    ClusterReport partition(String document, Integer section, Weighting weighting, double resolution, long seed) {
        return report(unitPairs(document, section, weighting), null, weighting, resolution, seed, false, false);
    }

    /** The {@code limit} heaviest pairs over all documents in the weighting, without the {@code hidden} units. */
    List<CoordinationEdge> strongestEdges(Weighting weighting, int minShared, java.util.Collection<String> hidden,
                                          int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("weighting", weighting.name().toLowerCase(Locale.ROOT));
        p.put("minShared", minShared);
        p.put("hidden", List.copyOf(hidden));
        p.put("limit", limit);
        return graph.readList(coordinationEdgesStrongestQuery, p, r -> new CoordinationEdge(
                r.get("a").asString(), r.get("b").asString(), r.get("measures").asLong(), r.get("inverse").asDouble(),
                r.get("leadLead").asLong()));
    }

    /** Membership and modularity of given edges, for pictures: no bridging units, no measure lists. */
    ClusterReport partitionOf(List<CoordinationEdge> edges, Weighting weighting, double resolution, long seed) {
        return report(UnitPairs.of(edges, weighting), null, weighting, resolution, seed, false, false);
    }

    private ClusterReport report(UnitPairs pairs, String document, Weighting weighting, double resolution,
                                 long seed, boolean withMeasures, boolean withBridges) {
        Partition partition = new Partition(pairs);
        int[] cluster = partition.leiden(resolution, seed);
        Map<String, Integer> membership = new LinkedHashMap<>();
        int clusterCount = 0;
        for (int v = 0; v < cluster.length; v++) {
            membership.put(partition.names.get(v), cluster[v]);
            clusterCount = Math.max(clusterCount, cluster[v] + 1);
        }
        double[] participation = withBridges ? partition.participation(cluster, clusterCount) : new double[cluster.length];
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
        Comparator<Integer> strongestFirst = (x, y) -> Double.compare(partition.strength[y], partition.strength[x]);
        List<ClusterReport.Cluster> clusters = new ArrayList<>();
        for (int id = 0; id < clusterCount; id++) {
            List<Integer> members = membersOf.get(id);
            members.sort(strongestFirst);
            // Members are in order of strength (ties in name order), and the sort is stable: equal participation
            // goes to the stronger unit.
            List<ClusterReport.Bridge> bridges = !withBridges ? List.of() : members.stream()
                    .filter(v -> participation[v] > 0)
                    .sorted((x, y) -> Double.compare(participation[y], participation[x]))
                    .limit(BRIDGES_PER_CLUSTER)
                    .map(v -> new ClusterReport.Bridge(partition.names.get(v), participation[v],
                            partition.strength[v])).toList();
            clusters.add(new ClusterReport.Cluster(id, members.stream().map(partition.names::get).toList(),
                    internalWeights[id], internal.getOrDefault(id, List.of()), bridges));
        }
        return new ClusterReport("leiden (CWTS networkanalysis 1.3.0)", weighting.name().toLowerCase(Locale.ROOT),
                resolution, seed, cluster.length, partition.edgeCount, partition.modularity(cluster), clusters, membership);
    }

    private Map<Integer, List<ClusterReport.MeasureRef>> internalMeasures(Map<String, Integer> membership, String document) {
        Map<String, Object> p = new HashMap<>();
        p.put("membership", membership);
        p.put("document", document);
        Map<Integer, List<ClusterReport.MeasureRef>> result = new HashMap<>();
        for (Record r : graph.readList(clusterMeasuresQuery, p, r -> r)) {
            result.computeIfAbsent(r.get("cluster").asInt(), c -> new ArrayList<>())
                    .add(new ClusterReport.MeasureRef(r.get("document").asString(), r.get("number").asString()));
        }
        return result;
    }

    /** Rows of query/coordination-adjacency into arrays, partners mapped from node ids to row positions at the end. */
    private static final class AdjacencyReader {
        private final List<String> names = new ArrayList<>();
        private long[] ids = new long[1024];
        private int[] from = new int[1 << 16];
        private long[] partners = new long[1 << 16];
        private double[] weights = new double[1 << 16];
        private int size;

        void add(Record r) {
            int row = names.size();
            if (row == ids.length) {
                ids = Arrays.copyOf(ids, row * 2);
            }
            ids[row] = r.get("id").asLong();
            names.add(r.get("name").asString());
            Value partnerValues = r.get("partners");
            Value weightValues = r.get("weights");
            int count = partnerValues.size();
            if (size + count > from.length) {
                int capacity = Math.max(from.length * 2, size + count);
                from = Arrays.copyOf(from, capacity);
                partners = Arrays.copyOf(partners, capacity);
                weights = Arrays.copyOf(weights, capacity);
            }
            for (int i = 0; i < count; i++) {
                from[size] = row;
                partners[size] = partnerValues.get(i).asLong();
                weights[size++] = weightValues.get(i).asDouble();
            }
        }

        UnitPairs pairs() {
            int n = names.size();
            Integer[] byId = new Integer[n];
            for (int i = 0; i < n; i++) {
                byId[i] = i;
            }
            Arrays.sort(byId, Comparator.comparingLong(i -> ids[i]));
            long[] sortedIds = new long[n];
            for (int i = 0; i < n; i++) {
                sortedIds[i] = ids[byId[i]];
            }
            int[] to = new int[size];
            for (int i = 0; i < size; i++) {
                int at = Arrays.binarySearch(sortedIds, partners[i]);
                if (at < 0) {
                    throw new IllegalStateException("a COORDINATES partner that is not a Unit row: node " + partners[i]);
                }
                to[i] = byId[at];
            }
            partners = null;
            return new UnitPairs(names.toArray(String[]::new), Arrays.copyOf(from, size), to, Arrays.copyOf(weights, size));
        }
    }
}
