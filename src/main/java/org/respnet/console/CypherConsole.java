package org.respnet.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;

/**
 * Runs analysts' own Cypher, safely: a READ session, Neo4j's EXPLAIN checked by {@link ReadOnlyGuard} before the
 * query runs, a server-side timeout, a row cap, a cap on queries at once, and a rollback at the end whatever happened.
 */
public final class CypherConsole {

    /** "EXPLAIN" on a line of its own keeps the user's columns; errors from it are one line and 8 characters off. */
    private static final String EXPLAIN_PREFIX = "EXPLAIN\n";
    /** Past the server-side timeout, how long a request waits for Neo4j to end its query before giving it up. */
    private static final long DEADLINE_GRACE_MILLIS = 2_000;
    /** Daemon threads, so a query Neo4j cannot stop never holds up the JVM's exit. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "cypher-console");
        thread.setDaemon(true);
        return thread;
    });

    private final Graph graph;
    private final ConsoleProperties limits;
    private final Semaphore running;
    private final AtomicInteger overrunning = new AtomicInteger();
    private final List<CypherExample> examples;
    private final String expand;

    public CypherConsole(Graph graph, CypherCatalog cypher, ConsoleProperties limits) {
        this.graph = graph;
        this.limits = limits;
        this.running = new Semaphore(limits.maxConcurrent());
        this.examples = cypher.namesUnder("examples/").stream().map(n -> example(n, cypher.get(n))).toList();
        this.expand = cypher.get("console/expand");
    }

    public List<CypherExample> examples() {
        return examples;
    }

    public ConsoleResult run(String query, Map<String, Object> parameters) {
        if (query == null || query.isBlank()) {
            throw new ConsoleException(ConsoleException.Reason.INVALID, "Write a query first.", null);
        }
        String text = QueryText.singleStatement(query);
        Map<String, Object> params = parameters == null ? Map.of() : parameters;
        return bounded(() -> runChecked(text, params));
    }

    /**
     * A node and one page of its neighbours, for the console's "expand". The statement is the catalogue's own and
     * the element id only a parameter, so there is nothing to EXPLAIN-check; it still runs under the console's
     * bounds: a READ session, the timeout, the slots shared with analysts' queries. Empty when no node has the id.
     */
    public Optional<Neighbourhood> expand(String elementId, int skip, int limit) {
        return bounded(() -> Optional.ofNullable(readNeighbourhood(elementId, skip, limit)));
    }

    private <T> T bounded(Supplier<T> work) {
        if (overrunning.get() >= limits.maxConcurrent()) {
            throw new ConsoleException(ConsoleException.Reason.BUSY, overrunning.get() + " earlier console queries "
                    + "are still running on the database past their deadline; try again when they have finished.", null);
        }
        if (!running.tryAcquire()) {
            throw new ConsoleException(ConsoleException.Reason.BUSY, "The console is already running "
                    + limits.maxConcurrent() + " queries; try again when one has finished.", null);
        }
        try {
            return awaitDeadline(CompletableFuture.supplyAsync(work, WORKERS));
        } finally {
            running.release();
        }
    }

    /**
     * Neo4j ends a timed-out transaction only between rows: work inside one expression (a {@code reduce} over a
     * huge {@code range}) runs on. The request and its slot do not wait for it; the query is counted as overrunning
     * until Neo4j finishes it, and while as many overrun as may run at once the console takes no more.
     */
    private <T> T awaitDeadline(CompletableFuture<T> work) {
        try {
            return work.get(limits.timeout().toMillis() + DEADLINE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            overrunning.incrementAndGet();
            work.whenComplete((result, failure) -> overrunning.decrementAndGet());
            throw new ConsoleException(ConsoleException.Reason.TIMEOUT, "The query was given up after "
                    + limits.timeout().toSeconds() + " s: it computes inside one expression, which the database "
                    + "cannot stop at once. Make the ranges or lists it works on smaller.", null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsoleException(ConsoleException.Reason.TIMEOUT, "The server is stopping.", null);
        }
    }

    private ConsoleResult runChecked(String text, Map<String, Object> parameters) {
        long start = System.nanoTime();
        try (var session = graph.driver().session(readSession());
             Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(limits.timeout()).build())) {
            QueryText.Mode mode = QueryText.mode(text);
            String body = mode == QueryText.Mode.RUN ? text : QueryText.withoutPrefix(text);
            var explained = explain(tx, body, parameters);
            ReadOnlyGuard.check(explained);
            if (mode == QueryText.Mode.EXPLAIN) {
                return new ConsoleResult(List.of(), List.of(), false, elapsed(start), explained.queryType().name(),
                        tree(explained.plan()));
            }
            var result = tx.run(text, parameters);
            List<String> columns = result.keys();
            List<List<Object>> rows = new ArrayList<>();
            long bytes = 0;
            boolean overBytes = false;
            while (rows.size() < limits.maxRows() && result.hasNext()) {
                List<Object> row = row(result.next());
                bytes += PlainValues.jsonBytes(row);
                if (bytes > limits.maxBytes().toBytes()) {
                    if (rows.isEmpty()) {
                        throw new ConsoleException(ConsoleException.Reason.TOO_LARGE, "The first row alone is larger "
                                + "than the console's " + limits.maxBytes().toMegabytes() + " MB per answer; return "
                                + "fewer or smaller values (size(), left(), a slice).", null);
                    }
                    overBytes = true;
                    break;
                }
                rows.add(row);
            }
            boolean truncated = overBytes || result.hasNext();
            PlanNode plan = null;
            if (mode == QueryText.Mode.PROFILE && !truncated) {
                var summary = result.consume();
                plan = summary.hasProfile() ? tree(summary.profile()) : null;
            }
            // tx closes without commit: a rollback, whatever the query was
            return new ConsoleResult(columns, rows, truncated, elapsed(start), explained.queryType().name(), plan);
        } catch (Neo4jException e) {
            throw Neo4jErrors.translate(e, 0);
        }
    }

    @SuppressWarnings("unchecked")
    private Neighbourhood readNeighbourhood(String elementId, int skip, int limit) {
        long start = System.nanoTime();
        try (var session = graph.driver().session(readSession());
             Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(limits.timeout()).build())) {
            var result = tx.run(expand, Map.of("id", elementId, "skip", skip, "limit", limit));
            if (!result.hasNext()) {
                return null;
            }
            Record record = result.next();
            var node = (Map<String, Object>) PlainValues.of(record.get("node"));
            long total = record.get("total").asLong();
            var neighbours = (List<Object>) PlainValues.of(record.get("neighbours"));
            return new Neighbourhood(node, total, skip, limit, neighbours, skip + neighbours.size() < total,
                    elapsed(start));
        } catch (Neo4jException e) {
            throw Neo4jErrors.translate(e, 0);
        }
    }

    private SessionConfig readSession() {
        var config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
        graph.sessionConfig().database().ifPresent(config::withDatabase);
        return config.build();
    }

    private static org.neo4j.driver.summary.ResultSummary explain(Transaction tx, String body, Map<String, Object> params) {
        try {
            return tx.run(EXPLAIN_PREFIX + body, params).consume();
        } catch (Neo4jException e) {
            throw Neo4jErrors.translate(e, EXPLAIN_PREFIX.length());
        }
    }

    private static List<Object> row(Record record) {
        List<Object> row = new ArrayList<>(record.size());
        try {
            record.values().forEach(v -> row.add(PlainValues.of(v)));
        } catch (StackOverflowError e) {
            // the driver's own conversion recurses too; a value nested many thousands deep ends it first
            throw new ConsoleException(ConsoleException.Reason.TOO_LARGE, "A value in the result is nested too deep "
                    + "to show (more than " + PlainValues.MAX_DEPTH + " levels).", null);
        }
        return row;
    }

    private static PlanNode tree(Plan plan) {
        var args = plan.arguments();
        String details = args.containsKey("Details") ? args.get("Details").asString() : null;
        Double estimated = args.containsKey("EstimatedRows") ? args.get("EstimatedRows").asDouble() : null;
        Long rows = plan instanceof ProfiledPlan p ? p.records() : null;
        Long dbHits = plan instanceof ProfiledPlan p ? p.dbHits() : null;
        return new PlanNode(ReadOnlyGuard.operatorName(plan), details, estimated, rows, dbHits, plan.identifiers(),
                plan.children().stream().map(CypherConsole::tree).toList());
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Each example file starts with {@code // zh: …} and {@code // en: …}; the rest is the query. */
    private static CypherExample example(String name, String text) {
        String[] lines = text.split("\\R", 3);
        if (lines.length < 3 || !lines[0].startsWith("// zh:") || !lines[1].startsWith("// en:")) {
            throw new IllegalStateException("cypher/" + name + ".cypher must start with '// zh: …' and '// en: …' lines");
        }
        return new CypherExample(name.substring(name.indexOf('/') + 1), lines[0].substring(6).strip(),
                lines[1].substring(6).strip(), lines[2].strip());
    }
}
