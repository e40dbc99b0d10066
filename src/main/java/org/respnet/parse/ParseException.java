package org.respnet.parse;

/** A measure's text could not be understood; the message reads {@code <file>:<line>: <what is wrong>}. */
public class ParseException extends RuntimeException {

    private final String file;
    private final int line;

    public ParseException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line in the normalised text. */
    public int line() {
        return line;
    }
}
