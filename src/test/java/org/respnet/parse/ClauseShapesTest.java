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
    void a_lead_mark_alone_is_enough_role() {
        Measure m = onlyMeasure("1.加强宣传。(市文广局、市委宣传部(牵头))\n");

        assertThat(m.leads()).containsExactly("市委宣传部");
        assertThat(m.participants()).containsExactly("市文广局");
    }
}
