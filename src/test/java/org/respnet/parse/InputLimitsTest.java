package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.respnet.text.TextReader;

/** Values longer than an index key can hold are refused at their line, before anything reaches the database. */
class InputLimitsTest {

    private static ParseReport check(String text) {
        return new DocumentParser().check(TextReader.decode("fixture.txt", text.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void a_3000_character_name_in_a_clause_never_becomes_a_unit() {
        String name = "市" + "很".repeat(2998) + "局";
        ParseReport report = check("某市实施方案\n\n一、主要任务\n1.乙。(牵头单位:" + name + ",参与单位:市民政局)\n");

        assertThat(report.document().units()).extracting(u -> u.name()).allSatisfy(n ->
                assertThat(n.length()).isLessThanOrEqualTo(InputLimits.MAX_UNIT_NAME));
    }

    @Test
    void a_unit_name_over_the_limit_is_refused_naming_the_measure_and_line() {
        var text = TextReader.decode("fixture.txt", "x".getBytes(StandardCharsets.UTF_8), null);
        ParseException e = catchThrowableOfType(() -> InputLimits.unitName("局".repeat(3000), text, 1, "7"), ParseException.class);

        assertThat(e).hasMessageStartingWith("fixture.txt:1: measure 7 names a unit of 3000 characters")
                .hasMessageContaining("limited to 200 characters");
        InputLimits.unitName("局".repeat(InputLimits.MAX_UNIT_NAME), text, 1, "7");
    }

    @Test
    void a_measure_number_over_the_limit_is_refused() {
        var text = TextReader.decode("fixture.txt", "x".getBytes(StandardCharsets.UTF_8), null);
        assertThat(catchThrowableOfType(() -> InputLimits.measureNumber("1".repeat(60), text, 1), ParseException.class))
                .hasMessageContaining("a measure number of 60 characters");
    }

    @Test
    void a_blank_or_overlong_key_is_refused() {
        assertThat(catchThrowableOfType(() -> InputLimits.documentKey("", "upload.txt"), ParseException.class))
                .hasMessageStartingWith("upload.txt:1: the document has no title or document number");
        assertThat(catchThrowableOfType(() -> InputLimits.documentKey("题".repeat(501), "upload.txt"), ParseException.class))
                .hasMessageContaining("501 characters");
        InputLimits.documentKey("题".repeat(500), "upload.txt");
    }

    @Test
    void a_measure_naming_more_units_than_the_limit_is_refused_before_its_pairs_are_counted() {
        ParseReport fits = check(org.respnet.Fixtures.planWithOneMeasureNaming(InputLimits.MAX_UNITS_PER_MEASURE - 1));
        assertThat(fits.document().units()).hasSize(InputLimits.MAX_UNITS_PER_MEASURE);

        ParseException e = catchThrowableOfType(() -> check(org.respnet.Fixtures.planWithOneMeasureNaming(3000)), ParseException.class);
        assertThat(e).hasMessageStartingWith("fixture.txt:4: measure 1 names 3001 units")
                .hasMessageContaining("at most 500").hasMessageContaining("4,501,500 ties");
    }
}
