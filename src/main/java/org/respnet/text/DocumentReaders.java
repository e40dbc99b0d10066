package org.respnet.text;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one door for document files: tells the format from the bytes (not the name) and hands them to its reader.
 * Every reader produces the same shape of {@link DecodedText}, so the parser never sees a file format.
 */
public final class DocumentReaders {

    private DocumentReaders() {
    }

    public static DecodedText read(Path file, Charset forcedOrNull) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return decode(name, Files.readAllBytes(file), forcedOrNull);
        } catch (IOException e) {
            throw new TextDecodingException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** @param forcedOrNull the charset of a plain-text file; formats that carry their own encoding ignore it */
    public static DecodedText decode(String name, byte[] bytes, Charset forcedOrNull) {
        return TextReader.decode(name, bytes, forcedOrNull);
    }
}
