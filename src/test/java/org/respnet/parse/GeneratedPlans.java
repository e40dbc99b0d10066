package org.respnet.parse;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Well-formed plans built from realistic parts, each with the answer the parser must give. */
final class GeneratedPlans {

    static final List<String> UNITS = List.of("市委组织部", "市委宣传部", "市委统战部", "市委政法委", "市委办公室",
            "市政府办公室", "市发改委", "市经信委", "市教育局", "市民政局", "市财政局", "市人力社保局", "市司法局", "市文广局",
            "市审计局", "市国资委", "市信访局", "市法院", "市检察院", "市总工会", "团市委", "市妇联", "市科协", "市文联",
            "市工商联", "市侨联", "市社科联", "市残联", "市红十字会", "市贸促会", "市计生协会", "市人大法工委", "市政协办公室",
            "市编委办", "市外侨办");
    private static final List<String> TEXTS = List.of("加强群团组织建设。", "完善志愿服务制度,提供经费保障。",
            "推动群团组织有序承接政府转移职能。", "建立健全联席会议制度", "把群团工作纳入总体规划,统筹布局。", "规范资产管理使用。");
    private static final List<String> DEADLINES = List.of("", "2017年底前", "2016年6月底前完成", "长期坚持", "持续推进");
    private static final String NUMERALS = "一二三四五六七八九十";

    /** One measure: its units (the first {@code leadCount} lead), how the clause is written, text and deadline. */
    record Spec(List<String> units, int leadCount, ClauseShape shape, String text, String deadline, boolean fullWidth) {
        List<String> leads() {
            return shape.namesLead() ? units.subList(0, leadCount) : List.of();
        }

        List<String> participants() {
            return shape.namesLead() ? units.subList(leadCount, units.size()) : units;
        }
    }

    /** A plan's text and, in document order, the measures it must parse into. */
    record Plan(String text, List<Expected> measures) {
    }

    record Expected(String number, int section, Integer subsection, String text, List<String> leads,
                    List<String> participants, String deadline) {
    }

    static Arbitrary<Spec> specs() {
        Arbitrary<List<String>> units = Arbitraries.of(UNITS).list().ofMinSize(1).ofMaxSize(14).uniqueElements();
        return Combinators.combine(units, Arbitraries.integers().between(1, 3), Arbitraries.of(ClauseShape.class),
                        Arbitraries.of(TEXTS), Arbitraries.of(DEADLINES), Arbitraries.of(true, false))
                .as((u, leads, shape, text, deadline, wide) -> new Spec(u, Math.min(leads, u.size()), shape, text,
                        shape == ClauseShape.OWN_LINE || shape == ClauseShape.TAIL ? "" : deadline, wide));
    }

    /** Sections of measures; {@code style} 0/1/2 numbers them {@code 1.}, {@code 1、}, {@code (1)}. */
    static Arbitrary<Plan> plans() {
        Arbitrary<List<Spec>> section = specs().list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(section.list().ofMinSize(1).ofMaxSize(4), Arbitraries.integers().between(0, 2),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as(GeneratedPlans::write);
    }

    static Plan write(List<List<Spec>> sections, int style, boolean restartNumbers, boolean subsections) {
        List<String> lines = new ArrayList<>(List.of("衢州市测试工作实施方案", "", "为贯彻落实有关精神,现提出如下实施方案。"));
        List<Expected> expected = new ArrayList<>();
        int number = 0;
        for (int s = 0; s < sections.size(); s++) {
            lines.add(NUMERALS.charAt(s) + "、第" + (s + 1) + "部分任务");
            List<Spec> measures = sections.get(s);
            number = restartNumbers ? 0 : number;
            for (int m = 0; m < measures.size(); m++) {
                Integer subsection = subsections ? (m < (measures.size() + 1) / 2 ? 1 : 2) : null;
                if (subsections && (m == 0 || m == (measures.size() + 1) / 2)) {
                    lines.add("(" + NUMERALS.charAt(subsection - 1) + ")加强第" + subsection + "方面工作");
                }
                Spec spec = measures.get(m);
                String label = style == 0 ? ++number + "." : style == 1 ? ++number + "、" : "(" + ++number + ")";
                lines.addAll(spec.shape().lines(label, spec));
                expected.add(new Expected(style == 2 ? "(" + number + ")" : String.valueOf(number), s + 1, subsection,
                        spec.text(), spec.leads(), spec.participants(), spec.deadline().isEmpty() ? null : spec.deadline()));
            }
        }
        lines.add("各县(市、区)要结合实际抓好落实。");
        return new Plan(String.join("\n", lines) + "\n", expected);
    }
}
