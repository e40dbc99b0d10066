package org.respnet;

import java.nio.file.Path;
import java.util.List;
import org.respnet.model.PolicyDocument;
import org.respnet.parse.DocumentParser;
import org.respnet.text.DocumentReaders;
import org.respnet.text.TextReader;

/** Real input for tests: the seed document as the application itself reads it. */
public final class Fixtures {

    public static final Path SEED = Path.of("seeds", "quzhou-2016-3-mass-organisations.txt");
    /** The hand-checked documents beside the project (read in place, never copied in). */
    public static final Path SHARED_DOCS = Path.of("..", "shared", "docs");

    private Fixtures() {
    }

    public static PolicyDocument seed() {
        return parse(SEED);
    }

    public static PolicyDocument parse(Path file) {
        return new DocumentParser().parse(DocumentReaders.read(file, null));
    }

    /** Parses inline text as if it were a file of that name. */
    public static PolicyDocument parseText(String name, String text) {
        return new DocumentParser().parse(TextReader.decode(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), null));
    }

    /** A plan whose one measure names {@code units} distinct bureaus (市甲安局, 市甲平局, …, up to 54 × 60 names). */
    public static String planWithOneMeasureNaming(int units) {
        String first = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥东南西北中上下左右前后春夏秋冬金木水火土山川河湖海江松柏梅兰竹菊";
        String second = "安平康宁和顺昌盛兴旺丰泰福禄寿喜德信义礼智仁勇忠孝廉明清正直方圆高远深长宽广新旧大小多少强富美华光文武英雄红黄蓝绿紫青白";
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < units; i++) {
            names.append(i == 0 ? "" : "、").append('市').append(first.charAt(i / 60)).append(second.charAt(i % 60)).append('局');
        }
        return "某市实施方案\n\n一、主要任务\n1.共同推进。(牵头单位:市财政局,参与单位:" + names + ")\n";
    }

    /** The seed's header (so the same document number) with a body of many generated measures, each
     * led by one of the seed's units with ten others taking part: a large revision of the seed. */
    public static String seedWithManyMeasures(int count) {
        return seedWithManyMeasures(count, 0);
    }

    /** The same plan with every unit moved {@code shift} places along the seed's list: each measure keeps its text
     * and size but its lead and participants change, so a revision rewrites every relationship and pair total. */
    public static String seedWithManyMeasures(int count, int shift) {
        List<String> units = Fixtures.seed().units().stream().map(u -> u.name()).toList();
        var text = new StringBuilder("关于印发《衢州市加强和改进党的群团工作实施方案》的通知\n衢委发[2016]3号\n\n一、推动群团组织改革创新\n\n");
        for (int i = 1; i <= count; i++) {
            text.append(i).append(".落实第").append(i).append("项工作任务。(牵头单位:").append(units.get((i + shift) % units.size()))
                    .append(",参与单位:");
            for (int j = 1; j <= 10; j++) {
                text.append(j > 1 ? "、" : "").append(units.get((i + shift + j * 3) % units.size()));
            }
            text.append(")\n\n");
        }
        return text.toString();
    }
}
