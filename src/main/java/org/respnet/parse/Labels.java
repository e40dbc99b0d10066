package org.respnet.parse;

import java.util.regex.Pattern;

/**
 * What a field label in a clause, a labelled line or a table header says: who leads, who takes part, who is
 * responsible without a stated lead, which person answers, or when. Read from the words a label is made of, so
 * {@code 牵头责任单位}, {@code 主要责任单位}, {@code 协同配合单位} and {@code 时间节点} need no list of their own.
 */
final class Labels {

    enum Role { LEAD, PARTICIPANT, RESPONSIBLE, PERSON, DEADLINE }

    /** A label: a few characters ending in a field word, then a colon. */
    static final Pattern LABEL = Pattern.compile("[\\p{IsHan}]{0,8}(单位|部门|机构|主体|处室|科室|领导|责任人|负责人|联系人|时限|时间|期限|节点|牵头|配合|参与|协同|协办)");

    private static final Pattern ASIDE = Pattern.compile("\\(.*?\\)");
    private static final Pattern PERSON = Pattern.compile("领导|责任人|负责人|联系人");
    private static final Pattern DEADLINE = Pattern.compile("时限|时间|期限|节点");
    private static final Pattern LEAD = Pattern.compile("牵头|主要责任|主责|主办");
    private static final Pattern PARTICIPANT = Pattern.compile("配合|协同|参与|协办|协助|协作|参加");
    private static final Pattern UNIT_FIELD = Pattern.compile("(单位|部门|机构|主体|处室|科室|牵头|配合|参与|协同|协办)$");

    private Labels() {
    }

    /** @return the role a label gives, or null when the label is not a responsibility field */
    static Role roleOf(String label) {
        String l = label.indexOf('(') < 0 ? label.strip() : ASIDE.matcher(label).replaceAll("").strip();
        if (PERSON.matcher(l).find()) {
            return Role.PERSON;
        }
        if (DEADLINE.matcher(l).find()) {
            return Role.DEADLINE;
        }
        if (!UNIT_FIELD.matcher(l).find()) {
            return null;
        }
        if (LEAD.matcher(l).find()) {
            return Role.LEAD;
        }
        return PARTICIPANT.matcher(l).find() ? Role.PARTICIPANT : Role.RESPONSIBLE;
    }

    /** True for a label this parser reads; other labels are reported and their values set aside. */
    static boolean known(String label) {
        return roleOf(label) != null;
    }
}
