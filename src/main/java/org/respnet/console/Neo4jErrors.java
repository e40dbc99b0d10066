package org.respnet.console;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

/** Neo4j's failures in the console's terms, with the position in the user's own text. */
final class Neo4jErrors {

    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+) \\(offset: (\\d+)\\)");

    private Neo4jErrors() {
    }

    /** @param prefixLength characters (one line) that were put before the user's query */
    static ConsoleException translate(Neo4jException e, int prefixLength) {
        String code = e.code() == null ? "" : e.code();
        String message = e.getMessage() == null ? code : e.getMessage();
        if (code.contains("TransactionTimedOut") || code.contains("Terminated") && message.contains("timeout")) {
            return new ConsoleException(ConsoleException.Reason.TIMEOUT, "The query was stopped because it ran "
                    + "longer than the console allows. Narrow it with WHERE or LIMIT. (" + firstLine(message) + ")", null);
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof StackOverflowError) {
                // the driver decodes values recursively; thousands of nested lists end it before the console sees them
                return new ConsoleException(ConsoleException.Reason.TOO_LARGE, "A value in the result is nested too "
                        + "deep to show (lists in lists or maps in maps).", null);
            }
        }
        if (code.contains("MemoryLimit") || code.contains("MemoryPool") || code.contains("OutOfMemory")) {
            return new ConsoleException(ConsoleException.Reason.TOO_LARGE, "The query was stopped because it needed "
                    + "more memory than one transaction may use. Aggregate or LIMIT earlier. (" + firstLine(message)
                    + ")", null);
        }
        if (code.contains("AccessMode") || code.contains("Forbidden")) {
            return ConsoleException.refused("The console only runs read-only queries: " + firstLine(message));
        }
        if (code.contains("NotSystemDatabase") || message.contains("system database")
                || message.contains("administration command")) {
            return ConsoleException.refused("Administration commands (SHOW …, CREATE USER, START/STOP DATABASE …) "
                    + "are not available in the console. Neo4j says: " + firstLine(message));
        }
        QueryPosition position = position(e, message, prefixLength);
        if (position != null && prefixLength > 0) {
            // the message names the position in the EXPLAIN-prefixed text; name the user's own instead
            message = POSITION.matcher(message).replaceAll("line " + position.line() + ", column " + position.column()
                    + " (offset: " + position.offset() + ")");
        }
        return new ConsoleException(ConsoleException.Reason.INVALID, message, position);
    }

    private static QueryPosition position(Neo4jException e, String message, int prefixLength) {
        QueryPosition found = fromDiagnostics(e.diagnosticRecord());
        if (found == null) {
            Matcher m = POSITION.matcher(message);
            if (m.find()) {
                found = new QueryPosition(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        }
        if (found == null || prefixLength == 0) {
            return found;
        }
        return new QueryPosition(Math.max(1, found.line() - 1), found.column(), Math.max(0, found.offset() - prefixLength));
    }

    private static QueryPosition fromDiagnostics(Map<String, Value> record) {
        Value position = record == null ? null : record.get("_position");
        if (position == null || position.isNull() || position.get("line").isNull()) {
            return null;
        }
        return new QueryPosition(position.get("line").asInt(), position.get("column").asInt(), position.get("offset").asInt());
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
