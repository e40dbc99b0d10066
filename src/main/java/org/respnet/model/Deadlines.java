package org.respnet.model;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deadline phrase into a {@link Due}. The rules, in order:
 * <ol>
 *   <li>A recurring phrase ({@code 每年2月底前}, {@code 每季度}) is {@code ONGOING}: it fixes no single date.</li>
 *   <li>Every point in time the phrase names is read: a day ({@code 2022年6月15日}, {@code 2022-06-15}), a month
 *       ({@code 2025年3月}, {@code 10月底}: its last day; {@code 上旬/中旬} its 10th/20th), a quarter
 *       ({@code 第三季度}, {@code 三季度末}: its last day), a half-year ({@code 上半年}, {@code 年中}: 30 June;
 *       {@code 下半年}: 31 December), a year ({@code 到2020年}, {@code 2022年底前}, {@code 年内}: 31 December), a
 *       five-year plan ({@code “十四五”期间}: its last year). {@code 前} ("by") is inclusive: {@code 2025年前} and
 *       {@code 6月前} mean by the end of 2025, of June, as plans use them. A point without a year takes the year of
 *       the point before it in the phrase ({@code 2019年1月1日至12月31日}), else the document's year
 *       ({@code 今年/当年/本年} too; {@code 明年/次年} the one after); without either it is not read.</li>
 *   <li>A point followed by {@code 起}, {@code 开始}, {@code 以来} or by the {@code 至} of a range is a start, not a due
 *       date. The due date is the latest point that is not a start ({@code 2022年6月底前启动,年底前完成} is due at
 *       the end of 2022); a phrase with starts only ({@code 2019年起}) is {@code ONGOING}.</li>
 *   <li>No point: a standing-duty word ({@code 长期}, {@code 持续}, {@code 常态化}, {@code 定期}, {@code 坚持} …) makes it
 *       {@code ONGOING}; anything else ({@code 尽快}, {@code 适时}) is {@code UNKNOWN}.</li>
 * </ol>
 * Chinese numerals in dates ({@code 二〇二二年十月底}) and the traditional characters of these words are read too.
 */
public final class Deadlines {

    private static final Pattern RECURRING = Pattern.compile("每(年|季|月|半年|周|星期|旬)|逐年");
    private static final Pattern STANDING = Pattern.compile("长期|持续|常态|经常|定期|不断|滚动|动态|坚持|久久为功");
    private static final Pattern POINT = Pattern.compile(
            "(?:(?<!\\d)(?<y>\\d{4})\\s*年度?|(?<rel>今|明|次|当|本|同)年度?)?\\s*"
            + "(?:(?<!\\d)(?<m>\\d{1,2})\\s*月份?\\s*(?:(?<d>\\d{1,2})\\s*[日号]|(?<part>上旬|中旬|下旬|初|中|底|末))?"
            + "|第?(?<q>[一二三四1-4])\\s*季度"
            + "|(?<h>上半年|下半年|年中|年底|年末|年内|年终|全年|底|末|内))?");
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(?<y>\\d{4})[-./](?<m>\\d{1,2})(?![\\d年])(?:[-./](?<d>\\d{1,2})(?!\\d))?");
    /** The Nth five-year plan ({@code 十四五}) named as a period; a bare {@code 十五} could be a day. */
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("[“\"]?(十[一二三四五六七八九]?)五[”\"]?(?:规划)?(?:期间|时期|期末|末|内)");
    private static final Pattern START_AFTER = Pattern.compile("^\\s*(?:起|开始|以来|以后|至|到|[-—–~])");
    private static final Pattern CHINESE_NUMBER = Pattern.compile("([〇零一二三四五六七八九十两]+)(?=[年月日号])");
    private static final Pattern TITLE_YEAR = Pattern.compile("(?<!\\d)(\\d{4})年");
    private static final Pattern NUMBER_YEAR = Pattern.compile("[\\[〔(](\\d{4})[\\]〕)]");
    private static final String TRADITIONAL = "長續堅態內當開終從週經動斷滾後於時間個屆";
    private static final String SIMPLIFIED = "长续坚态内当开终从周经动断滚后于时间个届";

    private Deadlines() {
    }

    /**
     * @param phrase       the deadline as written, or null
     * @param documentYear the year a phrase without one refers to ({@link #documentYear}), or null when unknown
     * @return null when there is no phrase
     */
    public static Due resolve(String phrase, Integer documentYear) {
        if (phrase == null || phrase.isBlank()) {
            return null;
        }
        String text = normalise(phrase);
        if (RECURRING.matcher(text).find()) {
            return new Due(Due.Kind.ONGOING, null, phrase);
        }
        LocalDate due = null;
        boolean starts = false;
        Integer year = documentYear;
        Matcher plan = FIVE_YEAR_PLAN.matcher(text);
        while (plan.find()) {
            int n = numeral(plan.group(1));
            if (n >= 3) {
                due = later(due, LocalDate.of(1955 + 5 * n, 12, 31));
            }
        }
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            LocalDate date = date(Integer.parseInt(iso.group("y")), Integer.parseInt(iso.group("m")), iso.group("d"), null);
            if (date != null) {
                year = date.getYear();
                if (isStart(text, iso.end())) {
                    starts = true;
                } else {
                    due = later(due, date);
                }
            }
        }
        Matcher m = POINT.matcher(text);
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            Integer pointYear = m.group("y") != null ? Integer.valueOf(Integer.parseInt(m.group("y")))
                    : m.group("rel") != null ? relative(m.group("rel"), documentYear) : year;
            boolean yearWritten = m.group("y") != null || m.group("rel") != null;
            LocalDate date = pointYear == null ? null : point(m, pointYear, yearWritten);
            if (date == null) {
                continue;
            }
            year = pointYear;
            if (isStart(text, m.end())) {
                starts = true;
            } else {
                due = later(due, date);
            }
        }
        if (due != null) {
            return new Due(Due.Kind.DATE, due, phrase);
        }
        if (starts || STANDING.matcher(text).find()) {
            return new Due(Due.Kind.ONGOING, null, phrase);
        }
        return new Due(Due.Kind.UNKNOWN, null, phrase);
    }

    /**
     * The year a plan's undated phrases ({@code 年底前}) refer to: the one year its title names
     * ({@code 2021年重点工作}), else the year of its signing date, else of its document number
     * ({@code 衢委发[2016]3号}); null when none says.
     */
    public static Integer documentYear(String title, String date, String docNumber) {
        if (title != null) {
            Set<Integer> years = new LinkedHashSet<>();
            Matcher m = TITLE_YEAR.matcher(normalise(title));
            while (m.find()) {
                years.add(Integer.parseInt(m.group(1)));
            }
            // A title with a range (2021—2025年) names no single year for 年底.
            if (years.size() == 1 && !normalise(title).matches(".*\\d{4}\\s*[-—–~至到]\\s*\\d{4}.*")) {
                return years.iterator().next();
            }
        }
        if (date != null) {
            Matcher m = TITLE_YEAR.matcher(normalise(date));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        if (docNumber != null) {
            Matcher m = NUMBER_YEAR.matcher(docNumber);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }

    public static Integer documentYear(PolicyDocument document) {
        return documentYear(document.title(), document.date(), document.docNumber());
    }

    /** The last day of what one POINT match names, or null when it names nothing datable. */
    private static LocalDate point(Matcher m, int year, boolean yearWritten) {
        if (m.group("m") != null) {
            return date(year, Integer.parseInt(m.group("m")), m.group("d"), m.group("part"));
        }
        if (m.group("q") != null) {
            int quarter = numeral(m.group("q"));
            return YearMonth.of(year, quarter * 3).atEndOfMonth();
        }
        String h = m.group("h");
        if (h == null) {
            // A year alone (到2020年, 2025年前) means by its end; a relative one alone (今年) too.
            return yearWritten ? LocalDate.of(year, 12, 31) : null;
        }
        return switch (h) {
            case "上半年", "年中" -> LocalDate.of(year, 6, 30);
            case "底", "末", "内" -> yearWritten ? LocalDate.of(year, 12, 31) : null;
            default -> LocalDate.of(year, 12, 31);
        };
    }

    private static LocalDate date(int year, int month, String day, String part) {
        try {
            YearMonth ym = YearMonth.of(year, month);
            if (day != null) {
                return ym.atDay(Integer.parseInt(day));
            }
            if (part == null) {
                return ym.atEndOfMonth();
            }
            return switch (part) {
                case "上旬", "初" -> ym.atDay(10);
                case "中" -> ym.atDay(15);
                case "中旬" -> ym.atDay(20);
                default -> ym.atEndOfMonth();
            };
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean isStart(String text, int end) {
        return START_AFTER.matcher(text.substring(end)).find();
    }

    private static Integer relative(String word, Integer documentYear) {
        if (documentYear == null) {
            return null;
        }
        return word.equals("明") || word.equals("次") ? documentYear + 1 : documentYear;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** NFKC, traditional forms of the words above simplified, Chinese numerals before 年/月/日 written in digits. */
    static String normalise(String phrase) {
        String text = Normalizer.normalize(phrase, Normalizer.Form.NFKC).strip();
        StringBuilder simplified = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int t = TRADITIONAL.indexOf(c);
            simplified.append(t >= 0 ? SIMPLIFIED.charAt(t) : c);
        }
        Matcher m = CHINESE_NUMBER.matcher(simplified);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = chineseNumber(m.group(1), simplified.charAt(m.end()) == '年');
            m.appendReplacement(out, Matcher.quoteReplacement(digits == null ? m.group(1) : digits));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code 二〇二二} (a year: digit by digit, four of them), {@code 十}, {@code 十二}, {@code 三十一}; null otherwise. */
    private static String chineseNumber(String numerals, boolean year) {
        if (year) {
            if (numerals.length() != 4 || numerals.indexOf('十') >= 0) {
                return null;
            }
            StringBuilder digits = new StringBuilder();
            for (char c : numerals.toCharArray()) {
                digits.append(digit(c));
            }
            return digits.toString();
        }
        int ten = numerals.indexOf('十');
        if (ten < 0) {
            return numerals.length() == 1 ? String.valueOf(digit(numerals.charAt(0))) : null;
        }
        if (numerals.indexOf('十', ten + 1) >= 0 || numerals.length() > 3) {
            return null;
        }
        int tens = ten == 0 ? 1 : digit(numerals.charAt(0));
        int units = ten == numerals.length() - 1 ? 0 : digit(numerals.charAt(ten + 1));
        return String.valueOf(tens * 10 + units);
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> 0;
        };
    }

    /** 1–19 in Chinese numerals or digits, as quarters and five-year plans are numbered. */
    private static int numeral(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        if (text.startsWith("十")) {
            return 10 + (text.length() > 1 ? digit(text.charAt(1)) : 0);
        }
        return digit(text.charAt(0));
    }
}
