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
