package org.respnet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.respnet.text.XlsxFixtures.Entry;
import org.respnet.text.XlsxFixtures.Task;

/** An Excel task list made from 23: rows as tab-separated lines, merged section rows as plain lines, cells as shown. */
class XlsxReaderTest {

    @TempDir
    Path dir;

    @Test
    void reads_the_task_list_row_by_row_with_cells_as_excel_shows_them() throws Exception {
        List<Entry> entries = XlsxFixtures.luanEntries();
        String preamble = TrainTexts.nonBlankLines(TrainTexts.LUAN).get(3);
        Path xlsx = XlsxFixtures.taskList(dir.resolve("tasks.xlsx"), entries, preamble);

        DecodedText text = DocumentReaders.read(xlsx, null);

        List<String> expected = new ArrayList<>();
        expected.add(String.join("\t", XlsxFixtures.HEADER));
        for (Entry entry : entries) {
            if (entry.section() != null) {
                expected.add(entry.section());
            } else {
                Task t = entry.task();
                // the number cell is shown as 1, not 1.0; the date cell as its format shows it
                expected.add(String.join("\t", Integer.toString(t.number()), t.text(), t.lead(), t.participants(),
                        XlsxFixtures.shownDeadline(t.deadline())));
            }
        }
        assertThat(text.text().split("\n", -1)).containsExactlyElementsOf(expected.stream().map(TrainTexts::normalised).toList());
        assertThat(text.format()).isEqualTo("xlsx");
        assertThat(text.places()).hasSize(expected.size());
        assertThat(text.where(1)).isEqualTo("sheet " + XlsxFixtures.SHEET + ", row 1");
        assertThat(text.where(2)).isEqualTo("sheet " + XlsxFixtures.SHEET + ", row 2");
        assertThat(text.where(expected.size())).isEqualTo("sheet " + XlsxFixtures.SHEET + ", row " + expected.size());
        assertThat(text.text()).as("the hidden sheet stays hidden").doesNotContain(TrainTexts.normalised(preamble));
    }

    @Test
    void keeps_empty_cells_so_columns_stay_aligned() throws Exception {
        List<Entry> entries = XlsxFixtures.luanEntries();
        Path xlsx = XlsxFixtures.taskList(dir.resolve("tasks.xlsx"), entries, "");

        String[] lines = DocumentReaders.read(xlsx, null).text().split("\n", -1);

        // tasks 2 to 5 of 23 name no deadline: the last cell is empty but still there
        Task second = entries.stream().map(Entry::task).filter(t -> t != null && t.number() == 2).findFirst().orElseThrow();
        assertThat(second.deadline()).isEmpty();
        String row = List.of(lines).stream().filter(l -> l.startsWith("2\t")).findFirst().orElseThrow();
        assertThat(row.split("\t", -1)).hasSize(XlsxFixtures.HEADER.size()).endsWith("");
    }
}
