package org.respnet.parse;

/**
 * One line of the document (or one piece of a run-on line) and what its start looks like.
 *
 * @param lineNo  1-based line of the normalised text it came from
 * @param number  the numeral as written, e.g. {@code 四}, {@code (三)}, {@code 12}; null for text
 * @param rest    the stripped line after its numeral and separator; the whole stripped line for text
 * @param raw     the line as written, indentation included, so a clause spanning lines can be kept as found
 */
record Line(int lineNo, Kind kind, String number, String rest, String raw) {

    /** Numbering styles from the outermost to the innermost, as Chinese plans nest them. */
    enum Kind {
        BLANK,
        /** {@code 一、…} */
        SECTION,
        /** {@code (一)…} */
        CHINESE_PAREN,
        /** {@code 1.…}, {@code 1、…} */
        ARABIC,
        /** {@code (1)…}, {@code 1)…} */
        ARABIC_PAREN,
        TEXT;

        boolean numbered() {
            return this != BLANK && this != TEXT;
        }
    }

    boolean isNumbered() {
        return kind.numbered();
    }

    boolean isBlank() {
        return kind == Kind.BLANK;
    }

    /** The numeral's value ({@code 三} → 3, {@code (12)} → 12), or 0 for text. */
    int value() {
        return number == null ? 0 : Numerals.value(number);
    }

    /**
     * Lines {@code from}..{@code to} (indexes) as written: the first without its indent, the blank lines and indents
     * between kept, so a clause spanning lines is recorded as found.
     */
    static String span(java.util.List<Line> lines, int from, int to) {
        StringBuilder span = new StringBuilder(lines.get(from).rest());
        for (int i = from + 1; i <= to; i++) {
            span.append('\n').append(i == to ? lines.get(i).raw().stripTrailing() : lines.get(i).raw());
        }
        return span.toString();
    }
}
