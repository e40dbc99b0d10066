package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.parse.Fixtures.onlyMeasure;
import static org.respnet.parse.Fixtures.parseText;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;

/** Plain {@code (X、Y负责)} clauses: the first-listed leads only where the document says so. */
class LeadConventionTest {

    @Test
    void first_listed_leads_from_the_declaring_measure_onward() {
        PolicyDocument doc = parseText("""
                一、主要任务
                1.拓展市场。(海关总署、财政部负责,排在第一位的部门为牵头部门,下同)
                2.促进内销。(商务部、海关总署负责)
                3.强化主体。(海关总署负责)
                """);

        assertThat(doc.measures()).extracting(Measure::leads)
                .containsExactly(List.of("海关总署"), List.of("商务部"), List.of("海关总署"));
        assertThat(doc.measures().get(1).participants()).containsExactly("海关总署");
    }

    @Test
    void declaration_in_a_sentence_of_its_own_also_counts() {
        PolicyDocument doc = parseText("""
                (一)稳岗。(人力资源社会保障部、财政部负责。列第一位者为牵头单位,下同)
                (二)担保。(财政部、工业和信息化部负责)
                """);

        assertThat(doc.measures().get(1).leads()).containsExactly("财政部");
        assertThat(doc.measures().get(1).participants()).containsExactly("工业和信息化部");
    }

    @Test
    void declaration_without_xia_tong_holds_only_for_its_own_clause() {
        PolicyDocument doc = parseText("""
                1.甲。(海关总署、财政部负责,排在第一位的部门为牵头部门)
                2.乙。(商务部、海关总署负责)
                """);

        assertThat(doc.measures().get(0).leads()).containsExactly("海关总署");
        assertThat(doc.measures().get(1).leads()).isEmpty();
        assertThat(doc.measures().get(1).participants()).containsExactly("商务部", "海关总署");
    }

    @Test
    void without_a_declaration_every_named_unit_participates() {
        Measure m = onlyMeasure("(一)打通供应链条。(商务部、发展改革委、农业农村部等和各有关省级人民政府负责)\n");

        assertThat(m.number()).isEqualTo("(一)");
        assertThat(m.leads()).isEmpty();
        assertThat(m.participants()).containsExactly("商务部", "发展改革委", "农业农村部");
        assertThat(m.collectives()).containsExactly("各有关省级人民政府");
    }
}
