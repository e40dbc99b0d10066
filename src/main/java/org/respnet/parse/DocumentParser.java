package org.respnet.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;
import org.respnet.model.Section;
import org.respnet.model.Source;
import org.respnet.model.Unit;
import org.respnet.text.DecodedText;

/** Turns a decoded implementation plan into its sections, measures, units and supervisors, with what it doubted. */
public final class DocumentParser {

    private final UnitClassifier classifier;
    private final UnitAliases aliases;
    private final ClauseParser clauseParser;

    public DocumentParser() {
        this(UnitClassifier.withDefaults(), UnitAliases.withDefaults());
    }

    public DocumentParser(UnitClassifier classifier, UnitAliases aliases) {
        this.classifier = classifier;
        this.aliases = aliases;
        Set<String> knownNames = new HashSet<>(aliases.knownNames());
        knownNames.addAll(classifier.exactNames());
        this.clauseParser = new ClauseParser(new UnitListSplitter(new SharedPrefix(knownNames)));
    }

    /** The document as read, warnings ignored. @throws ParseException when the text cannot be read as a plan */
    public PolicyDocument parse(DecodedText text) {
        return check(text).document();
    }

    /** The document with every warning raised on the way. @throws ParseException when the text cannot be read as a plan */
    public ParseReport check(DecodedText text) {
        Script script = Script.of(text.text());
        List<Line> lines = LineClassifier.classify(script.readable());
        Structure structure = StructureReader.read(lines);
        if (structure.measures().isEmpty()) {
            throw new ParseException(text.name(), 1, text.where(1), "no measure found: " + whatWasSeen(lines)
                    + "; a plan numbers its measures (一、 (一) 1. (1)) or lists them in a task table with a 序号 column");
        }
        List<ParseWarning> warnings = new ArrayList<>();
        Map<String, Set<String>> abbreviated = new HashMap<>();
        List<Measure> measures = toMeasures(structure.measures(), text, warnings, abbreviated);
        Metadata meta = MetadataExtractor.extract(structure.header(), lines);
        Map<String, String> merged = aliasesUsedTogether(measures);
        List<String> supervisors = new ArrayList<>();
        Map<String, Set<String>> writtenAs = new HashMap<>();
        for (SupervisorFinder.Supervisor s : SupervisorFinder.find(structure.plainText())) {
            String name = merged.getOrDefault(s.name(), s.name());
            if (!supervisors.contains(name)) {
                supervisors.add(name);
            }
            if (s.alias() != null) {
                writtenAs.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(s.alias());
            }
        }
        List<Measure> named = new ArrayList<>();
        for (Measure m : measures) {
            named.add(renamed(m, merged, script));
        }
        String title = script.asWritten(meta.title());
        String key = meta.docNumber() != null ? script.asWritten(meta.docNumber()) : title;
        Source source = new Source(text.name(), text.charset().name(), sha256(text.text()));
        List<Section> sections = structure.sections().stream().map(s -> new Section(s.ordinal(), s.label(),
                script.asWritten(s.title()), s.subsections().stream().map(sub -> new Section.Subsection(sub.ordinal(),
                        sub.label(), script.asWritten(sub.title()))).toList())).toList();
        PolicyDocument document = new PolicyDocument(key, title, script.asWritten(meta.docNumber()),
                script.asWritten(meta.issuer()), meta.date(), source, sections, named,
                units(measures, supervisors, merged, abbreviated, writtenAs, script), supervisors.stream().map(script::asWritten).toList());
        return new ParseReport(document, warnings.stream().map(w -> new ParseWarning(w.line(), w.where(), w.measure(),
                script.asWritten(w.message()), script.asWritten(w.excerpt()))).toList());
    }

    private List<Measure> toMeasures(List<MeasureDraft> drafts, DecodedText text, List<ParseWarning> warnings,
                                     Map<String, Set<String>> abbreviated) {
        LeadConvention convention = new LeadConvention();
        List<Measure> measures = new ArrayList<>();
        for (MeasureDraft d : drafts) {
            List<String> problems = new ArrayList<>();
            Responsibility r = Responsibility.NONE;
            if (d.cutOff() != null) {
                throw new ParseException(text.name(), d.clauseLine(), text.where(d.clauseLine()), "the clause of measure "
                        + d.number() + " is cut off: '" + d.cutOff() + "' ends without its closing bracket or without names");
            }
            if (d.hasClause()) {
                r = clauseParser.parse(d.clauseToRead(), convention, problems);
            } else {
                problems.add("no responsibility clause: the measure is kept unassigned");
            }
            for (String problem : problems) {
                warnings.add(new ParseWarning(d.clauseLine(), text.where(d.clauseLine()), d.number(), problem,
                        d.hasClause() ? d.clause() : d.text()));
            }
            List<String> leads = names(r.leads());
            List<String> participants = names(r.participants()).stream().filter(p -> !leads.contains(p)).toList();
            InputLimits.measureNumber(d.number(), text, d.lineNo());
            InputLimits.unitsPerMeasure(leads.size() + participants.size(), text, d.clauseLine(), d.number());
            for (String name : concat(leads, participants)) {
                InputLimits.unitName(name, text, d.clauseLine(), d.number());
            }
            measures.add(new Measure(measures.size() + 1, d.number(), d.section(), d.subsection(), d.text(), d.clause(),
                    leads, participants, r.collectives(), r.deadline(), r.persons(), text.where(d.lineNo())));
            for (Mention mention : concat(r.leads(), r.participants())) {
                if (!mention.writtenAs().equals(mention.name())) {
                    abbreviated.computeIfAbsent(mention.name(), n -> new LinkedHashSet<>()).add(mention.writtenAs());
                }
            }
        }
        return measures;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * An alias merges two names only when the document itself uses both ({@code 共青团衢州市委} and {@code 团市委}):
     * units are kept as written otherwise, since another city's 市发展改革委 is not this city's 市发改委.
     */
    private Map<String, String> aliasesUsedTogether(List<Measure> measures) {
        Set<String> named = new HashSet<>();
        measures.forEach(m -> {
            named.addAll(m.leads());
            named.addAll(m.participants());
        });
        Map<String, String> merged = new HashMap<>();
        for (String name : named) {
            String canonical = aliases.canonical(name);
            if (!canonical.equals(name) && named.contains(canonical)) {
                merged.put(name, canonical);
            }
        }
        return merged;
    }

    /** The measure with merged aliases applied and every string back in the document's own characters. */
    private static Measure renamed(Measure m, Map<String, String> merged, Script script) {
        List<String> leads = rename(m.leads(), merged, script, List.of());
        return new Measure(m.index(), m.number(), m.section(), m.subsection(), script.asWritten(m.text()),
                script.asWritten(m.clause()), leads, rename(m.participants(), merged, script, leads),
                m.collectives().stream().map(script::asWritten).toList(), script.asWritten(m.deadline()),
                m.persons().stream().map(script::asWritten).toList(), m.location());
    }

    private static List<String> rename(List<String> names, Map<String, String> merged, Script script, List<String> exclude) {
        return names.stream().map(n -> script.asWritten(merged.getOrDefault(n, n))).distinct()
                .filter(n -> !exclude.contains(n)).toList();
    }

    /** Each unit once, in order of first mention, with the other names the document gave it. */
    private List<Unit> units(List<Measure> measures, List<String> supervisors, Map<String, String> merged,
                             Map<String, Set<String>> abbreviated, Map<String, Set<String>> writtenAs, Script script) {
        Map<String, Set<String>> aliasesByName = new LinkedHashMap<>();
        for (Measure m : measures) {
            for (String name : concat(m.leads(), m.participants())) {
                Set<String> unitAliases = aliasesByName.computeIfAbsent(merged.getOrDefault(name, name), n -> new LinkedHashSet<>());
                if (merged.containsKey(name)) {
                    unitAliases.add(name);
                }
                unitAliases.addAll(abbreviated.getOrDefault(name, Set.of()));
            }
        }
        for (String s : supervisors) {
            aliasesByName.computeIfAbsent(s, n -> new LinkedHashSet<>()).addAll(writtenAs.getOrDefault(s, Set.of()));
        }
        List<Unit> units = new ArrayList<>();
        aliasesByName.forEach((name, unitAliases) -> units.add(new Unit(script.asWritten(name), classifier.classify(name),
                unitAliases.stream().map(script::asWritten).toList())));
        return units;
    }

    private static String whatWasSeen(List<Line> lines) {
        long text = lines.stream().filter(l -> !l.isBlank()).count();
        long numbered = lines.stream().filter(Line::isNumbered).count();
        return text + " non-blank line(s), " + numbered + " of them numbered, none reading as a measure";
    }

    private static List<String> names(List<Mention> mentions) {
        return mentions.stream().map(Mention::name).distinct().toList();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
