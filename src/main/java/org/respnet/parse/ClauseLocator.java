package org.respnet.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the responsibility clause of a measure paragraph: a trailing bracketed group ({@code (…)}, {@code 〔…〕},
 * {@code 【…】}) that speaks of responsibility, or a trailing labelled tail ({@code 牵头单位:…}, {@code 责任领导:…})
 * without brackets.
 */
final class ClauseLocator {

    /** Words that make a trailing group a responsibility clause rather than an aside such as {@code (试行)}. */
    private static final Pattern RESPONSIBILITY_WORD =
            Pattern.compile("牵头|负责|参与|配合|协同|协办|责任单位|责任部门|(单位|部门|领导)[:]");
    /** A label opening a tail: at the start, or after a sentence, clause or list ends. */
    private static final Pattern LABELLED_TAIL = Pattern.compile("(?:^|(?<=[。;,)〕\\s]))(" + Labels.LABEL.pattern() + ")[:]");
    private static final Pattern INNER_GROUP = Pattern.compile("\\(([^()]{2,200})\\)");
    private static final Pattern ENDS_IN_ROLE = Pattern.compile("(负责|牵头|配合|参与|协同)$");
    private static final Pattern LABELLED_START = Pattern.compile("(" + Labels.LABEL.pattern() + ")[:]");
    private static final Pattern FIELD_AT_END = Pattern.compile("(" + Labels.LABEL.pattern() + ")[:]$");
    /** A label glued to the text before it ({@code …制度牵头单位:X}): only a label that opens with a role word. */
    private static final Pattern GLUED_TAIL = Pattern.compile("(牵头|责任|配合|参与|协同|协办|主要责任)[\\p{IsHan}]{0,4}(单位|部门|领导)[:]");
    /** A name ending like a government body; a group of two or more of them is a clause that forgot its role. */
    private static final Pattern UNIT_SHAPED =
            Pattern.compile("[\\p{IsHan}]{2,}(局|委|办|部|厅|院|会|联|署|行|社|室|校|中心|政府)");
    private static final String TRAILING_PUNCTUATION = "。;.,: ";
    private static final String OPENERS = "(〔【";
    private static final String CLOSERS = ")〕】";

    /** The measure split into its text and the clause exactly as found (with its brackets). */
    record Located(String text, String clause) {
    }

    private ClauseLocator() {
    }

    static Optional<Located> locate(String paragraph) {
        String trimmed = stripTrailingPunctuation(paragraph);
        int kind = trimmed.isEmpty() ? -1 : CLOSERS.indexOf(trimmed.charAt(trimmed.length() - 1));
        Optional<Located> labelled = labelledTail(paragraph);
        if (kind >= 0) {
            int open = matchingOpen(trimmed, OPENERS.charAt(kind), CLOSERS.charAt(kind));
            if (open >= 0) {
                String inner = trimmed.substring(open + 1, trimmed.length() - 1);
                boolean insideLabelledTail = labelled.isPresent() && labelled.get().text().length() < open;
                if (!insideLabelledTail && (RESPONSIBILITY_WORD.matcher(inner).find() || namesOnlyUnits(inner))) {
                    return Optional.of(new Located(paragraph.substring(0, open).strip(), trimmed.substring(open)));
                }
            }
        }
        return labelled;
    }

    /** {@code 责任单位:X、Y(列第一位者为牵头单位)}: a bracket inside a labelled tail belongs to the tail. */
    private static Optional<Located> labelledTail(String paragraph) {
        int start = Integer.MAX_VALUE;
        Matcher tail = LABELLED_TAIL.matcher(paragraph);
        while (tail.find()) {
            if (Labels.known(tail.group(1))) {
                start = tail.start();
                break;
            }
        }
        Matcher glued = GLUED_TAIL.matcher(paragraph);
        start = glued.find() ? Math.min(start, glued.start()) : start;
        return start == Integer.MAX_VALUE ? Optional.empty() : Optional.of(tailFrom(paragraph, start));
    }

    private static Located tailFrom(String paragraph, int start) {
        return new Located(paragraph.substring(0, start).strip(), paragraph.substring(start).strip());
    }

    /**
     * Bracketed clauses inside a measure's text, before its closing clause: {@code …赛事。(体育总局、民政部负责)…}. Only
     * a group that ends in a role verb or opens with a field counts, so asides such as {@code (以下简称…)} stay text.
     */
    static List<String> clausesWithin(String text) {
        List<String> clauses = new ArrayList<>();
        Matcher group = INNER_GROUP.matcher(text);
        while (group.find()) {
            String inner = group.group(1);
            Matcher field = LABELLED_START.matcher(inner);
            if (ENDS_IN_ROLE.matcher(inner).find() || field.lookingAt() && Labels.known(field.group(1))) {
                clauses.add(group.group());
            }
        }
        return clauses;
    }

    /** A line holding nothing but a clause, e.g. a {@code 牵头单位:…} line or a {@code (…负责)} line under its measure. */
    static boolean isClauseOnly(String line) {
        return locate(line).map(l -> l.text().isEmpty()).orElse(false);
    }

    /**
     * A clause the text breaks off: a bracket opened for responsibility and never closed, or a label with nothing
     * after it at the very end ({@code …(牵头单位:市财政局,参与单位:}). Such a text is incomplete, not a plan to load.
     */
    static Optional<String> cutOff(String paragraph) {
        String trimmed = paragraph.strip();
        if (trimmed.indexOf(':') < 0 && trimmed.chars().noneMatch(c -> OPENERS.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                open.push(i);
            } else if (CLOSERS.indexOf(c) >= 0 && !open.isEmpty()) {
                open.pop();
            }
        }
        // The outermost bracket left open decides: what follows it is the clause the text broke off.
        Integer outermost = open.isEmpty() ? null : open.getLast();
        if (outermost != null && RESPONSIBILITY_WORD.matcher(trimmed.substring(outermost)).find()) {
            return Optional.of(trimmed.substring(outermost));
        }
        if (!trimmed.endsWith(":")) {
            return Optional.empty();
        }
        Matcher tail = FIELD_AT_END.matcher(trimmed);
        return tail.find() && Labels.known(tail.group(1)) ? Optional.of(tail.group()) : Optional.empty();
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

    private static int matchingOpen(String s, char opener, char closer) {
        int depth = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == closer) {
                depth++;
            } else if (c == opener && --depth == 0) {
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
