package org.respnet.console;

import java.util.Locale;

/**
 * Just enough lexing of a query to find statement separators and a leading EXPLAIN/PROFILE: semicolons inside
 * strings, backtick names and comments do not count.
 */
final class QueryText {

    enum Mode { RUN, EXPLAIN, PROFILE }

    private QueryText() {
    }

    /** The query without trailing semicolons; refused if a semicolon still separates two statements. */
    static String singleStatement(String query) {
        String text = query.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (semicolonOutsideLiterals(text) >= 0) {
            throw ConsoleException.refused("Only one statement can run at a time; remove the ';' between statements.");
        }
        return text;
    }

    static Mode mode(String query) {
        String first = firstWord(query).toUpperCase(Locale.ROOT);
        return switch (first) {
            case "EXPLAIN" -> Mode.EXPLAIN;
            case "PROFILE" -> Mode.PROFILE;
            default -> Mode.RUN;
        };
    }

    /** The query with a leading PROFILE/EXPLAIN removed, padded with spaces so positions stay where they were. */
    static String withoutPrefix(String query) {
        int start = skipSpaceAndComments(query, 0);
        String word = firstWord(query);
        return query.substring(0, start) + " ".repeat(word.length()) + query.substring(start + word.length());
    }

    private static String firstWord(String query) {
        int i = skipSpaceAndComments(query, 0);
        int end = i;
        while (end < query.length() && Character.isLetter(query.charAt(end))) {
            end++;
        }
        return query.substring(i, end);
    }

    private static int skipSpaceAndComments(String s, int i) {
        while (i < s.length()) {
            if (Character.isWhitespace(s.charAt(i))) {
                i++;
            } else if (s.startsWith("//", i)) {
                int nl = s.indexOf('\n', i);
                i = nl < 0 ? s.length() : nl + 1;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static int semicolonOutsideLiterals(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = closing(s, i, c);
            } else if (s.startsWith("//", i) || s.startsWith("/*", i)) {
                i = skipSpaceAndComments(s, i);
            } else if (c == ';') {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int closing(String s, int open, char quote) {
        int i = open + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }
}
