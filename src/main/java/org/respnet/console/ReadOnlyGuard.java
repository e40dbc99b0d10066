package org.respnet.console;

import java.util.Set;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Decides from Neo4j's own EXPLAIN whether a query only reads. The query type alone is not enough: Neo4j calls
 * {@code LOAD CSV}, {@code SHOW TRANSACTIONS} and even {@code TERMINATE TRANSACTIONS} READ_ONLY, and procedures may
 * reach outside the graph, so every operator of the plan must be on {@link ReadOperators}' allow-list.
 */
final class ReadOnlyGuard {

    static final Set<String> ALLOWED_PROCEDURES = Set.of("db.labels", "db.relationshipTypes", "db.propertyKeys",
            "db.schema.visualization", "db.index.fulltext.queryNodes");

    private ReadOnlyGuard() {
    }

    static void check(ResultSummary explained) {
        // procedures and LOAD CSV first: their refusal says more than the query type would
        if (explained.hasPlan()) {
            checkReach(explained.plan());
        }
        QueryType type = explained.queryType();
        if (type != QueryType.READ_ONLY) {
            throw ConsoleException.refused("The console only runs read-only queries; Neo4j classifies this one as "
                    + type + (type == QueryType.SCHEMA_WRITE
                    ? " (a schema change or an administration command such as SHOW USERS or CREATE USER)."
                    : " (it would change the graph)."));
        }
        if (!explained.hasPlan()) {
            // nothing to check against the allow-list: refuse rather than trust
            throw ConsoleException.refused("The console only runs queries whose plan it can check; Neo4j gave none "
                    + "for this one.");
        }
        checkOperators(explained.plan());
    }

    private static void checkReach(Plan plan) {
        String operator = operatorName(plan);
        if (operator.startsWith("LoadCSV")) {
            throw ConsoleException.refused("LOAD CSV is not allowed in the console: it would read files or URLs "
                    + "from the server.");
        }
        if (operator.startsWith("ProcedureCall")) {
            String procedure = procedureName(plan);
            if (!ALLOWED_PROCEDURES.contains(procedure)) {
                throw ConsoleException.refused("The procedure " + (procedure.isEmpty() ? "called here" : procedure)
                        + " is not allowed in the console; allowed are " + ALLOWED_PROCEDURES.stream().sorted().toList()
                        + ".");
            }
        }
        plan.children().forEach(ReadOnlyGuard::checkReach);
    }

    private static void checkOperators(Plan plan) {
        String operator = operatorName(plan);
        if (!ReadOperators.allowed(operator)) {
            throw ConsoleException.refused("The console only runs read-only queries of the graph; the plan contains "
                    + "the operator " + operator + ", which is not on its list of reading operators"
                    + (operator.startsWith("Show") || operator.startsWith("Terminate")
                    ? " (administration commands are not available here; SHOW INDEXES, CONSTRAINTS, PROCEDURES and "
                    + "FUNCTIONS are)." : "."));
        }
        plan.children().forEach(ReadOnlyGuard::checkOperators);
    }

    /** Operator names may carry the runtime, e.g. {@code ProcedureCall@neo4j}. */
    static String operatorName(Plan plan) {
        String name = plan.operatorType();
        int at = name.indexOf('@');
        return at < 0 ? name : name.substring(0, at);
    }

    /** From the operator's details, e.g. {@code db.labels() :: (label :: STRING)}. */
    private static String procedureName(Plan plan) {
        Value details = plan.arguments().get("Details");
        if (details == null || details.isNull()) {
            return "";
        }
        String text = details.asString().strip();
        int paren = text.indexOf('(');
        return (paren < 0 ? text : text.substring(0, paren)).strip();
    }
}
