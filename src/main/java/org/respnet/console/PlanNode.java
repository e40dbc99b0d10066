package org.respnet.console;

import java.util.List;

/** One operator of an EXPLAIN/PROFILE plan, for a readable tree beside the editor. */
public record PlanNode(String operator, String details, Double estimatedRows, Long rows, Long dbHits,
                       List<String> identifiers, List<PlanNode> children) {
}
