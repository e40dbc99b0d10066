package org.respnet.check;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;

/** When measures fall due: overdue and upcoming ones around a date, and a unit's timeline by due month. */
public final class DeadlineQueries {

    /** The earliest date stored dates are compared with: "no lower bound" for the index range. */
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

    private final Graph graph;
    private final String dueBetween;
    private final String timeline;

    public DeadlineQueries(Graph graph, CypherCatalog cypher) {
        this.graph = graph;
        this.dueBetween = cypher.get("check/due-between");
        this.timeline = cypher.get("check/unit-timeline");
    }

    /** Measures due before {@code asOf}: their due date has passed. */
    public DueList overdue(String document, LocalDate asOf, int limit) {
        return between(document, asOf, null, asOf.minusDays(1), limit);
    }

    /** Measures due from {@code asOf} to {@code days} days after it, both included. */
    public DueList upcoming(String document, LocalDate asOf, int days, int limit) {
        return between(document, asOf, asOf, asOf.plusDays(days), limit);
    }

    private DueList between(String document, LocalDate asOf, LocalDate from, LocalDate to, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("document", document);
        p.put("from", from == null ? EARLIEST : from);
        p.put("to", to);
        p.put("limit", limit);
        List<Record> rows = graph.readList(dueBetween, p, r -> r);
        return new DueList(document, asOf, from, to, rows.isEmpty() ? 0 : rows.get(0).get("total").asLong(),
                rows.stream().map(DeadlineQueries::toDueMeasure).toList());
    }

    public Optional<Timeline> timeline(String unit, String document, int measureLimit) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", unit);
        p.put("document", document);
        p.put("measureLimit", measureLimit);
        return graph.readList(timeline, p, r -> {
            List<Timeline.Bucket> buckets = r.get("buckets").asList(b -> new Timeline.Bucket(b.get("bucket").asString(),
                    b.get("measures").asLong(), b.get("leads").asLong(), b.get("listed").asList(e -> new Timeline.Entry(
                    e.get("document").asString(), e.get("number").asString(), e.get("index").asLong(),
                    e.get("text").asString(), e.get("deadline").asString(null), date(e.get("dueDate")),
                    e.get("role").asString()))));
            long inScope = r.get("inScope").asLong();
            long dated = buckets.stream().mapToLong(Timeline.Bucket::measures).sum();
            return new Timeline(r.get("name").asString(), document, inScope, inScope - dated, buckets);
        }).stream().findFirst();
    }

    private static DueMeasure toDueMeasure(Record r) {
        return new DueMeasure(r.get("document").asString(), r.get("number").asString(), r.get("index").asLong(),
                r.get("section").isNull() ? null : r.get("section").asInt(), r.get("text").asString(),
                r.get("deadline").asString(null), date(r.get("dueDate")), PlanChecks.strings(r.get("leads")),
                PlanChecks.strings(r.get("participants")));
    }

    private static LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}
