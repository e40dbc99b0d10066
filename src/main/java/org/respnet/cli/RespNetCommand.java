package org.respnet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.respnet.db.DatabaseUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code respnet} with no arguments loads the seeds folder and serves it; the subcommands do one thing each.
 * Exit codes: 0 ok, 1 bad input, 2 usage, 3 database unavailable.
 */
@Command(name = "respnet", mixinStandardHelpOptions = true, version = "RespNet 0.1.0",
        description = "Loads implementation plans into Neo4j and serves rankings, graphs and a Cypher console.",
        subcommands = {RunCommand.class, LoadCommand.class, ImportCommand.class, CheckCommand.class, DeleteCommand.class,
                ServeCommand.class, StatsCommand.class})
public final class RespNetCommand implements Callable<Integer> {

    public static final int EXIT_BAD_INPUT = 1;
    public static final int EXIT_DATABASE_UNAVAILABLE = 3;

    @CommandLine.Mixin
    ContextOptions options = new ContextOptions();

    @Override
    public Integer call() throws Exception {
        RunCommand run = new RunCommand();
        run.options = options;
        return run.call();
    }

    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new RespNetCommand());
        commandLine.setExecutionExceptionHandler(RespNetCommand::reportFailure);
        return commandLine.execute(args);
    }

    /** Failures reach the user as one plain sentence; the stack trace only with --debug. */
    private static int reportFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        Throwable cause = rootUserFacing(e);
        err.println("respnet: " + cause.getMessage());
        if (Boolean.getBoolean("respnet.debug")) {
            e.printStackTrace(err);
        }
        return cause instanceof DatabaseUnavailableException ? EXIT_DATABASE_UNAVAILABLE : EXIT_BAD_INPUT;
    }

    private static Throwable rootUserFacing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseUnavailableException) {
                return t;
            }
        }
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getClass().getName().startsWith("org.springframework"))) {
            t = t.getCause();
        }
        return t;
    }
}
