package org.respnet.db;

import org.respnet.cypher.CypherCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies {@code cypher/schema.cypher} at start; every statement there is idempotent. */
public final class SchemaInitializer {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

    private final Graph graph;
    private final CypherCatalog cypher;

    public SchemaInitializer(Graph graph, CypherCatalog cypher) {
        this.graph = graph;
        this.cypher = cypher;
    }

    public void apply() {
        var statements = cypher.statements("schema");
        // Schema commands cannot share a transaction with each other's effects, so one transaction each.
        for (String statement : statements) {
            graph.write(tx -> tx.run(statement).consume());
        }
        graph.write(tx -> tx.run("CALL db.awaitIndexes(3600)").consume());
        log.info("Schema applied ({} statements)", statements.size());
    }
}
