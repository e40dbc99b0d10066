package org.respnet.parse;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Map;

/**
 * Plans written in traditional characters are read with the simplified rules: the parser reads a simplified copy,
 * then every name, clause and phrase it returns is put back into the characters the document used. ICU's
 * Traditional-Simplified transform maps character for character on the texts it changes in length only rarely;
 * when it does, the document is read as written.
 */
final class Script {

    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    private final String readable;
    private final Map<Character, Character> written;

    private Script(String readable, Map<Character, Character> written) {
        this.readable = readable;
        this.written = written;
    }

    /** Characters looked at to tell the script; the transform is slow, and most plans are simplified throughout. */
    private static final int SAMPLE = 20_000;
    /** In traditional writing a fifth or more of running text differs from simplified; 5% leaves a wide margin. */
    private static final double TRADITIONAL_SHARE = 0.05;

    static Script of(String text) {
        String sample = text.substring(0, Math.min(SAMPLE, text.length()));
        if (!traditional(sample, TO_SIMPLIFIED.transliterate(sample))) {
            return new Script(text, Map.of());
        }
        String simplified = TO_SIMPLIFIED.transliterate(text);
        if (simplified.equals(text) || simplified.length() != text.length()) {
            return new Script(text, Map.of());
        }
        Map<Character, Character> back = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            if (simplified.charAt(i) != text.charAt(i)) {
                back.putIfAbsent(simplified.charAt(i), text.charAt(i));
            }
        }
        return new Script(simplified, back);
    }

    /**
     * Simplified texts hold a few characters the transform would still change (显著 → 显着), so a text counts as
     * traditional only when a real share of its Chinese characters changes.
     */
    private static boolean traditional(String sample, String simplified) {
        if (simplified.length() != sample.length()) {
            return false;
        }
        int han = 0;
        int changed = 0;
        for (int i = 0; i < sample.length(); i++) {
            if (Character.UnicodeScript.of(sample.charAt(i)) == Character.UnicodeScript.HAN) {
                han++;
                changed += sample.charAt(i) != simplified.charAt(i) ? 1 : 0;
            }
        }
        return changed > 0 && changed >= TRADITIONAL_SHARE * han;
    }

    /** The text the rules read. */
    String readable() {
        return readable;
    }

    /** A string the parser returned, in the document's own characters. */
    String asWritten(String s) {
        if (s == null || written.isEmpty()) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = written.getOrDefault(chars[i], chars[i]);
        }
        return new String(chars);
    }
}
