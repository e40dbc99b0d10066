package org.respnet.console;

/** Why a console query gave no result; {@code position} is where Neo4j located the problem, when it did. */
public final class ConsoleException extends RuntimeException {

    /** What went wrong, so the web layer can pick a status without knowing Neo4j. */
    public enum Reason { REFUSED, INVALID, TIMEOUT, BUSY, TOO_LARGE }

    private final Reason reason;
    private final QueryPosition position;

    public ConsoleException(Reason reason, String message, QueryPosition position) {
        super(message);
        this.reason = reason;
        this.position = position;
    }

    public static ConsoleException refused(String message) {
        return new ConsoleException(Reason.REFUSED, message, null);
    }

    public Reason reason() {
        return reason;
    }

    public QueryPosition position() {
        return position;
    }
}
