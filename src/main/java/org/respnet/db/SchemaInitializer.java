package org.respnet.db;

import org.respnet.cypher.CypherCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies {@code cypher/schema.cypher} at start; every statement there is idempotent. */
public final class SchemaInitializer {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

    private final Graph graph;
    private final java.util.List<String> statements;

    public SchemaInitializer(Graph graph, CypherCatalog cypher) {
        this.graph = graph;
        this.statements = cypher.statements("schema");
    }

    public void apply() {
        // Schema commands cannot share a transaction with each other's effects, so one transaction each.
        for (String statement : statements) {
            graph.write(tx -> tx.run(statement).consume());
        }
        graph.write(tx -> tx.run("CALL db.awaitIndexes(3600)").consume());
        log.info("Schema applied ({} statements)", statements.size());
    }
}
