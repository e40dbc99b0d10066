package org.respnet.load;

import java.time.Duration;

/** A document's write ran past its {@link WriteTimeout}; the database rolled it back, so the stored version stands. */
public final class LoadTimedOutException extends RuntimeException {

    public LoadTimedOutException(String key, long rows, Duration timeout, Throwable cause) {
        super("Loading '" + key + "' (" + String.format("%,d", rows) + " rows) took longer than its write timeout of "
                + timeout.toSeconds() + " s and was rolled back; the stored version is unchanged. The timeout is "
                + "RESPNET_LOAD_TIMEOUT, or RESPNET_LOAD_TIMEOUT_PER_10K_ROWS for every 10,000 rows when that is longer.", cause);
    }
}
