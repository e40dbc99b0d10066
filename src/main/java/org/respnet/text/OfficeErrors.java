package org.respnet.text;

/** Plain sentences for files a library could not read; the cause stays attached for the log, never for the user. */
final class OfficeErrors {

    private OfficeErrors() {
    }

    static TextDecodingException unreadable(String name, String format, Exception cause) {
        if (cause instanceof TextDecodingException decoding) {
            return decoding;
        }
        return new TextDecodingException(name, "cannot be read as a " + format
                + " document; the file may be damaged or incomplete", cause);
    }
}
