package org.respnet.db;

/**
 * Thrown by a write's own work when a concurrent transaction changed what it relies on in a way Neo4j does not
 * report (for example, deleted a node this transaction had just matched): {@link Graph#write} runs the work again,
 * as it does after a deadlock.
 */
public class WriteConflictException extends RuntimeException {

    public WriteConflictException(String message) {
        super(message);
    }
}
