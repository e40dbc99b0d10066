package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.respnet.model.Measure;
import org.respnet.text.TextReader;

/**
 * What the parser cannot read as a plan is refused with the place and what was seen; what it reads with doubt is
 * kept and reported as a warning at its place, never guessed into a unit.
 */
class ParseErrorsTest {

    private static final String HEADER = "某市实施方案\n\n一、主要任务\n";

    private static ParseReport check(String text) {
        return new DocumentParser().check(TextReader.decode("fixture.txt", text.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void a_text_without_measures_is_refused_saying_what_was_seen() {
        ParseException e = catchThrowableOfType(() -> check("hello world\n"), ParseException.class);

        assertThat(e.file()).isEqualTo("fixture.txt");
        assertThat(e).hasMessageStartingWith("fixture.txt:1: no measure found: 1 non-blank line(s), 0 of them numbered");
    }

    @Test
    void a_clause_cut_off_is_refused_at_its_line_and_never_makes_a_unit_of_its_label() {
        ParseException e = catchThrowableOfType(
                () -> check(HEADER + "1.甲。(牵头单位:市财政局)\n2.做好工作。(牵头单位:市财政局,参与单位:"), ParseException.class);

        assertThat(e.line()).isEqualTo(5);
        assertThat(e).hasMessageStartingWith("fixture.txt:5: the clause of measure 2 is cut off: '(牵头单位:市财政局,参与单位:'");
    }

    @Test
    void a_stray_bracket_that_never_closes_is_a_cut_off_clause() {
        ParseException e = catchThrowableOfType(
                () -> check("1.甲。(牵头单位:市委政法委,参与单位:市法制办、(市司法局、市科协)\n"), ParseException.class);

        assertThat(e).hasMessageStartingWith("fixture.txt:1: the clause of measure 1 is cut off");
    }

    @Test
    void a_list_without_any_role_is_read_as_participants_with_a_warning_at_its_line() {
        ParseReport report = check(HEADER + "1.甲。(牵头单位:市财政局)\n2.乙。(市财政局、市民政局)\n");

        Measure second = report.document().measures().get(1);
        assertThat(second.leads()).isEmpty();
        assertThat(second.participants()).containsExactly("市财政局", "市民政局");
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(5);
            assertThat(w.where()).isEqualTo("line 5");
            assertThat(w.measure()).isEqualTo("2");
            assertThat(w.message()).contains("no role stated for [市财政局, 市民政局]");
        });
    }

    @Test
    void an_unknown_field_is_set_aside_with_a_warning_and_the_rest_of_the_clause_is_read() {
        ParseReport report = check(HEADER + "1.甲。(主办方:某协会;牵头单位:市财政局;配合单位:市民政局)\n");

        Measure m = report.document().measures().get(0);
        assertThat(m.leads()).containsExactly("市财政局");
        assertThat(m.participants()).containsExactly("市民政局");
        assertThat(report.warnings()).singleElement().extracting(ParseWarning::message).asString()
                .contains("field '主办方' is not a responsibility field");
    }

    @Test
    void leaders_and_deadlines_in_a_clause_are_persons_and_dates_never_units() {
        ParseReport report = check(HEADER + "1.甲。(责任领导:张三;牵头单位:市财政局)\n"
                + "2.乙。(责任部门:市民政局、市财政局。时间节点:2025年3月)\n");

        Measure first = report.document().measures().get(0);
        Measure second = report.document().measures().get(1);
        assertThat(first.persons()).containsExactly("张三");
        assertThat(first.leads()).containsExactly("市财政局");
        assertThat(second.participants()).containsExactly("市民政局", "市财政局");
        assertThat(second.deadline()).isEqualTo("2025年3月");
        assertThat(report.document().units()).extracting(u -> u.name()).containsExactly("市财政局", "市民政局");
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void a_measure_without_a_clause_is_kept_unassigned_and_reported() {
        ParseReport report = check(HEADER + "1.甲。(牵头单位:市财政局)\n2.乙,本条未写责任单位。\n");

        Measure second = report.document().measures().get(1);
        assertThat(second.unassigned()).isTrue();
        assertThat(second.location()).isEqualTo("line 5");
        assertThat(report.warnings()).singleElement().extracting(ParseWarning::message).asString().contains("unassigned");
    }

    @Test
    void strict_reading_refuses_a_document_with_warnings() {
        ParseReport report = check(HEADER + "1.甲。(市财政局、市民政局)\n");

        ParseException e = catchThrowableOfType(() -> report.documentOrRefuse(true), ParseException.class);

        assertThat(e).hasMessageStartingWith("fixture.txt:4: refused in strict mode with 1 warning(s)");
        assertThat(report.documentOrRefuse(false).measures()).hasSize(1);
    }

    @Test
    void fields_named_by_their_body_kind_are_read_by_their_role_words() {
        ParseReport report = check(HEADER + "1.甲。(牵头处室:办公厅;责任主体:市教育局、市卫健委)\n");

        Measure m = report.document().measures().get(0);
        assertThat(m.leads()).containsExactly("办公厅");
        assertThat(m.participants()).containsExactly("市教育局", "市卫健委");
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void a_list_after_hui_tong_takes_part() {
        ParseReport report = check(HEADER + "1.甲。(市发改委牵头,会同市财政局、市住建局等部门)\n");

        Measure m = report.document().measures().get(0);
        assertThat(m.leads()).containsExactly("市发改委");
        assertThat(m.participants()).containsExactly("市财政局", "市住建局");
        assertThat(report.warnings()).isEmpty();
    }
}
