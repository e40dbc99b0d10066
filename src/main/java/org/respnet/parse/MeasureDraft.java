package org.respnet.parse;

/**
 * A measure found in the outline, before its clause is read.
 *
 * @param lineNo        line where the measure starts
 * @param number        the number as written, NFKC ({@code 3}, {@code (三)}, a table's 序号)
 * @param text          the measure's text without number and clause
 * @param clause        the clause exactly as found (brackets, line breaks and indents between labelled lines,
 *                      a table row's responsibility cells), or null when the measure names no one
 * @param clauseToRead  the clause as the clause parser reads it: for a table row, its cells under their labels
 * @param clauseLine    line where the clause starts
 * @param cutOff        the start of a clause the text breaks off ({@code (牵头单位:市财政局,参与单位:}), or null
 */
record MeasureDraft(int lineNo, String number, int section, Integer subsection, String text, String clause,
                    String clauseToRead, int clauseLine, String cutOff) {

    boolean hasClause() {
        return clause != null;
    }
}
