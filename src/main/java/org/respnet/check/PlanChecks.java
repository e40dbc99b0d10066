package org.respnet.check;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;
import org.respnet.db.VersionedCache;
import org.respnet.model.Workload;

/**
 * Audits who answers for what, from the plan's own text: measures no unit leads, measures with many co-leads, units
 * that only support, units carrying far more than the rest, how concentrated the leads are, and pairs that lead
 * together. Each check is one statement under {@code cypher/check/}; all run in one read transaction, so the report
 * describes one state of the graph.
 */
public final class PlanChecks {

    private final Graph graph;
    private final VersionedCache cache;
    private final String unled;
    private final String crowded;
    private final String crowdedInDocument;
    private final String supportOnly;
    private final String outliers;
    private final String concentration;
    private final String pairs;
    private final String pairsInDocument;

    public PlanChecks(Graph graph, CypherCatalog cypher) {
        this.graph = graph;
        this.cache = new VersionedCache(graph, cypher, VersionedCache.DEFAULT_ENTRIES);
        this.unled = cypher.get("check/unled-measures");
        this.crowded = cypher.get("check/crowded-leads");
        this.crowdedInDocument = cypher.get("check/crowded-leads-document");
        this.supportOnly = cypher.get("check/support-only-units");
        this.outliers = cypher.get("check/workload-outliers");
        this.concentration = cypher.get("check/concentration");
        this.pairs = cypher.get("check/co-lead-pairs");
        this.pairsInDocument = cypher.get("check/co-lead-pairs-document");
    }

    /** The statements a check runs, by name under {@code cypher/}: what a profiler times one by one. */
    public static final List<String> STATEMENTS = List.of("check/unled-measures", "check/crowded-leads",
            "check/crowded-leads-document", "check/support-only-units", "check/workload-outliers", "check/concentration",
            "check/co-lead-pairs", "check/co-lead-pairs-document");

    /**
     * Cached by graph version: over all documents of a national collection the check reads millions of relationships
     * (seconds), and its answer only changes with a write.
     */
    public CheckReport run(CheckOptions o) {
        return cache.get(List.of(o), () -> compute(o));
    }

    private CheckReport compute(CheckOptions o) {
        Map<String, Object> p = parameters(o);
        return graph.read(tx -> new CheckReport(o.document(), o.section(), rules(o),
                measures(tx, unled, p), measures(tx, o.document() == null ? crowded : crowdedInDocument, p),
                units(tx, supportOnly, p), units(tx, outliers, p),
                tx.run(concentration, p).list(PlanChecks::toConcentration),
                pairs(tx, o.document() == null ? pairs : pairsInDocument, p)));
    }

    /** The parameters every check statement takes. */
    public static Map<String, Object> parameters(CheckOptions o) {
        Map<String, Object> p = new HashMap<>();
        p.put("document", o.document());
        p.put("section", o.section());
        p.put("minLeads", o.minLeads());
        p.put("minShare", o.minShare());
        p.put("k", o.k());
        p.put("minShared", o.minShared());
        p.put("top", o.top());
        p.put("limit", o.limit());
        p.put("measureLimit", o.measureLimit());
        p.put("leadWeight", Workload.LEAD_WEIGHT);
        p.put("participationWeight", Workload.PARTICIPATION_WEIGHT);
        return p;
    }

    /** The rules in words, with the thresholds of this run. */
    public static Map<String, String> rules(CheckOptions o) {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("unledMeasures", "measures no unit leads: units only take part (no-lead), only collective phrases "
                + "such as 各有关部门 are named (collective-only), or no one is (unassigned)");
        rules.put("crowdedLeads", "measures with " + o.minLeads() + " or more co-leads");
        rules.put("supportOnlyUnits", "units that lead no measure in scope yet take part in at least "
                + Math.round(o.minShare() * 100) + "% of its measures");
        rules.put("workloadOutliers", "units whose workload (" + Workload.FORMULA + ") is more than " + o.k()
                + " × the median workload of the units named in scope");
        rules.put("concentration", "share of all lead assignments held by the " + o.top()
                + " units that lead most, and the Gini coefficient of workload, per document");
        rules.put("coLeadPairs", "pairs of units leading " + o.minShared() + " or more measures together");
        return rules;
    }

    private static CheckReport.MeasureFindings measures(SimpleQueryRunner tx, String query, Map<String, Object> p) {
        List<Record> rows = tx.run(query, p).list();
        return new CheckReport.MeasureFindings(total(rows), rows.stream().map(m ->
                new CheckReport.FlaggedMeasure(m.get("document").asString(), m.get("number").asString(),
                        m.get("index").asLong(), nullableInt(m.get("section")), m.get("kind").asString(),
                        m.get("text").asString(), m.get("clause").asString(null), m.get("location").asString(null),
                        m.get("deadline").asString(null), strings(m.get("leads")), strings(m.get("participants")),
                        strings(m.get("collectives")))).toList());
    }

    private static CheckReport.UnitFindings units(SimpleQueryRunner tx, String query, Map<String, Object> p) {
        List<Record> rows = tx.run(query, p).list();
        Double median = rows.isEmpty() ? null : nullableDouble(rows.get(0).get("median"));
        return new CheckReport.UnitFindings(total(rows), median, rows.stream().filter(u -> !u.get("name").isNull()).map(u ->
                new CheckReport.FlaggedUnit(u.get("name").asString(), u.get("kind").asString(null),
                        u.get("leads").asLong(), u.get("participations").asLong(), u.get("measures").asLong(),
                        nullableDouble(u.get("share")), u.get("workload").asDouble(), nullableDouble(u.get("ratio")),
                        refs(u.get("measureRefs")))).toList());
    }

    private CheckReport.PairFindings pairs(SimpleQueryRunner tx, String query, Map<String, Object> p) {
        List<Record> rows = tx.run(query, p).list();
        return new CheckReport.PairFindings(total(rows), rows.stream().map(f ->
                new CheckReport.Pair(f.get("a").asString(), f.get("b").asString(), f.get("shared").asLong(),
                        refs(f.get("measureRefs")))).toList());
    }

    /** Every row carries the count of all findings; no row, no finding. */
    private static long total(List<Record> rows) {
        return rows.isEmpty() ? 0 : rows.get(0).get("total").asLong();
    }

    private static CheckReport.Concentration toConcentration(Record r) {
        return new CheckReport.Concentration(r.get("document").asString(null), r.get("title").asString(null),
                r.get("measures").asLong(), r.get("units").asLong(), r.get("leads").asLong(), r.get("topLeads").asLong(),
                r.get("top").asList(t -> new CheckReport.TopUnit(t.get("name").asString(), t.get("leads").asLong())),
                nullableDouble(r.get("topShare")), r.get("gini").asDouble());
    }

    /** Measures in (document, index) order: the statements stop at the limit without sorting a unit's every measure. */
    private static List<CheckReport.MeasureRef> refs(Value value) {
        return value.asList(m -> new CheckReport.MeasureRef(m.get("document").asString(), m.get("number").asString(),
                        m.get("index").asLong(), m.get("role").asString(), m.get("text").asString())).stream()
                .sorted(Comparator.comparing(CheckReport.MeasureRef::document).thenComparingLong(CheckReport.MeasureRef::index))
                .toList();
    }

    static List<String> strings(Value value) {
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }

    static Integer nullableInt(Value value) {
        return value.isNull() ? null : value.asInt();
    }

    static Double nullableDouble(Value value) {
        return value.isNull() ? null : value.asDouble();
    }
}
