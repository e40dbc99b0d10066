package org.respnet.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.DatabaseProperties;
import org.respnet.db.EmbeddedNeo4j;
import org.respnet.db.Graph;
import org.respnet.db.SchemaInitializer;
import org.respnet.model.PolicyDocument;
import org.respnet.parse.DocumentParser;
import org.respnet.text.DocumentReaders;

/**
 * Where a document load spends its time: {@link DocumentLoader} itself, each statement and the commit timed through
 * its {@link DocumentLoader.StepTimes} hook. A profiling aid for the benchmark, not a test:
 * <pre>
 * java -cp … org.respnet.load.LoaderProfile target/bench/texts-M/*.txt    # first loads, after 2 for warm-up
 * java -cp … org.respnet.load.LoaderProfile --revise --measures=20000      # a first load, then its revision
 * </pre>
 * {@code --measures=N} generates one plan of N measures over the seed's units (1 lead, 10 participants each; the
 * seed's own key, so loading it replaces the seed);
 * {@code --revise} loads every document twice, the second time as a revision (the stored version replaced): a
 * generated plan's revision moves every unit one place along the seed's list, so it rewrites every lead,
 * participation and pair total; a file's revision is the same text, which writes almost nothing.
 */
public final class LoaderProfile {

    public static void main(String[] args) throws Exception {
        boolean revise = List.of(args).contains("--revise");
        List<PolicyDocument> documents = new ArrayList<>();
        List<PolicyDocument> revisions = new ArrayList<>();
        DocumentParser parser = new DocumentParser();
        Path store = Path.of("target/bench/profile-store");
        deleteTree(store);
        for (String arg : args) {
            if (arg.startsWith("--measures=")) {
                int measures = Integer.parseInt(arg.substring("--measures=".length()));
                documents.add(generated(parser, org.respnet.Fixtures.seedWithManyMeasures(measures)));
                revisions.add(generated(parser, org.respnet.Fixtures.seedWithManyMeasures(measures, 1)));
            } else if (!arg.startsWith("--")) {
                documents.add(parser.parse(DocumentReaders.read(Path.of(arg), null)));
                revisions.add(documents.get(documents.size() - 1));
            }
        }
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new DatabaseProperties.Embedded(store, "127.0.0.1", 0,
                System.getProperty("bench.pageCache", "2g"), Duration.ofMinutes(30)));
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
            Graph graph = new Graph(driver, "neo4j");
            CypherCatalog cypher = CypherCatalog.fromClasspath();
            new SchemaInitializer(graph, cypher).apply();
            Map<String, Long> first = new LinkedHashMap<>();
            Map<String, Long> revision = new LinkedHashMap<>();
            Map<String, Long>[] current = new Map[] {first};
            DocumentLoader loader = new DocumentLoader(graph, cypher, new WriteTimeout(Duration.ofHours(1), Duration.ZERO),
                    (step, nanos) -> current[0].merge(step, nanos, Long::sum));
            int warmUp = documents.size() > 2 && !revise ? 2 : 0;
            for (int i = 0; i < documents.size(); i++) {
                if (i == warmUp) {
                    first.clear();
                }
                PolicyDocument document = documents.get(i);
                current[0] = first;
                time(first, "(whole load)", () -> loader.load(document, true, line -> { }));
                if (revise) {
                    current[0] = revision;
                    PolicyDocument revised = revisions.get(i);
                    time(revision, "(whole load)", () -> loader.load(revised, true, line -> { }));
                }
            }
            print("first loads" + (warmUp > 0 ? " (after " + warmUp + " for warm-up)" : ""), first);
            if (revise) {
                print("revisions of the same documents", revision);
            }
        } finally {
            neo4j.close();
        }
    }

    private static PolicyDocument generated(DocumentParser parser, String text) throws java.io.IOException {
        Path file = Files.createTempFile("respnet-profile", ".txt");
        Files.writeString(file, text);
        return parser.parse(DocumentReaders.read(file, null));
    }

    private static void time(Map<String, Long> into, String step, Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        into.merge(step, System.nanoTime() - t0, Long::sum);
    }

    private static void print(String title, Map<String, Long> nanos) {
        long whole = nanos.getOrDefault("(whole load)", 1L);
        System.out.printf("%s: %.2f s%n", title, whole / 1e9);
        nanos.forEach((step, n) -> System.out.printf("  %-24s %8.2f s %5.1f%%%n", step, n / 1e9, 100.0 * n / whole));
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
