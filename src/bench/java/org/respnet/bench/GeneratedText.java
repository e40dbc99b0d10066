package org.respnet.bench;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.respnet.model.Measure;
import org.respnet.model.Section;
import org.respnet.model.UnitKind;

/**
 * Writes one generated plan as a real one is published: a notice with red header, document number and date,
 * then {@code 一、} sections and {@code 1.} measures with full-width clauses in three shapes
 * ({@code (牵头单位:…,参与单位:…)}, {@code (X牵头,Y配合)}, {@code (责任单位:X(牵头)、Y)}), some with a deadline.
 */
final class GeneratedText {

    static final String CITY = "衢州市";
    static final String ISSUER = CITY + "人民政府";

    private static final String[] TOPICS = {"推进数字化改革", "加强生态环境保护", "优化营商环境", "促进共同富裕",
            "深化县域医共体建设", "推动制造业高质量发展", "加强基层社会治理", "实施乡村振兴战略", "建设平安城市",
            "推进新型城镇化", "加快交通强市建设", "深化教育领域综合改革", "促进文化旅游融合发展", "加强安全生产"};
    private static final String[] SECTION_TITLES = {"强化组织领导、压实工作责任", "完善体制机制、增强发展活力",
            "夯实基层基础、提升服务能力", "加强要素保障、优化资源配置", "推进改革创新、激发内生动力",
            "健全监督评估、确保取得实效", "加强宣传引导、营造良好氛围", "深化协同联动、形成工作合力"};
    private static final String[] VERBS = {"健全", "完善", "推进", "加强", "深化", "建立", "落实", "统筹", "优化", "强化"};
    private static final String[] OBJECTS = {"工作协调机制", "数据共享平台", "基层服务网络", "考核评价体系", "应急处置预案",
            "专项资金管理", "人才队伍建设", "政策宣传解读", "重点项目推进", "信息公开制度", "风险排查整治",
            "标准规范体系", "督查督办机制", "示范试点建设", "公共服务供给"};
    private static final String[] PURPOSES = {"切实提升工作质量和效率", "形成上下联动、部门协同的工作格局",
            "确保各项任务按期完成", "推动工作向基层延伸", "增强群众获得感和满意度", "防止形式主义和官僚主义",
            "及时总结推广典型经验", "做到有部署、有检查、有落实"};
    private static final String[] DEADLINES = {"2025年底前", "2024年6月底前", "长期坚持", "2026年上半年"};

    private final StringBuilder text = new StringBuilder(160_000);
    private int countedUpTo;
    private int linesCounted;
    private final String docNumber;
    private final String title;
    private final String fileName;
    private final String date;

    GeneratedText(int d, SplittableRandom random) {
        this.docNumber = "衢政发〔" + (2016 + d / 1000) + "〕" + (d % 1000 + 1) + "号";
        this.title = CITY + TOPICS[random.nextInt(TOPICS.length)] + "实施方案";
        this.fileName = String.format("bench-%05d.txt", d);
        this.date = (2016 + d / 1000) + "年" + (1 + d % 12) + "月" + (1 + d % 28) + "日";
        text.append("关于印发《").append(title).append("》的通知\n\n")
                .append(ISSUER).append("文件\n\n")
                .append(docNumber).append("\n\n")
                .append("各县(市、区)人民政府,市政府直属各单位:\n\n")
                .append("现将《").append(title).append("》印发给你们,请结合实际,认真贯彻执行。\n\n")
                .append(ISSUER).append("\n\n").append(date).append("\n\n")
                .append(title).append("\n\n")
                .append("为深入贯彻落实上级决策部署,进一步明确工作责任,现就有关工作提出如下实施方案。\n\n");
    }

    String sectionTitle(SplittableRandom random) {
        return SECTION_TITLES[random.nextInt(SECTION_TITLES.length)];
    }

    void section(Section section) {
        text.append(section.label()).append("、").append(section.title()).append("\n\n");
    }

    Measure measure(int index, int number, int section, List<List<String>> roles, SplittableRandom random) {
        List<String> leads = roles.get(0);
        List<String> participants = roles.get(1);
        String body = VERBS[random.nextInt(VERBS.length)] + OBJECTS[random.nextInt(OBJECTS.length)] + ","
                + VERBS[random.nextInt(VERBS.length)] + OBJECTS[random.nextInt(OBJECTS.length)] + ","
                + PURPOSES[random.nextInt(PURPOSES.length)] + "。";
        String deadline = random.nextInt(4) == 0 ? DEADLINES[random.nextInt(DEADLINES.length)] : null;
        int shape = random.nextInt(10);
        StringBuilder clause = new StringBuilder("(");
        String parsedDeadline = deadline;
        if (shape < 7) {
            clause.append("牵头单位:").append(String.join("、", leads));
            if (!participants.isEmpty()) {
                clause.append(",参与单位:").append(String.join("、", participants));
            }
            if (deadline != null) {
                clause.append(",完成时限:").append(deadline);
            }
        } else if (shape < 9) {
            clause.append(String.join("、", leads)).append("牵头");
            if (!participants.isEmpty()) {
                clause.append(",").append(String.join("、", participants)).append("配合");
            }
            if (deadline != null && deadline.contains("年")) {
                clause.append(",").append(deadline).append("完成");
                parsedDeadline = deadline + "完成";
            } else if (deadline != null) {
                clause.append(",").append(deadline);
            }
        } else {
            clause.append("责任单位:");
            for (int i = 0; i < leads.size(); i++) {
                clause.append(i == 0 ? "" : "、").append(leads.get(i)).append("(牵头)");
            }
            participants.forEach(p -> clause.append("、").append(p));
            if (deadline != null) {
                clause.append(",完成时限:").append(deadline);
            }
        }
        clause.append(")");
        String location = "line " + (lineCount() + 1);
        text.append(number).append('.').append(fullWidth(body)).append(fullWidth(clause.toString())).append("\n\n");
        return new Measure(index, Integer.toString(number), section, null, body, clause.toString(), leads, participants,
                List.of(), parsedDeadline, List.of(), location);
    }

    GeneratedDocument finish(List<Section> sections, List<Measure> measures, Map<String, UnitKind> kinds) {
        text.append("各地各部门要高度重视,加强组织领导,细化工作举措,确保各项任务落到实处。\n");
        return new GeneratedDocument(fileName, docNumber, title, date, text.toString(), sections, measures, kinds);
    }

    /** Most published plans use full-width punctuation in clauses; the reader's NFKC turns it back. */
    private static String fullWidth(String halfWidth) {
        StringBuilder out = new StringBuilder(halfWidth.length());
        for (char c : halfWidth.toCharArray()) {
            out.append(switch (c) {
                case '(' -> '\uFF08';
                case ')' -> '\uFF09';
                case ':' -> '\uFF1A';
                case ',' -> '\uFF0C';
                default -> c;
            });
        }
        return out.toString();
    }

    static String chineseNumeral(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        if (n < 20) {
            return "十" + digits[n % 10];
        }
        if (n < 100) {
            return digits[n / 10] + "十" + digits[n % 10];
        }
        throw new IllegalArgumentException("at most 99 sections");
    }

    static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /** Lines written so far, counted from where the last count stopped, so a million measures stay linear. */
    private int lineCount() {
        for (; countedUpTo < text.length(); countedUpTo++) {
            if (text.charAt(countedUpTo) == '\n') {
                linesCounted++;
            }
        }
        return linesCounted;
    }
}
