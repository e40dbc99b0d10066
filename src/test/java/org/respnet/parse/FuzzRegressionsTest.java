package org.respnet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.parse.Fixtures.onlyMeasure;

import org.junit.jupiter.api.Test;
import org.respnet.model.Measure;

/** Plain examples of what the property tests once found wrong in the parser. */
class FuzzRegressionsTest {

    @Test
    void a_unit_list_continued_after_a_comma_keeps_the_shared_prefix() {
        Measure labelled = onlyMeasure("1.甲。(牵头单位:市人大法工委、,内司工委,参与单位:市司法局)\n");
        Measure beforeVerb = onlyMeasure("1.甲。(市人大法工委,内司工委牵头)\n");

        assertThat(labelled.leads()).containsExactly("市人大法工委", "市人大内司工委");
        assertThat(labelled.participants()).containsExactly("市司法局");
        assertThat(beforeVerb.leads()).containsExactly("市人大法工委", "市人大内司工委");
    }
}
