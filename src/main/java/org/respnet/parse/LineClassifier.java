package org.respnet.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits normalised text into lines and recognises section and measure numerals at their start. */
final class LineClassifier {

    private static final String CHINESE_NUMERAL = "[一二三四五六七八九十百]+";
    private static final Pattern SECTION = Pattern.compile("^(" + CHINESE_NUMERAL + ")、\\s*(.+)$");
    private static final Pattern CHINESE_PAREN = Pattern.compile("^(\\(" + CHINESE_NUMERAL + "\\))\\s*(.+)$");
    /** {@code 1.} or {@code 1、} not followed by a digit, so {@code 1.5万元} is not a measure number. */
    // Up to five digits: generated and national plans run past 999 measures; (?!\\d) keeps "2016.3" out.
    private static final Pattern ARABIC_DOTTED = Pattern.compile("^(\\d{1,5})[.、]\\s*(?!\\d)(.+)$");
    private static final Pattern ARABIC_PAREN = Pattern.compile("^(\\(\\d{1,5}\\))\\s*(.+)$");

    private LineClassifier() {
    }

    static List<Line> classify(String text) {
        String[] raw = text.split("\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(classifyOne(i + 1, raw[i].strip()));
        }
        return lines;
    }

    private static Line classifyOne(int lineNo, String line) {
        if (line.isEmpty()) {
            return new Line(lineNo, Line.Kind.BLANK, null, "");
        }
        Matcher m;
        if ((m = SECTION.matcher(line)).matches()) {
            return new Line(lineNo, Line.Kind.SECTION, m.group(1), m.group(2));
        }
        if ((m = CHINESE_PAREN.matcher(line)).matches()) {
            return new Line(lineNo, Line.Kind.CHINESE_PAREN, m.group(1), m.group(2));
        }
        if ((m = ARABIC_DOTTED.matcher(line)).matches() || (m = ARABIC_PAREN.matcher(line)).matches()) {
            return new Line(lineNo, Line.Kind.ARABIC, m.group(1), m.group(2));
        }
        return new Line(lineNo, Line.Kind.TEXT, null, line);
    }
}
