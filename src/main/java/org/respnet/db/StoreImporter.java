package org.respnet.db;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Builds the embedded database's store from CSV files with Neo4j's own bulk importer, the one behind
 * {@code neo4j-admin database import full}, run in this process with that command's options. It writes store files
 * directly, without transactions, which is why it only creates a new database and needs the engine stopped.
 */
public final class StoreImporter {

    private final Path home;

    /** @param home the embedded database folder ({@code respnet.neo4j.embedded.data-dir}) */
    public StoreImporter(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    /** The default database already has a store here: an import would replace it. */
    public boolean hasStore() {
        return Files.isDirectory(home.resolve("data/databases").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
    }

    /** What a user is told when the default database already has a store here and no --replace was given. */
    public String existingStoreMessage() {
        return "The database folder " + home + " already holds a database; add documents with 'respnet load', "
                + "or rebuild it with --replace";
    }

    /**
     * The importer's options for these files, as {@code neo4j-admin database import full} takes them; the same
     * list serves a server elsewhere ({@code respnet import --csv-only}).
     */
    public static List<String> arguments(Map<String, Path> nodes, Map<String, Path> relationships, char arrayDelimiter) {
        List<String> args = new ArrayList<>();
        nodes.forEach((label, file) -> args.add("--nodes=" + label + "=" + file.toAbsolutePath()));
        relationships.forEach((type, file) -> args.add("--relationships=" + type + "=" + file.toAbsolutePath()));
        args.add("--id-type=integer");
        // Measure texts may hold line breaks inside quoted fields.
        args.add("--multiline-fields=true");
        args.add(String.format("--array-delimiter=U+%04X", (int) arrayDelimiter));
        return args;
    }

    /**
     * @param replace overwrite an existing store of the default database (which is then gone even if the import
     *                fails)
     * @throws DatabaseUnavailableException when there is a store and no {@code replace}, or the importer fails
     */
    public void importCsv(Map<String, Path> nodes, Map<String, Path> relationships, char arrayDelimiter,
                          boolean replace, Path reportFile, PrintStream out) {
        if (hasStore() && !replace) {
            throw new DatabaseUnavailableException(existingStoreMessage(), null);
        }
        List<String> args = arguments(nodes, relationships, arrayDelimiter);
        // Any bad row is a bug in our files, never something to skip silently.
        args.add("--bad-tolerance=0");
        args.add("--report-file=" + reportFile.toAbsolutePath());
        args.add("--overwrite-destination=" + replace);
        args.add(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Cannot create the database folder " + home + ": " + e.getMessage(), e);
        }
        var context = new ExecutionContext(home, home.resolve("conf"), out, out, new DefaultFileSystemAbstraction());
        var command = new CommandLine(new ImportCommand.Full(context));
        Exception[] failure = new Exception[1];
        command.setExecutionExceptionHandler((e, cl, parsed) -> {
            failure[0] = e;
            return 1;
        });
        int exit = command.execute(args.toArray(String[]::new));
        if (exit != 0) {
            String reason = failure[0] == null ? "exit code " + exit : failure[0].getMessage();
            throw new DatabaseUnavailableException("Neo4j's importer failed: " + reason + " (see " + reportFile + ")",
                    failure[0]);
        }
    }
}
