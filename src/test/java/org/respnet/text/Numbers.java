package org.respnet.text;

/** Reads the numbers the source texts write (1, 一, 十一, 二十), to check the fixtures number as the source does. */
final class Numbers {

    private static final String DIGITS = "〇一二三四五六七八九";

    private Numbers() {
    }

    static int parse(String numeral) {
        if (numeral.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(numeral);
        }
        int total = 0;
        int digit = 0;
        for (char c : numeral.toCharArray()) {
            if (c == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else if (c == '百') {
                total += digit * 100;
                digit = 0;
            } else {
                digit = DIGITS.indexOf(c);
                if (digit < 0) {
                    throw new IllegalArgumentException("not a numeral: " + numeral);
                }
            }
        }
        return total + digit;
    }
}
