package org.respnet.parse;

import java.util.regex.Pattern;

/** What a unit name can and cannot look like, so that prose, labels and fragments never become units. */
final class UnitNames {

    /** Phrases that name no particular body: 各有关部门, 市政府各部门, 有关市(州)人民政府, 市级有关部门, 全市… */
    private static final Pattern COLLECTIVE_START = Pattern.compile("^(其他|其它|全市|全省|全区|全县|所属)");
    /** Words of a sentence, not of a name: a clause's remark such as 具体任务均涉及…,不再做分工. */
    private static final Pattern PROSE = Pattern.compile("涉及|不再|按照|根据|要求|确保|做好|分工|以下|下同|均由");
    /** Field labels themselves: what is left of a clause cut off after its label. */
    private static final Pattern LABEL_WORD = Pattern.compile("^(牵头|参与|配合|协同|协办|责任|主要责任)(单位|部门)$");
    private static final int LONGEST_NAME = 30;

    private UnitNames() {
    }

    static boolean collective(String phrase) {
        return phrase.indexOf('各') >= 0 || phrase.contains("有关") || phrase.contains("相关") || COLLECTIVE_START.matcher(phrase).find();
    }

    static boolean prose(String item) {
        return item.length() > LONGEST_NAME || PROSE.matcher(item).find();
    }

    /** A segment of a clause that is a sentence: a remark word in it, or an item too long to be a name. */
    static boolean proseSentence(String segment) {
        if (PROSE.matcher(segment).find()) {
            return true;
        }
        for (String item : segment.split("[、,]")) {
            if (item.length() > LONGEST_NAME) {
                return true;
            }
        }
        return false;
    }

    /** A name a unit could have: not empty, no separators or open brackets, no label, no sentence. */
    static boolean plausible(String name) {
        return !name.isBlank() && !name.startsWith("(") && !name.contains("、") && !name.contains(",")
                && !LABEL_WORD.matcher(name).matches() && !prose(name) && balanced(name);
    }

    private static boolean balanced(String name) {
        int depth = 0;
        for (char c : name.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
