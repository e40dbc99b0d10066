package org.respnet.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the responsibility clause of a measure paragraph: a trailing parenthesised group that speaks of
 * responsibility, or a trailing {@code 牵头单位:…}/{@code 责任单位:…} tail without parentheses.
 */
final class ClauseLocator {

    /** Words that make a trailing group a responsibility clause rather than an aside such as {@code (试行)}. */
    private static final Pattern RESPONSIBILITY_WORD =
            Pattern.compile("牵头|负责|参与|配合|协同|协办|责任单位|责任部门|(单位|部门)[:]");
    private static final Pattern LABELLED_TAIL = Pattern.compile("(牵头单位|牵头部门|责任单位|责任部门)[:]");
    /** A name ending like a government body; a group of two or more of them is a clause that forgot its role. */
    private static final Pattern UNIT_SHAPED =
            Pattern.compile("[\\p{IsHan}]{2,}(局|委|办|部|厅|院|会|联|署|行|社|室|校|中心|政府)");
    private static final String TRAILING_PUNCTUATION = "。;.,: ";

    /** The measure split into its text and the clause exactly as found (with its parentheses). */
    record Located(String text, String clause) {
    }

    private ClauseLocator() {
    }

    static Optional<Located> locate(String paragraph) {
        String trimmed = stripTrailingPunctuation(paragraph);
        if (trimmed.endsWith(")")) {
            int open = matchingOpen(trimmed);
            if (open >= 0) {
                String inner = trimmed.substring(open + 1, trimmed.length() - 1);
                if (RESPONSIBILITY_WORD.matcher(inner).find() || namesOnlyUnits(inner)) {
                    return Optional.of(new Located(paragraph.substring(0, open).strip(), trimmed.substring(open)));
                }
            }
        }
        Matcher tail = LABELLED_TAIL.matcher(trimmed);
        if (tail.find()) {
            return Optional.of(new Located(paragraph.substring(0, tail.start()).strip(), trimmed.substring(tail.start())));
        }
        return Optional.empty();
    }

    /** A line holding nothing but a clause, e.g. a {@code 牵头单位:…} line under its measure. */
    static boolean isClauseOnly(String line) {
        return locate(line).map(l -> l.text().isEmpty()).orElse(false);
    }

    private static boolean namesOnlyUnits(String inner) {
        String[] items = inner.split("[、,]");
        if (items.length < 2) {
            return false;
        }
        for (String item : items) {
            if (!UNIT_SHAPED.matcher(item.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static int matchingOpen(String s) {
        int depth = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String stripTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
