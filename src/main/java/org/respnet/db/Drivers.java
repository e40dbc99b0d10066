package org.respnet.db;

import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/** The one driver configuration, shared by the application and the tests. */
public final class Drivers {

    private Drivers() {
    }

    /**
     * Retries of transient failures stop after 5 s: long enough for a cluster to elect a leader, short enough
     * that a request during an outage gets its 503 promptly.
     */
    public static Driver create(String uri, AuthToken auth) {
        Config config = Config.builder()
                .withLogging(Logging.slf4j())
                .withConnectionTimeout(5, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(5, TimeUnit.SECONDS)
                .build();
        try {
            return GraphDatabase.driver(uri, auth, config);
        } catch (IllegalArgumentException e) {
            throw new DatabaseUnavailableException("NEO4J_URI '" + uri + "' is not a Neo4j URI (" + e.getMessage()
                    + "); use bolt://, neo4j://, neo4j+s:// …", e);
        }
    }
}
