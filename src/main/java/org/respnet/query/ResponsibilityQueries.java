package org.respnet.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;

/** Drill-downs: a unit with its measures and partners, a measure with its units, sections, full-text search. */
public final class ResponsibilityQueries {

    private static final Pattern LUCENE_SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");

    private final Graph graph;
    private final String measureQuery;
    private final String measureSearchQuery;
    private final String sectionsQuery;
    private final String unitQuery;

    public ResponsibilityQueries(Graph graph, CypherCatalog cypher) {
        this.graph = graph;
        this.measureQuery = cypher.get("query/measure");
        this.measureSearchQuery = cypher.get("query/measure-search");
        this.sectionsQuery = cypher.get("query/sections");
        this.unitQuery = cypher.get("query/unit");
    }

    public Optional<UnitDetail> unit(String name, String document, int partnerLimit) {
        return unit(name, document, partnerLimit, 100, 0, null);
    }

    public Optional<UnitDetail> unit(String name, String document, int partnerLimit, int measureLimit, int offset) {
        return unit(name, document, partnerLimit, measureLimit, offset, null);
    }

    /**
     * The unit's figures and partners, and a page of its measures in (document, index) order: {@code measureLimit}
     * of them from {@code offset} on, or after the measure {@code after} names (a {@link UnitDetail#next()} cursor).
     * One statement: a busy unit's page is found from its per-document counts, not from a sort of all its measures.
     */
    public Optional<UnitDetail> unit(String name, String document, int partnerLimit, int measureLimit, int offset,
                                     MeasureCursor after) {
        if (after != null && offset > 0) {
            throw new IllegalArgumentException("offset and after cannot be combined");
        }
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("document", document);
        p.put("limit", partnerLimit);
        p.put("measureLimit", measureLimit);
        p.put("offset", offset);
        p.put("afterDocument", after == null ? null : after.document());
        p.put("afterIndex", after == null ? null : after.index());
        return graph.read(tx -> {
            var rows = tx.run(unitQuery, p).list();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Record u = rows.get(0);
            List<Value> found = u.get("measures").asList(v -> v);
            // The statement reads one measure more than the page, to tell whether another page follows.
            List<UnitDetail.UnitMeasure> measures = found.stream().limit(measureLimit)
                    .map(ResponsibilityQueries::toUnitMeasure).toList();
            String next = null;
            if (found.size() > measureLimit && measureLimit > 0) {
                Value last = found.get(measureLimit - 1);
                next = new MeasureCursor(last.get("document").asString(), last.get("index").asInt()).toString();
            }
            var partners = u.get("partners").asList(r -> new UnitDetail.Partner(
                    r.get("name").asString(), r.get("kind").asString(null), r.get("measures").asLong(),
                    r.get("leadLead").asLong(), r.get("leadParticipant").asLong(), r.get("inverse").asDouble()));
            String kind = u.get("kind").asString(null);
            return Optional.of(new UnitDetail(u.get("name").asString(), kind, Kinds.label(kind),
                    strings(u.get("aliases")), u.get("rank").asLong(), u.get("leads").asLong(),
                    u.get("participations").asLong(), u.get("leadShare").asDouble(), u.get("workload").asDouble(),
                    strings(u.get("supervises")), measures, partners, u.get("measureTotal").asLong(), next));
        });
    }

    public Optional<MeasureDetail> measure(String document, String number) {
        return graph.readList(measureQuery, Map.of("document", document, "number", number),
                r -> new MeasureDetail(r.get("document").asString(), r.get("number").asString(), r.get("index").asLong(),
                        nullableInt(r.get("section")), r.get("sectionTitle").asString(null),
                        r.get("subsectionTitle").asString(null), r.get("text").asString(), r.get("clause").asString(null),
                        r.get("deadline").asString(null), r.get("location").asString(null),
                        strings(r.get("collectives")), strings(r.get("persons")), strings(r.get("leads")),
                        strings(r.get("participants")))).stream().findFirst();
    }

    /** Phrase search: the text is escaped and quoted, so {@code 志愿服务} matches those four characters in order. */
    public List<MeasureHit> search(String text, String document, int limit) {
        String phrase = "\"" + LUCENE_SPECIAL.matcher(text.strip()).replaceAll("\\\\$0") + "\"";
        Map<String, Object> p = new HashMap<>();
        p.put("query", phrase);
        p.put("document", document);
        p.put("limit", limit);
        return graph.readList(measureSearchQuery, p, r -> new MeasureHit(r.get("document").asString(),
                r.get("number").asString(), r.get("index").asLong(), nullableInt(r.get("section")),
                r.get("sectionTitle").asString(null), r.get("text").asString(), r.get("score").asDouble(),
                strings(r.get("leads"))));
    }

    public List<SectionSummary> sections(String document) {
        return graph.readList(sectionsQuery, Map.of("document", document), r -> new SectionSummary(
                r.get("ordinal").asInt(), r.get("label").asString(null), r.get("title").asString(null),
                r.get("measures").asLong(), r.get("leads").asLong(), r.get("participations").asLong(),
                strings(r.get("subsections"))));
    }

    private static UnitDetail.UnitMeasure toUnitMeasure(Value r) {
        return new UnitDetail.UnitMeasure(r.get("role").asString(), r.get("document").asString(),
                r.get("number").asString(), nullableInt(r.get("section")), r.get("sectionTitle").asString(null),
                r.get("text").asString(), r.get("deadline").asString(null), r.get("leadCount").asLong(),
                r.get("unitCount").asLong());
    }

    static List<String> strings(Value value) {
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }

    static Integer nullableInt(Value value) {
        return value.isNull() ? null : value.asInt();
    }
}
