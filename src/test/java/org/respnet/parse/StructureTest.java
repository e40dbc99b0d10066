package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.parse.Fixtures.parseText;

import org.junit.jupiter.api.Test;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;
import org.respnet.model.Section;

class StructureTest {

    @Test
    void chinese_paren_heading_followed_by_arabic_measures_is_a_subsection() {
        PolicyDocument doc = parseText("""
                某某意见
                四、主要任务
                （一）统筹两个市场，打造加工制造中心。
                1.拓展市场。（海关总署负责）
                2.提前适用政策。（财政部负责）
                （二）推动创新创业。
                3.促进研发。（科技部负责）
                """);

        Section section = doc.sections().get(0);
        assertThat(section.label()).isEqualTo("四");
        assertThat(section.title()).isEqualTo("主要任务");
        assertThat(section.subsections()).extracting(Section.Subsection::label).containsExactly("(一)", "(二)");
        assertThat(section.subsections().get(0).title()).isEqualTo("统筹两个市场,打造加工制造中心");
        assertThat(doc.measures()).extracting(Measure::subsection).containsExactly(1, 1, 2);
        assertThat(doc.measures()).extracting(Measure::section).containsExactly(1, 1, 1);
    }

    @Test
    void chinese_paren_paragraph_with_a_clause_is_a_measure() {
        PolicyDocument doc = parseText("""
                一、支持企业
                （一）加大稳岗支持力度。（人力资源社会保障部负责）
                二、鼓励创业
                （二）支持创业载体建设。（科技部负责）
                """);

        assertThat(doc.measures()).extracting(Measure::number).containsExactly("(一)", "(二)");
        assertThat(doc.measures()).extracting(Measure::section).containsExactly(1, 2);
        assertThat(doc.sections()).allSatisfy(s -> assertThat(s.subsections()).isEmpty());
    }

    @Test
    void parenthesised_arabic_numbers_are_measures() {
        PolicyDocument doc = parseText("(1)甲。(市财政局牵头)\n(2)乙。(市民政局牵头)\n");

        assertThat(doc.measures()).extracting(Measure::number).containsExactly("(1)", "(2)");
        assertThat(doc.measures()).extracting(Measure::section).containsExactly(0, 0);
        assertThat(doc.sections()).isEmpty();
    }

    @Test
    void clauseless_paragraphs_in_sections_without_clauses_are_plain_text() {
        PolicyDocument doc = parseText("""
                一、总体要求
                (一)指导思想。坚持稳中求进。
                二、主要任务
                1.甲。(市财政局牵头)
                2.乙,本条未写责任单位。
                """);

        assertThat(doc.measures()).extracting(Measure::number).containsExactly("1", "2");
        assertThat(doc.measures().get(1).clause()).isNull();
        assertThat(doc.measures().get(1).leads()).isEmpty();
        assertThat(doc.measures().get(1).text()).isEqualTo("乙,本条未写责任单位。");
    }

    @Test
    void a_document_without_any_clause_is_a_plain_numbered_list() {
        PolicyDocument doc = parseText("一、任务\n1.甲。\n2.乙。\n");

        assertThat(doc.measures()).hasSize(2);
        assertThat(doc.units()).isEmpty();
    }

    @Test
    void numbers_of_amounts_do_not_start_measures() {
        PolicyDocument doc = parseText("1.甲。(市财政局牵头)\n1.5万元以下的补助由市财政承担。\n");

        assertThat(doc.measures()).hasSize(1);
    }

    @Test
    void key_falls_back_to_the_title_when_there_is_no_document_number() {
        PolicyDocument doc = parseText("国务院关于促进就业的若干意见\n一、任务\n(一)甲。(财政部负责)\n");

        assertThat(doc.docNumber()).isNull();
        assertThat(doc.key()).isEqualTo("国务院关于促进就业的若干意见");
        assertThat(doc.issuer()).isEqualTo("国务院");
    }

    @Test
    void intact_signing_date_on_its_own_line_is_kept() {
        PolicyDocument doc = parseText("某市实施方案\n一、任务\n1.甲。(市财政局牵头)\n某市人民政府\n2019年3月5日\n");

        assertThat(doc.date()).isEqualTo("2019年3月5日");
    }
}
