package org.respnet.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;

/** The unit–unit and measure–unit pictures, with workload and cluster attached to each unit. */
public final class GraphViews {

    private final Graph graph;
    private final String bipartiteQuery;
    private final String measureCountQuery;
    private final String unitsQuery;
    private final CoordinationQueries coordination;

    public GraphViews(Graph graph, CypherCatalog cypher, CoordinationQueries coordination) {
        this.graph = graph;
        this.bipartiteQuery = cypher.get("query/bipartite");
        this.measureCountQuery = cypher.get("query/measure-count");
        this.unitsQuery = cypher.get("query/units");
        this.coordination = coordination;
    }

    /**
     * @param maxEdges at most this many edges, the heaviest in the weighting; clusters still come from all pairs
     */
    public GraphView units(String document, Integer section, Weighting weighting, int minShared, boolean hideUbiquitous,
                           double resolution, long seed, int maxEdges) {
        Map<String, Record> units = unitRecords(document);
        Set<String> hidden = hideUbiquitous ? ubiquitous(units, document) : Set.of();
        ClusterReport clusters;
        List<CoordinationEdge> candidates = new ArrayList<>();
        if (document == null) {
            // Over all documents the pairs are millions at national scale: clusters from the compact read, and
            // only the heaviest edges, chosen by the database, cross to here.
            clusters = coordination.partition(null, null, weighting, resolution, seed);
            candidates.addAll(coordination.strongestEdges(weighting, minShared, hidden, maxEdges + 1));
        } else {
            List<CoordinationEdge> coordinationEdges = coordination.edges(document, section);
            clusters = coordination.partitionOf(coordinationEdges, weighting, resolution, seed);
            for (CoordinationEdge e : coordinationEdges) {
                if (e.measures() >= minShared && !hidden.contains(e.a()) && !hidden.contains(e.b())) {
                    candidates.add(e);
                }
            }
            if (candidates.size() > maxEdges) {
                candidates.sort(Comparator.comparingDouble((CoordinationEdge e) -> -weighting.of(e))
                        .thenComparing(CoordinationEdge::a).thenComparing(CoordinationEdge::b));
            }
        }
        boolean truncated = candidates.size() > maxEdges;
        List<GraphView.Edge> edges = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (CoordinationEdge e : truncated ? candidates.subList(0, maxEdges) : candidates) {
            edges.add(new GraphView.Edge(e.a(), e.b(), e.measures(), e.inverse(), weighting.of(e), null));
            shown.add(e.a());
            shown.add(e.b());
        }
        List<GraphView.Node> nodes = new ArrayList<>();
        for (Record u : units.values()) {
            String name = u.get("name").asString();
            boolean inScope = section == null || clusters.membership().containsKey(name);
            boolean isolatedShown = minShared <= 1 && !truncated;
            if (!hidden.contains(name) && inScope && (shown.contains(name) || isolatedShown)) {
                nodes.add(unitNode(u, clusters.membership().get(name)));
            }
        }
        return new GraphView("units", nodes, edges, List.copyOf(hidden), clusters.modularity(), truncated);
    }

    public GraphView bipartite(String document, Integer section) {
        Map<String, Object> p = new HashMap<>();
        p.put("document", document);
        p.put("section", section);
        Map<String, Record> units = unitRecords(document);
        ClusterReport clusters = coordination.partitionOf(coordination.edges(document, section), Weighting.INVERSE, 1.0, 42L);
        Map<String, GraphView.Node> nodes = new LinkedHashMap<>();
        List<GraphView.Edge> edges = new ArrayList<>();
        for (Record r : graph.readList(bipartiteQuery, p, r -> r)) {
            String measureId = r.get("document").asString() + "#" + r.get("number").asString();
            String unit = r.get("unit").asString();
            nodes.computeIfAbsent(measureId, id -> new GraphView.Node(id, "measure",
                    r.get("number").asString() + " " + r.get("text").asString(), null, 0, 0, 0, null));
            nodes.computeIfAbsent(unit, id -> unitNode(units.get(id), clusters.membership().get(id)));
            edges.add(new GraphView.Edge(unit, measureId, 1, 0, 1, r.get("role").asString()));
        }
        return new GraphView("bipartite", List.copyOf(nodes.values()), edges, List.of(), null, false);
    }

    private Map<String, Record> unitRecords(String document) {
        Map<String, Object> p = new HashMap<>();
        p.put("document", document);
        Map<String, Record> units = new LinkedHashMap<>();
        for (Record r : graph.readList(unitsQuery, p, r -> r)) {
            units.put(r.get("name").asString(), r);
        }
        return units;
    }

    /** Units that take part in at least half of all measures: they hide the structure underneath. */
    private Set<String> ubiquitous(Map<String, Record> units, String document) {
        Map<String, Object> p = new HashMap<>();
        p.put("document", document);
        long measures = graph.read(tx -> tx.run(measureCountQuery, p).single().get("n").asLong());
        Set<String> result = new HashSet<>();
        for (Record u : units.values()) {
            if (measures > 0 && (u.get("leads").asLong() + u.get("participations").asLong()) * 2 >= measures) {
                result.add(u.get("name").asString());
            }
        }
        return result;
    }

    private static GraphView.Node unitNode(Record u, Integer cluster) {
        return new GraphView.Node(u.get("name").asString(), "unit", u.get("name").asString(),
                u.get("kind").asString(null), u.get("leads").asLong(), u.get("participations").asLong(),
                u.get("workload").asDouble(), cluster);
    }
}
