package org.respnet.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits normalised text into lines and recognises numerals at their start. A line that holds several numbered
 * paragraphs (a body pasted without line breaks) is cut before each numeral that ends a sentence and continues the
 * numbering: {@code …负责)2.加强…} is two paragraphs, {@code …增长1.5倍} and {@code 第2.3条} are not.
 */
final class LineClassifier {

    private static final String CHINESE_NUMERAL = "[一二三四五六七八九十]{1,3}";
    private static final Pattern SECTION = Pattern.compile("^(" + CHINESE_NUMERAL + ")、\\s*(.+)$");
    private static final Pattern CHINESE_PAREN = Pattern.compile("^(\\(" + CHINESE_NUMERAL + "\\))\\s*(.+)$");
    // Up to five digits: generated and national plans run past 999 measures; (?!\\d) keeps "2016.3" out.
    private static final Pattern ARABIC_DOTTED = Pattern.compile("^(\\d{1,5})[.、]\\s*(?!\\d)(.+)$");
    private static final Pattern ARABIC_PAREN = Pattern.compile("^(\\(\\d{1,4}\\)|\\d{1,4}\\))\\s*(.+)$");
    /** Where a run-on line may hold the next paragraph: right after a sentence, a clause or a space. */
    private static final Pattern INNER_NUMERAL = Pattern.compile("(?<=[。;)〕\\s])\\s*(?=(" + CHINESE_NUMERAL + "、|\\("
            + CHINESE_NUMERAL + "\\)|\\d{1,4}[.、](?!\\d)|\\(\\d{1,4}\\)))");

    private final Map<Line.Kind, Integer> lastValue = new EnumMap<>(Line.Kind.class);

    private LineClassifier() {
    }

    static List<Line> classify(String text) {
        LineClassifier classifier = new LineClassifier();
        String[] raw = text.split("\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            for (String piece : classifier.pieces(raw[i])) {
                Line line = classifyOne(i + 1, piece);
                classifier.seen(line);
                lines.add(line);
            }
        }
        return lines;
    }

    /** The line itself, or its paragraphs when numerals that continue the numbering start inside it. */
    private List<String> pieces(String raw) {
        Matcher m = INNER_NUMERAL.matcher(raw);
        if (!m.find()) {
            return List.of(raw);
        }
        Map<Line.Kind, Integer> trial = new EnumMap<>(lastValue);
        Line first = classifyOne(0, raw.strip());
        advance(trial, first);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        do {
            Line candidate = classifyOne(0, raw.substring(m.end()).strip());
            if (candidate.isNumbered() && continues(trial, candidate)) {
                pieces.add(raw.substring(start, m.start()));
                start = m.end();
                advance(trial, candidate);
            }
        } while (m.find());
        pieces.add(raw.substring(start));
        return pieces;
    }

    private void seen(Line line) {
        advance(lastValue, line);
    }

    /** The next numeral of its style, or a first one (一, (一), 1) opening a deeper level. */
    private static boolean continues(Map<Line.Kind, Integer> last, Line candidate) {
        int previous = last.getOrDefault(candidate.kind(), 0);
        return candidate.value() == previous + 1 || candidate.value() == 1 && previous == 0;
    }

    /** A numeral resets the count of every deeper style, which restarts under it. */
    private static void advance(Map<Line.Kind, Integer> last, Line line) {
        if (!line.isNumbered()) {
            return;
        }
        last.put(line.kind(), line.value());
        for (Line.Kind deeper : Line.Kind.values()) {
            if (deeper.numbered() && deeper.ordinal() > line.kind().ordinal()) {
                last.remove(deeper);
            }
        }
    }

    static Line classifyOne(int lineNo, String raw) {
        String line = raw.strip();
        if (line.isEmpty()) {
            return new Line(lineNo, Line.Kind.BLANK, null, "", raw);
        }
        Matcher m;
        if ((m = SECTION.matcher(line)).matches()) {
            return new Line(lineNo, Line.Kind.SECTION, m.group(1), m.group(2), raw);
        }
        if ((m = CHINESE_PAREN.matcher(line)).matches()) {
            return new Line(lineNo, Line.Kind.CHINESE_PAREN, m.group(1), m.group(2), raw);
        }
        if ((m = ARABIC_DOTTED.matcher(line)).matches()) {
            return new Line(lineNo, Line.Kind.ARABIC, m.group(1), m.group(2), raw);
        }
        if ((m = ARABIC_PAREN.matcher(line)).matches()) {
            return new Line(lineNo, Line.Kind.ARABIC_PAREN, m.group(1), m.group(2), raw);
        }
        return new Line(lineNo, Line.Kind.TEXT, null, line, raw);
    }
}
