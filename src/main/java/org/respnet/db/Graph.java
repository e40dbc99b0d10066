package org.respnet.db;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The application's one door to Neo4j: reads in read transactions (routed to followers in a cluster), writes in
 * write transactions, both retried by the driver on transient failures.
 */
public final class Graph {

    private final Driver driver;
    private final SessionConfig sessionConfig;

    public Graph(Driver driver, String database) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.forDatabase(database);
    }

    public <T> T read(TransactionCallback<T> work) {
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(work);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw unavailable(e);
        }
    }

    public <T> T write(TransactionCallback<T> work) {
        try (var session = driver.session(sessionConfig)) {
            return session.executeWrite(work);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw unavailable(e);
        }
    }

    /** Runs one parameterised read and maps each record. */
    public <T> List<T> readList(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
        return read(tx -> tx.run(cypher, parameters).list(mapper));
    }

    public boolean isReachable() {
        try {
            driver.verifyConnectivity();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public Driver driver() {
        return driver;
    }

    public SessionConfig sessionConfig() {
        return sessionConfig;
    }

    private static DatabaseUnavailableException unavailable(RuntimeException e) {
        return new DatabaseUnavailableException("The Neo4j database cannot be reached: " + e.getMessage(), e);
    }
}
