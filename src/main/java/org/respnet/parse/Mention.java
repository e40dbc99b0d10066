package org.respnet.parse;

/**
 * One item of a unit list.
 *
 * @param name       canonical unit name, or the collective phrase verbatim
 * @param writtenAs  the name as the document wrote it (differs from {@code name} when an alias was applied)
 * @param collective true for phrases naming no particular body ({@code 各有关部门})
 * @param markedLead true when the item carried its own {@code (牵头)} mark
 */
record Mention(String name, String writtenAs, boolean collective, boolean markedLead) {

    static Mention collective(String phrase) {
        return new Mention(phrase, phrase, true, false);
    }
}
