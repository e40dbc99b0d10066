package org.respnet.load;

import java.time.Duration;
import java.util.ArrayList;
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
import org.respnet.db.WriteConflictException;
import org.respnet.model.PolicyDocument;
import org.respnet.model.Workload;

/**
 * Writes a parsed document into the graph: the previous version of the same document is replaced, everything in
 * one transaction, so a reader sees the old version or the new one and a failure leaves the old one untouched.
 * Only what differs from the stored version is written ({@link Revision}).
 *
 * <p>Within the transaction every index seek and every node created under a uniqueness constraint costs one step
 * for each node (or relationship) the transaction has deleted so far: Neo4j 5 merges its deleted set into each
 * seek. Deleting the old version first made a revision of 20,000 measures take five times its first load, and
 * growing with the square of its size. So a write seeks and creates first, deletes relationships next (node seeks
 * do not pay for them), and deletes nodes last, by element id.
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
    private final String missingUnits;
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
    private final String storedMeasures;
    private final String storedSections;
    private final String detachDocument;
    private final String deleteRelationships;
    private final String deleteNodes;
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
        this.missingUnits = cypher.get("load/missing-units");
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
        this.storedMeasures = cypher.get("load/stored-measures");
        this.storedSections = cypher.get("load/stored-sections");
        this.detachDocument = cypher.get("load/detach-document");
        this.deleteRelationships = cypher.get("load/delete-relationships");
        this.deleteNodes = cypher.get("load/delete-nodes");
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
            String key = document.key();
            Set<String> touched = previousUnits(tx, key);
            Revision revision = Revision.between(readStored(tx, key), rows);
            unwind(tx, "units", writeUnits, key, rows.units(), progress);
            requireUnits(tx, rows.unitNames());
            changePairs(tx, key, revision, progress);
            run(tx, "document", writeDocument, Map.of("key", key, "properties", rows.documentProperties()));
            run(tx, "sections", writeSections, Map.of("key", key, "rows", rows.sections()));
            unwind(tx, "measures", writeMeasures, key, revision.measures, progress);
            unwind(tx, "delete-relationships", deleteRelationships, key, revision.relationshipsGone, progress);
            unwind(tx, "leads", writeLeads, key, revision.leads, progress);
            unwind(tx, "participations", writeParticipations, key, revision.participations, progress);
            detach(tx, key);
            unwind(tx, "works-on", writeWorksOn, key, rows.worksOn(), progress);
            run(tx, "supervises", writeSupervises, Map.of("key", key, "units", document.supervisors()));
            touched.addAll(rows.unitNames());
            refreshUnits(tx, touched);
            deleteNodes(tx, key, revision, progress);
            bumpGraphVersion(tx);
            commitStart[0] = System.nanoTime();
            return null;
        });
    }

    /**
     * Removes a stored document with its sections, measures and relationships in one transaction, taking its
     * figures off unit and pair totals as a revision does; units no document names any more go.
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
            Set<String> touched = previousUnits(tx, key);
            Revision revision = Revision.deletion(readStored(tx, key));
            changePairs(tx, key, revision, line -> { });
            unwind(tx, "delete-relationships", deleteRelationships, key, revision.relationshipsGone, line -> { });
            detach(tx, key);
            int unitsRemoved = refreshUnits(tx, touched);
            deleteNodes(tx, key, revision, line -> { });
            run(tx, "delete-document", deleteDocument, Map.of("key", key));
            bumpGraphVersion(tx);
            return Optional.of(new DeleteResult(key, d.get("title").asString(null), d.get("sections").asInt(0),
                    d.get("measures").asInt(0), d.get("units").asInt(0), unitsRemoved));
        });
    }

    private void requireUnits(SimpleQueryRunner tx, Set<String> names) {
        long t0 = System.nanoTime();
        List<String> missing = tx.run(missingUnits, Map.of("names", List.copyOf(names))).single().get("missing")
                .asList(v -> v.asString());
        stepTimes.took("missing-units", System.nanoTime() - t0);
        if (!missing.isEmpty()) {
            throw new WriteConflictException("Units deleted by a concurrent load while this one wrote them: "
                    + String.join(", ", missing.subList(0, Math.min(5, missing.size()))));
        }
    }

    /** The units the stored version touches: their totals change when it is replaced or deleted. */
    private Set<String> previousUnits(SimpleQueryRunner tx, String key) {
        long t0 = System.nanoTime();
        Set<String> touched = new LinkedHashSet<>(tx.run(previousUnits, Map.of("key", key))
                .single().get("units").asList(v -> v.asString()));
        stepTimes.took("previous-units", System.nanoTime() - t0);
        return touched;
    }

    private StoredDocument readStored(SimpleQueryRunner tx, String key) {
        long t0 = System.nanoTime();
        StoredDocument stored = StoredDocument.read(tx, key, storedMeasures, storedSections);
        stepTimes.took("stored-version", System.nanoTime() - t0);
        return stored;
    }

    /**
     * Moves the pair totals, then deletes the pairs left sharing nothing: after all the seeks of pairs, which are
     * the transaction's only relationship index seeks, and before a unit's last relationship is looked for.
     */
    private void changePairs(SimpleQueryRunner tx, String key, Revision revision, Consumer<String> progress) {
        List<String> gone = new ArrayList<>();
        List<Map<String, Object>> rows = revision.pairChanges;
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            int to = Math.min(rows.size(), from + BATCH_SIZE);
            long t0 = System.nanoTime();
            tx.run(writeCoordinates, Map.of("key", key, "rows", rows.subList(from, to)))
                    .forEachRemaining(r -> gone.add(r.get("id").asString()));
            stepTimes.took("coordinates", System.nanoTime() - t0);
            if (rows.size() > BATCH_SIZE) {
                progress.accept(String.format("  coordinates: %,d / %,d rows", to, rows.size()));
            }
        }
        unwind(tx, "delete-pairs", deleteRelationships, key, gone, progress);
    }

    /** Takes the stored version's summary relationships and their figures off its units. */
    private void detach(SimpleQueryRunner tx, String key) {
        run(tx, "unwork-document", unworkDocument, Map.of("key", key));
        run(tx, "detach-document", detachDocument, Map.of("key", key));
    }

    /** Measures and sections the new version no longer has: deleted last, see the class comment. */
    private void deleteNodes(SimpleQueryRunner tx, String key, Revision revision, Consumer<String> progress) {
        unwind(tx, "delete-nodes", deleteNodes, key, revision.nodesGone, progress);
    }

    /**
     * Recomputes the touched units' workloads and removes those left without any relationship; returns how many.
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
        return run(tx, "delete-orphan-units", deleteOrphanUnits, Map.of("names", names)).counters().nodesDeleted();
    }

    /** Every write transaction ends here: the graph version moves last, for the readers that cache by it. */
    private void bumpGraphVersion(SimpleQueryRunner tx) {
        run(tx, "bump-graph-version", bumpGraphVersion, Map.of());
    }

    /**
     * Completes a bulk-imported graph as a load leaves it: each named unit's workload from its totals and no unit
     * without relationships, in batches of {@link #BATCH_SIZE}.
     */
    public void refreshImportedUnits(List<String> unitNames) {
        if (unitNames.isEmpty()) {
            // The import itself wrote outside any transaction: the version must still move.
            graph.write(tx -> {
                bumpGraphVersion(tx);
                return null;
            });
        }
        for (int from = 0; from < unitNames.size(); from += BATCH_SIZE) {
            Set<String> names = new LinkedHashSet<>(unitNames.subList(from, Math.min(unitNames.size(), from + BATCH_SIZE)));
            graph.write(tx -> {
                refreshUnits(tx, names);
                bumpGraphVersion(tx);
                return null;
            });
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

    private void unwind(SimpleQueryRunner tx, String step, String query, String documentKey, List<?> rows,
                        Consumer<String> progress) {
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            int to = Math.min(rows.size(), from + BATCH_SIZE);
            run(tx, step, query, Map.of("key", documentKey, "rows", rows.subList(from, to)));
            if (rows.size() > BATCH_SIZE) {
                progress.accept(String.format("  %s: %,d / %,d rows", step, to, rows.size()));
            }
        }
    }
}
