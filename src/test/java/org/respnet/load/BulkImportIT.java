package org.respnet.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.TestDrivers;
import org.respnet.db.DatabaseUnavailableException;
import org.respnet.db.EmbeddedNeo4j;
import org.respnet.db.Graph;
import org.respnet.db.SchemaInitializer;
import org.respnet.db.StoreImporter;
import org.respnet.model.PolicyDocument;

/**
 * The bulk import must build exactly the graph the transactional loader builds from the same documents, one by
 * one: every node, relationship and property, the maintained unit and pair totals included.
 */
class BulkImportIT {

    private static final String PLAN_A = """
            某市甲工作方案
            一、任务
            1.做好甲项工作。(牵头单位:市财政局,参与单位:市审计局、市统计局、团市委,完成时限:2022年10月底前)
            2.做好乙项工作。(牵头单位:市财政局、市审计局)
            """;
    private static final String PLAN_B = """
            某市乙工作方案
            一、任务
            1.做好丙项工作。(牵头单位:市审计局,参与单位:市财政局、团市委)
            2.做好丁项工作。(牵头单位:市民政局,参与单位:市统计局,长期坚持)
            二、保障
            3.做好戊项工作。(牵头单位:市统计局、市财政局、市民政局,参与单位:团市委、市审计局)
            """;

    private static List<PolicyDocument> documents;
    private static Path importStore;
    private static EmbeddedNeo4j imported;
    private static Driver importedDriver;
    private static Graph importedGraph;
    private static String importerOutput;
    private static Map<String, Object> workloadsAsImported;

    @BeforeAll
    static void importAndLoadTheSameDocuments() throws IOException {
        documents = new ArrayList<>();
        documents.add(Fixtures.seed());
        documents.add(Fixtures.parseText("a.txt", PLAN_A));
        documents.add(Fixtures.parseText("b.txt", PLAN_B));
        try (Stream<Path> shared = Files.isDirectory(Fixtures.SHARED_DOCS) ? Files.list(Fixtures.SHARED_DOCS) : Stream.empty()) {
            shared.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> documents.add(Fixtures.parse(f)));
        }

        TestDatabase loaded = TestDatabase.shared();
        loaded.clear();
        var loader = new DocumentLoader(loaded.graph(), loaded.cypher());
        documents.forEach(loader::load);

        importStore = Files.createTempDirectory("respnet-import");
        Path csv = importStore.resolve("import-files");
        List<String> unitNames;
        try (var files = new ImportFiles(csv)) {
            documents.forEach(files::add);
            var layout = files.finish();
            unitNames = files.unitNames();
            var out = new ByteArrayOutputStream();
            new StoreImporter(importStore).importCsv(layout.nodes(), layout.relationships(),
                    ImportFiles.ARRAY_DELIMITER, false, csv.resolve("import.report"),
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            importerOutput = out.toString(StandardCharsets.UTF_8);
        }
        imported = TestDatabase.startEmbedded(importStore, 0);
        importedDriver = TestDrivers.create(imported.boltUri(), imported.authToken());
        importedGraph = new Graph(importedDriver, "neo4j");
        new SchemaInitializer(importedGraph, loaded.cypher()).apply();
        workloadsAsImported = workloads(importedGraph);
        new DocumentLoader(importedGraph, loaded.cypher()).refreshImportedUnits(unitNames);
    }

    @AfterAll
    static void stop() {
        if (importedDriver != null) {
            importedDriver.close();
        }
        if (imported != null) {
            imported.close();
        }
    }

    @Test
    void builds_the_graph_the_loader_builds() {
        List<String> expected = dump(TestDatabase.shared().graph());
        List<String> actual = dump(importedGraph);

        assertThat(importerOutput).contains("IMPORT DONE");
        // The differences, not two dumps of thousands of lines, are what a failure should show.
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        assertThat(missing).as("in the loaded graph only").isEmpty();
        assertThat(extra).as("in the imported graph only").isEmpty();
        // Not two equally empty graphs: every measure of every document is in the dump.
        assertThat(actual).hasSize(expected.size());
        assertThat(actual.stream().filter(line -> line.startsWith("[Measure]")).count())
                .isEqualTo(documents.stream().mapToLong(d -> d.measures().size()).sum());
    }

    @Test
    void adds_up_pairs_and_unit_totals_across_documents() {
        // 市财政局 and 市审计局 share the seed's measure 46 (lead, participant), measures 1 and 2 of plan A and 1 and 3
        // of plan B; they co-lead only A2.
        Map<String, Object> pair = importedGraph.read(tx -> tx.run("""
                MATCH (:Unit {name: '市审计局'})-[c:COORDINATES]-(:Unit {name: '市财政局'})
                RETURN c.measures AS measures, c.leadLead AS leadLead, c.leadParticipant AS leadParticipant""")
                .single().asMap());
        assertThat(pair).containsEntry("measures", 5L).containsEntry("leadLead", 1L).containsEntry("leadParticipant", 4L);
        Map<String, Object> unit = importedGraph.read(tx -> tx.run("""
                MATCH (u:Unit {name: '团市委'})
                RETURN u.leads AS leads, u.participations AS participations,
                       COUNT { (u)-[:PARTICIPATES_IN]->() } AS rels, COUNT { (u)-[:WORKS_ON]->() } AS documents""")
                .single().asMap());
        assertThat(unit).containsEntry("leads", 7L).containsEntry("participations", 39L)
                .containsEntry("rels", 39L).containsEntry("documents", 3L);
    }

    @Test
    void both_paths_store_the_due_date_as_a_date() {
        // Plan A's measure 1 is due by the end of October 2022; plan B's measure 2 is a standing duty.
        for (Graph graph : List.of(TestDatabase.shared().graph(), importedGraph)) {
            List<String> due = graph.readList("""
                    MATCH (m:Measure) WHERE m.dueKind IS NOT NULL
                    RETURN m.deadline + ' ' + m.dueKind + ' ' + coalesce(toString(m.dueDate), '-')
                           + ' ' + valueType(m.dueDate) AS due ORDER BY due""", Map.of(), r -> r.get("due").asString());
            assertThat(due).containsExactly("2022年10月底前 date 2022-10-31 DATE NOT NULL", "长期坚持 ongoing - NULL");
        }
    }

    @Test
    void the_files_carry_the_workloads_the_loader_computes_for_a_server_that_imports_them_elsewhere() {
        Map<String, Object> loaded = workloads(TestDatabase.shared().graph());

        assertThat(workloadsAsImported).hasSize(loaded.size()).isEqualTo(loaded);
    }

    private static Map<String, Object> workloads(Graph graph) {
        return graph.read(tx -> tx.run("MATCH (u:Unit) RETURN collect([u.name, u.workload, u.leadShare]) AS w")
                .single().get("w").asList(v -> v.asList()).stream()
                .collect(java.util.stream.Collectors.toMap(l -> (String) l.get(0), l -> l.subList(1, 3))));
    }

    @Test
    void refuses_to_overwrite_a_database_unless_asked() {
        assertThat(new StoreImporter(importStore).hasStore()).isTrue();
        assertThatThrownBy(() -> new StoreImporter(importStore).importCsv(Map.of(), Map.of(), ImportFiles.ARRAY_DELIMITER,
                false, importStore.resolve("report"), System.out))
                .isInstanceOf(DatabaseUnavailableException.class).hasMessageContaining("--replace");
    }

    @Test
    void refuses_two_documents_with_one_key() throws IOException {
        try (var files = new ImportFiles(Files.createTempDirectory("respnet-dup"))) {
            files.add(Fixtures.seed());
            assertThatThrownBy(() -> files.add(Fixtures.seed())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("share the key");
        }
    }

    /**
     * Every node and relationship with its labels or type and properties, in one canonical text per line; not the
     * graph version node, whose count of writes differs between one import and a load per document by design.
     */
    private static List<String> dump(Graph graph) {
        List<String> lines = new ArrayList<>(graph.readList("""
                MATCH (n) WHERE NOT n:GraphVersion
                RETURN labels(n) AS labels, properties(n) AS p,
                       valueType(n.loadedAt) AS loadedAtType""", Map.of(),
                r -> r.get("labels").asList(Value::asString) + " " + canonical(r.get("p").asMap(v -> v), "loadedAt")
                        + " " + r.get("loadedAtType").asString()));
        lines.addAll(graph.readList("""
                MATCH (a)-[r]->(b)
                RETURN type(r) AS type, coalesce(a.key, a.uid, a.name) AS a, coalesce(b.key, b.uid, b.name) AS b,
                       properties(r) AS p""", Map.of(),
                r -> r.get("type").asString() + " " + r.get("a").asString() + " -> " + r.get("b").asString() + " "
                        + canonical(r.get("p").asMap(v -> v))));
        lines.sort(null);
        return lines;
    }

    private static String canonical(Map<String, Value> properties, String... ignored) {
        Map<String, String> sorted = new TreeMap<>();
        properties.forEach((k, v) -> {
            if (!List.of(ignored).contains(k)) {
                sorted.put(k, v.type().name() + ":" + v);
            }
        });
        return sorted.toString();
    }
}
