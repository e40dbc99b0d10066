package org.respnet.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;
import org.respnet.model.Source;
import org.respnet.text.DecodedText;

/** Turns a decoded implementation plan into its sections, measures, units and supervisors. */
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
        this.clauseParser = new ClauseParser(new UnitListSplitter(aliases, new SharedPrefix(knownNames)));
    }

    /** The document as read, warnings ignored. @throws ParseException when the text cannot be read as a plan */
    public PolicyDocument parse(DecodedText text) {
        return check(text).document();
    }

    /** The document with every warning raised on the way. @throws ParseException when the text cannot be read as a plan */
    public ParseReport check(DecodedText text) {
        List<Line> lines = LineClassifier.classify(text.text());
        Structure structure = StructureReader.read(lines);
        Metadata meta = MetadataExtractor.extract(structure.header(), lines);
        UnitRegistry registry = new UnitRegistry();
        List<Measure> measures = toMeasures(structure.measures(), text, registry);
        List<String> supervisors = new ArrayList<>();
        for (SupervisorFinder.Supervisor s : SupervisorFinder.find(structure.plainText())) {
            String name = aliases.canonical(s.name());
            registry.add(new Mention(name, s.name(), false, false));
            if (s.alias() != null) {
                registry.addAlias(name, s.alias());
            }
            if (!supervisors.contains(name)) {
                supervisors.add(name);
            }
        }
        String key = meta.docNumber() != null ? meta.docNumber() : meta.title();
        Source source = new Source(text.name(), text.charset().name(), sha256(text.text()));
        return new ParseReport(new PolicyDocument(key, meta.title(), meta.docNumber(), meta.issuer(), meta.date(), source,
                structure.sections(), measures, registry.build(classifier), supervisors), List.of());
    }

    private List<Measure> toMeasures(List<MeasureDraft> drafts, DecodedText text, UnitRegistry registry) {
        LeadConvention convention = new LeadConvention();
        List<Measure> measures = new ArrayList<>();
        for (MeasureDraft d : drafts) {
            Responsibility r = d.hasClause()
                    ? clauseParser.parse(d.located().clause(), convention, text.name(), d.clauseLine())
                    : Responsibility.NONE;
            r.leads().forEach(registry::add);
            r.participants().forEach(registry::add);
            List<String> leads = names(r.leads());
            List<String> participants = names(r.participants()).stream().filter(p -> !leads.contains(p)).toList();
            String measureText = d.hasClause() ? d.located().text() : d.paragraph();
            measures.add(new Measure(measures.size() + 1, d.number(), d.section(), d.subsection(), measureText,
                    d.hasClause() ? d.located().clause() : null, leads, participants, r.collectives(), r.deadline(),
                    List.of(), text.where(d.lineNo())));
        }
        return measures;
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
