package org.respnet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.respnet.app.RespNet;
import org.respnet.db.DatabaseProperties;
import org.respnet.db.StoreImporter;
import org.respnet.load.BulkImport;
import org.respnet.load.ImportFiles;
import org.respnet.parse.DocumentParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {
        "Build a new embedded database from many documents at once with Neo4j's bulk importer, then exit.",
        "For a first load of thousands of documents; add or revise documents later with 'load'."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    ContextOptions options = new ContextOptions();

    @Parameters(arity = "0..*", paramLabel = "FILE_OR_FOLDER",
            description = "Documents, or folders of .txt documents (default: the seeds folder).")
    List<Path> inputs;

    @Option(names = "--encoding", description = "Force a charset (e.g. GBK) instead of detecting it.")
    Charset encoding;

    @Option(names = "--replace", description = "Replace the embedded database if one exists.")
    boolean replace;

    @Option(names = "--csv-only", paramLabel = "FOLDER",
            description = "Only write the import files there, for neo4j-admin on another server; no database.")
    Path csvOnly;

    @Option(names = "--strict", description = "Leave out every document the parser has a warning about.")
    boolean strict;

    @Option(names = "--threads", description = "Parser threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        long started = System.nanoTime();
        try (var context = options.startContext(true)) {
            List<Path> files = documents(inputs == null || inputs.isEmpty()
                    ? List.of(context.getBean(RespNetProperties.class).seedsDir()) : inputs);
            var database = context.getBean(DatabaseProperties.class);
            var importer = new StoreImporter(database.embedded().dataDir());
            if (csvOnly == null) {
                if (!database.isEmbedded()) {
                    System.err.println("respnet: import builds the embedded database; with NEO4J_URI set, write the "
                            + "files with --csv-only and run neo4j-admin database import on that server");
                    return RespNetCommand.EXIT_BAD_INPUT;
                }
                // Checked again by the importer; here so that a refusal comes before minutes of parsing.
                if (importer.hasStore() && !replace) {
                    System.err.println("respnet: " + importer.existingStoreMessage());
                    return RespNetCommand.EXIT_BAD_INPUT;
                }
            }
            Path folder = csvOnly != null ? csvOnly
                    : database.embedded().dataDir().toAbsolutePath().resolve("import-files");
            System.out.printf("Parsing %,d documents into %s%n", files.size(), folder);
            var written = new BulkImport(context.getBean(DocumentParser.class), threads, strict)
                    .write(files, encoding, folder, System.out);
            if (csvOnly != null) {
                System.out.printf("Wrote %,d documents. On the server (stopped), run:%n  neo4j-admin database import full"
                        + " %s neo4j%nthen start it and run 'respnet stats' with NEO4J_URI set to it, which creates the indexes.%n",
                        written.documents(), String.join(" ", StoreImporter.arguments(written.layout().nodes(),
                                written.layout().relationships(), ImportFiles.ARRAY_DELIMITER)));
                return written.failed() == 0 ? 0 : RespNetCommand.EXIT_BAD_INPUT;
            }
            System.out.println("Importing into " + database.embedded().dataDir().toAbsolutePath());
            importer.importCsv(written.layout().nodes(), written.layout().relationships(),
                    ImportFiles.ARRAY_DELIMITER, replace, folder.resolve("import.report"), System.out);
            deleteFolder(folder);
            System.out.println("Starting the database and building its indexes");
            context.getBean(RespNet.class).loader().refreshImportedUnits(written.unitNames());
            System.out.printf("Imported %,d documents (%,d relationships) in %.1f s; %d failed%n",
                    written.documents(), written.relationships(), (System.nanoTime() - started) / 1e9, written.failed());
            return written.failed() == 0 ? 0 : RespNetCommand.EXIT_BAD_INPUT;
        }
    }

    private static List<Path> documents(List<Path> inputs) {
        return inputs.stream().flatMap(input -> Files.isDirectory(input)
                ? DocumentFiles.documentsIn(input).stream() : Stream.of(input)).peek(file -> {
                    if (!Files.isRegularFile(file)) {
                        throw new IllegalArgumentException("No such file: " + file);
                    }
                }).toList();
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }
}
