package org.respnet.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a list such as {@code 市财政局、市民政局等有关部门} into unit names and collective phrases.
 * <ul>
 * <li>It never splits on 和 inside a name (工业和信息化部, 中央和国家机关工委); 和, 及 and 会同 only separate a
 *     collective phrase that follows ({@code X等和各有关省级人民政府}, {@code 市级各有关部门及各县市区政府}).</li>
 * <li>A collective phrase is never split: a one-character item ({@code 各县、市、区政府}) belongs to the phrase
 *     around it, and collective items in a row ({@code 市政府各部门、各直属机构}) are one phrase.</li>
 * <li>{@code 等} closes the named list: {@code X、Y等} records nothing more, {@code X等有关部门} the collective,
 *     {@code X等部门} nothing.</li>
 * </ul>
 */
final class UnitListSplitter {

    private static final Pattern ETC_TAIL = Pattern.compile("^(.+?)等(.*)$");
    /** {@code X和各有关省级人民政府}, {@code X及各县市区政府}: a conjunction joining a collective phrase. */
    private static final Pattern AND_COLLECTIVE = Pattern.compile("^(.+?)(?:和|及|以及|会同)((?:各|有关|相关).+)$");
    /** What may follow 等 without naming anyone: 等部门, 等单位, 等有关部门 (collective, kept). */
    private static final Pattern PLAIN_KIND = Pattern.compile("^(部门|单位|机构|成员单位|部门和单位|单位和部门)?$");
    /** A one-character level standing for itself inside a distributed phrase: 各县、市、区政府. */
    private static final Pattern FRAGMENT = Pattern.compile("^[省市县区乡镇州旗盟]$");
    /** A level's government without a place (县政府, 区人民政府) only continues a collective: 相关市、县政府. */
    private static final Pattern PLACELESS_GOVERNMENT = Pattern.compile("^[省市县区乡镇]级?(人民)?政府$");
    /** A phrase of prose may still name a collective: 具体任务均涉及相关市(州)人民政府. */
    private static final Pattern COLLECTIVE_IN_PROSE =
            Pattern.compile("(?:各|有关|相关)[\\p{IsHan}()]*?(?:人民政府|政府|部门|单位|机构)");
    private static final String LEAD_MARK = "(牵头)";

    private final SharedPrefix sharedPrefix;

    UnitListSplitter(SharedPrefix sharedPrefix) {
        this.sharedPrefix = sharedPrefix;
    }

    List<Mention> split(String list) {
        return split(list, null);
    }

    /** @param previousUnit the unit written just before this list, when the list continues one split at a comma */
    List<Mention> split(String list, String previousUnit) {
        List<Mention> mentions = new ArrayList<>();
        for (String item : joinCollectives(splitAtTopLevel(list))) {
            if (UnitNames.prose(item)) {
                Matcher inProse = COLLECTIVE_IN_PROSE.matcher(item);
                while (inProse.find()) {
                    mentions.add(Mention.collective(inProse.group()));
                }
                mentions.add(new Mention(item, item, false, false));
                continue;
            }
            for (String piece : separateTails(item)) {
                if (piece.isEmpty()) {
                    continue;
                }
                if (isCollective(piece)) {
                    mentions.add(Mention.collective(piece));
                    continue;
                }
                boolean markedLead = piece.endsWith(LEAD_MARK);
                String written = strip(piece, LEAD_MARK);
                String completed = sharedPrefix.complete(written, previousUnit);
                mentions.add(new Mention(completed, written, false, markedLead));
                previousUnit = completed;
            }
        }
        return mentions;
    }

    static boolean isCollective(String phrase) {
        return UnitNames.collective(phrase);
    }

    /** One-character fragments join the items around them; adjacent collective items are one phrase. */
    private static List<String> joinCollectives(List<String> items) {
        List<String> joined = new ArrayList<>();
        boolean glueNext = false;
        for (String raw : items) {
            String item = raw.strip();
            boolean fragment = FRAGMENT.matcher(item).matches();
            String previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            boolean glue = previous != null && (fragment || glueNext
                    || isCollective(previous) && PLACELESS_GOVERNMENT.matcher(item).matches()
                    || isCollective(previous) && isCollective(item) && !previous.contains("等") && !item.startsWith("有关") && !hasConjunction(item));
            if (glue) {
                joined.set(joined.size() - 1, previous + "、" + item);
            } else {
                joined.add(item);
            }
            glueNext = fragment;
        }
        return joined;
    }

    private static boolean hasConjunction(String item) {
        return AND_COLLECTIVE.matcher(item).matches();
    }

    /** {@code X等有关部门} → [X, 有关部门]; {@code X等} → [X]; {@code X和各省级人民政府} → [X, 各省级人民政府]. */
    private static List<String> separateTails(String item) {
        Matcher etc = ETC_TAIL.matcher(item);
        if (etc.matches() && !etc.group(1).isEmpty()) {
            String tail = etc.group(2).replaceFirst("^和", "").strip();
            if (PLAIN_KIND.matcher(tail).matches()) {
                return List.of(etc.group(1).strip());
            }
            if (isCollective(tail)) {
                return List.of(etc.group(1).strip(), tail);
            }
        }
        Matcher and = AND_COLLECTIVE.matcher(item);
        if (and.matches()) {
            return List.of(and.group(1).strip(), and.group(2).strip());
        }
        return List.of(item);
    }

    /** Splits at 、 , and ， outside parentheses, so 各县(市、区) stays one item. */
    private static List<String> splitAtTopLevel(String list) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : list.toCharArray()) {
            if (c == '(' || c == '<' || c == '〈') {
                depth++;
            } else if (c == ')' || c == '>' || c == '〉') {
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
