package org.respnet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.respnet.app.RespNet;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.DatabaseProperties;
import org.respnet.db.EmbeddedNeo4j;
import org.respnet.db.Graph;
import org.respnet.db.SchemaInitializer;

/**
 * One real Neo4j per test JVM (it takes ~20 s to start here), reached over Bolt exactly as the application reaches
 * it; {@link #clear()} empties it between tests.
 */
public final class TestDatabase {

    private static TestDatabase shared;

    private final EmbeddedNeo4j neo4j;
    private final Driver driver;
    private final Graph graph;
    private final CypherCatalog cypher;

    private TestDatabase(EmbeddedNeo4j neo4j) {
        this.neo4j = neo4j;
        this.driver = TestDrivers.create(neo4j.boltUri(), neo4j.authToken());
        this.graph = new Graph(driver, "neo4j");
        this.cypher = CypherCatalog.fromClasspath();
        new SchemaInitializer(graph, cypher).apply();
    }

    public static synchronized TestDatabase shared() {
        if (shared == null) {
            shared = new TestDatabase(startEmbedded());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A separate engine on a free loopback port, for tests that need a second server. */
    public static EmbeddedNeo4j startEmbedded() {
        try {
            return startEmbedded(Files.createTempDirectory("respnet-neo4j"), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An engine on a given store and port (0: any free port), e.g. to restart one after stopping it. */
    public static EmbeddedNeo4j startEmbedded(Path store, int boltPort) {
        return startEmbedded(store, boltPort, null);
    }

    /** With a chosen Bolt password (null: a random one), e.g. so a client keeps its login across a restart. */
    public static EmbeddedNeo4j startEmbedded(Path store, int boltPort, String boltPassword) {
        return EmbeddedNeo4j.start(new DatabaseProperties.Embedded(store, "127.0.0.1", boltPort, "64m",
                Duration.ofSeconds(60), boltPassword));
    }

    public void clear() {
        // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence a plain session.run.
        try (var session = driver.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    public long count(String cypherReturningCount) {
        return graph.read(tx -> tx.run(cypherReturningCount).single().get(0).asLong());
    }

    /**
     * Every node and relationship with its properties, sorted, to compare two graphs whole; doubles to 9 decimals,
     * since a total that had a document's share taken off differs from a fresh sum in the last bits. loadedAt differs by design, and so does the
     * graph version node, which counts the writes.
     */
    public List<String> dump() {
        List<String> lines = new ArrayList<>(graph.readList(
                "MATCH (n) WHERE NOT n:GraphVersion RETURN labels(n) AS labels, properties(n) AS p", Map.of(),
                r -> r.get("labels").asList(Value::asString) + " " + canonical(r.get("p").asMap(v -> v))));
        lines.addAll(graph.readList("""
                MATCH (a)-[r]->(b)
                RETURN type(r) AS type, coalesce(a.key, a.uid, a.name) AS a, coalesce(b.key, b.uid, b.name) AS b,
                       properties(r) AS p""", Map.of(),
                r -> r.get("type").asString() + " " + r.get("a").asString() + " -> " + r.get("b").asString() + " "
                        + canonical(r.get("p").asMap(v -> v))));
        lines.sort(null);
        return lines;
    }

    private static String canonical(Map<String, Value> properties) {
        Map<String, String> sorted = new TreeMap<>();
        properties.forEach((k, v) -> {
            if (!k.equals("loadedAt")) {
                sorted.put(k, v.type().name().equals("FLOAT") ? String.format("%.9f", v.asDouble()) : v.toString());
            }
        });
        return sorted.toString();
    }

    /** The application over this database, built by the composition root exactly as the main job builds it. */
    public RespNet app() {
        return app(RespNet.Settings.defaults());
    }

    public RespNet app(RespNet.Settings settings) {
        return new RespNet(graph, cypher, settings);
    }

    public Graph graph() {
        return graph;
    }

    public CypherCatalog cypher() {
        return cypher;
    }

    public String boltUri() {
        return neo4j.boltUri();
    }

    public String password() {
        return neo4j.password();
    }

    private void close() {
        driver.close();
        neo4j.close();
    }
}
