package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.respnet.model.PolicyDocument;

/** Bytes as files arrive: with a BOM, CRLF, cut short, with a GBK line pasted into UTF-8. */
class EncodingPropertiesTest {

    private static final byte[] SEED = String.join("\n", SeedMutations.SEED_LINES).getBytes(StandardCharsets.UTF_8);
    private static final PolicyDocument PARSED = ParseInvariants.parsesOrFailsCleanly(SEED);
    private static final Charset GBK = Charset.forName("GBK");

    @Property(tries = 20)
    void bom_and_crlf_line_ends_parse_like_the_plain_file(@ForAll boolean bom, @ForAll boolean crlf, @ForAll boolean lonelyCr) {
        String eol = crlf ? "\r\n" : lonelyCr ? "\r" : "\n";
        String text = (bom ? "\uFEFF" : "") + String.join(eol, SeedMutations.SEED_LINES);

        PolicyDocument doc = ParseInvariants.parsesOrFailsCleanly(text.getBytes(StandardCharsets.UTF_8));

        assertThat(doc).isNotNull();
        assertThat(doc.measures()).isEqualTo(PARSED.measures());
        assertThat(doc.units()).isEqualTo(PARSED.units());
        assertThat(doc.sections()).isEqualTo(PARSED.sections());
    }

    @Property(tries = 200)
    void a_file_cut_at_any_byte_parses_or_fails_cleanly(@ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int cut) {
        ParseInvariants.parsesOrFailsCleanly(Arrays.copyOf(SEED, 1 + cut % SEED.length));
    }

    @Property(tries = 100)
    void a_gbk_line_in_a_utf8_file_is_never_read_as_utf8(@ForAll("chineseLines") int line) {
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < SeedMutations.SEED_LINES.size(); i++) {
            out.writeBytes(SeedMutations.SEED_LINES.get(i).getBytes(i == line ? GBK : StandardCharsets.UTF_8));
            out.write('\n');
        }

        PolicyDocument doc = ParseInvariants.parsesOrFailsCleanly(out.toByteArray());

        // Either rejected, or decoded whole as GB18030: never UTF-8 with replacement characters.
        if (doc != null) {
            assertThat(doc.source().charset()).isEqualTo("GB18030");
            assertThat(doc.measures()).allSatisfy(m -> assertThat(m.text()).doesNotContain("\uFFFD"));
        }
    }

    @Property(tries = 20)
    void an_enormous_line_parses_or_fails_cleanly(@ForAll("enormousLines") String huge, @ForAll("lineIndexes") int at) {
        List<String> lines = new java.util.ArrayList<>(SeedMutations.SEED_LINES);
        lines.add(at, huge);
        long start = System.nanoTime();

        ParseInvariants.parsesOrFailsCleanly(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        // no regular expression may go quadratic on a 100k-character line
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(3_000);
    }

    @Provide
    Arbitrary<Integer> lineIndexes() {
        return Arbitraries.integers().between(0, SeedMutations.SEED_LINES.size() - 1);
    }

    /** Lines whose GBK bytes differ from their UTF-8 bytes. */
    @Provide
    Arbitrary<Integer> chineseLines() {
        return lineIndexes().filter(i -> SeedMutations.SEED_LINES.get(i).chars().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF));
    }

    /** 100k characters of a unit list, of nested parentheses, of text, or of a clause-looking body. */
    @Provide
    Arbitrary<String> enormousLines() {
        return Arbitraries.of(
                "99.甲。(牵头单位:" + "市财政局、".repeat(20_000) + ")",
                "99.甲。(" + "市财政局、市民政局和各有关部门,".repeat(7_000) + "负责)",
                "99.甲" + "(".repeat(50_000) + ")".repeat(50_000),
                "群团".repeat(50_000),
                "1." + "牵头单位:".repeat(20_000),
                "市委办公室" + "对".repeat(100_000),
                "99.甲。(" + "市财政局等".repeat(20_000) + "牵头)");
    }
}
