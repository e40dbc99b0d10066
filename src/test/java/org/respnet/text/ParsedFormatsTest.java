package org.respnet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;
import org.respnet.parse.DocumentParser;
import org.respnet.text.DocxFixtures.Cell;

/** A plan read from .docx, .xlsx or .pdf names the same measures and units as its plain text. */
class ParsedFormatsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {TrainTexts.CHUZHOU, TrainTexts.LUAN, TrainTexts.FARM_MACHINERY})
    void word_numbering_gives_the_measures_of_the_text(String name) throws Exception {
        Path docx = DocxFixtures.numberedPlan(dir.resolve(name + ".docx"), List.of(TrainTexts.lines(name)));

        PolicyDocument fromDocx = parse(DocumentReaders.read(docx, null));

        assertThat(responsibilities(fromDocx)).isEqualTo(responsibilities(parse(DocumentReaders.read(TrainTexts.file(name), null))));
        assertThat(fromDocx.measures()).allSatisfy(m -> assertThat(m.location()).startsWith("paragraph "));
    }

    @Test
    void a_printed_pdf_gives_the_measures_of_the_text() throws Exception {
        Path pdf = PdfFixtures.print(dir, "farm.pdf", TrainTexts.lines(TrainTexts.FARM_MACHINERY));

        PolicyDocument fromPdf = parse(DocumentReaders.read(pdf, null));

        assertThat(responsibilities(fromPdf))
                .isEqualTo(responsibilities(parse(DocumentReaders.read(TrainTexts.file(TrainTexts.FARM_MACHINERY), null))));
        assertThat(fromPdf.measures()).allSatisfy(m -> assertThat(m.location()).matches("page \\d+, line \\d+"));
    }

    @Test
    void an_excel_task_list_gives_the_measures_of_the_text() throws Exception {
        Path xlsx = XlsxFixtures.taskList(dir.resolve("tasks.xlsx"), XlsxFixtures.luanEntries(), "");

        PolicyDocument fromXlsx = parse(DocumentReaders.read(xlsx, null));

        assertThat(responsibilities(fromXlsx)).isEqualTo(responsibilities(parse(DocumentReaders.read(TrainTexts.file(TrainTexts.LUAN), null))));
    }

    @Test
    void a_word_task_table_gives_the_measures_of_the_text() throws Exception {
        LuanTable table = LuanTable.read();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(table.header().stream().map(c -> new Cell(c, 1)).toList());
        table.rows().forEach(r -> rows.add(r.stream().map(Cell::of).toList()));
        Path docx = DocxFixtures.taskTable(dir.resolve("progress.docx"), table.title(), table.columns(), rows);

        PolicyDocument fromDocx = parse(DocumentReaders.read(docx, null));

        assertThat(responsibilities(fromDocx))
                .isEqualTo(responsibilities(parse(DocumentReaders.read(TrainTexts.file(TrainTexts.LUAN_TABLE), null))));
    }

    private static PolicyDocument parse(DecodedText text) {
        return new DocumentParser().parse(text);
    }

    /** Number, leads and participants of each measure: what the network is made of. */
    private static List<String> responsibilities(PolicyDocument document) {
        assertThat(document.measures()).as("measures of " + document.title()).isNotEmpty();
        assertThat(document.measures()).as("units named in " + document.title()).anyMatch(m -> !m.unassigned());
        return document.measures().stream().map(ParsedFormatsTest::responsibility).toList();
    }

    private static String responsibility(Measure m) {
        return m.number() + " leads " + m.leads() + " participants " + m.participants();
    }
}
