package org.respnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.respnet.Fixtures;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;
import org.respnet.parse.DocumentParser;
import org.respnet.parse.ParseReport;
import org.respnet.text.DocumentReaders;

/** The commands as a user runs them, each starting its own embedded database on a temporary store. */
class CommandLineIT {

    @TempDir
    static Path work;

    @BeforeAll
    static void useAFreeBoltPort() {
        System.setProperty("respnet.neo4j.embedded.bolt-port", "0");
    }

    @AfterAll
    static void restore() {
        System.clearProperty("respnet.neo4j.embedded.bolt-port");
    }

    @Test
    void a_missing_file_is_refused_before_any_database_starts() {
        Run run = run("load", work.resolve("nope.txt").toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).contains("no such file");
    }

    @Test
    void loads_good_documents_reports_bad_ones_by_name_and_exits_non_zero() throws Exception {
        Path bad = work.resolve("broken.txt");
        Files.write(bad, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 0x41, 0x00, 0x42});
        String dataDir = work.resolve("data").toString();

        Run load = run("load", "--data-dir", dataDir, Fixtures.SEED.toString(), bad.toString());
        Run stats = run("stats", "--data-dir", dataDir);

        assertThat(load.exitCode).isEqualTo(1);
        assertThat(load.out).contains("48 measures, 45 units, 587 relationships").contains("broken.txt").contains("1 of 2 documents loaded");
        assertThat(stats.exitCode).isZero();
        assertThat(stats.out).contains("total: 1 documents, 4 sections, 48 measures, 45 units, 138 leads, 449 participations");
    }

    @Test
    void imports_a_collection_into_a_new_database_and_will_not_overwrite_it_unasked() throws Exception {
        Path bad = work.resolve("import-bad.txt");
        Files.write(bad, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 0x41, 0x00, 0x42});
        String dataDir = work.resolve("imported").toString();

        Run first = run("import", "--data-dir", dataDir, Fixtures.SEED.getParent().toString(), bad.toString());
        Run stats = run("stats", "--data-dir", dataDir);
        Run again = run("import", "--data-dir", dataDir, Fixtures.SEED.getParent().toString());

        assertThat(first.exitCode).as(first.out + first.err).isEqualTo(1);
        assertThat(first.out).contains("import-bad.txt").contains("IMPORT DONE").contains("Imported 1 documents");
        assertThat(stats.out).contains("total: 1 documents, 4 sections, 48 measures, 45 units, 138 leads, 449 participations");
        assertThat(again.exitCode).isEqualTo(1);
        assertThat(again.err).contains("already holds a database").contains("--replace");
    }

    @Test
    void writes_import_files_for_another_server_without_starting_a_database() throws Exception {
        Path csv = work.resolve("csv-only");

        Path dataDir = work.resolve("never-started");
        Run run = run("import", "--csv-only", csv.toString(), "--data-dir", dataDir.toString(), Fixtures.SEED.toString());

        assertThat(run.exitCode).as(run.out + run.err).isZero();
        assertThat(run.out).contains("neo4j-admin database import full").contains("--id-type=integer")
                .contains("--nodes=Measure=" + csv.resolve("measures.csv"));
        // A header and the seed's 48 measures (no field of the seed spans lines).
        assertThat(Files.readAllLines(csv.resolve("measures.csv"))).hasSize(49);
        assertThat(Files.readAllLines(csv.resolve("participates_in.csv"))).hasSize(1 + 449);
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void check_reports_each_document_and_its_warnings_refuses_unreadable_ones_and_starts_no_database() throws Exception {
        Path hello = work.resolve("hello.txt");
        Files.writeString(hello, "hello world\n");
        Path dataDir = work.resolve("check-never-started");
        ParseReport seed = new DocumentParser().check(DocumentReaders.read(Fixtures.SEED, null));
        long unassigned = seed.document().measures().stream().filter(Measure::unassigned).count();

        Run both = run("check", "--data-dir", dataDir.toString(), Fixtures.SEED.toString(), hello.toString());
        Run seedOnly = run("check", "--data-dir", dataDir.toString(), Fixtures.SEED.toString());
        Run strict = run("check", "--strict", "--data-dir", dataDir.toString(), Fixtures.SEED.toString());

        assertThat(both.exitCode).as(both.out + both.err).isEqualTo(1);
        assertThat(both.out).contains(seed.document().title()).contains("key: 衢委发[2016]3号").contains("format: txt")
                .contains("4 sections, 48 measures, 45 units, 138 leads, 449 participations; "
                        + unassigned + " unassigned measures")
                .contains(seed.warnings().size() + " warnings")
                .contains("refused: hello.txt").contains("1 of 2 documents parse; 1 refused");
        seed.warnings().forEach(w -> assertThat(both.out).contains(w.describe()));
        assertThat(seedOnly.exitCode).isZero();
        assertThat(strict.exitCode).isEqualTo(seed.warnings().isEmpty() ? 0 : 1);
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void strict_check_and_load_refuse_a_document_with_warnings_and_store_nothing_of_it() throws Exception {
        Path warned = work.resolve("warned.txt");
        Files.writeString(warned, "某市某某工作方案\n一、任务\n1.做好工作。(牵头单位:)\n2.做好其他工作。(牵头单位:市财政局)\n");
        ParseReport report = new DocumentParser().check(DocumentReaders.read(warned, null));
        assertThat(report.warnings()).as("the parser warns about an empty clause").isNotEmpty();
        String dataDir = work.resolve("strict-data").toString();

        Run check = run("check", warned.toString());
        Run strictCheck = run("check", "--strict", warned.toString());
        Run strictLoad = run("load", "--strict", "--data-dir", dataDir, warned.toString());
        Run stats = run("stats", "--data-dir", dataDir);

        assertThat(check.exitCode).isZero();
        assertThat(check.out).contains(report.warnings().size() + " warnings");
        report.warnings().forEach(w -> assertThat(check.out).contains(w.describe()));
        assertThat(strictCheck.exitCode).isEqualTo(1);
        assertThat(strictCheck.out).contains("(refused with --strict)");
        assertThat(strictLoad.exitCode).isEqualTo(1);
        assertThat(strictLoad.out).contains("warned.txt:").contains("strict").contains("0 of 1 documents loaded");
        assertThat(stats.out).contains("total: 0 documents");
    }

    @Test
    void deletes_a_document_and_leaves_the_totals_of_the_others() throws Exception {
        Path plan = work.resolve("plan.txt");
        Files.writeString(plan, PLAN);
        PolicyDocument planOnly = new DocumentParser().parse(DocumentReaders.read(plan, null));
        String dataDir = work.resolve("delete-data").toString();

        Run load = run("load", "--data-dir", dataDir, Fixtures.SEED.toString(), plan.toString());
        Run delete = run("delete", "--data-dir", dataDir, "衢委发[2016]3号", "no such key");
        Run stats = run("stats", "--data-dir", dataDir);

        assertThat(load.exitCode).as(load.out + load.err).isZero();
        assertThat(delete.exitCode).as(delete.out + delete.err).isEqualTo(1);
        assertThat(delete.out).contains("衢委发[2016]3号: deleted (4 sections, 48 measures;")
                .contains("no such key: no document with this key");
        assertThat(stats.out).contains(String.format("total: 1 documents, %d sections, %d measures, %d units, %d leads, %d participations",
                planOnly.sections().size(), planOnly.measures().size(), planOnly.units().size(), planOnly.leadCount(),
                planOnly.participationCount()));
    }

    /** Shares units with the seed, so deleting the seed must leave these units with this plan's figures only. */
    private static final String PLAN = """
            某市甲工作方案
            一、任务
            1.做好甲项工作。(牵头单位:市财政局,参与单位:市审计局、团市委)
            2.做好乙项工作。(牵头单位:市财政局、市审计局)
            """;

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        var outBytes = new ByteArrayOutputStream();
        var errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = RespNetCommand.execute(args);
            return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private record Run(int exitCode, String out, String err) {
    }
}
