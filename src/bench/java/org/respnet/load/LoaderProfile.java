package org.respnet.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SimpleQueryRunner;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.DatabaseProperties;
import org.respnet.db.EmbeddedNeo4j;
import org.respnet.db.Graph;
import org.respnet.db.SchemaInitializer;
import org.respnet.model.PolicyDocument;
import org.respnet.model.Workload;
import org.respnet.parse.DocumentParser;
import org.respnet.text.DocumentReaders;

/**
 * Where a document load spends its time: the same statements as {@link DocumentLoader}, in the same single
 * transaction, each timed, plus the commit. A profiling aid for the benchmark, not a test:
 * {@code java -cp … org.respnet.load.LoaderProfile target/bench/texts-M/*.txt}.
 */
public final class LoaderProfile {

    private final Graph graph;
    private final CypherCatalog cypher;
    final Map<String, Long> nanos = new LinkedHashMap<>();

    public LoaderProfile(Graph graph, CypherCatalog cypher) {
        this.graph = graph;
        this.cypher = cypher;
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of("target/bench/profile-store");
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new DatabaseProperties.Embedded(store, "127.0.0.1", 0,
                System.getProperty("bench.pageCache", "2g"), Duration.ofMinutes(30)));
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
            Graph graph = new Graph(driver, "neo4j");
            CypherCatalog cypher = CypherCatalog.fromClasspath();
            new SchemaInitializer(graph, cypher).apply();
            for (String index : System.getProperty("profile.drop", "").split(",")) {
                if (!index.isBlank()) {
                    graph.write(tx -> tx.run("DROP INDEX " + index.strip()).consume());
                }
            }
            LoaderProfile profile = new LoaderProfile(graph, cypher);
            DocumentParser parser = new DocumentParser();
            long total = 0;
            for (int i = 0; i < args.length; i++) {
                PolicyDocument doc = parser.parse(DocumentReaders.read(Path.of(args[i]), null));
                if (i == 2) {
                    profile.nanos.clear();
                    total = 0;
                }
                long t0 = System.nanoTime();
                profile.load(doc);
                total += System.nanoTime() - t0;
            }
            System.out.printf("last %d documents (after 2 for warm-up) in %.2f s%n", args.length - 2, total / 1e9);
            profile.nanos.forEach((k, v) -> System.out.printf("  %-22s %8.2f s %5.1f%%%n", k, v / 1e9, 100.0 * v / Math.max(1, profile.nanos.values().stream().mapToLong(Long::longValue).sum())));
        } finally {
            neo4j.close();
        }
    }

    void load(PolicyDocument document) {
        var rows = new DocumentRows(document);
        Map<String, Object> key = Map.of("key", document.key());
        long[] commitStart = new long[1];
        long rowsStart = System.nanoTime();
        var units = rows.units();
        var measures = rows.measures();
        var leads = rows.leads();
        var participations = rows.participations();
        var worksOn = rows.worksOn();
        var coordinates = rows.coordinates();
        add("(rows in Java)", System.nanoTime() - rowsStart);
        graph.write(tx -> {
            Set<String> touched = new LinkedHashSet<>(time("previous-units", () -> tx.run(cypher.get("load/previous-units"), key)
                    .single().get("units").asList(v -> v.asString())));
            time("delete-document", () -> tx.run(cypher.get("load/delete-document"), key).consume());
            time("document", () -> tx.run(cypher.get("load/document"), Map.of("key", document.key(), "properties", rows.documentProperties())).consume());
            time("sections", () -> tx.run(cypher.get("load/sections"), Map.of("key", document.key(), "rows", rows.sections())).consume());
            unwind(tx, "units", document.key(), units);
            unwind(tx, "measures", document.key(), measures);
            unwind(tx, "leads", document.key(), leads);
            unwind(tx, "participations", document.key(), participations);
            unwind(tx, "works-on", document.key(), worksOn);
            if (!Boolean.getBoolean("profile.skipCoordinates")) {
                unwind(tx, "coordinates", document.key(), coordinates);
            }
            time("supervises", () -> tx.run(cypher.get("load/supervises"), Map.of("key", document.key(), "units", document.supervisors())).consume());
            touched.addAll(rows.unitNames());
            List<String> names = List.copyOf(touched);
            time("refresh-unit-totals", () -> tx.run(cypher.get("load/refresh-unit-totals"), Map.of("names", names,
                    "leadWeight", Workload.LEAD_WEIGHT, "participationWeight", Workload.PARTICIPATION_WEIGHT)).consume());
            time("delete-orphan-units", () -> tx.run(cypher.get("load/delete-orphan-units"), Map.of("names", names)).consume());
            commitStart[0] = System.nanoTime();
            return null;
        });
        add("commit", System.nanoTime() - commitStart[0]);
    }

    private void unwind(SimpleQueryRunner tx, String statement, String key, List<Map<String, Object>> rows) {
        String query = cypher.get("load/" + statement);
        time(statement, () -> {
            for (int from = 0; from < rows.size(); from += DocumentLoader.BATCH_SIZE) {
                tx.run(query, Map.of("key", key, "rows", rows.subList(from, Math.min(rows.size(), from + DocumentLoader.BATCH_SIZE)))).consume();
            }
            return null;
        });
    }

    private <T> T time(String name, java.util.function.Supplier<T> work) {
        long t0 = System.nanoTime();
        T result = work.get();
        add(name, System.nanoTime() - t0);
        return result;
    }

    private void add(String name, long n) {
        nanos.merge(name, n, Long::sum);
    }
}
