package org.respnet.parse;

import org.respnet.text.DecodedText;

/**
 * Lengths a stored value may have. Unit names, measure numbers and document keys are index keys, and Neo4j refuses
 * an index key of more than about 8 KB with an error that used to surface as a 500 halfway through a load; a name
 * far longer than any organ's is a parsing accident (a paragraph read as a unit), so it is refused at its line.
 */
public final class InputLimits {

    /** The longest unit names in real plans are under 40 characters. */
    public static final int MAX_UNIT_NAME = 200;
    /** Numbers as written: {@code (十二)}, a table's 序号. */
    public static final int MAX_MEASURE_NUMBER = 50;
    /**
     * Real measures name at most a few dozen units (a county's townships). Every pair of a measure's units gets a
     * coordination total, so k units cost k(k−1)/2 writes: 3,000 units are 4.5 million, 200,000 exhaust the heap.
     */
    public static final int MAX_UNITS_PER_MEASURE = 500;
    /** The key is the document number or the title. */
    public static final int MAX_DOCUMENT_KEY = 500;

    private InputLimits() {
    }

    static void unitName(String name, DecodedText text, int line, String measure) {
        if (name.length() > MAX_UNIT_NAME) {
            throw new ParseException(text.name(), line, text.where(line), "measure " + shortened(measure)
                    + " names a unit of " + name.length() + " characters ('" + shortened(name) + "'); unit names are limited to "
                    + MAX_UNIT_NAME + " characters");
        }
    }

    static void unitsPerMeasure(int units, DecodedText text, int line, String measure) {
        if (units > MAX_UNITS_PER_MEASURE) {
            throw new ParseException(text.name(), line, text.where(line), "measure " + shortened(measure) + " names "
                    + units + " units; a measure may name at most " + MAX_UNITS_PER_MEASURE + " (each pair of its units "
                    + "is a coordination tie, so this one alone would be " + String.format("%,d", (long) units * (units - 1) / 2)
                    + " ties): split it, or name the group (各有关部门) instead of every member");
        }
    }

    static void measureNumber(String number, DecodedText text, int line) {
        if (number.length() > MAX_MEASURE_NUMBER) {
            throw new ParseException(text.name(), line, text.where(line), "a measure number of " + number.length()
                    + " characters ('" + shortened(number) + "'); measure numbers are limited to " + MAX_MEASURE_NUMBER + " characters");
        }
    }

    /**
     * A document needs a key to be stored under: its number or its title. Without either (the text opens with a
     * measure, or holds nothing but a byte order mark and blanks) it would be stored under the empty key.
     */
    public static void documentKey(String key, String file) {
        if (key == null || key.isBlank()) {
            throw new ParseException(file, 1, "line 1", "the document has no title or document number to be stored under; "
                    + "its first line should be its title");
        }
        if (key.length() > MAX_DOCUMENT_KEY) {
            throw new ParseException(file, 1, "line 1", "the document's key (its number or title) has " + key.length()
                    + " characters; keys are limited to " + MAX_DOCUMENT_KEY + " characters");
        }
    }

    private static String shortened(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
