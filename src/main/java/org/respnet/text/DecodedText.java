package org.respnet.text;

import java.nio.charset.Charset;

/**
 * A document's text ready for parsing: BOM removed, line ends as {@code \n}, NFKC-normalised.
 *
 * @param name    the file or upload name, used in error messages
 * @param text    the normalised text
 * @param charset the charset the bytes were decoded with
 */
public record DecodedText(String name, String text, Charset charset) {
}
