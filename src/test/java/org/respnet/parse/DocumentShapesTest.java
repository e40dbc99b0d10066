package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.parse.Fixtures.parseText;

import org.junit.jupiter.api.Test;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;

/** Shapes of whole documents the gold set does not hold, each as offices write it. */
class DocumentShapesTest {

    @Test
    void a_body_without_line_breaks_is_cut_into_its_two_levels_of_measures() {
        PolicyDocument doc = parseText("某区实施方案 一、重点任务 (一)优化营商环境。(牵头单位:区发改局)1.压缩审批时间。"
                + "(责任单位:区政务服务中心)2.推行一网通办。(责任单位:区数据局、区政务服务中心)(二)扩大有效投资。"
                + "(牵头单位:区财政局)1.加快项目建设。(责任单位:区住建局)\n");

        assertThat(doc.measures()).extracting(Measure::number).containsExactly("(一)", "1", "2", "(二)", "1");
        assertThat(doc.measures()).extracting(Measure::leads).containsExactly(
                java.util.List.of("区发改局"), java.util.List.of(), java.util.List.of(), java.util.List.of("区财政局"), java.util.List.of());
        assertThat(doc.measures().get(2).participants()).containsExactly("区数据局", "区政务服务中心");
        assertThat(doc.sections()).hasSize(1);
    }

    @Test
    void a_task_table_flattened_with_spaces_is_read_by_its_header() {
        PolicyDocument doc = parseText("""
                某市2024年重点工作任务分工
                序号 重点工作任务 主要责任单位 协同配合单位 完成时限
                一、稳增长
                1 推动工业经济稳定增长 市经信局 市发改委、市统计局 2024年12月底前
                2 扩大有效投资 市发改委 市财政局、市自然资源局、
                市住建局 长期坚持
                序号 重点工作任务 主要责任单位 协同配合单位 完成时限
                二、惠民生
                3 稳定就业 市人社局 各县区政府 2024年6月底前
                """);

        assertThat(doc.sections()).extracting(s -> s.title()).containsExactly("稳增长", "惠民生");
        assertThat(doc.measures()).extracting(Measure::number).containsExactly("1", "2", "3");
        Measure second = doc.measures().get(1);
        assertThat(second.text()).isEqualTo("扩大有效投资");
        assertThat(second.leads()).containsExactly("市发改委");
        assertThat(second.participants()).containsExactly("市财政局", "市自然资源局", "市住建局");
        assertThat(second.deadline()).isEqualTo("长期坚持");
        assertThat(doc.measures().get(2).collectives()).containsExactly("各县区政府");
        assertThat(doc.measures().get(2).section()).isEqualTo(2);
    }

    @Test
    void a_tab_separated_table_keeps_empty_cells_in_their_columns() {
        PolicyDocument doc = parseText("序号\t工作任务\t牵头单位\t配合单位\t责任领导\n"
                + "1\t建设数据平台\t市数据局\t\t张三\n2\t完善制度\t\t市司法局、市财政局\t\n");

        assertThat(doc.measures().get(0).leads()).containsExactly("市数据局");
        assertThat(doc.measures().get(0).participants()).isEmpty();
        assertThat(doc.measures().get(0).persons()).containsExactly("张三");
        assertThat(doc.measures().get(1).leads()).isEmpty();
        assertThat(doc.measures().get(1).participants()).containsExactly("市司法局", "市财政局");
        assertThat(doc.units()).extracting(u -> u.name()).doesNotContain("张三");
    }

    @Test
    void a_clause_under_sub_items_belongs_to_the_item_they_divide() {
        PolicyDocument doc = parseText("""
                一、体系建设
                1.完善应急预案体系
                (1)加强预案管理。
                (2)推进预案演练。
                (责任单位:市应急局、市卫健委)
                2.健全指挥机制。(牵头单位:市应急局)
                """);

        assertThat(doc.measures()).extracting(Measure::number).containsExactly("1", "2");
        assertThat(doc.measures().get(0).participants()).containsExactly("市应急局", "市卫健委");
    }

    @Test
    void separate_lead_and_responsible_lines_keep_both_roles() {
        PolicyDocument doc = parseText("""
                一、任务
                1.加强监管。
                牵头单位:市市场监管局
                责任单位:市公安局,市商务局
                """);

        Measure m = doc.measures().get(0);
        assertThat(m.leads()).containsExactly("市市场监管局");
        assertThat(m.participants()).containsExactly("市公安局", "市商务局");
        assertThat(m.clause()).isEqualTo("牵头单位:市市场监管局\n责任单位:市公安局,市商务局");
    }

    @Test
    void a_convention_declared_in_brackets_after_a_labelled_list_applies_below() {
        PolicyDocument doc = parseText("""
                一、任务
                1.支持企业发展。
                责任单位:市经信局、市财政局(列第一位者为工作牵头单位或汇总单位,下同)
                2.扩大消费。
                责任单位:市商务局、市文旅局
                """);

        assertThat(doc.measures().get(0).leads()).containsExactly("市经信局");
        assertThat(doc.measures().get(0).participants()).containsExactly("市财政局");
        assertThat(doc.measures().get(1).leads()).containsExactly("市商务局");
    }

    @Test
    void clauses_inside_a_paragraph_each_add_their_units_to_the_measure() {
        PolicyDocument doc = parseText("""
                一、主要任务
                (一)完善赛事体系。推进职业联赛改革(体育总局、民政部负责)。加强安全保障,完善应急预案(公安部、应急部负责)。
                (二)培育市场主体。支持企业做大做强(以下简称市场主体)。(体育总局负责)
                """);

        assertThat(doc.measures().get(0).participants()).containsExactly("体育总局", "民政部", "公安部", "应急部");
        assertThat(doc.measures().get(0).clause()).isEqualTo("(体育总局、民政部负责)\n(公安部、应急部负责)");
        assertThat(doc.measures().get(1).participants()).containsExactly("体育总局");
    }

    @Test
    void a_table_flattened_one_cell_per_line_joins_a_unit_list_wrapped_over_lines() {
        PolicyDocument doc = parseText("""
                序号
                工作任务
                牵头单位
                配合单位
                1
                加快数字政府建设
                市数据局
                市发改委、市财政局、
                市公安局
                2
                优化营商环境
                市发改委
                市市场监管局
                """);

        assertThat(doc.measures()).extracting(Measure::number).containsExactly("1", "2");
        assertThat(doc.measures().get(0).participants()).containsExactly("市发改委", "市财政局", "市公安局");
        assertThat(doc.measures().get(1).leads()).containsExactly("市发改委");
        assertThat(doc.measures().get(1).participants()).containsExactly("市市场监管局");
    }
}
