package org.respnet.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;
import org.respnet.model.Workload;

/** Drill-downs: a unit with its measures and partners, a measure with its units, sections, full-text search. */
public final class ResponsibilityQueries {

    private static final Pattern LUCENE_SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");

    private final Graph graph;
    private final String measureQuery;
    private final String measureSearchQuery;
    private final String sectionsQuery;
    private final String unitQuery;
    private final String unitMeasuresQuery;
    private final String unitMeasuresInDocumentQuery;
    private final String unitPartnersQuery;
    private final String unitPartnersInDocumentQuery;
    private final String unitPartnersInDocumentFromUnitQuery;

    public ResponsibilityQueries(Graph graph, CypherCatalog cypher) {
        this.graph = graph;
        this.measureQuery = cypher.get("query/measure");
        this.measureSearchQuery = cypher.get("query/measure-search");
        this.sectionsQuery = cypher.get("query/sections");
        this.unitQuery = cypher.get("query/unit");
        this.unitMeasuresQuery = cypher.get("query/unit-measures");
        this.unitMeasuresInDocumentQuery = cypher.get("query/unit-measures-in-document");
        this.unitPartnersQuery = cypher.get("query/unit-partners");
        this.unitPartnersInDocumentQuery = cypher.get("query/unit-partners-in-document");
        this.unitPartnersInDocumentFromUnitQuery = cypher.get("query/unit-partners-in-document-from-unit");
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
     * One read transaction: {@link UnitReadPlan} chooses from the unit's per-document counts how to read its page and
     * partners, so a busy unit's page is never cut from a sort of all its measures.
     */
    public Optional<UnitDetail> unit(String name, String document, int partnerLimit, int measureLimit, int offset,
                                     MeasureCursor after) {
        if (after != null && offset > 0) {
            throw new IllegalArgumentException("offset and after cannot be combined");
        }
        return graph.read(tx -> {
            Map<String, Object> scope = new HashMap<>();
            scope.put("name", name);
            scope.put("document", document);
            var rows = tx.run(unitQuery, scope).list();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Record u = rows.get(0);
            long degree = u.get("leads").asLong() + u.get("participations").asLong();
            var plan = UnitReadPlan.of(u.get("documents").asList(d -> new UnitReadPlan.DocumentCount(
                    d.get("key").asString(), d.get("n").asLong(), d.get("size").asLong())), degree, offset, after, measureLimit);
            // One measure more than the page tells whether another page follows.
            List<Record> found = plan.first() < 0 ? List.of()
                    : plan.fromDocuments() ? measuresFromDocuments(tx, name, plan, after, measureLimit + 1)
                    : measuresFromUnit(tx, name, document, offset, after, measureLimit + 1);
            List<UnitDetail.UnitMeasure> measures = found.stream().limit(measureLimit)
                    .map(ResponsibilityQueries::toUnitMeasure).toList();
            String next = null;
            if (found.size() > measureLimit && measureLimit > 0) {
                Record last = found.get(measureLimit - 1);
                next = new MeasureCursor(last.get("document").asString(), last.get("index").asInt()).toString();
            }
            String kind = u.get("kind").asString(null);
            return Optional.of(new UnitDetail(u.get("name").asString(), kind, Kinds.label(kind),
                    strings(u.get("aliases")), u.get("rank").asLong(), u.get("leads").asLong(),
                    u.get("participations").asLong(), u.get("leadCredit").asDouble(),
                    Workload.share(u.get("leadCredit").asDouble(), u.get("totalCredit").asDouble()), u.get("workload").asDouble(),
                    strings(u.get("supervises")), measures, partners(tx, name, document, plan, degree, partnerLimit),
                    plan.total(), next));
        });
    }

    /** Document by document from where the page starts, stopping once {@code wanted} measures are found. */
    private List<Record> measuresFromDocuments(SimpleQueryRunner tx, String name, UnitReadPlan plan, MeasureCursor after,
                                               int wanted) {
        List<Record> found = new ArrayList<>();
        for (int i = plan.first(); i < plan.documents().size() && found.size() < wanted; i++) {
            String key = plan.documents().get(i).key();
            found.addAll(tx.run(unitMeasuresInDocumentQuery, Map.of("name", name, "document", key,
                    "after", after != null && key.equals(after.document()) ? after.index() : -1,
                    "skip", i == plan.first() ? plan.skip() : 0, "limit", wanted - found.size())).list());
        }
        return found;
    }

    private List<Record> measuresFromUnit(SimpleQueryRunner tx, String name, String document, int offset,
                                          MeasureCursor after, int wanted) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("document", document);
        p.put("offset", offset);
        p.put("afterDocument", after == null ? null : after.document());
        p.put("afterIndex", after == null ? null : after.index());
        p.put("limit", wanted);
        return tx.run(unitMeasuresQuery, p).list();
    }

    private List<UnitDetail.Partner> partners(SimpleQueryRunner tx, String name, String document, UnitReadPlan plan,
                                              long degree, int limit) {
        String query;
        if (document == null) {
            query = unitPartnersQuery;
        } else if (plan.total() == 0) {
            return List.of();
        } else {
            query = plan.partnersFromDocument(degree) ? unitPartnersInDocumentQuery : unitPartnersInDocumentFromUnitQuery;
        }
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("document", document);
        p.put("limit", limit);
        return tx.run(query, p).list(r -> new UnitDetail.Partner(r.get("name").asString(), r.get("kind").asString(null),
                r.get("measures").asLong(), r.get("leadLead").asLong(), r.get("leadParticipant").asLong(),
                r.get("inverse").asDouble()));
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

    private static UnitDetail.UnitMeasure toUnitMeasure(Record r) {
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
