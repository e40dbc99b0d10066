package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;
import org.respnet.model.Unit;
import org.respnet.text.DecodedText;
import org.respnet.text.TextDecodingException;
import org.respnet.text.TextReader;

/**
 * What must hold for any input bytes: decoding fails with a {@link TextDecodingException}, parsing fails with a
 * {@link ParseException} naming a line of the text, or the document is well formed. Any other throwable escapes
 * and fails the property.
 */
final class ParseInvariants {

    static final String NAME = "fuzz.txt";
    /** Built once: it holds only the rule tables, so parses may share it. */
    static final DocumentParser PARSER = new DocumentParser();

    private ParseInvariants() {
    }

    /** @return the parsed document, or null when the input was rejected cleanly */
    static PolicyDocument parsesOrFailsCleanly(byte[] bytes) {
        DecodedText text;
        try {
            text = TextReader.decode(NAME, bytes, null);
        } catch (TextDecodingException e) {
            assertThat(e).hasMessageStartingWith(NAME + ": ");
            return null;
        }
        try {
            ParseReport report = PARSER.check(text);
            assertWellFormed(report);
            return report.document();
        } catch (ParseException e) {
            int lines = text.text().split("\n", -1).length;
            assertThat(e.file()).isEqualTo(NAME);
            assertThat(e.line()).as(e.getMessage()).isBetween(1, lines);
                assertThat(e).hasMessageStartingWith(NAME + ":" + e.line() + ": ");
            return null;
        }
    }

    static void assertWellFormed(ParseReport report) {
        PolicyDocument doc = report.document();
        java.util.Set<String> warned = new HashSet<>();
        report.warnings().forEach(w -> warned.add(w.measure()));
        Set<String> units = new HashSet<>();
        doc.units().stream().map(Unit::name).forEach(units::add);
        for (int i = 0; i < doc.measures().size(); i++) {
            Measure m = doc.measures().get(i);
            String where = "measure " + m.index() + " (" + m.number() + ") clause " + m.clause();
            assertThat(m.index()).as(where).isEqualTo(i + 1);
            assertThat(m.leads()).as(where).doesNotHaveDuplicates().noneMatch(m.participants()::contains);
            assertThat(m.participants()).as(where).doesNotHaveDuplicates();
            for (String name : concat(m)) {
                assertThat(name).as(where).isNotBlank().doesNotContain("、").doesNotContain(",").doesNotContain("\n")
                        .isEqualTo(name.strip());
                assertThat(units).as(where).contains(name);
            }
            assertThat(mayNameNoLead(m) || warned.contains(m.number()))
                    .as("%s has no lead although its clause names one, and no warning says why", where).isTrue();
        }
    }

    /**
     * From the rules in package-info: a measure may lack a lead unit only when it has no clause; when its clause
     * names no lead at all (no 牵头 label, verb or mark outside a first-listed-leads declaration, e.g.
     * {@code (X、Y负责)} or {@code 责任单位:X、Y}); or when what it names as lead is a collective phrase
     * ({@code 各有关部门}), which is kept verbatim and is not a unit.
     */
    static boolean mayNameNoLead(Measure m) {
        if (!m.leads().isEmpty() || m.clause() == null) {
            return true;
        }
        String withoutDeclaration = LeadConvention.DECLARATION.matcher(m.clause()).replaceAll("");
        return !withoutDeclaration.contains("牵头") || !m.collectives().isEmpty();
    }

    private static java.util.List<String> concat(Measure m) {
        var all = new java.util.ArrayList<>(m.leads());
        all.addAll(m.participants());
        return all;
    }
}
