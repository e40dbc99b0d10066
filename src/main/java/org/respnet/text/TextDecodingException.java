package org.respnet.text;

/** The bytes of a file are not a readable text document; the message names the file and the problem. */
public class TextDecodingException extends RuntimeException {

    public TextDecodingException(String name, String problem) {
        super(name + ": " + problem);
    }

    public TextDecodingException(String name, String problem, Throwable cause) {
        super(name + ": " + problem, cause);
    }
}
