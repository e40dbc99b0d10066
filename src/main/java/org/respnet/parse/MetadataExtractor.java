package org.respnet.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads title, document number, issuer and signing date. Only intact values are taken: a garbled
 * number ({@code 衢委发〔20163}) or date ({@code 2016120}) gives null rather than a guess.
 */
final class MetadataExtractor {

    /** The number opens its line ({@code 衢委发[2016]3号…}); numbers cited inside sentences are other documents'. */
    private static final Pattern DOC_NUMBER = Pattern.compile("^[\\p{IsHan}]{1,10}[\\[〔]\\d{4}[\\]〕]\\d{1,4}号");
    /** A notice that issues the plan names it: {@code 关于印发《X》的通知}; X is the plan's own title. */
    private static final Pattern ISSUED_PLAN = Pattern.compile("关于印发《(.+?)》的通知");
    /** The red-header line {@code 中共衢州市委文件}. */
    private static final Pattern RED_HEADER = Pattern.compile("^(.{2,30}?)文件$");
    /** {@code 国务院关于…}: the issuer opens the title when it is an organ. */
    private static final Pattern ISSUER_IN_TITLE =
            Pattern.compile("^(.{0,18}?(国务院|办公厅|人民政府|委员会|市委|省委|县委|区委|党委|政府))关于");
    /** A date alone on its line is the signing date; {@code 时间:…} lines are the web page's publication date. */
    private static final Pattern SIGNING_DATE = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");

    private MetadataExtractor() {
    }

    /** @param header the lines before the first section or measure */
    static Metadata extract(List<Line> header, List<Line> all) {
        List<String> texts = header.stream().filter(l -> l.kind() != Line.Kind.BLANK).map(Line::rest).toList();
        String firstLine = texts.isEmpty() ? "" : texts.get(0);
        String title = firstMatchGroup(texts, ISSUED_PLAN).orElse(firstLine);
        String docNumber = texts.stream().map(DOC_NUMBER::matcher).filter(Matcher::find)
                .map(Matcher::group).findFirst().orElse(null);
        String issuer = firstMatchGroup(texts, RED_HEADER)
                .or(() -> firstMatchGroup(List.of(firstLine), ISSUER_IN_TITLE)).orElse(null);
        String date = all.stream().map(Line::rest).filter(s -> SIGNING_DATE.matcher(s).matches())
                .findFirst().orElse(null);
        return new Metadata(title, docNumber, issuer, date);
    }

    private static java.util.Optional<String> firstMatchGroup(List<String> lines, Pattern pattern) {
        return lines.stream().map(pattern::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst();
    }
}
