package org.respnet.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.respnet.model.Section;
import org.respnet.model.Section.Subsection;

/**
 * Builds the outline from classified lines.
 * <ul>
 * <li>A task table, when the text holds one, gives the measures: one per row.</li>
 * <li>Otherwise each numbered line opens a paragraph. Its clause is at its end, or on the lines under it: a
 *     bracketed line or labelled lines ({@code 牵头单位:}, {@code 责任领导:}, {@code 完成时限:}, blank lines
 *     between them allowed), possibly after lines that continue the measure's text.</li>
 * <li>Measure levels are the numbering styles whose paragraphs mostly carry clauses ({@code 一、} itself when a
 *     plan numbers its measures so); with no clause anywhere, the innermost style. Every paragraph of a measure level
 *     is a measure, with or without a clause, unless it heads deeper measures; any paragraph with a clause is one.
 *     Styles outside the measure levels are sections ({@code 一、}) and subsections; deeper ones are text.</li>
 * <li>A section numbering that starts again at 一 while no measure has been found discards the sections before:
 *     they were the paragraphs of a covering notice.</li>
 * </ul>
 */
final class StructureReader {

    /** Share of a style's paragraphs that must carry a clause for the style to number measures. */
    private static final double MEASURE_LEVEL_SHARE = 0.3;

    private record Block(Line line, int index, String text, String clause, String clauseToRead, int clauseLine, int end,
                         String cutOff, boolean clauseBelow) {

        boolean hasClause() {
            return clause != null;
        }
    }

    private final List<Line> lines;
    private final List<SectionBuilder> sections = new ArrayList<>();
    private final List<MeasureDraft> drafts = new ArrayList<>();
    private final List<String> plainText = new ArrayList<>();

    private StructureReader(List<Line> lines) {
        this.lines = lines;
    }

    static Structure read(List<Line> lines) {
        return new StructureReader(lines).build();
    }

    private Structure build() {
        Optional<TaskTable> table = TaskTable.find(lines);
        List<Line> header;
        if (table.isPresent()) {
            header = lines.subList(0, table.get().headerIndex);
            header.stream().filter(l -> !l.isBlank()).forEach(l -> plainText.add(l.rest()));
            readTable(table.get());
        } else {
            List<Block> blocks = blocks();
            header = lines.subList(0, blocks.isEmpty() ? lines.size() : blocks.get(0).index());
            readBlocks(blocks);
        }
        List<Section> built = sections.stream().filter(s -> s.ordinal > 0).map(SectionBuilder::build).toList();
        return new Structure(List.copyOf(header), built, drafts, plainText);
    }

    // ---- tables ----------------------------------------------------------------------------------------------------

    private void readTable(TaskTable table) {
        for (TaskTable.Entry entry : table.entries) {
            if (entry instanceof TaskTable.SectionEntry s) {
                openSection(s.line());
            } else if (entry instanceof TaskTable.RowEntry r) {
                TaskTable.Row row = r.row();
                drafts.add(new MeasureDraft(row.lineNo(), row.number(), currentSection(), currentSubsection(),
                        table.text(row), row.clause(), table.clauseToRead(row), row.clauseLine(), null));
            }
        }
    }

    // ---- paragraphs ------------------------------------------------------------------------------------------------

    /** Each numbered line with the lines under it up to the next numbered line, and the clause found there. */
    private List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isNumbered()) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).isNumbered()) {
                end++;
            }
            blocks.add(block(i, end));
        }
        liftClausesClosingSubItems(blocks);
        return blocks;
    }

    /**
     * {@code 1.完善体系 (1)… (2)… (责任单位:…)}: a clause on its own line after two or more clauseless sub-items
     * closes the item they belong to, not the last sub-item.
     */
    private static void liftClausesClosingSubItems(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block last = blocks.get(i);
            if (!last.clauseBelow() || i + 1 < blocks.size() && blocks.get(i + 1).line().kind() == last.line().kind()) {
                continue;
            }
            int parent = i - 1;
            while (parent >= 0 && blocks.get(parent).line().kind() == last.line().kind() && !blocks.get(parent).hasClause()) {
                parent--;
            }
            if (parent < 0 || i - parent < 2 || blocks.get(parent).hasClause() || blocks.get(parent).cutOff() != null
                    || blocks.get(parent).line().kind().compareTo(last.line().kind()) >= 0) {
                continue;
            }
            Block p = blocks.get(parent);
            blocks.set(parent, new Block(p.line(), p.index(), p.text(), last.clause(), last.clauseToRead(), last.clauseLine(),
                    p.end(), null, true));
            blocks.set(i, new Block(last.line(), last.index(), last.text(), null, null, last.line().lineNo(), last.end(), null, false));
        }
    }

    private Block block(int start, int end) {
        Line line = lines.get(start);
        String rest = line.rest();
        int next = start + 1;
        // A clause broken over lines: join until its bracket closes.
        while (ClauseLocator.cutOff(rest).isPresent() && next < end && !lines.get(next).isBlank()) {
            rest = rest + lines.get(next).rest();
            next++;
        }
        Optional<String> cutOff = ClauseLocator.cutOff(rest);
        if (cutOff.isPresent()) {
            return new Block(line, start, rest, null, null, line.lineNo(), next, cutOff.get(), false);
        }
        Optional<ClauseLocator.Located> inline = ClauseLocator.locate(rest);
        if (inline.isPresent()) {
            List<String> earlier = ClauseLocator.clausesWithin(inline.get().text());
            if (earlier.isEmpty()) {
                return new Block(line, start, inline.get().text(), inline.get().clause(), inline.get().clause(), line.lineNo(), next, null, false);
            }
            // Clauses inside the paragraph, each covering the sentences before it: the measure answers to all of them.
            List<String> all = new ArrayList<>(earlier);
            all.add(inline.get().clause());
            String toRead = String.join("\n", all.stream().map(StructureReader::withoutBrackets).toList());
            return new Block(line, start, inline.get().text(), String.join("\n", all), toRead, line.lineNo(), next, null, false);
        }
        // The clause under the measure: after any lines that continue its text, clause-only lines, blanks between.
        StringBuilder text = new StringBuilder(rest);
        for (int i = next; i < end; i++) {
            Line follower = lines.get(i);
            if (follower.isBlank()) {
                continue;
            }
            if (ClauseLocator.isClauseOnly(follower.rest())) {
                int last = i;
                for (int j = i + 1; j < end; j++) {
                    if (ClauseLocator.isClauseOnly(lines.get(j).rest())) {
                        last = j;
                    } else if (!lines.get(j).isBlank()) {
                        break;
                    }
                }
                String clause = span(i, last);
                return new Block(line, start, text.toString(), clause, clause, follower.lineNo(), last + 1, null, true);
            }
            Optional<ClauseLocator.Located> ending = ClauseLocator.locate(follower.rest());
            if (ending.isPresent()) {
                text.append(ending.get().text());
                return new Block(line, start, text.toString(), ending.get().clause(), ending.get().clause(), follower.lineNo(), i + 1, null, false);
            }
            text.append(follower.rest());
        }
        return new Block(line, start, rest, null, null, line.lineNo(), next, null, false);
    }

    private static String withoutBrackets(String clause) {
        return ClauseParser.segments(clause).size() == 1 && clause.length() >= 2 ? clause.substring(1, clause.length() - 1)
                : String.join(";", ClauseParser.segments(clause));
    }

    private String span(int from, int to) {
        return Line.span(lines, from, to);
    }

    private void readBlocks(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        Map<Line.Kind, int[]> counts = new EnumMap<>(Line.Kind.class);
        for (Block b : blocks) {
            int[] c = counts.computeIfAbsent(b.line().kind(), k -> new int[2]);
            c[0]++;
            c[1] += b.hasClause() ? 1 : 0;
        }
        List<Line.Kind> measureKinds = new ArrayList<>();
        counts.forEach((kind, c) -> {
            if (c[1] > 0 && c[1] >= MEASURE_LEVEL_SHARE * c[0]) {
                measureKinds.add(kind);
            }
        });
        if (measureKinds.isEmpty()) {
            counts.keySet().stream().max(Enum::compareTo).ifPresent(measureKinds::add);
        }
        Line.Kind outermostMeasure = measureKinds.stream().min(Enum::compareTo).orElseThrow();
        Line.Kind innermostMeasure = measureKinds.stream().max(Enum::compareTo).orElseThrow();
        Line.Kind sectionKind = counts.keySet().stream().filter(k -> k.compareTo(outermostMeasure) < 0).min(Enum::compareTo).orElse(null);
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            Line.Kind kind = block.line().kind();
            boolean measureKind = measureKinds.contains(kind);
            boolean headsMeasures = !block.hasClause() && block.cutOff() == null && headsDeeperMeasures(blocks, b, measureKinds);
            if (!measureKind || headsMeasures) {
                if (kind.compareTo(innermostMeasure) > 0 && !block.hasClause()) {
                    plainText.add(block.line().rest());
                    continue;
                }
                if (kind == sectionKind) {
                    openSection(block.line());
                } else {
                    openSubsection(block.line());
                }
                if (!block.hasClause()) {
                    continue;
                }
            }
            drafts.add(new MeasureDraft(block.line().lineNo(), block.line().number(), currentSection(), currentSubsection(),
                    block.text(), block.clause(), block.clauseToRead(), block.clauseLine(), block.cutOff()));
            for (int i = block.end(); i < (b + 1 < blocks.size() ? blocks.get(b + 1).index() : lines.size()); i++) {
                if (!lines.get(i).isBlank()) {
                    plainText.add(lines.get(i).rest());
                }
            }
        }
    }

    /** A clauseless paragraph whose next paragraph of a measure level is deeper than it: a heading, not a measure. */
    private static boolean headsDeeperMeasures(List<Block> blocks, int at, List<Line.Kind> measureKinds) {
        Line.Kind kind = blocks.get(at).line().kind();
        for (int b = at + 1; b < blocks.size(); b++) {
            Line.Kind next = blocks.get(b).line().kind();
            if (next.compareTo(kind) <= 0) {
                return false;
            }
            if (measureKinds.contains(next)) {
                return true;
            }
        }
        return false;
    }

    // ---- sections --------------------------------------------------------------------------------------------------

    private void openSection(Line line) {
        if (line.value() == 1 && !sections.isEmpty() && drafts.isEmpty()) {
            sections.forEach(s -> plainText.add(s.label + "、" + s.title));
            sections.clear();
        }
        sections.add(new SectionBuilder(sections.size() + 1, line.number(), withoutStop(line.rest())));
    }

    private void openSubsection(Line line) {
        if (sections.isEmpty()) {
            sections.add(new SectionBuilder(0, "", ""));
        }
        SectionBuilder current = sections.get(sections.size() - 1);
        current.subsections.add(new Subsection(current.subsections.size() + 1, line.number(), withoutStop(line.rest())));
    }

    private int currentSection() {
        return sections.isEmpty() ? 0 : sections.get(sections.size() - 1).ordinal;
    }

    private Integer currentSubsection() {
        if (sections.isEmpty()) {
            return null;
        }
        List<Subsection> subs = sections.get(sections.size() - 1).subsections;
        return subs.isEmpty() ? null : subs.size();
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
