package org.respnet.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.respnet.app.RespNet;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.DatabaseProperties;
import org.respnet.db.EmbeddedNeo4j;
import org.respnet.db.Graph;
import org.respnet.db.SchemaInitializer;
import org.respnet.db.StoreImporter;
import org.respnet.load.BulkImport;
import org.respnet.load.DocumentLoader;
import org.respnet.load.ImportFiles;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;
import org.respnet.parse.DocumentParser;
import org.respnet.query.ClusterProfile;
import org.respnet.query.ClusterReport;
import org.respnet.query.CoordinationQueries;
import org.respnet.query.Weighting;
import org.respnet.text.DocumentReaders;
import org.respnet.text.TextReader;
import org.respnet.web.WebServer;

/**
 * One size, start to finish, on fresh stores: write the generated texts to disk, (naive load), read + parse + load
 * them with RespNet's loader and/or its bulk import, then query over HTTP and compute clusters.
 */
final class SizeRun {

    private final WorkloadSpec spec;
    private final BenchOptions options;
    private final Report.SizeResult result;
    private final NetworkGenerator generator;
    private final Path texts;
    private final Path store;
    private final Path importStore;
    private long leadsAndParticipations;

    SizeRun(WorkloadSpec spec, BenchOptions options) {
        this.spec = spec;
        this.options = options;
        this.result = new Report.SizeResult(spec.name());
        this.generator = new NetworkGenerator(spec);
        this.texts = options.workDir().resolve("texts-" + spec.name());
        this.store = options.workDir().resolve("store-" + spec.name());
        this.importStore = options.workDir().resolve("store-import-" + spec.name());
    }

    Report.SizeResult run() throws Exception {
        System.out.printf("== %s: %,d documents × %,d measures, %,d units%n", spec.name(), spec.documents(),
                spec.measuresPerDocument(), spec.units());
        delete(store);
        delete(importStore);
        delete(texts);
        result.put("documents × measures", Report.count(spec.documents()) + " × " + Report.count(spec.measuresPerDocument()));
        List<Path> files = writeTexts();
        String size = spec.name().split("-")[0];
        boolean transactional = options.loaderSizes().contains(size);
        boolean bulk = options.importSizes().contains(size);
        try (MemoryWatch memory = new MemoryWatch()) {
            double naiveRate = Double.NaN;
            if (transactional || !bulk) {
                long t0 = System.nanoTime();
                EmbeddedNeo4j neo4j = start(store);
                try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
                    Graph graph = new Graph(driver, "neo4j");
                    CypherCatalog cypher = CypherCatalog.fromClasspath();
                    new SchemaInitializer(graph, cypher).apply();
                    result.notes.add("embedded Neo4j start + schema: " + Report.seconds(System.nanoTime() - t0));
                    warmUp(graph, cypher);
                    naiveRate = options.naiveSizes().contains(size) ? naive(graph, files) : Double.NaN;
                    double loadRate = load(graph, cypher, files);
                    if (!Double.isNaN(naiveRate)) {
                        result.put("RespNet loader ÷ naive loader", String.format("%.1f×", loadRate / naiveRate));
                    }
                    if (!bulk) {
                        queries(graph, cypher);
                    }
                } finally {
                    neo4j.close();
                }
            }
            if (bulk) {
                bulkImport(files, naiveRate);
            }
            result.put("peak heap (sampled every 20 ms)", Report.bytes(memory.peakHeapBytes()));
            result.put("process peak RSS (VmHWM)", Report.bytes(MemoryWatch.residentPeakBytes()));
        }
        result.put("store on disk", Report.bytes(Math.max(size(store), size(importStore))));
        if (!options.keepStores()) {
            delete(store);
            delete(importStore);
            delete(texts);
        }
        return result;
    }

    private EmbeddedNeo4j start(Path at) {
        return EmbeddedNeo4j.start(new DatabaseProperties.Embedded(at, "127.0.0.1", 0, options.pageCache(),
                Duration.ofMinutes(30)));
    }

    private void queries(Graph graph, CypherCatalog cypher) throws Exception {
        counts(graph);
        http(graph, cypher);
        clusters(graph, cypher);
    }

    /**
     * {@code respnet import}'s steps on the generated files, timed from the first file read to a graph that serves
     * queries (indexes online, unit totals done); then the queries, then a few documents added by the loader.
     */
    private void bulkImport(List<Path> files, double naiveRate) throws Exception {
        Path csv = options.workDir().resolve("import-files-" + spec.name());
        delete(csv);
        long t0 = System.nanoTime();
        BulkImport.Written written = new BulkImport(new DocumentParser(), Runtime.getRuntime().availableProcessors())
                .write(files, null, csv, System.out);
        long t1 = System.nanoTime();
        new StoreImporter(importStore).importCsv(written.layout().nodes(), written.layout().relationships(),
                ImportFiles.ARRAY_DELIMITER, true, csv.resolve("import.report"), System.out);
        long t2 = System.nanoTime();
        delete(csv);
        EmbeddedNeo4j neo4j = start(importStore);
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
            Graph graph = new Graph(driver, "neo4j");
            CypherCatalog cypher = CypherCatalog.fromClasspath();
            new SchemaInitializer(graph, cypher).apply();
            long t3 = System.nanoTime();
            new DocumentLoader(graph, cypher).refreshImportedUnits(written.unitNames());
            long t4 = System.nanoTime();
            if (written.failed() != 0) {
                throw new IllegalStateException(written.failed() + " generated documents failed to parse");
            }
            long wall = t4 - t0;
            if (!result.values.containsKey("measures")) {
                result.put("measures", Report.count((long) spec.documents() * spec.measuresPerDocument()));
                result.put("lead + participation relationships", Report.count(leadsAndParticipations));
            }
            result.put("bulk import (respnet import): end to end, files → graph serving queries, parsing included",
                    Report.rate(leadsAndParticipations, wall, "rel") + " (" + Report.seconds(wall) + "; all "
                            + Report.count(written.relationships()) + " relationships written: "
                            + Report.rate(written.relationships(), wall, "rel") + ")");
            result.put("  bulk import, step by step: parse + write CSV / Neo4j importer / start + schema + indexes / unit totals",
                    Report.seconds(t1 - t0) + " / " + Report.seconds(t2 - t1) + " / " + Report.seconds(t3 - t2)
                            + " / " + Report.seconds(t4 - t3));
            if (!Double.isNaN(naiveRate)) {
                result.put("bulk import ÷ naive loader", String.format("%.1f×",
                        leadsAndParticipations / (wall / 1e9) / naiveRate));
            }
            queries(graph, cypher);
            addDocuments(graph, cypher);
        } finally {
            neo4j.close();
        }
    }

    /**
     * The transactional loader at this size: the next documents of the same generator, added one by one, each then
     * revised twice on the full graph: every unit moved to the next name of the document's list (each lead,
     * participation and pair total rewritten), and one measure's text edited.
     */
    private void addDocuments(Graph graph, CypherCatalog cypher) {
        if (options.addDocuments() <= 0) {
            return;
        }
        DocumentLoader loader = new DocumentLoader(graph, cypher);
        DocumentParser parser = new DocumentParser();
        long relationships = 0;
        long nanos = 0;
        List<Long> firstLoads = new ArrayList<>();
        List<Long> rewrites = new ArrayList<>();
        List<Long> edits = new ArrayList<>();
        for (int d = spec.documents(); d < spec.documents() + options.addDocuments(); d++) {
            GeneratedDocument doc = generator.document(d);
            PolicyDocument parsed = parser.parse(TextReader.decode(doc.fileName(), doc.bytes(), null));
            long t0 = System.nanoTime();
            loader.load(parsed, true, line -> { });
            long took = System.nanoTime() - t0;
            nanos += took;
            firstLoads.add(took);
            relationships += parsed.leadCount() + parsed.participationCount();
            PolicyDocument moved = unitsMoved(parsed);
            rewrites.add(timed(() -> loader.load(moved, true, line -> { })));
            // An edit of the version now stored: one measure differs from it.
            edits.add(timed(() -> loader.load(oneMeasureEdited(moved), true, line -> { })));
        }
        result.put("adding " + options.addDocuments() + " documents to this graph, RespNet loader (1 tx each)",
                Report.rate(relationships, nanos, "rel") + " (" + Report.seconds(nanos / options.addDocuments())
                        + " per " + Report.count(spec.measuresPerDocument()) + "-measure document)");
        long first = median(firstLoads);
        long rewrite = median(rewrites);
        long edit = median(edits);
        result.put("revising one of them: every unit moved / one measure edited (median)",
                String.format("%s (%.2f× its first load) / %s (%.2f×)", Report.seconds(rewrite), (double) rewrite / first,
                        Report.seconds(edit), (double) edit / first));
    }

    private static long timed(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return System.nanoTime() - t0;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The document with each unit replaced by the next of its unit list: same units, other measures. */
    private static PolicyDocument unitsMoved(PolicyDocument d) {
        List<String> names = d.units().stream().map(org.respnet.model.Unit::name).toList();
        java.util.Map<String, String> next = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            next.put(names.get(i), names.get((i + 1) % names.size()));
        }
        return withMeasures(d, d.measures().stream().map(m -> new Measure(m.index(), m.number(), m.section(),
                m.subsection(), m.text(), m.clause(), m.leads().stream().map(next::get).toList(),
                m.participants().stream().map(next::get).toList(), m.collectives(), m.deadline(), m.persons(),
                m.location())).toList());
    }

    private static PolicyDocument oneMeasureEdited(PolicyDocument d) {
        List<Measure> measures = new ArrayList<>(d.measures());
        Measure m = measures.get(measures.size() / 2);
        measures.set(measures.size() / 2, new Measure(m.index(), m.number(), m.section(), m.subsection(),
                m.text() + "(修订)", m.clause(), m.leads(), m.participants(), m.collectives(), m.deadline(),
                m.persons(), m.location()));
        return withMeasures(d, measures);
    }

    private static PolicyDocument withMeasures(PolicyDocument d, List<Measure> measures) {
        return new PolicyDocument(d.key(), d.title(), d.docNumber(), d.issuer(), d.date(), d.source(), d.sections(),
                measures, d.units(), d.supervisors());
    }

    private List<Path> writeTexts() throws IOException {
        Files.createDirectories(texts);
        long t0 = System.nanoTime();
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        for (int d = 0; d < spec.documents(); d++) {
            GeneratedDocument doc = generator.document(d);
            Path file = texts.resolve(doc.fileName());
            byte[] content = doc.bytes();
            Files.write(file, content);
            files.add(file);
            bytes += content.length;
            leadsAndParticipations += doc.leadCount() + doc.participationCount();
        }
        result.notes.add(String.format("generated %s of text in %s (not counted)", Report.bytes(bytes),
                Report.seconds(System.nanoTime() - t0)));
        return files;
    }

    /**
     * Loads a small document of another seed three times with each loader, then empties the store: the measured
     * loads then run with compiled code and planned queries, as they would in a server that has been up a while.
     */
    private void warmUp(Graph graph, CypherCatalog cypher) {
        long t0 = System.nanoTime();
        GeneratedDocument doc = new NetworkGenerator(new WorkloadSpec("warm-up", 1, 4, 200, 100, 7)).document(0);
        PolicyDocument parsed = new DocumentParser().parse(TextReader.decode(doc.fileName(), doc.bytes(), null));
        DocumentLoader loader = new DocumentLoader(graph, cypher);
        for (int i = 0; i < 3; i++) {
            loader.load(parsed, true, line -> { });
            new NaiveLoader(graph).load(slice(parsed, 20));
        }
        wipe(graph);
        result.notes.add("warm-up (3 loads of a 200-measure document with each loader, then wiped): "
                + Report.seconds(System.nanoTime() - t0));
    }

    private static void wipe(Graph graph) {
        try (var session = graph.driver().session(graph.sessionConfig())) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    /** The baseline on the first {@code naiveMeasures} measures, then the store is emptied for the real loader. */
    private double naive(Graph graph, List<Path> files) {
        DocumentParser parser = new DocumentParser();
        NaiveLoader naive = new NaiveLoader(graph);
        long measures = 0;
        long relationships = 0;
        long nanos = 0;
        for (Path file : files) {
            if (measures >= options.naiveMeasures()) {
                break;
            }
            PolicyDocument doc = parser.parse(DocumentReaders.read(file, null));
            int take = (int) Math.min(doc.measures().size(), options.naiveMeasures() - measures);
            PolicyDocument slice = slice(doc, take);
            long t0 = System.nanoTime();
            relationships += naive.load(slice);
            nanos += System.nanoTime() - t0;
            measures += take;
        }
        result.put("naive loader (1 tx per measure, MERGE per relationship)",
                Report.rate(relationships, nanos, "rel") + " on the first " + Report.count(measures) + " measures ("
                        + Report.seconds(nanos) + ")");
        wipe(graph);
        return relationships / (nanos / 1e9);
    }

    private static PolicyDocument slice(PolicyDocument doc, int measures) {
        List<Measure> kept = doc.measures().subList(0, measures);
        return new PolicyDocument(doc.key(), doc.title(), doc.docNumber(), doc.issuer(), doc.date(), doc.source(),
                doc.sections(), kept, doc.units(), doc.supervisors());
    }

    /** @return load-only relationships per second */
    private double load(Graph graph, CypherCatalog cypher, List<Path> files) throws Exception {
        DocumentLoader loader = new DocumentLoader(graph, cypher);
        AtomicLong parseNanos = new AtomicLong();
        long loadNanos = 0;
        long measures = 0;
        long relationships = 0;
        long wallStart = System.nanoTime();
        if (options.parseThreads() == 0) {
            DocumentParser parser = new DocumentParser();
            for (Path file : files) {
                long t0 = System.nanoTime();
                PolicyDocument doc = parser.parse(DocumentReaders.read(file, null));
                long t1 = System.nanoTime();
                loader.load(doc, true, line -> { });
                loadNanos += System.nanoTime() - t1;
                parseNanos.addAndGet(t1 - t0);
                measures += doc.measures().size();
                relationships += doc.leadCount() + doc.participationCount();
                progress(measures);
            }
        } else {
            // Parsers run ahead on their own threads; the loader takes documents in file order.
            ExecutorService parsers = Executors.newFixedThreadPool(options.parseThreads());
            BlockingQueue<Future<PolicyDocument>> ahead = new ArrayBlockingQueue<>(2 * options.parseThreads() + 2);
            Thread feeder = new Thread(() -> {
                ThreadLocal<DocumentParser> parser = ThreadLocal.withInitial(DocumentParser::new);
                try {
                    for (Path file : files) {
                        ahead.put(parsers.submit(() -> {
                            long t0 = System.nanoTime();
                            PolicyDocument doc = parser.get().parse(DocumentReaders.read(file, null));
                            parseNanos.addAndGet(System.nanoTime() - t0);
                            return doc;
                        }));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bench-parse-feeder");
            feeder.start();
            for (int i = 0; i < files.size(); i++) {
                PolicyDocument doc = ahead.take().get();
                long t1 = System.nanoTime();
                loader.load(doc, true, line -> { });
                loadNanos += System.nanoTime() - t1;
                measures += doc.measures().size();
                relationships += doc.leadCount() + doc.participationCount();
                progress(measures);
            }
            parsers.shutdown();
        }
        long wall = System.nanoTime() - wallStart;
        if (relationships != leadsAndParticipations) {
            throw new IllegalStateException("parsed " + relationships + " relationships, generated " + leadsAndParticipations);
        }
        result.put("measures", Report.count(measures));
        result.put("lead + participation relationships", Report.count(relationships));
        result.put("parse (read + decode + parse)", Report.rate(measures, parseNanos.get(), "measures")
                + " (" + Report.seconds(parseNanos.get()) + (options.parseThreads() > 0 ? " CPU-summed" : "") + ")");
        result.put("load, RespNet loader only", Report.rate(relationships, loadNanos, "rel") + " (" + Report.seconds(loadNanos) + ")");
        result.put("end to end: files → graph, parsing included", Report.rate(relationships, wall, "rel")
                + " (" + Report.seconds(wall) + ")");
        return relationships / (loadNanos / 1e9);
    }

    private void progress(long measures) {
        if (spec.measures() >= 100_000 && measures % (spec.measures() / 10) == 0) {
            System.out.printf("  [%s] loaded %,d measures%n", spec.name(), measures);
        }
    }

    private void counts(Graph graph) {
        long units = count(graph, "MATCH (u:Unit) RETURN count(u)");
        long coordinates = count(graph, "MATCH ()-[r:COORDINATES]->() RETURN count(r)");
        long all = count(graph, "MATCH ()-[r]->() RETURN count(r)");
        long nodes = count(graph, "MATCH (n) RETURN count(n)");
        result.put("units in the graph", Report.count(units));
        result.put("COORDINATES relationships (unit pair totals)", Report.count(coordinates));
        result.put("all nodes / relationships", Report.count(nodes) + " / " + Report.count(all));
    }

    private void http(Graph graph, CypherCatalog cypher) throws Exception {
        try (WebServer server = new RespNet(graph, cypher, RespNet.Settings.defaults()).webServer().start("127.0.0.1", 0)) {
            HttpLatency http = new HttpLatency(server.port());
            String ranking = "/api/v1/rankings/workload?limit=50";
            List<String> sample = unitSample(64);
            String busiest = unitPath(generator.universe().get(UnitNames.MASS_ORGANISATIONS.size()).name());
            String ubiquitous = unitPath(UnitNames.MASS_ORGANISATIONS.get(0));
            Duration budget = options.httpBudget();
            http.run(1, 30, budget, i -> ranking);
            http.run(1, 30, budget, i -> sample.get(i % sample.size()));
            for (int clients : options.clients()) {
                report("workload ranking (limit 50), " + clients + " client(s)",
                        http.run(clients, options.requestsPerClient(), budget, i -> ranking));
            }
            for (int clients : options.clients()) {
                report("unit detail (64 units drawn uniformly), " + clients + " client(s)",
                        http.run(clients, options.requestsPerClient(), budget, i -> sample.get(i % sample.size())));
            }
            http.run(1, 2, budget, i -> busiest);
            report("unit detail of the busiest department (" + generator.universe().get(12).name() + "), 1 client",
                    http.run(1, Math.min(20, options.requestsPerClient()), budget, i -> busiest));
            report("unit detail of a mass organisation (" + UnitNames.MASS_ORGANISATIONS.get(0) + "), 1 client",
                    http.run(1, Math.min(20, options.requestsPerClient()), budget, i -> ubiquitous));
            leaderViews(graph, cypher, http, generator.universe().get(UnitNames.MASS_ORGANISATIONS.size()).name());
            checksAndDeadlines(http, graph, sample, busiest, budget);
        }
    }

    /**
     * The leader's picture (default, all documents) and the focus view of the busiest department: the first request
     * at a graph version computes (Leiden over all pairs for the picture), repeats at that version come from the
     * version-keyed cache; "after a write" moves the version before each request, as a load would, so each one
     * computes again in a warm JVM.
     */
    private void leaderViews(Graph graph, CypherCatalog cypher, HttpLatency http, String busiest) throws Exception {
        Duration budget = options.httpBudget();
        String picture = "/api/v1/graph/picture";
        String focus = "/api/v1/graph/focus?unit=" + URLEncoder.encode(busiest, StandardCharsets.UTF_8).replace("+", "%20");
        String bump = cypher.get("load/bump-graph-version");
        for (String[] view : List.of(new String[] {"leader's picture (default, all documents)", picture},
                new String[] {"focus view of the busiest department (" + busiest + ")", focus})) {
            report(view[0] + ", first request", http.run(1, 1, budget, i -> view[1]));
            report(view[0] + ", repeated (cached), 1 client",
                    http.run(1, options.requestsPerClient(), budget, i -> view[1]));
            long[] nanos = new long[5];
            String error = null;
            for (int i = 0; i < nanos.length; i++) {
                graph.write(tx -> tx.run(bump).consume());
                long t0 = System.nanoTime();
                String e = http.get(view[1]);
                nanos[i] = System.nanoTime() - t0;
                error = error == null ? e : error;
            }
            java.util.Arrays.sort(nanos);
            result.put(view[0] + ", after a write (uncached), 1 client", "p50 " + Report.millis(nanos[2] / 1e6)
                    + " ms (5 req, each after a version move)" + (error == null ? "" : ", ERROR: " + error));
        }
    }

    /** The plan check (one document, all documents), overdue measures and unit timelines (issue 13). */
    private void checksAndDeadlines(HttpLatency http, Graph graph, List<String> units, String busiest, Duration budget)
            throws Exception {
        String key = graph.read(tx -> tx.run("MATCH (d:Document) RETURN d.key AS key ORDER BY key LIMIT 1")
                .single().get("key").asString());
        String oneDocument = "/api/v1/checks?limit=100&document=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        int few = Math.min(20, options.requestsPerClient());
        http.run(1, 2, budget, i -> oneDocument);
        report("plan check of one document, 1 client", http.run(1, few, budget, i -> oneDocument));
        report("plan check over all documents, 1 client", http.run(1, Math.min(5, few), budget, i -> "/api/v1/checks?limit=100"));
        report("overdue as of 2025-01-01 (limit 100), 1 client",
                http.run(1, few, budget, i -> "/api/v1/deadlines/overdue?asOf=2025-01-01&limit=100"));
        report("unit timeline (64 units drawn uniformly), 1 client",
                http.run(1, options.requestsPerClient(), budget, i -> units.get(i % units.size()) + "/timeline?measures=20"));
        report("unit timeline of the busiest department, 1 client",
                http.run(1, few, budget, i -> busiest + "/timeline?measures=20"));
    }

    private void report(String metric, HttpLatency.Stats stats) {
        result.put(metric, stats.summary());
        if (stats.firstError() != null) {
            result.notes.add(metric + ": first error: " + stats.firstError());
        }
    }

    private List<String> unitSample(int n) {
        SplittableRandom random = new SplittableRandom(7);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            paths.add(unitPath(generator.universe().get(random.nextInt(generator.universe().size())).name()));
        }
        return paths;
    }

    private static String unitPath(String name) {
        return "/api/v1/units/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void clusters(Graph graph, CypherCatalog cypher) {
        CoordinationQueries coordination = new CoordinationQueries(graph, cypher);
        if (spec.measures() <= 100_000) {
            coordination.clusters(null, null, Weighting.INVERSE, 1.0, 42, false);
        }
        long t1 = System.nanoTime();
        ClusterReport report = coordination.clusters(null, null, Weighting.INVERSE, 1.0, 42, false);
        long nanos = System.nanoTime() - t1;
        result.put("coordination clusters (Leiden, inverse weights, all documents)", Report.seconds(nanos) + " for "
                + Report.count(report.units()) + " units, " + Report.count(report.clusters().size()) + " clusters");
        // The same steps timed one by one: where the time goes.
        long[] steps = ClusterProfile.time(coordination, Weighting.INVERSE, 42);
        result.put("  clusters, step by step: read pairs / index form / Leiden / participation (bridging units)",
                Report.seconds(steps[0]) + " (" + Report.count(steps[4]) + " pairs) / " + Report.seconds(steps[1])
                        + " / " + Report.seconds(steps[2]) + " / " + Report.seconds(steps[3]));
    }

    private static long count(Graph graph, String query) {
        return graph.read(tx -> tx.run(query).single().get(0).asLong());
    }

    private static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
