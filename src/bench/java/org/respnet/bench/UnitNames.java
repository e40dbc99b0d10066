package org.respnet.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.respnet.model.UnitKind;

/**
 * Realistic, distinct city-level unit names with the kind the parser's rule table gives them: the 12 mass
 * organisations of the seed, about fifty real city bodies of every kind, then generated 市XX局 / 市XX委 /
 * 市XX办 / 市委XX部 names whose middle parts come from characters that cannot trigger another rule
 * (no 人大, 政协, 政府, 纪委, 军委, 等, 和 …), so every name parses back to itself.
 */
final class UnitNames {

    /** A name and the kind {@code unit-kinds.tsv} must give it. */
    record Named(String name, UnitKind kind) {
    }

    static final List<String> MASS_ORGANISATIONS = List.of("市总工会", "团市委", "市妇联", "市科协", "市文联",
            "市工商联", "市侨联", "市社科联", "市残联", "市红十字会", "市贸促会", "市计生协会");

    private static final List<Named> REAL = List.of(
            gov("市财政局"), gov("市发改委"), gov("市教育局"), party("市委组织部"), party("市委宣传部"), gov("市民政局"),
            gov("市人力社保局"), gov("市经信委"), gov("市公安局"), gov("市司法局"), gov("市卫生健康委"), gov("市住建局"),
            gov("市农业农村局"), gov("市商务局"), gov("市自然资源局"), gov("市生态环境局"), gov("市交通运输局"),
            gov("市水利局"), gov("市文化广电旅游局"), gov("市应急管理局"), gov("市审计局"), gov("市国资委"),
            gov("市市场监管局"), gov("市统计局"), gov("市医保局"), gov("市林业局"), gov("市体育局"), gov("市信访局"),
            gov("市大数据局"), gov("市科技局"), party("市委统战部"), party("市委政法委"), party("市委改革办"),
            party("市编委办"), party("市文明办"), party("市委政研室"), party("市委办公室"), gov("市政府办公室"),
            gov("市外侨办"), gov("市台办"), gov("市法制办"), gov("市扶贫办"), gov("市机关事务局"),
            new Named("市人大法工委", UnitKind.PEOPLES_CONGRESS), new Named("市人大内司工委", UnitKind.PEOPLES_CONGRESS),
            new Named("市政协办公室", UnitKind.CPPCC), new Named("市法院", UnitKind.JUDICIARY),
            new Named("市检察院", UnitKind.JUDICIARY), party("市纪委"), party("市委党校"));

    /** Characters that form no rule-table word, alias or clause keyword with each other or the affixes. */
    private static final String SAFE = "农林水利交通运输商务旅游卫健康教育体经济信息城乡建设规划自然环境态应急场监管统审"
            + "粮食物资能源海洋渔业气象地震档案史志口岸港航邮储粤湘滇黔川桂闽赣苏浙皖鲁豫晋冀辽吉黑陕甘青宁新藏蒙琼渝沪津"
            + "山河湖泊田园森草桥隧路铁电网光热矿冶纺织化轻重药械仪表钢煤油气盐糖茶果蔬禽畜鱼虾稻麦棉麻丝绸瓷陶砖瓦";

    private UnitNames() {
    }

    /** {@code count} names: mass organisations first (ubiquitous), then real bodies, then generated ones. */
    static List<Named> universe(int count, long seed) {
        List<Named> names = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        for (String m : MASS_ORGANISATIONS) {
            add(names, taken, new Named(m, UnitKind.MASS_ORGANISATION), count);
        }
        for (Named n : REAL) {
            add(names, taken, n, count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] safe = SAFE.codePoints().distinct().toArray();
        while (names.size() < count) {
            String middle = new String(new int[] {safe[random.nextInt(safe.length)], safe[random.nextInt(safe.length)]}, 0, 2);
            if (middle.codePointAt(0) == middle.codePointAt(1)) {
                continue;
            }
            int shape = random.nextInt(100);
            Named n = shape < 50 ? gov("市" + middle + "局")
                    : shape < 65 ? gov("市" + middle + "委")
                    : shape < 85 ? gov("市" + middle + "办")
                    : party("市委" + middle + "部");
            add(names, taken, n, count);
        }
        return names;
    }

    private static void add(List<Named> names, Set<String> taken, Named n, int count) {
        if (names.size() < count && taken.add(n.name())) {
            names.add(n);
        }
    }

    private static Named gov(String name) {
        return new Named(name, UnitKind.GOVERNMENT_DEPARTMENT);
    }

    private static Named party(String name) {
        return new Named(name, UnitKind.PARTY_ORGAN);
    }
}
