package org.respnet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.respnet.text.DocxFixtures.Cell;

/** Word files made from the real plans: numbering rendered back, tables as tab-separated rows, places to find them. */
class DocxReaderTest {

    @TempDir
    Path dir;

    @Test
    void renders_word_list_numbering_back_into_the_lines_of_two_plans() throws Exception {
        List<String> chuzhou = TrainTexts.lines(TrainTexts.CHUZHOU);
        List<String> luan = TrainTexts.lines(TrainTexts.LUAN);
        Path docx = DocxFixtures.numberedPlan(dir.resolve("plans.docx"), List.of(chuzhou, luan));
        assertThat(documentXml(docx)).as("the numbers are Word's, not the text's")
                .doesNotContain("1. 地区", "一、确保").contains("地区生产总值增长8%以上", "<w:numId");

        DecodedText text = DocumentReaders.read(docx, null);

        List<String> expected = new ArrayList<>();
        chuzhou.stream().filter(l -> !l.isEmpty()).map(TrainTexts::normalised).forEach(expected::add);
        luan.stream().filter(l -> !l.isEmpty()).map(TrainTexts::normalised).forEach(expected::add);
        assertThat(nonBlank(text)).containsExactlyElementsOf(expected);
        assertThat(text.format()).isEqualTo("docx");
        assertThat(text.places()).hasSize(lineCount(text));
        // 六安's lists restart at 一 and 1 after 滁州's
        int luanSection = line(text, "一、确保完成全年主要预期目标", 2);
        assertThat(text.where(luanSection)).isEqualTo("paragraph " + (nonBlankCount(chuzhou) + indexOf(luan, "一、") + 1));
        assertThat(text.where(line(text, "1. 地区生产总值增长8%以上。", 1))).isEqualTo("paragraph " + (indexOf(nonBlank(chuzhou), "1. ") + 1));
    }

    @Test
    void counts_chinese_numbering_past_ten_across_sections() throws Exception {
        List<String> farm = TrainTexts.lines(TrainTexts.FARM_MACHINERY);
        Path docx = DocxFixtures.numberedPlan(dir.resolve("farm.docx"), List.of(farm));

        DecodedText text = DocumentReaders.read(docx, null);

        assertThat(nonBlank(text)).containsExactlyElementsOf(farm.stream().filter(l -> !l.isEmpty()).map(TrainTexts::normalised).toList());
        assertThat(text.text()).contains("\n(十一)提高农业", "\n(二十)促进政府", "\n八、强化组织领导");
    }

    @Test
    void an_outline_list_keeps_counting_measures_across_sections_when_told_not_to_restart() throws Exception {
        List<String> farm = TrainTexts.lines(TrainTexts.FARM_MACHINERY);
        Path docx = DocxFixtures.outlinePlan(dir.resolve("outline.docx"), farm, true);

        DecodedText text = DocumentReaders.read(docx, null);

        assertThat(nonBlank(text)).containsExactlyElementsOf(farm.stream().filter(l -> !l.isEmpty()).map(TrainTexts::normalised).toList());
    }

    @Test
    void an_outline_list_restarts_its_deeper_level_under_each_section_by_default() throws Exception {
        List<String> farm = TrainTexts.lines(TrainTexts.FARM_MACHINERY);
        Path docx = DocxFixtures.outlinePlan(dir.resolve("outline.docx"), farm, false);

        List<String> read = nonBlank(DocumentReaders.read(docx, null));

        // what Word shows then: (一), (二) … counted afresh after every 一、 … 八、 heading, in the source's own numerals
        List<String> source = farm.stream().filter(l -> !l.isEmpty()).map(TrainTexts::normalised).toList();
        List<String> numerals = source.stream().filter(l -> l.matches("^\\([一二三四五六七八九十]+\\).*"))
                .map(l -> l.substring(0, l.indexOf(')') + 1)).toList();
        List<String> expected = new ArrayList<>();
        int inSection = 0;
        for (String line : source) {
            if (DocxFixtures.ListKind.SECTION.pattern.matcher(line).matches()) {
                inSection = 0;
                expected.add(line);
            } else if (line.matches("^\\([一二三四五六七八九十]+\\).*")) {
                expected.add(numerals.get(inSection++) + line.substring(line.indexOf(')') + 1));
            } else {
                expected.add(line);
            }
        }
        assertThat(read).containsExactlyElementsOf(expected);
        assertThat(expected).as("the fixture has restarts to check").isNotEqualTo(source);
    }

    @Test
    void reads_a_task_table_as_tab_separated_rows() throws Exception {
        LuanTable table = LuanTable.read();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(table.header().stream().map(c -> new Cell(c, 1)).toList());
        rows.add(List.of(new Cell(List.of(table.section()), table.columns())));
        table.rows().forEach(r -> rows.add(r.stream().map(Cell::of).toList()));
        Path docx = DocxFixtures.taskTable(dir.resolve("progress.docx"), table.title(), table.columns(), rows);

        DecodedText text = DocumentReaders.read(docx, null);

        List<String> lines = List.of(text.text().split("\n", -1));
        assertThat(lines.get(0)).isEqualTo(TrainTexts.normalised(table.title()));
        assertThat(text.where(1)).isEqualTo("paragraph 1");
        // a cell's paragraphs joined by one space; one tab between cells
        String header = String.join("\t", table.header().stream().map(c -> String.join(" ", c)).toList());
        assertThat(lines.get(1)).isEqualTo(TrainTexts.normalised(header));
        assertThat(text.where(2)).isEqualTo("table 1, row 1");
        // the row-wide merged cell is a section line without tabs
        assertThat(lines.get(2)).isEqualTo(TrainTexts.normalised(table.section()));
        assertThat(text.where(3)).isEqualTo("table 1, row 2");
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> cells = table.rows().get(r).stream().map(TrainTexts::normalised).toList();
            assertThat(lines.get(3 + r).split("\t", -1)).as("row " + (r + 1)).containsExactlyElementsOf(cells);
            assertThat(text.where(4 + r)).isEqualTo("table 1, row " + (r + 3));
        }
        assertThat(text.places()).hasSize(lines.size());
    }

    @Test
    void a_merged_cell_gives_its_text_once_and_keeps_the_columns() throws Exception {
        LuanTable table = LuanTable.read();
        List<String> first = table.rows().get(0);
        // the lead and participant cells merged: the text once, then an empty cell for the spanned column
        List<Cell> row = List.of(Cell.of(first.get(0)), Cell.of(first.get(1)), new Cell(List.of(first.get(2)), 2),
                Cell.of(first.get(4)), Cell.of(first.get(5)));
        Path docx = DocxFixtures.taskTable(dir.resolve("merged.docx"), table.title(), table.columns(), List.of(row));

        String line = DocumentReaders.read(docx, null).text().split("\n")[1];

        assertThat(line.split("\t", -1)).containsExactly(TrainTexts.normalised(first.get(0)), TrainTexts.normalised(first.get(1)),
                TrainTexts.normalised(first.get(2)), "", TrainTexts.normalised(first.get(4)), TrainTexts.normalised(first.get(5)));
    }

    private static String documentXml(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> nonBlank(DecodedText text) {
        return List.of(text.text().split("\n", -1)).stream().filter(l -> !l.isBlank()).toList();
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().filter(l -> !l.isEmpty()).toList();
    }

    static int lineCount(DecodedText text) {
        return text.text().split("\n", -1).length;
    }

    private static int nonBlankCount(List<String> lines) {
        return nonBlank(lines).size();
    }

    private static int indexOf(List<String> lines, String prefix) {
        List<String> kept = nonBlank(lines);
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    /** The 1-based number of the n-th line equal to {@code content}. */
    static int line(DecodedText text, String content, int occurrence) {
        String[] lines = text.text().split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(content) && ++seen == occurrence) {
                return i + 1;
            }
        }
        throw new AssertionError("line " + content + " (occurrence " + occurrence + ") not found in:\n" + text.text());
    }
}
