package org.respnet.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a list such as {@code 市财政局、市民政局等有关部门} into unit names and collective phrases.
 * It never splits on 和 inside a name (工业和信息化部, 中央和国家机关工委); 和 only separates a
 * collective phrase that follows ({@code X等和各有关省级人民政府}).
 */
final class UnitListSplitter {

    /** Phrases that name no particular body: 各有关部门, 有关部门和单位, 各省级人民政府, 各县(市、区) … */
    private static final Pattern COLLECTIVE = Pattern.compile("^(各|有关|相关|其他|其它|地方各级|全市|全省)");
    /** {@code X等}, {@code X等有关部门}, {@code X等和各省级人民政府}: X closes the named list. */
    private static final Pattern ETC_TAIL = Pattern.compile("^(.+)等和?(.*)$");
    /** {@code X和各有关省级人民政府}: 和 joining a collective phrase, not part of a name. */
    private static final Pattern AND_COLLECTIVE = Pattern.compile("^(.+?)和((?:各|有关|相关).+)$");
    private static final String LEAD_MARK = "(牵头)";

    private final UnitAliases aliases;
    private final SharedPrefix sharedPrefix;

    UnitListSplitter(UnitAliases aliases, SharedPrefix sharedPrefix) {
        this.aliases = aliases;
        this.sharedPrefix = sharedPrefix;
    }

    List<Mention> split(String list) {
        return split(list, null);
    }

    /** @param previousUnit the unit written just before this list, when the list continues one split at a comma */
    List<Mention> split(String list, String previousUnit) {
        List<Mention> mentions = new ArrayList<>();
        for (String raw : splitAtTopLevel(list)) {
            for (String piece : separateCollectiveTail(raw.strip())) {
                if (piece.isEmpty()) {
                    continue;
                }
                if (isCollective(piece)) {
                    mentions.add(Mention.collective(piece));
                    continue;
                }
                boolean markedLead = piece.endsWith(LEAD_MARK);
                String written = sharedPrefix.complete(strip(piece, LEAD_MARK), previousUnit);
                mentions.add(new Mention(aliases.canonical(written), written, false, markedLead));
                previousUnit = written;
            }
        }
        return mentions;
    }

    static boolean isCollective(String phrase) {
        return COLLECTIVE.matcher(phrase).find();
    }

    /** {@code X等有关部门} → [X, 有关部门]; {@code X和各省级人民政府} → [X, 各省级人民政府]. */
    private static List<String> separateCollectiveTail(String item) {
        Matcher etc = ETC_TAIL.matcher(item);
        if (etc.matches() && (etc.group(2).isEmpty() || isCollective(etc.group(2)))) {
            return List.of(etc.group(1).strip(), etc.group(2).strip());
        }
        Matcher and = AND_COLLECTIVE.matcher(item);
        if (and.matches()) {
            return List.of(and.group(1).strip(), and.group(2).strip());
        }
        return List.of(item);
    }

    /** Splits at 、 and , outside parentheses, so 各县(市、区) stays one item. */
    private static List<String> splitAtTopLevel(String list) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : list.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && (c == '、' || c == ',')) {
                items.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        items.add(current.toString());
        return items;
    }

    private static String strip(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()).strip() : s;
    }
}
