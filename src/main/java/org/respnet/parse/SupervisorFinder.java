package org.respnet.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds who supervises implementation in the closing text: {@code 市委办公室(市督考办)对…督促检查}. */
final class SupervisorFinder {

    /** Supervisor, optional short name in parentheses, then 对 … a supervision word. */
    private static final Pattern SUPERVISION = Pattern.compile(
            "^(?:由)?([^,。;()]{2,20}?)(?:\\(([^()]{2,20})\\))?(?:要|负责|将)?对[^。]{0,60}?(督促检查|督查|督办|监督检查)");

    /** @param alias the short name given in parentheses, or null */
    record Supervisor(String name, String alias) {
    }

    private SupervisorFinder() {
    }

    /** @param closingText paragraphs that are neither headings nor measures */
    static List<Supervisor> find(List<String> closingText) {
        List<Supervisor> found = new ArrayList<>();
        for (String paragraph : closingText) {
            Matcher m = SUPERVISION.matcher(paragraph);
            // 各县(市、区)要对…督查 is a duty of many, not a supervising unit.
            if (m.find() && !UnitListSplitter.isCollective(m.group(1))) {
                found.add(new Supervisor(m.group(1).strip(), m.group(2) == null ? null : m.group(2).strip()));
            }
        }
        return found;
    }
}
