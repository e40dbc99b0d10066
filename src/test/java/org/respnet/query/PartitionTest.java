package org.respnet.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.model.PolicyDocument;
import org.respnet.model.Unit;

/** The index form, Leiden settings and participation coefficients, on hand-checked graphs and the seed's pairs. */
class PartitionTest {

    /** Two triangles A-B-C and D-E-F, joined by C-D; names given out of order, with a pair of weight 0 to X. */
    private static final UnitPairs TRIANGLES = new UnitPairs(new String[] {"F", "E", "D", "C", "B", "A", "X"},
            new int[] {5, 5, 4, 3, 2, 2, 1, 6}, new int[] {4, 3, 3, 2, 1, 0, 0, 5},
            new double[] {1, 1, 1, 1, 1, 1, 1, 0});

    @Test
    void two_triangles_joined_by_one_pair_are_two_clusters_with_the_modularity_worked_out_by_hand() {
        Partition partition = new Partition(TRIANGLES);
        int[] cluster = partition.leiden(1.0, 42);

        // X has only a pair of weight 0, so it is not a node; nodes are in name order.
        assertThat(partition.names).containsExactly("A", "B", "C", "D", "E", "F");
        assertThat(partition.edgeCount).isEqualTo(7);
        assertThat(cluster).containsExactly(0, 0, 0, 1, 1, 1);
        // m = 7; each triangle holds 3 inside and has strength 7: Q = 2 · (3/7 − (7/14)²) = 6/7 − 1/2.
        assertThat(partition.modularity(cluster)).isCloseTo(6.0 / 7 - 0.5, offset(1e-12));
        assertThat(partition.internalWeights(cluster, 2)).containsExactly(3, 3);
        assertThat(partition.strength).containsExactly(2, 2, 3, 3, 2, 2);
    }

    @Test
    void participation_is_one_minus_the_squared_shares_of_a_units_ties_per_cluster() {
        Partition partition = new Partition(TRIANGLES);
        int[] cluster = partition.leiden(1.0, 42);

        double[] p = partition.participation(cluster, 2);

        // C: 2 of its 3 ties in its own cluster, 1 in the other: 1 − (2/3)² − (1/3)² = 4/9. A, B, E, F: all inside.
        assertThat(p).containsExactly(new double[] {0, 0, 4.0 / 9, 4.0 / 9, 0, 0}, offset(1e-12));
        // Weighted: a heavier C–D tie moves C towards an even split.
        UnitPairs heavier = new UnitPairs(TRIANGLES.names(), TRIANGLES.from(), TRIANGLES.to(),
                new double[] {1, 1, 1, 2, 1, 1, 1, 0});
        Partition weighted = new Partition(heavier);
        assertThat(weighted.participation(cluster, 2)[2]).isCloseTo(1 - 0.25 - 0.25, offset(1e-12));
    }

    @Test
    void the_adjacency_is_what_cwts_checks_a_network_for_symmetric_with_sorted_neighbours() {
        for (Weighting weighting : Weighting.values()) {
            Partition partition = new Partition(seedPairs(weighting));

            assertThatCode(() -> new Network(partition.nodeCount(), true, partition.first,
                    new LargeIntArray(partition.neighbour), new LargeDoubleArray(partition.weight), true))
                    .as(weighting.name()).doesNotThrowAnyException();
        }
    }

    @Test
    void on_the_seed_the_new_index_form_gives_the_old_partition_and_fewer_iterations_lose_no_modularity() {
        PolicyDocument seed = Fixtures.seed();
        for (Weighting weighting : Weighting.values()) {
            UnitPairs pairs = seedPairs(weighting);
            List<CoordinationEdge> edges = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                edges.add(new CoordinationEdge(pairs.names()[pairs.from()[i]], pairs.names()[pairs.to()[i]],
                        Math.round(pairs.weight()[i]), pairs.weight()[i], 0));
            }
            LegacyPartition legacy = new LegacyPartition(edges, weighting);
            Partition partition = new Partition(pairs);
            for (long seedValue : new long[] {42, 7, 1}) {
                int[] before = legacy.leiden(1.0, seedValue);
                assertThat(partition.names).isEqualTo(legacy.names);
                assertThat(partition.leiden(1.0, seedValue, 50)).as("%s seed %d", weighting, seedValue).isEqualTo(before);
                assertThat(partition.modularity(partition.leiden(1.0, seedValue)))
                        .as("%s seed %d, %d iterations", weighting, seedValue, Partition.LEIDEN_ITERATIONS)
                        .isGreaterThanOrEqualTo(legacy.modularity(before) - 1e-12);
            }
            assertThat(partition.names).hasSize(seed.units().size());
        }
    }

    @Test
    void the_same_seed_gives_the_same_clusters() {
        Partition partition = new Partition(seedPairs(Weighting.INVERSE));

        assertThat(partition.leiden(1.2, 7)).isEqualTo(partition.leiden(1.2, 7));
        assertThat(Arrays.stream(partition.leiden(1.0, 42)).max().orElseThrow()).isPositive();
    }

    /** The seed's pair totals, by the loader's rule, with the chosen weight; names as a list of all the seed's units. */
    private static UnitPairs seedPairs(Weighting weighting) {
        PolicyDocument seed = Fixtures.seed();
        PairTotals totals = PairTotals.of(seed.units().stream().map(Unit::name).toList(), seed.measures().stream());
        double[] weight = weighting == Weighting.COUNT
                ? Arrays.stream(totals.measures()).asDoubleStream().toArray() : totals.inverse();
        return new UnitPairs(totals.names(), totals.a(), totals.b(), weight);
    }
}
