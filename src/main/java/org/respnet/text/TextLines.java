package org.respnet.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the lines a structured format yields, each with the place it came from, and turns them into the one
 * {@link DecodedText} shape the parser reads: one line per paragraph or table row, cells separated by tabs.
 */
final class TextLines {

    /** Line and cell separators inside a paragraph or cell would break the one-line-per-paragraph contract. */
    private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\u000B\\u000C\\u0085\\u2028\\u2029]+");
    private static final Pattern TABS = Pattern.compile("\\t+");

    private final List<String> lines = new ArrayList<>();
    private final List<String> places = new ArrayList<>();

    /** A paragraph's text: tabs become spaces, so a paragraph never reads as a table row. */
    static String paragraphText(String raw) {
        return TABS.matcher(BREAKS.matcher(raw).replaceAll(" ")).replaceAll(" ").strip();
    }

    void add(String line, String place) {
        lines.add(BREAKS.matcher(line).replaceAll(" "));
        places.add(place);
    }

    /** A table row: cells joined by tabs; a row whose cells are all empty is a blank line. */
    void addRow(List<String> cells, String place) {
        List<String> clean = cells.stream().map(TextLines::paragraphText).toList();
        boolean empty = clean.stream().allMatch(String::isEmpty);
        add(empty ? "" : String.join("\t", clean), place);
    }

    boolean isEmpty() {
        return lines.stream().allMatch(String::isBlank);
    }

    /** NFKC as plain text gets it; NFKC maps no character to a line break, so lines and places stay paired. */
    DecodedText toDecodedText(String name, String format) {
        if (isEmpty()) {
            throw new TextDecodingException(name, "holds no text");
        }
        String text = TextReader.normalise(String.join("\n", lines));
        if (text.split("\n", -1).length != places.size()) {
            throw new IllegalStateException("lines and places out of step in " + name);
        }
        return new DecodedText(name, text, StandardCharsets.UTF_8, format, places);
    }
}
