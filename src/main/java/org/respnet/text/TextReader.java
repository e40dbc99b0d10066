package org.respnet.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Reads policy texts saved as UTF-8 (with or without BOM) or GBK/GB18030 and normalises them.
 * Strict decoding decides the charset (UTF-8, then GB18030 which covers GBK/GB2312), so a wrong guess cannot
 * garble text; juniversalchardet only names the likely charset when neither fits.
 */
public final class TextReader {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextReader() {
    }

    public static DecodedText decode(String name, byte[] bytes, Charset forcedOrNull) {
        if (bytes.length == 0) {
            throw new TextDecodingException(name, "the file is empty");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new TextDecodingException(name, "contains NUL bytes, so it is binary, not a text document");
            }
        }
        for (Charset charset : candidates(forcedOrNull)) {
            String text = strictDecode(bytes, charset);
            if (text != null) {
                return new DecodedText(name, normalise(text), charset);
            }
        }
        String tried = forcedOrNull != null ? forcedOrNull.name() : "UTF-8 or GB18030/GBK";
        String guess = detectedCharset(bytes);
        String hint = guess == null ? "" : " (the bytes look most like " + guess + ")";
        throw new TextDecodingException(name, "is not valid " + tried + " text" + hint);
    }

    /** A forced charset is the only candidate; otherwise strict UTF-8 first, as Chinese UTF-8 often also decodes as GB18030. */
    private static List<Charset> candidates(Charset forcedOrNull) {
        if (forcedOrNull != null) {
            return List.of(isGbFamily(forcedOrNull) ? GB18030 : forcedOrNull);
        }
        return List.of(StandardCharsets.UTF_8, GB18030);
    }

    /** The detector's guess only explains a failure; it never picks the charset, since short texts fool it. */
    private static String detectedCharset(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static boolean isGbFamily(Charset charset) {
        String n = charset.name().toUpperCase();
        return n.equals("GBK") || n.equals("GB2312") || n.equals("GB18030") || n.equals("EUC-CN") || n.equals("X-EUC-CN");
    }

    private static String strictDecode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(withoutUtf8Bom(bytes, charset)))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] withoutUtf8Bom(byte[] bytes, Charset charset) {
        boolean hasBom = bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
        return hasBom && charset.equals(StandardCharsets.UTF_8) ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    /** NFKC turns full-width ASCII-range punctuation ({@code （：，}) into half-width, so one grammar fits both. */
    static String normalise(String text) {
        String noBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String lf = noBom.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(lf, Normalizer.Form.NFKC);
    }
}
