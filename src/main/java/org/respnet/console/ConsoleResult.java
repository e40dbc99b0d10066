package org.respnet.console;

import java.util.List;

/** A console answer in plain JSON terms; {@code plan} is set only for EXPLAIN and PROFILE. */
public record ConsoleResult(List<String> columns, List<List<Object>> rows, boolean truncated, long elapsedMs,
                            String queryType, PlanNode plan) {
}
