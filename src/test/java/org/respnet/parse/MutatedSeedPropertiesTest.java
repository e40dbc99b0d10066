package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;

/** The seed, damaged the way copied documents get damaged, still parses or fails with a line number. */
class MutatedSeedPropertiesTest {

    private static final PolicyDocument SEED = Fixtures.parseFile(Fixtures.SEED);

    @Property(tries = 300)
    void a_mutated_seed_parses_or_fails_naming_a_line(@ForAll("mutatedSeeds") List<String> lines) {
        ParseInvariants.parsesOrFailsCleanly(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 50)
    void swapping_full_and_half_width_punctuation_changes_nothing(@ForAll("randoms") Random random) {
        List<String> swapped = SeedMutations.SEED_LINES.stream().map(l -> SeedMutations.swapWidthsIn(l, random)).toList();

        PolicyDocument doc = parse(swapped);

        assertThat(doc.measures()).isEqualTo(SEED.measures());
        assertThat(doc.units()).isEqualTo(SEED.units());
        assertThat(doc.key()).isEqualTo(SEED.key());
    }

    @Property(tries = 50)
    void spaces_around_list_separators_do_not_change_who_is_responsible(@ForAll("randoms") Random random) {
        List<String> spaced = SeedMutations.SEED_LINES.stream()
                .map(l -> l.replaceAll("([、,])", random.nextBoolean() ? " $1 " : "$1\u3000")).toList();

        assertSameResponsibilities(parse(spaced));
    }

    @Property(tries = 100)
    void doubled_or_trailing_separators_in_unit_lists_are_ignored(@ForAll("measureLines") int line,
                                                                 @ForAll("strayListPunctuation") String stray) {
        List<String> lines = new java.util.ArrayList<>(SeedMutations.SEED_LINES);
        // every 、 of the clause becomes 、、 (or the stray), and the list gets a trailing separator too
        String damaged = lines.get(line).replace("、", stray).replace(")", stray + ")");
        lines.set(line, damaged);

        PolicyDocument doc = parse(lines);

        assertSameResponsibilities(doc);
    }

    @Provide
    Arbitrary<List<String>> mutatedSeeds() {
        return SeedMutations.mutatedSeed();
    }

    @Provide
    Arbitrary<Random> randoms() {
        return Arbitraries.randoms();
    }

    @Provide
    Arbitrary<Integer> measureLines() {
        List<Integer> measureLines = new java.util.ArrayList<>();
        for (int i = 0; i < SeedMutations.SEED_LINES.size(); i++) {
            if (SeedMutations.SEED_LINES.get(i).matches("^\\d+\\..*\\(牵头单位:.*\\)$")) {
                measureLines.add(i);
            }
        }
        return Arbitraries.of(measureLines);
    }

    @Provide
    Arbitrary<String> strayListPunctuation() {
        return Arbitraries.of("、、", "、 、", "、,", ",、", "、、、");
    }

    private static void assertSameResponsibilities(PolicyDocument doc) {
        assertThat(doc.measures()).extracting(Measure::leads).isEqualTo(SEED.measures().stream().map(Measure::leads).toList());
        assertThat(doc.measures()).extracting(Measure::participants)
                .isEqualTo(SEED.measures().stream().map(Measure::participants).toList());
    }

    private static PolicyDocument parse(List<String> lines) {
        return ParseInvariants.PARSER.parse(Fixtures.decode(String.join("\n", lines)));
    }
}
