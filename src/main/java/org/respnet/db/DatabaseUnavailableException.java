package org.respnet.db;

/** The graph cannot be reached or started; the web layer answers 503, the command line exits with a message. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
