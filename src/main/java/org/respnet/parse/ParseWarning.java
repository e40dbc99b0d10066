package org.respnet.parse;

/**
 * Something the parser read with doubt or set aside; the document still loads unless the user asks for strictness.
 *
 * @param line    1-based line of the normalised text
 * @param where   the place in the original file ({@code line 12}, {@code page 2, line 7}, {@code table 1, row 4})
 * @param measure the number of the measure it concerns as written, or null for the document as a whole
 * @param message what was seen and what was done about it, in one sentence
 * @param excerpt the text it is about, as written
 */
public record ParseWarning(int line, String where, String measure, String message, String excerpt) {

    /** {@code where: message}, as the command line prints it. */
    public String describe() {
        return where + (measure == null ? "" : " (measure " + measure + ")") + ": " + message
                + (excerpt == null || excerpt.isEmpty() ? "" : " — " + excerpt);
    }
}
