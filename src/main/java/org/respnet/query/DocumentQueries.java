package org.respnet.query;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;

/** Documents and whole-graph figures. */
public final class DocumentQueries {

    private final Graph graph;
    private final String documentExistsQuery;
    private final String documentsQuery;
    private final String statsQuery;
    private final String sectionExistsQuery;

    public DocumentQueries(Graph graph, CypherCatalog cypher) {
        this.graph = graph;
        this.documentExistsQuery = cypher.get("query/document-exists");
        this.documentsQuery = cypher.get("query/documents");
        this.statsQuery = cypher.get("query/stats");
        this.sectionExistsQuery = cypher.get("query/section-exists");
    }

    public List<DocumentSummary> documents() {
        return graph.readList(documentsQuery, Map.of(), DocumentQueries::toSummary);
    }

    public boolean exists(String key) {
        return graph.read(tx -> tx.run(documentExistsQuery, Map.of("key", key)).single().get("exists").asBoolean());
    }

    /** Whether the document has a section with this ordinal. */
    public boolean sectionExists(String document, int ordinal) {
        return graph.read(tx -> tx.run(sectionExistsQuery, Map.of("uid", org.respnet.model.Section.uid(document, ordinal)))
                .single().get("exists").asBoolean());
    }

    public GraphStats stats() {
        return graph.read(tx -> {
            Record r = tx.run(statsQuery).single();
            return new GraphStats(r.get("documents").asLong(), r.get("sections").asLong(), r.get("measures").asLong(),
                    r.get("units").asLong(), r.get("leads").asLong(), r.get("participations").asLong());
        });
    }

    private static DocumentSummary toSummary(Record r) {
        return new DocumentSummary(r.get("key").asString(), r.get("title").asString(), r.get("docNumber").asString(null),
                r.get("issuer").asString(null), r.get("date").asString(null), r.get("source").asString(null),
                r.get("sections").asLong(), r.get("measures").asLong(), r.get("units").asLong(), r.get("leads").asLong(),
                r.get("participations").asLong(), r.get("loadedAt").asString(null),
                r.get("supervisors").asList(v -> v.asString()));
    }
}
