package org.respnet.web;

import java.util.List;
import org.respnet.load.DocumentIngest;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;
import org.respnet.parse.ParseReport;
import org.respnet.parse.ParseWarning;
import org.respnet.text.DecodedText;

/**
 * The answer of {@code POST /api/v1/documents/preview}: what a load would store, every warning, and the normalised
 * text whose 1-based line numbers the warnings use, so a page can mark the lines.
 */
record DocumentPreview(Document document, List<PreviewMeasure> measures, List<Warning> warnings, Source source) {

    /**
     * @param stored {@code new}, {@code unchanged} (a load is skipped unless forced) or {@code revision} (a load
     *               replaces the stored version)
     */
    record Document(String key, String title, String docNumber, String issuer, String date, String format,
                    String charset, String stored, int sections, int measures, int units, int leads,
                    int participations, long unassigned, int warnings) {
    }

    record PreviewMeasure(int index, String number, int section, String text, String clause, List<String> leads,
                          List<String> participants, List<String> collectives, List<String> persons,
                          String deadline, String location, boolean unassigned) {
    }

    /** A {@link ParseWarning} with its one-line form ({@code describe}) as the command line prints it. */
    record Warning(int line, String where, String measure, String message, String excerpt, String description) {
    }

    record Source(String name, List<String> lines) {
    }

    static DocumentPreview of(DecodedText text, ParseReport report, DocumentIngest.Stored stored) {
        PolicyDocument d = report.document();
        var document = new Document(d.key(), d.title(), d.docNumber(), d.issuer(), d.date(), text.format(),
                text.charset().name(), stored.name().toLowerCase(java.util.Locale.ROOT), d.sections().size(),
                d.measures().size(), d.units().size(), d.leadCount(), d.participationCount(),
                d.measures().stream().filter(Measure::unassigned).count(), report.warnings().size());
        var measures = d.measures().stream().map(m -> new PreviewMeasure(m.index(), m.number(), m.section(), m.text(),
                m.clause(), m.leads(), m.participants(), m.collectives(), m.persons(), m.deadline(), m.location(),
                m.unassigned())).toList();
        var warnings = report.warnings().stream().map(w -> new Warning(w.line(), w.where(), w.measure(), w.message(),
                w.excerpt(), w.describe())).toList();
        return new DocumentPreview(document, measures, warnings,
                new Source(text.name(), List.of(text.text().split("\n", -1))));
    }
}
