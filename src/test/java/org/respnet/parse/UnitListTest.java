package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.parse.Fixtures.onlyMeasure;
import static org.respnet.parse.Fixtures.parseText;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;

/** How a clause's list becomes unit names, collective phrases and deadlines. */
class UnitListTest {

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
    void an_alias_merges_two_names_only_when_the_document_uses_both() {
        PolicyDocument both = parseText("1.甲。(牵头单位:市发改委,参与单位:共青团衢州市委)\n2.乙。(牵头单位:市发展改革委,参与单位:团市委)\n");
        PolicyDocument one = parseText("1.甲。(牵头单位:市发展改革委,参与单位:共青团衢州市委)\n");

        assertThat(both.measures().get(1).leads()).containsExactly("市发改委");
        assertThat(both.measures().get(0).participants()).containsExactly("团市委");
        assertThat(both.units()).anySatisfy(u -> {
            assertThat(u.name()).isEqualTo("团市委");
            assertThat(u.aliases()).containsExactly("共青团衢州市委");
        });
        assertThat(one.measures().get(0).leads()).containsExactly("市发展改革委");
        assertThat(one.measures().get(0).participants()).containsExactly("共青团衢州市委");
    }

    @Test
    void generic_phrases_are_never_split_or_made_units() {
        Measure m = onlyMeasure("1.甲。(牵头单位:市财政局;配合单位:市监察局等部门,各县、市、区政府,市政府各部门、各直属机构)\n");

        assertThat(m.participants()).containsExactly("市监察局");
        assertThat(m.collectives()).containsExactly("各县、市、区政府", "市政府各部门、各直属机构");
    }

    @Test
    void a_level_shared_by_a_list_is_restored_and_remembered_as_written() {
        PolicyDocument doc = parseText("1.甲。(责任单位:省发展改革委、住房城乡建设厅、交通运输厅,有关市(州)人民政府等)\n");

        assertThat(doc.measures().get(0).participants()).containsExactly("省发展改革委", "省住房城乡建设厅", "省交通运输厅");
        assertThat(doc.units()).filteredOn(u -> u.name().equals("省交通运输厅")).singleElement()
                .satisfies(u -> assertThat(u.aliases()).containsExactly("交通运输厅"));
    }
}
