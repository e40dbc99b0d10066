package org.respnet.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.respnet.model.PolicyDocument;
import org.respnet.model.Workload;

/**
 * The graph of many new documents as CSV files for Neo4j's bulk importer ({@code neo4j-admin database import full}).
 * Every value comes from the same {@link DocumentRows} the transactional loader sends, and the totals the loader
 * maintains per load (a unit's leads, a pair's COORDINATES weights) are summed here in the same document order, so
 * the imported graph is the graph the loader would have built document by document.
 *
 * <p>Feed documents in order with {@link #add}, then {@link #finish}; only unit and pair totals stay in memory.
 */
public final class ImportFiles implements AutoCloseable {

    /** Separates array elements inside a field; the importer is told the same (its {@code U+001F} form). */
    public static final char ARRAY_DELIMITER = '\u001F';

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setRecordSeparator('\n')
            // Nulls stay unquoted empty fields (no property); empty strings are quoted and kept.
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .get();

    /** Node files by label and relationship files by type, in the importer's {@code --nodes=Label=file} sense. */
    public record Layout(Map<String, Path> nodes, Map<String, Path> relationships) {
    }

    private final Path folder;
    private final Map<String, BufferedWriter> writers = new LinkedHashMap<>();
    private final Map<String, CSVPrinter> printers = new LinkedHashMap<>();
    private final Map<String, UnitTotals> units = new LinkedHashMap<>();
    private final Map<PairKey, PairTotals> pairs = new HashMap<>();
    // Integer node ids spare the importer from hashing every string key; a unit's id is given on whichever thread
    // meets it first, measures and sections take theirs from the document's ordinal.
    private final Map<String, Integer> unitIds = new ConcurrentHashMap<>();
    private final AtomicInteger nextUnitId = new AtomicInteger();
    private final Set<String> documentKeys = new HashSet<>();
    private int nextOrdinal;
    private long relationships;

    public ImportFiles(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
        open("documents", DocumentRows.DOCUMENT, ":ID(Document)");
        open("sections", DocumentRows.SECTION, ":ID(Section)");
        open("measures", DocumentRows.MEASURE, ":ID(Measure)");
        open("has_section", ":START_ID(Document)", ":END_ID(Section)");
        open("has_measure", ":START_ID(Document)", ":END_ID(Measure)");
        open("in_section", ":START_ID(Measure)", ":END_ID(Section)");
        open("leads", DocumentRows.LEAD, ":START_ID(Unit)", ":END_ID(Measure)");
        open("participates_in", DocumentRows.PARTICIPATION, ":START_ID(Unit)", ":END_ID(Measure)");
        open("works_on", DocumentRows.WORKS_ON, ":START_ID(Unit)", ":END_ID(Document)");
        open("supervises", ":START_ID(Unit)", ":END_ID(Document)");
    }

    /**
     * One document's rows as CSV text, file by file, with the figures its units and pairs add to the totals. Made
     * by {@link #render} on any thread; {@link #add} then appends it in document order.
     */
    public static final class Rendered {
        private final String key;
        private final String sourceName;
        private final List<org.respnet.model.Unit> units;
        private final List<Map<String, Object>> worksOn;
        private final Map<PairWeights.Pair, PairWeights.Weight> pairs;
        private final Map<String, StringBuilder> text = new LinkedHashMap<>();
        private final Map<String, CSVPrinter> printers = new HashMap<>();
        private long relationships;

        private Rendered(PolicyDocument document, DocumentRows rows) {
            this.key = document.key();
            this.sourceName = document.source().name();
            this.units = document.units();
            this.worksOn = rows.worksOn();
            this.pairs = rows.pairWeights();
        }

        /** A row of the file's columns after its ids. */
        private void print(String file, Columns columns, Map<String, Object> row, Object... ids) {
            Object[] values = columns.values(row);
            Object[] all = java.util.Arrays.copyOf(ids, ids.length + values.length);
            System.arraycopy(values, 0, all, ids.length, values.length);
            print(file, all);
        }

        private void print(String file, Object... values) {
            try {
                CSVPrinter printer = printers.get(file);
                if (printer == null) {
                    printer = new CSVPrinter(text.computeIfAbsent(file, f -> new StringBuilder()), FORMAT);
                    printers.put(file, printer);
                }
                printer.printRecord(fields(values));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (isRelationshipFile(file)) {
                relationships++;
            }
        }
    }

    /**
     * Renders one document's nodes and relationships; safe on any thread.
     *
     * @param ordinal distinct for every document of this import (its position in the input)
     */
    public Rendered render(PolicyDocument document, int ordinal) {
        var rows = new DocumentRows(document);
        var out = new Rendered(document, rows);
        long documentId = ordinal;
        Map<Integer, Long> sectionIds = new HashMap<>();
        Map<String, Long> measureIds = new HashMap<>();
        document.units().forEach(u -> unitId(u.name()));
        out.print("documents", DocumentRows.DOCUMENT, rows.documentProperties(), documentId);
        for (var s : rows.sections()) {
            long sectionId = childId(documentId, (int) s.get("ordinal"));
            sectionIds.put((Integer) s.get("ordinal"), sectionId);
            out.print("sections", DocumentRows.SECTION, s, sectionId);
            out.print("has_section", documentId, sectionId);
        }
        for (var m : rows.measures()) {
            long measureId = childId(documentId, (int) m.get("index"));
            measureIds.put((String) m.get("uid"), measureId);
            out.print("measures", DocumentRows.MEASURE, m, measureId);
            out.print("has_measure", documentId, measureId);
            // The loader links a measure to its section only when that section exists.
            Long sectionId = sectionIds.get((Integer) m.get("section"));
            if (sectionId != null) {
                out.print("in_section", measureId, sectionId);
            }
        }
        for (var r : rows.leads()) {
            out.print("leads", DocumentRows.LEAD, r, unitId((String) r.get("unit")), measureIds.get((String) r.get("measure")));
        }
        for (var r : rows.participations()) {
            out.print("participates_in", DocumentRows.PARTICIPATION, r, unitId((String) r.get("unit")),
                    measureIds.get((String) r.get("measure")));
        }
        for (var r : out.worksOn) {
            out.print("works_on", DocumentRows.WORKS_ON, r, unitId((String) r.get("unit")), documentId);
        }
        for (String supervisor : document.supervisors()) {
            out.print("supervises", unitId(supervisor), documentId);
        }
        return out;
    }

    /** {@link #render} and {@link #add(Rendered)} in one step, numbering documents in the order they come. */
    public void add(PolicyDocument document) {
        add(render(document, nextOrdinal++));
    }

    private int unitId(String name) {
        return unitIds.computeIfAbsent(name, n -> nextUnitId.getAndIncrement());
    }

    /** A section's or measure's id: its document's ordinal, then its own number within the document. */
    private static long childId(long documentId, int number) {
        if (number < 0 || number >= 1 << 24) {
            throw new IllegalArgumentException("A document with more than 16 million measures cannot be imported");
        }
        return documentId << 24 | number;
    }

    /**
     * Appends one rendered document and adds its figures to the unit and pair totals, in the order documents
     * arrive, which is the order the loader would have loaded them in.
     *
     * @throws IllegalArgumentException when a document with the same key was already added: a bulk import builds
     *                                  a new graph and has no earlier version to replace
     */
    public void add(Rendered document) {
        if (!documentKeys.add(document.key)) {
            throw new IllegalArgumentException("Two documents share the key " + document.key + " (the later one is "
                    + document.sourceName + "); import distinct documents, then load revisions with 'respnet load'");
        }
        document.text.forEach((file, text) -> {
            try {
                writers.get(file).append(text);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file(file), e);
            }
        });
        relationships += document.relationships;
        for (var u : document.units) {
            units.computeIfAbsent(u.name(), n -> new UnitTotals()).seen(u.kind().name(), u.aliases());
        }
        for (var r : document.worksOn) {
            UnitTotals totals = units.get((String) r.get("unit"));
            totals.add((long) r.get("leads"), (long) r.get("participations"), (double) r.get("leadShare"));
            totals.dues.addAll(r);
        }
        document.pairs.forEach((names, weight) -> {
            pairs.computeIfAbsent(new PairKey(unitIds.get(names.a()), unitIds.get(names.b())),
                    k -> new PairTotals()).add(weight);
        });
    }

    /** Writes the unit nodes and pair totals and closes every file. */
    public Layout finish() {
        open("units", ":ID(Unit)", "name", "kind", "aliases:string[]", "leads:long", "participations:long",
                "leadShare:double", "workload:double", "dueDates:date[]", "dueCounts:long[]", "dueLeadCounts:long[]");
        // The embedded import recomputes workload as a load does (DocumentLoader.refreshImportedUnits);
        // this value serves a server that imports the files elsewhere (--csv-only).
        units.forEach((name, u) -> {
            Map<String, Object> due = new HashMap<>();
            u.dues.putInto(due);
            print("units", unitIds.get(name), name, u.kind, List.copyOf(u.aliases), u.leads, u.participations,
                    Workload.storedShare(u.leads, u.leadShare), Workload.of(u.leads, u.leadShare, u.participations),
                    due.get("dueDates"), due.get("dueCounts"), due.get("dueLeadCounts"));
        });
        open("coordinates", ":START_ID(Unit)", ":END_ID(Unit)", "pair", "measures:long", "leadLead:long",
                "leadParticipant:long", "inverse:double");
        String[] names = new String[nextUnitId.get()];
        unitIds.forEach((name, id) -> names[id] = name);
        pairs.forEach((key, c) -> {
            int a = key.a();
            int b = key.b();
            print("coordinates", a, b, new PairWeights.Pair(names[a], names[b]).key(), c.measures, c.leadLead, c.leadParticipant, c.inverse);
        });
        close();
        Map<String, Path> nodes = new LinkedHashMap<>();
        for (String label : List.of("Document", "Section", "Measure", "Unit")) {
            nodes.put(label, file(label.toLowerCase() + "s"));
        }
        Map<String, Path> rels = new LinkedHashMap<>();
        for (String type : List.of("HAS_SECTION", "HAS_MEASURE", "IN_SECTION", "LEADS", "PARTICIPATES_IN", "WORKS_ON",
                "SUPERVISES", "COORDINATES")) {
            rels.put(type, file(type.toLowerCase()));
        }
        return new Layout(nodes, rels);
    }

    public int documents() {
        return documentKeys.size();
    }

    public List<String> unitNames() {
        return List.copyOf(units.keySet());
    }

    /** Relationships written so far; pair totals count once {@link #finish} has written them. */
    public long relationships() {
        return relationships;
    }

    @Override
    public void close() {
        for (var writer : writers.entrySet()) {
            try {
                writer.getValue().close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file(writer.getKey()), e);
            }
        }
        writers.clear();
        printers.clear();
    }

    private Path file(String name) {
        return folder.resolve(name + ".csv");
    }

    private void open(String name, Columns columns, String... ids) {
        open(name, Columns.concat(ids, columns.headers()));
    }

    private void open(String name, String... header) {
        try {
            BufferedWriter out = Files.newBufferedWriter(file(name), StandardCharsets.UTF_8);
            writers.put(name, out);
            printers.put(name, new CSVPrinter(out, FORMAT));
            printers.get(name).printRecord((Object[]) header);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file(name), e);
        }
    }

    /** A row written here, on the calling thread: unit nodes and pair totals, once every document is in. */
    private void print(String name, Object... values) {
        try {
            printers.get(name).printRecord(fields(values));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file(name), e);
        }
        if (isRelationshipFile(name)) {
            relationships++;
        }
    }

    private static Object[] fields(Object... values) {
        Object[] fields = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            fields[i] = field(values[i]);
        }
        return fields;
    }

    private static boolean isRelationshipFile(String name) {
        return switch (name) {
            case "documents", "sections", "measures", "units" -> false;
            default -> true;
        };
    }

    private static Object field(Object value) {
        if (value instanceof List<?> list) {
            StringBuilder joined = new StringBuilder();
            for (Object element : list) {
                String text = String.valueOf(element);
                if (text.indexOf(ARRAY_DELIMITER) >= 0) {
                    throw new IllegalArgumentException("A list value contains the control character U+001F: " + text);
                }
                if (!joined.isEmpty()) {
                    joined.append(ARRAY_DELIMITER);
                }
                joined.append(text);
            }
            return joined.toString();
        }
        if (value instanceof ZonedDateTime time) {
            return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        return value;
    }

    private static final class UnitTotals {
        String kind;
        final Set<String> aliases = new LinkedHashSet<>();
        long leads;
        long participations;
        double leadShare;
        /** Summed document by document, as cypher/load/works-on merges them into the Unit's arrays. */
        final DueCounts dues = new DueCounts();

        /** The loader sets the kind from each document in turn and lets aliases accumulate. */
        void seen(String kind, List<String> aliases) {
            this.kind = kind;
            this.aliases.addAll(aliases);
        }

        void add(long leads, long participations, double leadShare) {
            this.leads += leads;
            this.participations += participations;
            this.leadShare += leadShare;
        }
    }

    /**
     * Two unit ids, the first the unit whose name sorts first. Hashed by multiplying, not as a Long (whose hash, the
     * xor of its halves, is a ^ b: 16,384 values for L's 4.5 million pairs, which turned the map's bins into trees
     * and made summing the totals the slowest step of the import).
     */
    private record PairKey(int a, int b) {
        @Override
        public int hashCode() {
            return Long.hashCode((((long) a << 32) | (b & 0xffffffffL)) * 0x9E3779B97F4A7C15L);
        }
    }

    private static final class PairTotals {
        long measures;
        long leadLead;
        long leadParticipant;
        double inverse;

        /** A document's weights, added as the loader's coordinates statement adds them to the stored total. */
        void add(PairWeights.Weight weight) {
            measures += weight.measures;
            leadLead += weight.leadLead;
            leadParticipant += weight.leadParticipant;
            inverse += weight.inverse;
        }
    }
}
