package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.parse.Fixtures.parseText;

import java.util.ArrayList;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.respnet.model.Measure;
import org.respnet.model.PolicyDocument;

/** A number written twice is two measures, told apart by their index (the rule in package-info). */
class DuplicateMeasureNumbersTest {

    @Test
    void a_number_repeated_in_one_section_gives_two_measures_with_distinct_index() {
        PolicyDocument doc = parseText("一、任务\n1.甲。(牵头单位:市财政局)\n1.乙。(牵头单位:市民政局)\n2.丙。(市教育局牵头)\n");

        assertThat(doc.measures()).extracting(Measure::number).containsExactly("1", "1", "2");
        assertThat(doc.measures()).extracting(Measure::index).containsExactly(1, 2, 3);
        assertThat(doc.measures().get(1).leads()).containsExactly("市民政局");
    }

    @Property(tries = 50)
    void any_measure_pasted_twice_is_kept_twice_with_dense_indexes(@ForAll @IntRange(min = 1, max = 48) int measure) {
        var lines = new ArrayList<>(SeedMutations.SEED_LINES);
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith(measure + ".")).findFirst().orElseThrow());
        lines.add(at + 1, lines.get(at));

        PolicyDocument doc = ParseInvariants.PARSER.parse(Fixtures.decode(String.join("\n", lines)));

        var twins = doc.measures().stream().filter(m -> m.number().equals(String.valueOf(measure))).toList();
        assertThat(twins).hasSize(2);
        assertThat(twins.get(1).index()).isEqualTo(twins.get(0).index() + 1);
        assertThat(twins.get(1).leads()).isEqualTo(twins.get(0).leads()).isNotEmpty();
        assertThat(twins.get(1).participants()).isEqualTo(twins.get(0).participants());
        assertThat(doc.measures()).extracting(Measure::index).containsExactlyElementsOf(IntStream.rangeClosed(1, 49).boxed().toList());
    }
}
