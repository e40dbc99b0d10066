package org.respnet.load;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.ResultSummary;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;
import org.respnet.model.PolicyDocument;
import org.respnet.model.Workload;

/**
 * Writes a parsed document into the graph: the previous version of the same document is replaced, everything in
 * one transaction, so a reader sees the old version or the new one and a failure leaves the old one untouched.
 */
public final class DocumentLoader {

    /** Rows per UNWIND: big enough to amortise round trips, small enough to keep each statement's memory flat. */
    static final int BATCH_SIZE = 10_000;

    /**
     * What the stored graph of a document holds; raised when a release stores new properties, so that an unchanged
     * text loaded by an older release is written again instead of skipped.
     * 2: {@code Measure.pairWeight} and {@code WORKS_ON.workload}.
     * 3: {@code Measure.dueDate} and {@code Measure.dueKind}.
     * 4: {@code Document.ledMeasures}.
     * 5: {@code dueDates}, {@code dueCounts} and {@code dueLeadCounts} on WORKS_ON and Unit (overdue counts).
     */
    static final long STORE_FORMAT = 5;

    /** Receives the duration of each statement of a load and of its commit: a profiler's hook, silent by default. */
    @FunctionalInterface
    public interface StepTimes {
        StepTimes NONE = (step, nanos) -> { };

        void took(String step, long nanos);
    }

    private final Graph graph;
    private final WriteTimeout writeTimeout;
    private final StepTimes stepTimes;
    private final String writeDocument;
    private final String writeSections;
    private final String writeUnits;
    private final String writeMeasures;
    private final String writeLeads;
    private final String writeParticipations;
    private final String writeWorksOn;
    private final String writeCoordinates;
    private final String writeSupervises;
    private final String storedDocument;
    private final String storedHash;
    private final String previousUnits;
    private final String unworkDocument;
    private final String uncoordinateDocument;
    private final String deleteDocument;
    private final String unitTotals;
    private final String unitWorkloads;
    private final String deleteOrphanUnits;
    private final String bumpGraphVersion;

    public DocumentLoader(Graph graph, CypherCatalog cypher) {
        this(graph, cypher, WriteTimeout.defaults(), StepTimes.NONE);
    }

    /** Resolves every statement now, so a missing Cypher file stops the start rather than a load. */
    public DocumentLoader(Graph graph, CypherCatalog cypher, WriteTimeout writeTimeout, StepTimes stepTimes) {
        this.graph = graph;
        this.writeTimeout = writeTimeout;
        this.stepTimes = stepTimes;
        this.writeDocument = cypher.get("load/document");
        this.writeSections = cypher.get("load/sections");
        this.writeUnits = cypher.get("load/units");
        this.writeMeasures = cypher.get("load/measures");
        this.writeLeads = cypher.get("load/leads");
        this.writeParticipations = cypher.get("load/participations");
        this.writeWorksOn = cypher.get("load/works-on");
        this.writeCoordinates = cypher.get("load/coordinates");
        this.writeSupervises = cypher.get("load/supervises");
        this.storedDocument = cypher.get("load/stored-document");
        this.storedHash = cypher.get("load/stored-hash");
        this.previousUnits = cypher.get("load/previous-units");
        this.unworkDocument = cypher.get("load/unwork-document");
        this.uncoordinateDocument = cypher.get("load/uncoordinate-document");
        this.deleteDocument = cypher.get("load/delete-document");
        this.unitTotals = cypher.get("load/unit-totals");
        this.unitWorkloads = cypher.get("load/unit-workloads");
        this.deleteOrphanUnits = cypher.get("load/delete-orphan-units");
        this.bumpGraphVersion = cypher.get("load/bump-graph-version");
    }

    public LoadResult load(PolicyDocument document) {
        return load(document, false, message -> { });
    }

    /**
     * @param force    write even when the stored version has the same text
     * @param progress receives a line per step of a long load
     */
    public LoadResult load(PolicyDocument document, boolean force, Consumer<String> progress) {
        long start = System.nanoTime();
        if (!force && isUnchanged(document)) {
            return new LoadResult(document.key(), document.title(), true, 0, 0, 0, 0, 0, 0);
        }
        var rows = new DocumentRows(document);
        long[] commitStart = new long[1];
        long rowCount = rows.rowCount();
        Duration timeout = writeTimeout.forRows(rowCount);
        try {
            write(document, progress, rows, commitStart, timeout);
        } catch (ClientException e) {
            if (e.code() != null && e.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
                throw new LoadTimedOutException(document.key(), rowCount, timeout, e);
            }
            throw e;
        }
        stepTimes.took("commit", System.nanoTime() - commitStart[0]);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new LoadResult(document.key(), document.title(), false, document.sections().size(),
                document.measures().size(), document.units().size(), document.leadCount(),
                document.participationCount(), millis);
    }

    private void write(PolicyDocument document, Consumer<String> progress, DocumentRows rows, long[] commitStart,
                       Duration timeout) {
        graph.write(timeout, tx -> {
            Set<String> touched = removeStored(tx, document.key());
            run(tx, "document", writeDocument, Map.of("key", document.key(), "properties", rows.documentProperties()));
            run(tx, "sections", writeSections, Map.of("key", document.key(), "rows", rows.sections()));
            unwind(tx, "units", writeUnits, document.key(), rows.units(), progress);
            unwind(tx, "measures", writeMeasures, document.key(), rows.measures(), progress);
            unwind(tx, "leads", writeLeads, document.key(), rows.leads(), progress);
            unwind(tx, "participations", writeParticipations, document.key(), rows.participations(), progress);
            unwind(tx, "works-on", writeWorksOn, document.key(), rows.worksOn(), progress);
            unwind(tx, "coordinates", writeCoordinates, document.key(), rows.coordinates(), progress);
            run(tx, "supervises", writeSupervises, Map.of("key", document.key(), "units", document.supervisors()));
            touched.addAll(rows.unitNames());
            refreshUnits(tx, touched);
            commitStart[0] = System.nanoTime();
            return null;
        });
    }

    /**
     * Removes a stored document with its sections, measures and relationships in one transaction, by the same
     * statements a replacement runs first, so unit and pair totals stay exact; units no document names any more go.
     *
     * @return what was removed, or empty when no document has that key
     */
    public Optional<DeleteResult> delete(String key) {
        return graph.write(tx -> {
            var stored = tx.run(storedDocument, Map.of("key", key));
            if (!stored.hasNext()) {
                return Optional.<DeleteResult>empty();
            }
            var d = stored.single();
            Set<String> touched = removeStored(tx, key);
            int unitsRemoved = refreshUnits(tx, touched);
            return Optional.of(new DeleteResult(key, d.get("title").asString(null), d.get("sections").asInt(0),
                    d.get("measures").asInt(0), d.get("units").asInt(0), unitsRemoved));
        });
    }

    /**
     * Takes a stored version's figures off its units and pairs and deletes it.
     *
     * @return the units it touched, whose totals the caller must refresh
     */
    private Set<String> removeStored(SimpleQueryRunner tx, String documentKey) {
        Map<String, Object> key = Map.of("key", documentKey);
        long t0 = System.nanoTime();
        Set<String> touched = new LinkedHashSet<>(tx.run(previousUnits, key)
                .single().get("units").asList(v -> v.asString()));
        stepTimes.took("previous-units", System.nanoTime() - t0);
        run(tx, "unwork-document", unworkDocument, key);
        run(tx, "uncoordinate-document", uncoordinateDocument, key);
        run(tx, "delete-document", deleteDocument, key);
        return touched;
    }

    /**
     * Recomputes the touched units' workloads and removes those left without any relationship; returns how many.
     * Every write transaction ends here, so here it moves the graph version, last, for the readers that cache by it.
     */
    private int refreshUnits(SimpleQueryRunner tx, Set<String> touched) {
        List<String> names = List.copyOf(touched);
        long t0 = System.nanoTime();
        List<Map<String, Object>> workloads = tx.run(unitTotals, Map.of("names", names)).list(r -> {
            long leads = r.get("leads").asLong();
            return Map.<String, Object>of("name", r.get("name").asString(),
                    "leadShare", Workload.storedShare(leads, r.get("leadShare").asDouble()),
                    "workload", Workload.of(leads, r.get("leadShare").asDouble(), r.get("participations").asLong()));
        });
        stepTimes.took("unit-totals", System.nanoTime() - t0);
        run(tx, "unit-workloads", unitWorkloads, Map.of("rows", workloads));
        int removed = run(tx, "delete-orphan-units", deleteOrphanUnits, Map.of("names", names)).counters().nodesDeleted();
        run(tx, "bump-graph-version", bumpGraphVersion, Map.of());
        return removed;
    }

    /**
     * Completes a bulk-imported graph as a load leaves it: each named unit's workload from its totals and no unit
     * without relationships, in batches of {@link #BATCH_SIZE}.
     */
    public void refreshImportedUnits(List<String> unitNames) {
        if (unitNames.isEmpty()) {
            // The import itself wrote outside any transaction: the version must still move.
            graph.write(tx -> refreshUnits(tx, Set.of()));
        }
        for (int from = 0; from < unitNames.size(); from += BATCH_SIZE) {
            Set<String> names = new LinkedHashSet<>(unitNames.subList(from, Math.min(unitNames.size(), from + BATCH_SIZE)));
            graph.write(tx -> refreshUnits(tx, names));
        }
    }

    public boolean exists(String key) {
        return graph.read(tx -> tx.run(storedHash, Map.of("key", key)).hasNext());
    }

    public boolean isUnchanged(PolicyDocument document) {
        return graph.read(tx -> {
            var result = tx.run(storedHash, Map.of("key", document.key()));
            if (!result.hasNext()) {
                return false;
            }
            var stored = result.single();
            return Objects.equals(stored.get("sha256").asString(null), document.source().sha256())
                    && stored.get("storeFormat").asLong(1) == STORE_FORMAT;
        });
    }

    private ResultSummary run(SimpleQueryRunner tx, String step, String query, Map<String, Object> parameters) {
        long t0 = System.nanoTime();
        ResultSummary summary = tx.run(query, parameters).consume();
        stepTimes.took(step, System.nanoTime() - t0);
        return summary;
    }

    private void unwind(SimpleQueryRunner tx, String step, String query, String documentKey,
                        List<Map<String, Object>> rows, Consumer<String> progress) {
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            int to = Math.min(rows.size(), from + BATCH_SIZE);
            run(tx, step, query, Map.of("key", documentKey, "rows", rows.subList(from, to)));
            if (rows.size() > BATCH_SIZE) {
                progress.accept(String.format("  %s: %,d / %,d rows", step, to, rows.size()));
            }
        }
    }
}
