package org.respnet.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingOrderTest {

    private static RankedUnit unit(String name, String kind, long leads, double workload) {
        return new RankedUnit(0, name, kind, kind, leads, 0, leads, 0, 0, workload, 0, 0);
    }

    private static final List<RankedUnit> ROWS = List.of(
            unit("丙", "PARTY", 1, 2.0), unit("甲", "GOVERNMENT", 3, 5.0), unit("乙", "PARTY", 3, 5.0),
            unit("丁", "GOVERNMENT", 0, 1.0));

    private static List<String> names(List<RankedUnit> units) {
        return units.stream().map(RankedUnit::name).toList();
    }

    @Test
    void equal_workloads_share_a_rank_and_list_by_name() {
        var ranked = RankingOrder.rankSortAndLimit(ROWS, "rank", true, 10);

        // 乙 (U+4E59) sorts before 甲 (U+7532) by code point; both weigh 5.0, so both rank 1 and 丙 ranks 3.
        assertThat(names(ranked)).containsExactly("乙", "甲", "丙", "丁");
        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1L, 1L, 3L, 4L);
        assertThat(names(RankingOrder.rankSortAndLimit(ROWS, "rank", false, 10))).containsExactly("丁", "丙", "甲", "乙");
    }

    @Test
    void other_columns_break_their_ties_by_rank_and_ascending_is_the_exact_reverse() {
        assertThat(names(RankingOrder.rankSortAndLimit(ROWS, "leads", false, 10))).containsExactly("乙", "甲", "丙", "丁");
        assertThat(names(RankingOrder.rankSortAndLimit(ROWS, "leads", true, 10))).containsExactly("丁", "丙", "甲", "乙");
    }

    @Test
    void kinds_keep_rank_order_within_a_kind_in_both_directions_and_the_limit_cuts_last() {
        assertThat(names(RankingOrder.rankSortAndLimit(ROWS, "kind", true, 10))).containsExactly("甲", "丁", "乙", "丙");
        assertThat(names(RankingOrder.rankSortAndLimit(ROWS, "kind", false, 10))).containsExactly("乙", "丙", "甲", "丁");
        assertThat(names(RankingOrder.rankSortAndLimit(ROWS, "kind", false, 2))).containsExactly("乙", "丙");
    }
}
