package org.respnet.parse;

/** Values of the numerals plans number their parts with: arabic, and Chinese up to 九十九. */
final class Numerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private Numerals() {
    }

    /** @param numeral {@code 12}, {@code (12)}, {@code 二十三}, {@code (二十三)}; 0 when it is none of these */
    static int value(String numeral) {
        String n = numeral.replaceAll("[()]", "");
        if (n.isEmpty()) {
            return 0;
        }
        if (Character.isDigit(n.charAt(0))) {
            try {
                return Integer.parseInt(n);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        int ten = n.indexOf('十');
        if (ten < 0) {
            return n.length() == 1 ? Math.max(0, DIGITS.indexOf(n.charAt(0))) : 0;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(n.charAt(ten - 1));
        int units = ten == n.length() - 1 ? 0 : DIGITS.indexOf(n.charAt(ten + 1));
        return tens < 0 || units < 0 ? 0 : tens * 10 + units;
    }
}
