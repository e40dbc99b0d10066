package org.respnet.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.DatabaseProperties;
import org.respnet.db.EmbeddedNeo4j;
import org.respnet.db.Graph;

/**
 * Where the plan check spends its time on a kept store: each statement of {@link PlanChecks#STATEMENTS}, for one
 * document and over all documents, median of a few runs. A profiling aid, not a test:
 * {@code java -cp … org.respnet.check.CheckProfile target/bench/store-import-L [runs]}.
 */
public final class CheckProfile {

    public static void main(String[] args) {
        Path store = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new DatabaseProperties.Embedded(store, "127.0.0.1", 0,
                System.getProperty("bench.pageCache", "4g"), Duration.ofMinutes(30)));
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
            Graph graph = new Graph(driver, "neo4j");
            CypherCatalog cypher = CypherCatalog.fromClasspath();
            String document = graph.read(tx -> tx.run("MATCH (d:Document) RETURN d.key AS key ORDER BY key LIMIT 1")
                    .single().get("key").asString());
            System.out.printf("%-28s %14s %14s%n", "statement (median ms)", "one document", "all documents");
            for (String statement : PlanChecks.STATEMENTS) {
                String query = cypher.get(statement);
                // A statement with a -document variant serves all documents only; the variant, one document only.
                boolean forOne = !PlanChecks.STATEMENTS.contains(statement + "-document");
                boolean forAll = !statement.endsWith("-document");
                double one = forOne ? median(graph, query, PlanChecks.parameters(CheckOptions.defaults(document, null)), runs) : Double.NaN;
                double all = forAll ? median(graph, query, PlanChecks.parameters(CheckOptions.defaults(null, null)), runs) : Double.NaN;
                System.out.printf("%-28s %14.1f %14.1f%n", statement, one, all);
            }
            // The ranking's lead-share denominator, summed from every unit (before ea49bcd) or from every document.
            Map<String, Object> none = Map.of();
            System.out.printf("%-28s %14.1f%n", "credit from units", median(graph,
                    "MATCH (o:Unit) RETURN sum(o.leadShare) AS totalCredit", none, runs * 10));
            System.out.printf("%-28s %14.1f%n", "credit from documents", median(graph, "MATCH (d:Document) RETURN "
                    + "sum(coalesce(d.ledMeasures, COUNT { (d)-[:HAS_MEASURE]->(m:Measure) WHERE m.leadCount > 0 })) AS c",
                    none, runs * 10));
            Map<String, Object> top = new java.util.HashMap<>();
            top.put("kind", null);
            top.put("limit", 50);
            top.put("asOf", java.time.LocalDate.now());
            System.out.printf("%-28s %14.1f%n", "query/ranking-top", median(graph, cypher.get("query/ranking-top"), top, runs * 10));
            PlanChecks checks = new PlanChecks(graph, cypher);
            for (String scope : new String[] {document, null}) {
                long t0 = System.nanoTime();
                checks.run(CheckOptions.defaults(scope, null));
                long t1 = System.nanoTime();
                checks.run(CheckOptions.defaults(scope, null));
                long t2 = System.nanoTime();
                System.out.printf("PlanChecks.run, %s: %.1f ms, repeated: %.1f ms%n", scope == null ? "all documents"
                        : "one document", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
            }
        } finally {
            neo4j.close();
        }
    }

    private static double median(Graph graph, String query, Map<String, Object> parameters, int runs) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            graph.read(tx -> tx.run(query, parameters).list());
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
