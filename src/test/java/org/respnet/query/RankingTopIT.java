package org.respnet.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.load.DocumentLoader;

/** The index-ordered default ranking gives exactly what sorting every unit gives. */
class RankingTopIT {

    private final TestDatabase db = TestDatabase.shared();
    private final WorkloadRanking ranking = new WorkloadRanking(db.graph(), db.cypher());

    @BeforeEach
    void seedOnly() {
        db.clear();
        new DocumentLoader(db.graph(), db.cypher()).load(Fixtures.seed());
    }

    @Test
    void the_default_order_matches_the_full_sort_row_by_row() {
        for (int limit : List.of(1, 10, 45, 1000)) {
            assertThat(ranking.rank(new RankingFilter(null, null, null, "workload", false, limit)).units())
                    .as("limit %d", limit).isEqualTo(fullSort(limit));
            assertThat(ranking.rank(new RankingFilter(null, null, null, "rank", true, limit)).units())
                    .as("rank order, limit %d", limit).isEqualTo(fullSort(limit));
        }
    }

    /** Every unit read and sorted in memory, by the same rule the other scopes use. */
    private List<RankedUnit> fullSort(int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", null);
        p.put("asOf", java.time.LocalDate.now()); // the day the default filter's overdue counts are as of
        List<RankedUnit> all = db.graph().readList(db.cypher().get("query/ranking-all"), p, WorkloadRanking::toUnit);
        return RankingOrder.rankSortAndLimit(all, "workload", false, limit);
    }
}
