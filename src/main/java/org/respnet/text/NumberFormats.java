package org.respnet.text;

/**
 * Renders a list counter in a Word number format ({@code w:numFmt}), so automatic numbering such as {@code 一、},
 * {@code (一)} or {@code 1.} reaches the parser as the text a reader of the document sees.
 */
final class NumberFormats {

    private static final String[] CJK_DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] LEGAL_DIGITS = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private NumberFormats() {
    }

    static String format(int n, String numFmt) {
        String fmt = numFmt == null ? "decimal" : numFmt;
        return switch (fmt) {
            case "none", "bullet" -> "";
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "koreanCounting",
                 "taiwaneseCounting", "taiwaneseCountingThousand" -> counting(n, CJK_DIGITS, "十", "百", "千", "零");
            case "chineseLegalSimplified" -> counting(n, LEGAL_DIGITS, "拾", "佰", "仟", "零");
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digitByDigit(n);
            // ECMA-376: ideographTraditional counts with the ten heavenly stems, ideographZodiac with the twelve branches
            case "ideographTraditional" -> cyclic(n, HEAVENLY_STEMS);
            case "ideographZodiac" -> cyclic(n, EARTHLY_BRANCHES);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : Integer.toString(n);
            case "decimalEnclosedParen" -> "(" + n + ")";
            case "decimalEnclosedFullstop" -> n + ".";
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "lowerLetter" -> letters(n, 'a');
            case "upperLetter" -> letters(n, 'A');
            case "lowerRoman" -> roman(n).toLowerCase();
            case "upperRoman" -> roman(n);
            default -> Integer.toString(n); // decimal, decimalFullWidth, decimalHalfWidth and the rest
        };
    }

    /** 一 … 十, 十一, 二十, 一百零一, 一百一十: the way Word writes chineseCounting up to 9,999. */
    private static String counting(int n, String[] digits, String ten, String hundred, String thousand, String zero) {
        if (n <= 0 || n > 9999) {
            return Integer.toString(n);
        }
        String[] units = {"", ten, hundred, thousand};
        StringBuilder out = new StringBuilder();
        String s = Integer.toString(n);
        boolean pendingZero = false;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(i) - '0';
            int place = s.length() - 1 - i;
            if (d == 0) {
                pendingZero = out.length() > 0;
                continue;
            }
            if (pendingZero) {
                out.append(zero);
                pendingZero = false;
            }
            boolean bareTen = d == 1 && place == 1 && s.length() == 2; // 十一, not 一十一
            if (!bareTen) {
                out.append(digits[d]);
            }
            out.append(units[place]);
        }
        return out.toString();
    }

    private static String digitByDigit(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append(c == '-' ? "-" : CJK_DIGITS[c - '0']);
        }
        return out.toString();
    }

    private static String cyclic(int n, String symbols) {
        return n >= 1 ? String.valueOf(symbols.charAt((n - 1) % symbols.length())) : Integer.toString(n);
    }

    /** a … z, aa … zz, as Word repeats the letter. */
    private static String letters(int n, char a) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char letter = (char) (a + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                out.append(symbols[i]);
                n -= values[i];
            }
        }
        return out.toString();
    }
}
