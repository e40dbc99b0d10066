package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.parse.Fixtures.onlyMeasure;
import static org.respnet.parse.Fixtures.parseText;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;

/** One small fixture per way of writing who leads and who takes part. */
class ClauseShapesTest {

    @Test
    void labelled_lead_and_participants_full_width_and_half_width_alike() {
        Measure fullWidth = onlyMeasure("1.加强志愿服务。（牵头单位：市文明办，参与单位：市民政局、团市委）\n");
        Measure halfWidth = onlyMeasure("1.加强志愿服务。(牵头单位:市文明办,参与单位:市民政局、团市委)\n");

        assertThat(fullWidth.leads()).containsExactly("市文明办");
        assertThat(fullWidth.participants()).containsExactly("市民政局", "团市委");
        assertThat(fullWidth).isEqualTo(halfWidth);
    }

    @Test
    void lead_verb_and_support_verb() {
        Measure m = onlyMeasure("3、完善制度。(市财政局牵头,市民政局、市审计局配合)\n");

        assertThat(m.number()).isEqualTo("3");
        assertThat(m.leads()).containsExactly("市财政局");
        assertThat(m.participants()).containsExactly("市民政局", "市审计局");
    }

    @Test
    void joint_leads_with_collective_duty() {
        Measure m = onlyMeasure("1.推进改革。(市发改委、市经信委牵头,各有关部门按职责分工负责)\n");

        assertThat(m.leads()).containsExactly("市发改委", "市经信委");
        assertThat(m.participants()).isEmpty();
        assertThat(m.collectives()).containsExactly("各有关部门");
    }

    @Test
    void lead_label_with_responsible_label_and_no_parentheses() {
        Measure m = onlyMeasure("1.加强监管。牵头单位:市市场监管局;责任单位:市公安局、市商务局\n");

        assertThat(m.leads()).containsExactly("市市场监管局");
        assertThat(m.participants()).containsExactly("市公安局", "市商务局");
        assertThat(m.text()).isEqualTo("加强监管。");
        assertThat(m.clause()).isEqualTo("牵头单位:市市场监管局;责任单位:市公安局、市商务局");
    }

    @Test
    void clause_on_its_own_line_under_the_measure() {
        Measure m = onlyMeasure("1.加强监管。\n牵头单位：市市场监管局；配合单位：市公安局\n");

        assertThat(m.leads()).containsExactly("市市场监管局");
        assertThat(m.participants()).containsExactly("市公安局");
    }

    @Test
    void support_and_cooperation_labels_are_participants() {
        Measure m = onlyMeasure("1.建设平台。(牵头单位:市经信委;配合单位:市财政局;协同单位:市科协)\n");

        assertThat(m.leads()).containsExactly("市经信委");
        assertThat(m.participants()).containsExactly("市财政局", "市科协");
    }

    @Test
    void responsible_units_with_a_lead_mark() {
        Measure m = onlyMeasure("1.加强宣传。(责任单位:市委宣传部(牵头)、市文广局)\n");

        assertThat(m.leads()).containsExactly("市委宣传部");
        assertThat(m.participants()).containsExactly("市文广局");
    }

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

    @Test
    void names_containing_he_are_one_unit() {
        Measure m = onlyMeasure("1.甲。(中央和国家机关工委、工业和信息化部、文化和旅游部负责)\n");

        assertThat(m.participants()).containsExactly("中央和国家机关工委", "工业和信息化部", "文化和旅游部");
    }

    @Test
    void etc_closes_the_named_list_before_a_collective() {
        Measure m = onlyMeasure("1.甲。(海关总署、商务部等有关部门负责)\n");

        assertThat(m.participants()).containsExactly("海关总署", "商务部");
        assertThat(m.collectives()).containsExactly("有关部门");
    }

    @Test
    void collectives_with_parentheses_stay_whole() {
        Measure m = onlyMeasure("1.甲。(牵头单位:市民政局,参与单位:各县(市、区)、市财政局)\n");

        assertThat(m.participants()).containsExactly("市财政局");
        assertThat(m.collectives()).containsExactly("各县(市、区)");
    }

    @Test
    void deadlines_are_kept_apart_from_units() {
        PolicyDocument doc = parseText("""
                1.甲。(市财政局牵头,市民政局配合,2022年10月底前)
                2.乙。(牵头单位:市委组织部;完成时限:2023年底前)
                3.丙。(牵头单位:市委宣传部,长期坚持)
                4.丁。(市发改委牵头,持续推进)
                """);

        assertThat(doc.measures()).extracting(Measure::deadline)
                .containsExactly("2022年10月底前", "2023年底前", "长期坚持", "持续推进");
        assertThat(doc.units()).extracting(org.respnet.model.Unit::name)
                .containsExactly("市财政局", "市民政局", "市委组织部", "市委宣传部", "市发改委");
        assertThat(doc.measures().get(0).participants()).containsExactly("市民政局");
    }

    @Test
    void prefix_shared_with_the_previous_item_is_restored() {
        Measure m = onlyMeasure("1.甲。(牵头单位:市委组织部、宣传部,参与单位:市总工会、团市委)\n");

        assertThat(m.leads()).containsExactly("市委组织部", "市委宣传部");
        assertThat(m.participants()).containsExactly("市总工会", "团市委");
    }

    @Test
    void aliases_are_read_as_the_canonical_name_and_remembered() {
        PolicyDocument doc = parseText("1.甲。(牵头单位:市发展改革委,参与单位:共青团衢州市委)\n");

        assertThat(doc.measures().get(0).leads()).containsExactly("市发改委");
        assertThat(doc.measures().get(0).participants()).containsExactly("团市委");
        assertThat(doc.units()).anySatisfy(u -> {
            assertThat(u.name()).isEqualTo("团市委");
            assertThat(u.aliases()).containsExactly("共青团衢州市委");
        });
    }
}
