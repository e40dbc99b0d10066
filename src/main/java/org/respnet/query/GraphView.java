package org.respnet.query;

import java.util.List;

/**
 * Nodes and edges ready for a graph picture.
 *
 * @param hidden    units left out because they take part in at least half the measures in scope
 * @param truncated more edges were in scope than asked for: these are the heaviest, and the units on them
 */
public record GraphView(String view, List<Node> nodes, List<Edge> edges, List<String> hidden, Double modularity,
                        boolean truncated) {

    /** @param type {@code unit} or {@code measure}; cluster is null for measures */
    public record Node(String id, String type, String label, String kind, long leads, long participations,
                       double workload, Integer cluster) {
    }

    /** @param role null in the unit view; {@code lead} or {@code participant} in the bipartite view */
    public record Edge(String source, String target, long measures, double inverse, double weight, String role) {
    }
}
