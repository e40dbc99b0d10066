package org.respnet.query;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;

/** What the database holds, for the console's schema panel and its completion: names and counts, read-only. */
public final class GraphSchema {

    private final Graph graph;
    private final String schema;

    public GraphSchema(Graph graph, CypherCatalog cypher) {
        this.graph = graph;
        this.schema = cypher.get("query/schema");
    }

    public record Named(String name, long count) {
    }

    public record Summary(List<Named> labels, List<Named> relationshipTypes, List<String> propertyKeys) {
    }

    public Summary summary() {
        return graph.readList(schema, Map.of(), GraphSchema::toSummary).get(0);
    }

    private static Summary toSummary(Record r) {
        return new Summary(named(r.get("labels")), named(r.get("relationshipTypes")),
                r.get("propertyKeys").asList(Value::asString).stream().sorted().toList());
    }

    private static List<Named> named(Value list) {
        return list.asList(v -> new Named(v.get("name").asString(), v.get("count").asLong())).stream()
                .sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }
}
