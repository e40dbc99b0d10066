package org.respnet.parse;

/**
 * A document that cannot be read as a plan: no measure found, a clause cut off, or (with strictness) any warning.
 * The message reads {@code <file>:<place>: <what is wrong>}.
 */
public class ParseException extends RuntimeException {

    private final String file;
    private final int line;
    private final String where;

    public ParseException(String file, int line, String where, String problem) {
        super(file + ":" + (where.equals("line " + line) ? String.valueOf(line) : where) + ": " + problem);
        this.file = file;
        this.line = line;
        this.where = where;
    }

    public String file() {
        return file;
    }

    /** 1-based line in the normalised text. */
    public int line() {
        return line;
    }

    /** The place in the original file, as {@link org.respnet.text.DecodedText#where(int)} names it. */
    public String where() {
        return where;
    }
}
