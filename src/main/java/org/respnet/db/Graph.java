package org.respnet.db;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The application's one door to Neo4j: reads in read transactions (routed to followers in a cluster), writes in
 * write transactions.
 *
 * <p>Neo4j reads are read-committed: a query running while another transaction commits can see part of that
 * commit (a replaced document found neither old nor new). So within this process a commit waits for reads in
 * flight and reads wait for a commit in progress; the work of a write transaction itself runs alongside reads,
 * only its commit is exclusive.
 */
public final class Graph {

    /** Concurrent revisions sharing units deadlock; retried at once they collide again, so each retry waits longer. */
    private static final int WRITE_ATTEMPTS = 5;
    private static final long BACKOFF_BASE_MILLIS = 50;

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final ReadWriteLock commits = new ReentrantReadWriteLock(true);

    public Graph(Driver driver, String database) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.forDatabase(database);
    }

    public <T> T read(TransactionCallback<T> work) {
        commits.readLock().lock();
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(work);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw unavailable(e);
        } catch (TransientException e) {
            throw new DatabaseBusyException(e);
        } finally {
            commits.readLock().unlock();
        }
    }

    /** One write transaction, retried on transient errors (deadlocks, leader switches) like executeWrite. */
    public <T> T write(Work<T> work) {
        return write(TransactionConfig.empty(), work);
    }

    /**
     * As {@link #write(Work)}, with the transaction's own timeout instead of the database's default (honoured by
     * Neo4j 5.3 and later even when longer): for a write whose size is known, such as a large document's load.
     */
    public <T> T write(Duration timeout, Work<T> work) {
        return write(TransactionConfig.builder().withTimeout(timeout).build(), work);
    }

    private <T> T write(TransactionConfig config, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (var session = driver.session(sessionConfig); Transaction tx = session.beginTransaction(config)) {
                T result = work.run(tx);
                commits.writeLock().lock();
                try {
                    tx.commit();
                } finally {
                    commits.writeLock().unlock();
                }
                return result;
            } catch (ServiceUnavailableException | SessionExpiredException e) {
                throw unavailable(e);
            } catch (TransientException e) {
                if (attempt == WRITE_ATTEMPTS) {
                    throw new DatabaseBusyException(e);
                }
                backOff(attempt);
            } catch (WriteConflictException e) {
                if (attempt == WRITE_ATTEMPTS) {
                    throw new DatabaseBusyException(new TransientException("RespNet.WriteConflict", e.getMessage()));
                }
                backOff(attempt);
            }
        }
    }

    /** Waits a random time in [base·2^(n-1), 2·base·2^(n-1)) ms, so two deadlocked writers retry apart. */
    private static void backOff(int attempt) {
        long floor = BACKOFF_BASE_MILLIS << (attempt - 1);
        try {
            Thread.sleep(floor + java.util.concurrent.ThreadLocalRandom.current().nextLong(floor));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a write", interrupted);
        }
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(SimpleQueryRunner tx);
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
