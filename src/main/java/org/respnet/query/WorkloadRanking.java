package org.respnet.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;
import org.respnet.model.Section;
import org.respnet.model.Workload;

/** Ranks units by workload from maintained counters (all documents, one document) or a section's measures. */
public final class WorkloadRanking {

    private final Graph graph;
    private final String rankingAllQuery;
    private final String rankingDocumentQuery;
    private final String rankingSectionQuery;
    private final String rankingTopQuery;

    public WorkloadRanking(Graph graph, CypherCatalog cypher) {
        this.graph = graph;
        this.rankingAllQuery = cypher.get("query/ranking-all");
        this.rankingDocumentQuery = cypher.get("query/ranking-document");
        this.rankingSectionQuery = cypher.get("query/ranking-section");
        this.rankingTopQuery = cypher.get("query/ranking-top");
    }

    public Ranking rank(RankingFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("kind", filter.kind() == null ? null : filter.kind().name());
        parameters.put("asOf", filter.asOf());
        List<RankedUnit> units;
        if (isHeaviestFirst(filter) && filter.document() == null) {
            parameters.put("limit", filter.limit());
            units = RankingOrder.rankInOrder(graph.readList(rankingTopQuery, parameters, WorkloadRanking::toUnit));
        } else {
            String query = rankingAllQuery;
            if (filter.section() != null) {
                query = rankingSectionQuery;
                parameters.put("section", Section.uid(filter.document(), filter.section()));
            } else if (filter.document() != null) {
                query = rankingDocumentQuery;
                parameters.put("document", filter.document());
            }
            units = RankingOrder.rankSortAndLimit(graph.readList(query, parameters, WorkloadRanking::toUnit),
                    filter.sort(), filter.ascending(), filter.limit());
        }
        return new Ranking(Workload.FORMULA, Ranking.LEAD_SHARE_FORMULA, Workload.LEAD_WEIGHT,
                Workload.PARTICIPATION_WEIGHT, filter.asOf(), Ranking.OVERDUE_RULE, units);
    }

    /** The order of the workload index: the common case, answered without reading every unit. */
    private static boolean isHeaviestFirst(RankingFilter filter) {
        return "workload".equals(filter.sort()) && !filter.ascending() || "rank".equals(filter.sort()) && filter.ascending();
    }

    /**
     * An unranked row; a section's rows carry no stored workload, so it is computed here by the one rule. The stored
     * {@code leadShare} is the unit's lead credit (Σ 1/co-leads); the share is that credit over the scope's total.
     */
    static RankedUnit toUnit(Record r) {
        String kind = r.get("kind").asString(null);
        long leads = r.get("leads").asLong();
        long participations = r.get("participations").asLong();
        double leadCredit = r.get("leadShare").asDouble();
        double totalCredit = r.get("totalCredit").asDouble();
        double workload = r.get("workload").isNull() ? Workload.of(leads, leadCredit, participations) : r.get("workload").asDouble();
        return new RankedUnit(0, r.get("name").asString(), kind, Kinds.label(kind), leads, participations,
                leads + participations, Workload.rounded(leadCredit),
                Workload.share(leadCredit, totalCredit), workload,
                r.get("overdue").asLong(), r.get("overdueLeads").asLong());
    }
}
