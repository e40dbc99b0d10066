package org.respnet.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.load.DocumentLoader;

/**
 * The compact read of the pair totals (one row per unit, partners as node ids) gives exactly the pairs the
 * one-row-per-pair query gives, and the clusters over all documents are those of those pairs.
 */
class CoordinationAdjacencyIT {

    private static final TestDatabase db = TestDatabase.shared();
    private static CoordinationQueries coordination;

    @BeforeAll
    static void loadTwoDocuments() {
        db.clear();
        var loader = new DocumentLoader(db.graph(), db.cypher());
        loader.load(Fixtures.seed());
        // A second document sharing units with the seed, so totals span documents.
        loader.load(Fixtures.parseText("adjacency.txt", """
                衢州市某某工作实施方案
                一、重点任务
                1.统筹推进。(牵头单位:市财政局、团市委,参与单位:市妇联、市新设局)
                2.加强保障。(牵头单位:市新设局,参与单位:市财政局)
                """));
        coordination = new CoordinationQueries(db.graph(), db.cypher());
    }

    @Test
    void one_row_per_unit_gives_every_pair_total_with_its_weight() {
        List<CoordinationEdge> edges = coordination.edges(null, null);
        assertThat(edges).isNotEmpty();
        for (Weighting weighting : Weighting.values()) {
            UnitPairs pairs = coordination.unitPairs(null, null, weighting);
            Map<String, Double> compact = new HashMap<>();
            for (int i = 0; i < pairs.size(); i++) {
                String a = pairs.names()[pairs.from()[i]];
                String b = pairs.names()[pairs.to()[i]];
                assertThat(a.compareTo(b)).as("the holder of a pair total sorts first").isNegative();
                assertThat(compact.put(a + "|" + b, pairs.weight()[i])).as("pair %s|%s once", a, b).isNull();
            }
            assertThat(compact).as(weighting.name()).hasSameSizeAs(edges);
            for (CoordinationEdge e : edges) {
                assertThat(compact.get(e.a() + "|" + e.b())).as("%s %s|%s", weighting, e.a(), e.b())
                        .isCloseTo(weighting.of(e), offset(0.0));
            }
            assertThat(pairs.names()).as("every unit has its row").hasSize((int) db.count("MATCH (u:Unit) RETURN count(u)"));
        }
    }

    @Test
    void clusters_over_all_documents_are_the_partition_of_the_pairs_read_one_by_one() {
        List<CoordinationEdge> edges = coordination.edges(null, null);
        for (Weighting weighting : Weighting.values()) {
            ClusterReport compact = coordination.clusters(null, null, weighting, 1.0, 42, false);
            ClusterReport perPair = coordination.partitionOf(edges, weighting, 1.0, 42);

            assertThat(compact.membership()).as(weighting.name()).isEqualTo(perPair.membership());
            assertThat(compact.modularity()).isCloseTo(perPair.modularity(), offset(1e-12));
            assertThat(compact.edges()).isEqualTo(edges.size());
            assertThat(compact.membership()).containsKey("市新设局");
        }
    }
}
