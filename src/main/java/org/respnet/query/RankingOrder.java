package org.respnet.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one home of the ranking's order: rows are listed by workload (heaviest first, ties by name) among the filtered
 * units, and rank is the competition rank (1 + units with a higher workload: equal workloads share a rank, 1, 1, 3);
 * any other sort keeps that rank and breaks its ties by it, then by name.
 */
final class RankingOrder {

    /** Ranking order: workload descending, then name. */
    static final Comparator<RankedUnit> BY_WORKLOAD =
            Comparator.comparingDouble(RankedUnit::workload).reversed().thenComparing(RankedUnit::name);

    private RankingOrder() {
    }

    /** Ranks rows already in {@link #BY_WORKLOAD} order, e.g. read in that order from the workload index. */
    static List<RankedUnit> rankInOrder(List<RankedUnit> ordered) {
        List<RankedUnit> ranked = new ArrayList<>(ordered.size());
        long rank = 0;
        for (int i = 0; i < ordered.size(); i++) {
            RankedUnit u = ordered.get(i);
            // workloads are rounded to 6 decimals where they are made, so equal ones compare equal
            if (i == 0 || u.workload() != ordered.get(i - 1).workload()) {
                rank = i + 1;
            }
            ranked.add(u.ranked(rank));
        }
        return ranked;
    }

    /** Ranks the rows, then orders them by the requested column and keeps the first {@code limit}. */
    static List<RankedUnit> rankSortAndLimit(List<RankedUnit> rows, String sort, boolean ascending, int limit) {
        List<RankedUnit> ranked = rankInOrder(rows.stream().sorted(BY_WORKLOAD).toList());
        return ranked.stream().sorted(order(sort, ascending)).limit(limit).toList();
    }

    private static Comparator<RankedUnit> order(String sort, boolean ascending) {
        // tied ranks list by name, so every order is the exact reverse of its opposite
        Comparator<RankedUnit> byRank = Comparator.comparingLong(RankedUnit::rank).thenComparing(RankedUnit::name);
        return switch (sort) {
            case "name" -> ascending ? Comparator.comparing(RankedUnit::name) : Comparator.comparing(RankedUnit::name).reversed();
            // Units of one kind stay in rank order whichever way the kinds run.
            case "kind" -> Comparator.comparing(RankedUnit::kind, ascending
                            ? Comparator.nullsLast(Comparator.<String>naturalOrder())
                            : Comparator.nullsFirst(Comparator.<String>reverseOrder()))
                    .thenComparing(byRank);
            case "rank" -> ascending ? byRank : byRank.reversed();
            default -> {
                // Heaviest first with ties in rank order; ascending is the exact reverse, so a list read upwards
                // ends 45, 44, 43.
                Comparator<RankedUnit> descending = Comparator.comparingDouble(column(sort)).reversed().thenComparing(byRank);
                yield ascending ? descending.reversed() : descending;
            }
        };
    }

    private static java.util.function.ToDoubleFunction<RankedUnit> column(String sort) {
        return switch (sort) {
            case "leads" -> RankedUnit::leads;
            case "participations" -> RankedUnit::participations;
            case "total" -> RankedUnit::total;
            case "leadShare" -> RankedUnit::leadShare;
            case "overdue" -> RankedUnit::overdue;
            default -> RankedUnit::workload;
        };
    }
}
