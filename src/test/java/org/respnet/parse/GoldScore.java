package org.respnet.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;
import org.respnet.text.DocumentReaders;

/**
 * F1 over (measure, unit, role) against every hand-checked gold in ../shared/docs, with the differences listed:
 * the parser's developer's instrument ({@code java … GoldScore [folder…]}), not a test.
 */
public final class GoldScore {

    public static void main(String[] args) throws IOException {
        List<Path> folders = args.length == 0
                ? List.of(Path.of("../shared/docs"), Path.of("../shared/docs/train")) : Stream.of(args).map(Path::of).toList();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path gold : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    score(gold);
                }
            }
        }
    }

    private static void score(Path goldFile) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
        String base = goldFile.getFileName().toString().replaceFirst("\\.json$", "");
        Path text = Files.list(goldFile.getParent()).filter(f -> f.getFileName().toString().startsWith(base + ".")
                && !f.toString().endsWith(".json")).findFirst().orElseThrow();
        Set<String> expected = new HashSet<>();
        for (JsonNode m : gold.get("measures")) {
            m.get("leads").forEach(u -> expected.add(m.get("number").asText() + "|" + u.asText() + "|L"));
            m.get("participants").forEach(u -> expected.add(m.get("number").asText() + "|" + u.asText() + "|P"));
        }
        Set<String> found = new HashSet<>();
        List<String> notes = new ArrayList<>();
        try {
            ParseReport report = new DocumentParser().check(DocumentReaders.read(text, null));
            PolicyDocument doc = report.document();
            for (Measure m : doc.measures()) {
                m.leads().forEach(u -> found.add(m.number() + "|" + u + "|L"));
                m.participants().forEach(u -> found.add(m.number() + "|" + u + "|P"));
            }
            if (doc.measures().size() != gold.get("measures").size()) {
                notes.add("measures " + doc.measures().size() + " != " + gold.get("measures").size() + ": "
                        + doc.measures().stream().map(Measure::number).toList());
            }
            compareMeasures(gold.get("measures"), doc.measures(), notes);
            if (doc.sections().size() != gold.get("counts").get("sections").asInt()) {
                notes.add("sections " + doc.sections().size() + " != " + gold.get("counts").get("sections"));
            }
            if (doc.units().size() != gold.get("counts").get("units").asInt()) {
                notes.add("units " + doc.units().size() + " != " + gold.get("counts").get("units") + ": "
                        + doc.units().stream().map(u -> u.name()).toList());
            }
            report.warnings().forEach(w -> notes.add("warning " + w.describe()));
        } catch (RuntimeException e) {
            notes.add("FAILED " + e);
        }
        Set<String> hit = new HashSet<>(found);
        hit.retainAll(expected);
        double p = found.isEmpty() ? 0 : (double) hit.size() / found.size();
        double r = expected.isEmpty() ? 1 : (double) hit.size() / expected.size();
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("%-60s F1 %.3f (P %.3f R %.3f)%n", base, f1, p, r);
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(found);
        Set<String> extra = new HashSet<>(found);
        extra.removeAll(expected);
        if (!missing.isEmpty()) {
            System.out.println("   missing " + missing.stream().sorted().toList());
        }
        if (!extra.isEmpty()) {
            System.out.println("   extra   " + extra.stream().sorted().toList());
        }
        notes.forEach(n -> System.out.println("   " + n));
    }

    private static void compareMeasures(JsonNode goldMeasures, List<Measure> measures, List<String> notes) {
        for (int i = 0; i < Math.min(goldMeasures.size(), measures.size()); i++) {
            JsonNode g = goldMeasures.get(i);
            Measure m = measures.get(i);
            String where = "measure " + g.get("number").asText() + ": ";
            check(notes, where + "number", g.get("number").asText(), m.number());
            check(notes, where + "section", g.get("section").isNull() ? "0" : g.get("section").asText(), String.valueOf(m.section()));
            check(notes, where + "generic", strings(g.get("generic")).toString(), m.collectives().toString());
            check(notes, where + "persons", g.has("persons") ? strings(g.get("persons")).toString() : "[]", m.persons().toString());
            check(notes, where + "deadline", g.get("deadline").isNull() ? null : g.get("deadline").asText(), m.deadline());
            check(notes, where + "clause", g.get("clause").isNull() ? null : g.get("clause").asText(), m.clause());
        }
    }

    private static void check(List<String> notes, String what, String expected, String actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            notes.add(what + " expected " + show(expected) + " got " + show(actual));
        }
    }

    private static String show(String s) {
        return s == null ? "null" : "'" + s.replace("\n", "\\n") + "'";
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
