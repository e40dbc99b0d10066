package org.respnet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.respnet.Fixtures;

/**
 * Deadline phrase → due value. The first rows are every deadline-like phrase in ../shared/docs, ../shared/docs/train
 * and seeds/ (the gold's {@code deadline} and {@code body_deadlines}, and the dates, periods and standing-duty words
 * found by reading the texts: {@code grep -P '\d{4}年|年底|季度|长期|持续|常态'}), each with the year its document gives
 * and the value read by hand; the seed has no deadline phrase at all. The rest are the shapes plans use that this
 * corpus lacks.
 */
class DeadlinesTest {

    /** document (file under shared/docs, or "" for a general row), year, phrase, expected: a date, ongoing or unknown. */
    static Stream<Arguments> phrases() {
        return Stream.of(
                // 23: the only deadline field in the corpus (完成时限:2021年12月31日)
                row("train/23-luan-2021-leader-lines-deadline", 2021, "2021年12月31日", "2021-12-31"),
                // 25: a body deadline (gold body_deadlines), the end of October
                row("train/25-xianyang-2022-traditional-qiantou", 2022, "2022年10月底前", "2022-10-31"),
                // 21: report by the end of 2018; from 2019 every year by the end of February (recurring)
                row("train/21-guobanfa-2018-117-incentive-measures", 2018, "2018年12月31日前", "2018-12-31"),
                row("train/21-guobanfa-2018-117-incentive-measures", 2018, "每年2月底前", "ongoing"),
                row("train/21-guobanfa-2018-117-incentive-measures", 2018, "从2019年起", "ongoing"),
                // 20: targets by 2020 and 2025: the end of those years
                row("train/20-guofa-2018-42-farm-machinery", 2018, "到2020年", "2020-12-31"),
                row("train/20-guofa-2018-42-farm-machinery", 2018, "到2025年", "2025-12-31"),
                // 03 (no year in the excerpt): periods end on their last day; 起 alone starts a standing measure
                row("03-guofa-2018-39-employment", null, "2019年1月1日至12月31日", "2019-12-31"),
                row("03-guofa-2018-39-employment", null, "2019年1月1日至2020年12月31日", "2020-12-31"),
                row("03-guofa-2018-39-employment", null, "从2019年1月1日起", "ongoing"),
                // 26: 持续推进 in a measure's body
                row("train/26-sichuan-2022-circulation-prefix-drop", 2022, "持续推进", "ongoing"),
                // 29: the notice's own deadlines: work plans by 15 January; quarterly reports from Q1 on
                row("train/29-caidian-2023-notice-then-plan", 2023, "2023年1月15日前", "2023-01-15"),
                row("train/29-caidian-2023-notice-then-plan", 2023, "从2023年第一季度开始", "ongoing"),
                row("train/29-caidian-2023-notice-then-plan", 2023, "每季度最后一个月的30日前", "ongoing"),
                // the brief's and the domain notes' examples, and the parser's deadline shapes
                row("", 2022, "2022年10月底前", "2022-10-31"),
                row("", 2024, "2025年3月", "2025-03-31"),
                row("", 2024, "2024年2月底", "2024-02-29"),
                row("", 2023, "第三季度", "2023-09-30"),
                row("", 2023, "三季度末", "2023-09-30"),
                row("", 2023, "2024年第一季度", "2024-03-31"),
                row("", 2023, "4季度", "2023-12-31"),
                row("", 2022, "上半年", "2022-06-30"),
                row("", 2022, "年中", "2022-06-30"),
                row("", 2022, "2023年下半年", "2023-12-31"),
                row("", 2021, "年底前", "2021-12-31"),
                row("", 2021, "年内", "2021-12-31"),
                row("", 2021, "年底前完成", "2021-12-31"),
                row("", 2021, "2022年底前", "2022-12-31"),
                row("", 2021, "2022年年底前基本完成", "2022-12-31"),
                row("", 2021, "2022年内全面完成", "2022-12-31"),
                row("", 2021, "2025年前", "2025-12-31"),
                row("", 2021, "2022年6月15日前", "2022-06-15"),
                row("", 2021, "2022年6月前", "2022-06-30"),
                row("", 2021, "6月上旬", "2021-06-10"),
                row("", 2021, "9月中旬前", "2021-09-20"),
                row("", 2021, "11月下旬", "2021-11-30"),
                row("", 2021, "10月底前", "2021-10-31"),
                row("", 2021, "十二月底前", "2021-12-31"),
                row("", null, "二〇二二年十月底前", "2022-10-31"),
                row("", 2021, "明年6月底前", "2022-06-30"),
                row("", 2021, "今年年底", "2021-12-31"),
                row("", null, "2021-12-31", "2021-12-31"),
                row("", null, "2021.6.30", "2021-06-30"),
                row("", null, "2022/3", "2022-03-31"),
                row("", null, "2021—2025年", "2025-12-31"),
                row("", 2021, "2022年6月底前启动,年底前完成", "2022-12-31"),
                row("", 2021, "2022年底前完成,长期坚持", "2022-12-31"),
                row("", 2016, "“十三五”期末", "2020-12-31"),
                row("", 2022, "“十四五”期间", "2025-12-31"),
                row("", 2021, "长期坚持", "ongoing"),
                row("", 2021, "長期堅持", "ongoing"),
                row("", 2021, "长期", "ongoing"),
                row("", 2021, "长期推进", "ongoing"),
                row("", 2021, "持续开展", "ongoing"),
                row("", 2021, "持续实施", "ongoing"),
                row("", 2021, "常态化", "ongoing"),
                row("", 2021, "常态化推进", "ongoing"),
                row("", 2021, "定期开展", "ongoing"),
                row("", 2021, "2022年起", "ongoing"),
                row("", 2021, "每月", "ongoing"),
                row("", 2021, "尽快", "unknown"),
                row("", 2021, "适时", "unknown"),
                row("", 2021, "6个月内", "unknown"),
                // relative to a year no one states: not a date
                row("", null, "年底前", "unknown"),
                row("", null, "第三季度", "unknown"),
                row("", null, "10月底前", "unknown"),
                row("", null, "2022年13月", "unknown"));
    }

    private static Arguments row(String document, Integer year, String phrase, String expected) {
        return Arguments.of(document, year, phrase, expected);
    }

    @ParameterizedTest(name = "{2} ({1}) → {3}")
    @MethodSource("phrases")
    void resolves_each_phrase(String document, Integer year, String phrase, String expected) {
        Due due = Deadlines.resolve(phrase, year);
        assertThat(due.phrase()).isEqualTo(phrase);
        assertThat(describe(due)).isEqualTo(expected);
    }

    /** A row taken from a document occurs in its text, and that document's year is the year in the row. */
    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("phrases")
    void corpus_rows_come_from_their_documents(String document, Integer year, String phrase, String expected)
            throws Exception {
        assumeTrue(!document.isEmpty(), "a general row");
        Path text = sharedDocument(document);
        String written = phrase.replaceFirst("^(从|到)", "");
        assertThat(nfkc(Files.readString(text, StandardCharsets.UTF_8))).contains(nfkc(written));
        assertThat(Deadlines.documentYear(Fixtures.parse(text))).isEqualTo(year);
    }

    /** Every deadline the gold answers record (fields and body deadlines) is a row of the table for its document. */
    @Test
    void the_table_covers_every_gold_deadline() throws Exception {
        Path shared = Fixtures.SHARED_DOCS;
        assumeTrue(Files.isDirectory(shared), "shared documents not found at " + shared.toAbsolutePath() + "; skipped");
        List<Arguments> rows = phrases().toList();
        int found = 0;
        try (var files = Files.walk(shared)) {
            for (Path gold : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String document = shared.relativize(gold).toString().replace('\\', '/').replaceFirst("\\.json$", "");
                for (JsonNode m : new ObjectMapper().readTree(gold.toFile()).get("measures")) {
                    for (String phrase : deadlines(m)) {
                        found++;
                        assertThat(rows).as(document + " " + phrase).anyMatch(r ->
                                r.get()[0].equals(document) && r.get()[2].equals(phrase));
                    }
                }
            }
        }
        assertThat(found).isEqualTo(2);
    }

    @Test
    void the_seed_states_no_deadline_and_its_year_comes_from_its_number() {
        var seed = Fixtures.seed();
        assertThat(seed.measures()).allSatisfy(m -> assertThat(m.deadline()).isNull());
        assertThat(Deadlines.documentYear(seed)).isEqualTo(2016);
    }

    @Test
    void document_year_prefers_the_one_year_a_title_names() {
        assertThat(Deadlines.documentYear("关于2021年重点工作的通知", "2020年12月30日", "X〔2020〕1号")).isEqualTo(2021);
        assertThat(Deadlines.documentYear("2021—2025年规划", "2020年12月30日", null)).isEqualTo(2020);
        assertThat(Deadlines.documentYear("方案", null, "衢委发[2016]3号")).isEqualTo(2016);
        assertThat(Deadlines.documentYear("方案", null, null)).isNull();
    }

    @Test
    void no_phrase_is_no_due() {
        assertThat(Deadlines.resolve(null, 2021)).isNull();
        assertThat(Deadlines.resolve("  ", 2021)).isNull();
    }

    private static List<String> deadlines(JsonNode measure) {
        var out = new java.util.ArrayList<String>();
        if (measure.hasNonNull("deadline")) {
            out.add(measure.get("deadline").asText());
        }
        if (measure.has("body_deadlines")) {
            measure.get("body_deadlines").forEach(d -> out.add(d.asText()));
        }
        return out;
    }

    private static Path sharedDocument(String document) {
        Path text = Fixtures.SHARED_DOCS.resolve(document + ".txt");
        assumeTrue(Files.isRegularFile(text), "shared documents not found at " + text.toAbsolutePath() + "; skipped");
        return text;
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    private static String describe(Due due) {
        return due.kind() == Due.Kind.DATE ? due.date().toString() : due.kind().stored();
    }
}
