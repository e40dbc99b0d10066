package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** A clause the parser cannot understand stops the parse with file and line, never an empty measure. */
class ParseErrorsTest {

    private static final String HEADER = "某市实施方案\n\n一、主要任务\n";

    @Test
    void reports_file_and_line_of_a_clause_without_roles() {
        ParseException e = catchThrowableOfType(
                () -> Fixtures.parseText(HEADER + "1.甲。(牵头单位:市财政局)\n2.乙。(市财政局、市民政局)\n"),
                ParseException.class);

        assertThat(e.file()).isEqualTo("fixture.txt");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e).hasMessageStartingWith("fixture.txt:5: ").hasMessageContaining("市财政局");
    }

    @Test
    void a_list_after_a_lead_verb_without_its_own_role_is_an_error() {
        assertThatThrownBy(() -> Fixtures.parseText(HEADER + "1.甲。(市财政局牵头,市民政局、市教育局)\n"))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("fixture.txt:4: cannot tell the role of [市民政局, 市教育局]");
    }

    @Test
    void an_unknown_label_is_an_error() {
        assertThatThrownBy(() -> Fixtures.parseText(HEADER + "1.甲。(主办单位:市财政局)\n"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("unknown label '主办单位'");
    }

    @Test
    void an_empty_label_is_an_error() {
        assertThatThrownBy(() -> Fixtures.parseText(HEADER + "\n\n1.甲。(牵头单位:,参与单位:市民政局)\n"))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("fixture.txt:6: label '牵头单位' names no unit");
    }

    @Test
    void a_clause_under_its_measure_is_reported_at_its_own_line() {
        assertThatThrownBy(() -> Fixtures.parseText(HEADER + "1.甲。\n(牵头单位:市财政局,市民政局;协办方:市教育局)\n"))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("fixture.txt:5: unknown label '协办方'");
    }
}
