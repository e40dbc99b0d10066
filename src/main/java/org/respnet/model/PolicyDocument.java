package org.respnet.model;

import java.util.List;

/**
 * One implementation plan as parsed from its text. The parser produces it; the loader writes it.
 *
 * @param key          stable identity across revisions: the document number when the text has one, else the title
 * @param title        the plan's title as written (NFKC)
 * @param docNumber    e.g. {@code 衢委发[2016]3号}; null when the text carries no intact number
 * @param issuer       the issuing body when stated (e.g. {@code 中共衢州市委}); null otherwise
 * @param date         signing date as written when intact; null otherwise
 * @param source       where the text came from and how it was decoded
 * @param sections     top-level sections in order
 * @param measures     numbered measures in document order
 * @param units        every distinct unit named as lead, participant or supervisor, with its kind
 * @param supervisors  names of units that supervise implementation ({@code SUPERVISES} the document)
 */
public record PolicyDocument(
        String key,
        String title,
        String docNumber,
        String issuer,
        String date,
        Source source,
        List<Section> sections,
        List<Measure> measures,
        List<Unit> units,
        List<String> supervisors) {

    public PolicyDocument {
        sections = List.copyOf(sections);
        measures = List.copyOf(measures);
        units = List.copyOf(units);
        supervisors = List.copyOf(supervisors);
    }

    public int leadCount() {
        return measures.stream().mapToInt(m -> m.leads().size()).sum();
    }

    public int participationCount() {
        return measures.stream().mapToInt(m -> m.participants().size()).sum();
    }
}
