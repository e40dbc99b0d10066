package org.respnet.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
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

    private final Graph graph;
    private final ConsoleProperties limits;
    private final Semaphore running;
    private final List<CypherExample> examples;

    public CypherConsole(Graph graph, CypherCatalog cypher, ConsoleProperties limits) {
        this.graph = graph;
        this.limits = limits;
        this.running = new Semaphore(limits.maxConcurrent());
        this.examples = cypher.namesUnder("examples/").stream().map(n -> example(n, cypher.get(n))).toList();
    }

    public List<CypherExample> examples() {
        return examples;
    }

    public ConsoleResult run(String query, Map<String, Object> parameters) {
        if (query == null || query.isBlank()) {
            throw new ConsoleException(ConsoleException.Reason.INVALID, "Write a query first.", null);
        }
        String text = QueryText.singleStatement(query);
        if (!running.tryAcquire()) {
            throw new ConsoleException(ConsoleException.Reason.BUSY, "The console is already running "
                    + limits.maxConcurrent() + " queries; try again when one has finished.", null);
        }
        try {
            return runChecked(text, parameters == null ? Map.of() : parameters);
        } finally {
            running.release();
        }
    }

    private ConsoleResult runChecked(String text, Map<String, Object> parameters) {
        long start = System.nanoTime();
        var config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
        graph.sessionConfig().database().ifPresent(config::withDatabase);
        try (var session = graph.driver().session(config.build());
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
            while (rows.size() < limits.maxRows() && result.hasNext()) {
                rows.add(row(result.next()));
            }
            boolean truncated = result.hasNext();
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

    private static org.neo4j.driver.summary.ResultSummary explain(Transaction tx, String body, Map<String, Object> params) {
        try {
            return tx.run(EXPLAIN_PREFIX + body, params).consume();
        } catch (Neo4jException e) {
            throw Neo4jErrors.translate(e, EXPLAIN_PREFIX.length());
        }
    }

    private static List<Object> row(Record record) {
        List<Object> row = new ArrayList<>(record.size());
        record.values().forEach(v -> row.add(PlainValues.of(v)));
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
