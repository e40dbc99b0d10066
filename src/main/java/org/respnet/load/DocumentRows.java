package org.respnet.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.respnet.model.Deadlines;
import org.respnet.model.Due;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;
import org.respnet.model.Section;
import org.respnet.model.Workload;

/** Turns a parsed document into the parameter rows of the {@code cypher/load} statements. */
final class DocumentRows {

    /* Each kind of row in one list of columns: the load statements' parameters and the bulk import's CSV files. */
    static final Columns DOCUMENT = Columns.of("key", "title", "docNumber", "issuer", "date", "sourceName", "charset",
            "sha256", "sections:long", "measures:long", "ledMeasures:long", "units:long", "leads:long",
            "participations:long", "loadedAt:datetime", "storeFormat:long");
    static final Columns SECTION = Columns.of("uid", "document", "ordinal:long", "label", "title",
            "subsectionLabels:string[]", "subsectionTitles:string[]");
    static final Columns MEASURE = Columns.of("uid", "document", "index:long", "number", "section:long",
            "subsection:long", "subsectionTitle", "text", "clause", "deadline", "dueDate:date", "dueKind",
            "collectives:string[]", "persons:string[]", "location", "leadCount:long", "unitCount:long", "pairWeight:double");
    static final Columns LEAD = Columns.linking(List.of("unit", "measure"), "share:double", "position:long");
    static final Columns PARTICIPATION = Columns.linking(List.of("unit", "measure"), "position:long");
    static final Columns WORKS_ON = Columns.linking(List.of("unit"), "leads:long", "participations:long",
            "leadShare:double", "workload:double", "dueDates:date[]", "dueCounts:long[]", "dueLeadCounts:long[]");

    private final PolicyDocument document;
    private final Integer year;

    DocumentRows(PolicyDocument document) {
        this.document = document;
        this.year = Deadlines.documentYear(document);
    }

    Map<String, Object> documentProperties() {
        Map<String, Object> p = new HashMap<>();
        p.put("key", document.key());
        p.put("title", document.title());
        p.put("docNumber", document.docNumber());
        p.put("issuer", document.issuer());
        p.put("date", document.date());
        p.put("sourceName", document.source().name());
        p.put("charset", document.source().charset());
        p.put("sha256", document.source().sha256());
        p.put("sections", document.sections().size());
        p.put("measures", document.measures().size());
        // The document's lead credit (each led measure hands out 1 among its co-leads): the denominator of lead shares.
        p.put("ledMeasures", document.measures().stream().filter(m -> !m.leads().isEmpty()).count());
        p.put("units", document.units().size());
        p.put("leads", document.leadCount());
        p.put("participations", document.participationCount());
        p.put("loadedAt", java.time.ZonedDateTime.now());
        p.put("storeFormat", DocumentLoader.STORE_FORMAT);
        return DOCUMENT.checked(p);
    }

    List<Map<String, Object>> sections() {
        return document.sections().stream().map(s -> {
            Map<String, Object> row = new HashMap<>();
            row.put("uid", sectionUid(s.ordinal()));
            row.put("document", document.key());
            row.put("ordinal", s.ordinal());
            row.put("label", s.label());
            row.put("title", s.title());
            row.put("subsectionLabels", orNull(s.subsections().stream().map(Section.Subsection::label).toList()));
            row.put("subsectionTitles", orNull(s.subsections().stream().map(Section.Subsection::title).toList()));
            return SECTION.checked(row);
        }).toList();
    }

    /**
     * An empty list is stored as no property, the one form Neo4j's bulk importer can also write, so both load paths
     * build the same graph; readers {@code coalesce} it to {@code []}.
     */
    private static List<String> orNull(List<String> values) {
        return values.isEmpty() ? null : values;
    }

    List<Map<String, Object>> units() {
        return document.units().stream().map(u -> Map.<String, Object>of(
                "name", u.name(), "kind", u.kind().name(), "aliases", u.aliases())).toList();
    }

    List<Map<String, Object>> measures() {
        return document.measures().stream().map(m -> {
            Map<String, Object> row = new HashMap<>();
            row.put("uid", measureUid(m));
            row.put("document", document.key());
            row.put("index", m.index());
            row.put("number", m.number());
            row.put("section", m.section());
            row.put("subsection", m.subsection());
            row.put("subsectionTitle", subsectionTitle(m));
            row.put("text", m.text());
            row.put("clause", m.clause());
            row.put("deadline", m.deadline());
            // The due date the phrase fixes (a Neo4j date), and whether it fixes one: date, ongoing or unknown.
            Due due = due(m);
            row.put("dueDate", due == null ? null : due.date());
            row.put("dueKind", due == null ? null : due.kind().stored());
            row.put("collectives", orNull(m.collectives()));
            row.put("persons", orNull(m.persons()));
            row.put("location", m.location());
            row.put("leadCount", m.leads().size());
            row.put("unitCount", m.leads().size() + m.participants().size());
            row.put("pairWeight", unitsOf(m).pairWeight());
            return MEASURE.checked(row);
        }).toList();
    }

    List<Map<String, Object>> leads() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Measure m : document.measures()) {
            double share = 1.0 / m.leads().size();
            for (int i = 0; i < m.leads().size(); i++) {
                rows.add(LEAD.checked(Map.of("measure", measureUid(m), "unit", m.leads().get(i), "share", share,
                        "position", i)));
            }
        }
        return rows;
    }

    List<Map<String, Object>> participations() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Measure m : document.measures()) {
            for (int i = 0; i < m.participants().size(); i++) {
                rows.add(PARTICIPATION.checked(Map.of("measure", measureUid(m), "unit", m.participants().get(i),
                        "position", i)));
            }
        }
        return rows;
    }

    private Due due(Measure m) {
        return Deadlines.resolve(m.deadline(), year);
    }

    /**
     * Per unit: measures led, participated in, its share of joint leads in this document, and its measures with a
     * due date by date ({@link DueCounts}), from which a ranking counts the overdue ones as of any day.
     */
    List<Map<String, Object>> worksOn() {
        Map<String, double[]> totals = new LinkedHashMap<>();
        Map<String, DueCounts> dues = new HashMap<>();
        for (Measure m : document.measures()) {
            for (String unit : m.leads()) {
                double[] t = totals.computeIfAbsent(unit, k -> new double[3]);
                t[0]++;
                t[2] += 1.0 / m.leads().size();
            }
            for (String unit : m.participants()) {
                totals.computeIfAbsent(unit, k -> new double[3])[1]++;
            }
            Due due = due(m);
            if (due != null && due.kind() == Due.Kind.DATE) {
                // A measure counts once per unit, as led when the unit is among its leads.
                for (String unit : new LinkedHashSet<>(unitsOf(m).units())) {
                    dues.computeIfAbsent(unit, k -> new DueCounts()).add(due.date(), 1, m.leads().contains(unit) ? 1 : 0);
                }
            }
        }
        return totals.entrySet().stream().map(e -> {
            Map<String, Object> row = new HashMap<>();
            row.put("unit", e.getKey());
            row.put("leads", (long) e.getValue()[0]);
            row.put("participations", (long) e.getValue()[1]);
            row.put("leadShare", e.getValue()[2]);
            row.put("workload", Workload.of((long) e.getValue()[0], e.getValue()[2], (long) e.getValue()[1]));
            dues.getOrDefault(e.getKey(), new DueCounts()).putInto(row);
            return WORKS_ON.checked(row);
        }).toList();
    }

    /**
     * The rows a load writes, pair totals counted per measure (k(k−1)/2 for k units): what sizes its write timeout.
     */
    long rowCount() {
        long rows = document.measures().size() + document.leadCount() + document.participationCount();
        for (Measure m : document.measures()) {
            long k = unitsOf(m).units().size();
            rows += k * (k - 1) / 2;
        }
        return rows;
    }

    /** Each measure's units, keyed by the measure's uid: what its pair weights and its relationships are made of. */
    Map<String, PairWeights.MeasureUnits> measureUnits() {
        Map<String, PairWeights.MeasureUnits> units = new LinkedHashMap<>();
        for (Measure m : document.measures()) {
            units.put(measureUid(m), unitsOf(m));
        }
        return units;
    }

    /** This document's weight for each unit pair sharing its measures. */
    Map<PairWeights.Pair, PairWeights.Weight> pairWeights() {
        return PairWeights.of(measureUnits().values());
    }

    private static PairWeights.MeasureUnits unitsOf(Measure m) {
        return new PairWeights.MeasureUnits(m.leads(), m.participants());
    }

    Set<String> unitNames() {
        Set<String> names = new LinkedHashSet<>();
        document.units().forEach(u -> names.add(u.name()));
        return names;
    }

    private String sectionUid(int ordinal) {
        return Section.uid(document.key(), ordinal);
    }

    private String measureUid(Measure m) {
        return document.key() + "#" + m.index();
    }

    private String subsectionTitle(Measure m) {
        if (m.subsection() == null) {
            return null;
        }
        return document.sections().stream().filter(s -> s.ordinal() == m.section())
                .flatMap(s -> s.subsections().stream())
                .filter(sub -> sub.ordinal() == m.subsection())
                .map(Section.Subsection::title).findFirst().orElse(null);
    }
}
