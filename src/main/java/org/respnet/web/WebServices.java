package org.respnet.web;

import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;
import org.respnet.load.DocumentIngest;
import org.respnet.load.DocumentLoader;
import org.respnet.parse.DocumentParser;
import org.respnet.query.CoordinationQueries;
import org.respnet.query.DocumentQueries;
import org.respnet.query.GraphViews;
import org.respnet.query.ResponsibilityQueries;
import org.respnet.query.WorkloadRanking;

/** Everything the HTTP layer calls, built once from the graph. */
public record WebServices(Graph graph, DocumentQueries documents, WorkloadRanking ranking,
                          ResponsibilityQueries responsibilities, CoordinationQueries coordination, GraphViews graphs,
                          DocumentIngest ingest) {

    /** With the built-in unit rules; the application passes the ingest it configured. */
    public static WebServices over(Graph graph, CypherCatalog cypher) {
        return over(graph, cypher, new DocumentIngest(new DocumentParser(), new DocumentLoader(graph, cypher)));
    }

    public static WebServices over(Graph graph, CypherCatalog cypher, DocumentIngest ingest) {
        var coordination = new CoordinationQueries(graph, cypher);
        return new WebServices(graph, new DocumentQueries(graph, cypher), new WorkloadRanking(graph, cypher),
                new ResponsibilityQueries(graph, cypher), coordination, new GraphViews(graph, cypher, coordination),
                ingest);
    }
}
