package org.respnet.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.respnet.model.Section;
import org.respnet.model.Section.Subsection;

/**
 * Builds the outline from classified lines.
 * <ul>
 * <li>{@code 一、} opens a section. A {@code (一)} line is a subsection heading when it has no clause and the
 *     next numbered line is arabic ({@code 1.}); otherwise {@code (一)} numbers a measure.</li>
 * <li>A line holding only a clause belongs to the measure just above it.</li>
 * <li>Where the document has clauses, a numbered paragraph without one is a measure only if its section has
 *     clause-bearing measures numbered the same way (a measure whose clause was left out); otherwise it is plain
 *     text, such as {@code (一)指导思想}. A document without any clause is a plain numbered list: every
 *     numbered paragraph is a measure.</li>
 * </ul>
 */
final class StructureReader {

    private StructureReader() {
    }

    static Structure read(List<Line> lines) {
        List<Line> header = new ArrayList<>();
        List<SectionBuilder> sections = new ArrayList<>();
        List<MeasureDraft> drafts = new ArrayList<>();
        List<String> plainText = new ArrayList<>();
        boolean inHeader = true;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Optional<ClauseLocator.Located> clause = line.isNumbered() ? ClauseLocator.locate(line.rest()) : Optional.empty();
            inHeader &= !line.isNumbered();
            if (inHeader) {
                header.add(line);
            }
            SectionBuilder current = sections.isEmpty() ? null : sections.get(sections.size() - 1);
            switch (line.kind()) {
                case SECTION -> sections.add(new SectionBuilder(sections.size() + 1, line.number(), withoutStop(line.rest())));
                case CHINESE_PAREN, ARABIC -> {
                    if (line.kind() == Line.Kind.CHINESE_PAREN && clause.isEmpty() && nextNumberedIsArabic(lines, i)) {
                        if (current == null) {
                            current = new SectionBuilder(0, "", "");
                            sections.add(current);
                        }
                        current.subsections.add(new Subsection(current.subsections.size() + 1, line.number(), withoutStop(line.rest())));
                    } else {
                        int section = current == null ? 0 : current.ordinal;
                        Integer subsection = current == null || current.subsections.isEmpty() ? null : current.subsections.size();
                        drafts.add(new MeasureDraft(line.lineNo(), line.kind(), line.number(), section, subsection,
                                line.rest(), clause.orElse(null), line.lineNo()));
                    }
                }
                case TEXT -> {
                    MeasureDraft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
                    if (!inHeader && last != null && !last.hasClause() && ClauseLocator.isClauseOnly(line.rest())) {
                        drafts.set(drafts.size() - 1, last.withClauseBelow(ClauseLocator.locate(line.rest()).orElseThrow(), line.lineNo()));
                    } else if (!inHeader) {
                        plainText.add(line.rest());
                    }
                }
                case BLANK -> { }
            }
        }
        List<Section> built = sections.stream().filter(s -> s.ordinal > 0).map(SectionBuilder::build).toList();
        return new Structure(header, built, keepMeasures(drafts, plainText), plainText);
    }

    private static List<MeasureDraft> keepMeasures(List<MeasureDraft> drafts, List<String> plainText) {
        if (drafts.stream().noneMatch(MeasureDraft::hasClause)) {
            return drafts;
        }
        List<MeasureDraft> kept = new ArrayList<>();
        for (MeasureDraft d : drafts) {
            boolean siblingHasClause = drafts.stream().anyMatch(o -> o.hasClause() && o.section() == d.section() && o.style() == d.style());
            if (d.hasClause() || siblingHasClause) {
                kept.add(d);
            } else {
                plainText.add(d.paragraph());
            }
        }
        return kept;
    }

    private static boolean nextNumberedIsArabic(List<Line> lines, int from) {
        return lines.subList(from + 1, lines.size()).stream().filter(Line::isNumbered).findFirst()
                .map(l -> l.kind() == Line.Kind.ARABIC).orElse(false);
    }

    private static String withoutStop(String title) {
        return title.endsWith("。") ? title.substring(0, title.length() - 1) : title;
    }

    private static final class SectionBuilder {
        final int ordinal;
        final String label;
        final String title;
        final List<Subsection> subsections = new ArrayList<>();

        SectionBuilder(int ordinal, String label, String title) {
            this.ordinal = ordinal;
            this.label = label;
            this.title = title;
        }

        Section build() {
            return new Section(ordinal, label, title, subsections);
        }
    }
}
