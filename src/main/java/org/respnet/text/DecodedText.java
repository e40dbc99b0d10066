package org.respnet.text;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A document's text ready for parsing: BOM removed, line ends as {@code \n}, NFKC-normalised. Whatever the file
 * format, the text is one paragraph per line and one table row per line with its cells separated by tabs.
 *
 * @param name    the file or upload name, used in error messages
 * @param text    the normalised text
 * @param charset the charset the bytes were decoded with (UTF-8 for formats that carry their own encoding)
 * @param format  {@code txt}, {@code docx}, {@code pdf}, {@code xlsx} …
 * @param places  where each line came from in the original file ({@code page 3, line 4}, {@code table 1, row 5}),
 *                index 0 for line 1; empty when the lines are the file's own lines
 */
public record DecodedText(String name, String text, Charset charset, String format, List<String> places) {

    public DecodedText {
        places = List.copyOf(places);
    }

    /** Plain text, whose lines are the file's lines. */
    public DecodedText(String name, String text, Charset charset) {
        this(name, text, charset, "txt", List.of());
    }

    /** Where line {@code lineNo} (1-based) came from, in words a user can find it by. */
    public String where(int lineNo) {
        return lineNo >= 1 && lineNo <= places.size() ? places.get(lineNo - 1) : "line " + lineNo;
    }
}
