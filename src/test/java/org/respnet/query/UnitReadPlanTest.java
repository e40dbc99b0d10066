package org.respnet.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.respnet.query.UnitReadPlan.DocumentCount;

class UnitReadPlanTest {

    private static final List<DocumentCount> THREE = List.of(
            new DocumentCount("A", 10, 100), new DocumentCount("B", 0, 50), new DocumentCount("C", 30, 40));

    @Test
    void an_offset_finds_the_document_where_the_page_starts_and_what_to_pass_over_there() {
        UnitReadPlan plan = UnitReadPlan.of(THREE, 40, 25, null, 5);

        assertThat(plan.first()).isEqualTo(2);
        assertThat(plan.skip()).isEqualTo(15);
        assertThat(plan.total()).isEqualTo(40);
        assertThat(plan.size()).isEqualTo(190);
    }

    @Test
    void a_cursor_starts_in_its_document_or_the_next_one_the_unit_appears_in() {
        assertThat(UnitReadPlan.of(THREE, 40, 0, new MeasureCursor("A", 7), 5).first()).isZero();
        assertThat(UnitReadPlan.of(THREE, 40, 0, new MeasureCursor("AB", 7), 5).first()).isEqualTo(1);
        assertThat(UnitReadPlan.of(THREE, 40, 0, new MeasureCursor("A", 7), 5).skip()).isZero();
    }

    @Test
    void an_offset_past_the_end_reads_nothing() {
        UnitReadPlan plan = UnitReadPlan.of(THREE, 40, 40, null, 5);

        assertThat(plan.first()).isEqualTo(-1);
        assertThat(plan.fromDocuments()).isFalse();
    }

    @Test
    void a_unit_in_most_measures_reads_from_the_documents_and_a_rare_one_from_itself() {
        // Busy: 90 of 100 measures; the first page costs 3 × 6 × 100 = 1,800 < 90 × 90 = 8,100.
        List<DocumentCount> busy = List.of(new DocumentCount("A", 90, 100));
        assertThat(UnitReadPlan.of(busy, 90, 0, null, 5).fromDocuments()).isTrue();
        // The same unit paged far in: 3 × (80 + 6) × 100 = 25,800 > 8,100.
        assertThat(UnitReadPlan.of(busy, 90, 80, null, 5).fromDocuments()).isFalse();
        // Rare: 2 of 100 measures.
        assertThat(UnitReadPlan.of(List.of(new DocumentCount("A", 2, 100)), 2, 0, null, 5).fromDocuments()).isFalse();
    }

    @Test
    void partners_within_a_document_are_counted_from_its_measures_only_when_the_unit_dwarfs_it() {
        UnitReadPlan plan = UnitReadPlan.of(List.of(new DocumentCount("A", 10, 100)), 10, 0, null, 5);

        assertThat(plan.partnersFromDocument(301)).isTrue();
        assertThat(plan.partnersFromDocument(300)).isFalse();
    }
}
