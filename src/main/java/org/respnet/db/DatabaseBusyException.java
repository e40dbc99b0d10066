package org.respnet.db;

import org.neo4j.driver.exceptions.TransientException;

/**
 * A transient database failure (a deadlock between concurrent revisions, a leader switch) still there after the
 * retries: the same request can succeed if sent again, so the web layer answers 503 with Retry-After.
 */
public class DatabaseBusyException extends RuntimeException {

    private final String code;

    public DatabaseBusyException(TransientException cause) {
        super(cause.getMessage(), cause);
        this.code = cause.code();
    }

    /** Neo4j's status code, e.g. {@code Neo.TransientError.Transaction.DeadlockDetected}. */
    public String code() {
        return code;
    }
}
