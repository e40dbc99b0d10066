package org.respnet.query;

import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.Record;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;
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
        String query;
        Map<String, Object> parameters = new HashMap<>();
        if (filter.section() != null) {
            query = rankingSectionQuery;
            parameters.put("section", filter.document() + "/" + filter.section());
        } else if (filter.document() != null) {
            query = rankingDocumentQuery;
            parameters.put("document", filter.document());
        } else if (isHeaviestFirst(filter)) {
            query = rankingTopQuery;
        } else {
            query = rankingAllQuery;
        }
        parameters.put("kind", filter.kind() == null ? null : filter.kind().name());
        parameters.put("sort", filter.sort());
        parameters.put("ascending", filter.ascending());
        // 'rank' ascending is workload descending: the sign flips the numeric sort key.
        boolean byRank = "rank".equals(filter.sort());
        parameters.put("sign", byRank ? (filter.ascending() ? -1 : 1) : (filter.ascending() ? 1 : -1));
        parameters.put("limit", filter.limit());
        parameters.put("leadWeight", Workload.LEAD_WEIGHT);
        parameters.put("participationWeight", Workload.PARTICIPATION_WEIGHT);
        var rows = graph.readList(query, parameters, WorkloadRanking::toRankedUnit);
        return new Ranking(Workload.FORMULA, Workload.LEAD_WEIGHT, Workload.PARTICIPATION_WEIGHT, rows);
    }

    /** The order of the workload index: the common case, answered without reading every unit. */
    private static boolean isHeaviestFirst(RankingFilter filter) {
        return "workload".equals(filter.sort()) && !filter.ascending() || "rank".equals(filter.sort()) && filter.ascending();
    }

    private static RankedUnit toRankedUnit(Record r) {
        String kind = r.get("kind").asString(null);
        return new RankedUnit(r.get("rank").asLong(), r.get("name").asString(), kind, Kinds.label(kind),
                r.get("leads").asLong(), r.get("participations").asLong(), r.get("total").asLong(),
                r.get("leadShare").asDouble(), r.get("workload").asDouble());
    }
}
