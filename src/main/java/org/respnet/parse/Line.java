package org.respnet.parse;

/**
 * One stripped line of the document and what its start looks like.
 *
 * @param number  the numeral as written, e.g. {@code 四}, {@code (三)}, {@code 12}; null for text
 * @param rest    the line after its numeral and separator; the whole line for text
 */
record Line(int lineNo, Kind kind, String number, String rest) {

    enum Kind {
        BLANK,
        /** {@code 一、…} */
        SECTION,
        /** {@code (一)…}: a subsection heading or, in some documents, a measure */
        CHINESE_PAREN,
        /** {@code 1.…}, {@code 1、…}, {@code (1)…} */
        ARABIC,
        TEXT
    }

    boolean isNumbered() {
        return kind == Kind.SECTION || kind == Kind.CHINESE_PAREN || kind == Kind.ARABIC;
    }
}
