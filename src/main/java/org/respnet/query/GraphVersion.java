package org.respnet.query;

import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;

/** Reads the graph version that each write transaction increments: one node by its key, cheap per request. */
public final class GraphVersion {

    private final Graph graph;
    private final String read;

    public GraphVersion(Graph graph, CypherCatalog cypher) {
        this.graph = graph;
        this.read = cypher.get("query/graph-version");
    }

    public long current() {
        return graph.read(tx -> tx.run(read).single().get("version").asLong());
    }
}
