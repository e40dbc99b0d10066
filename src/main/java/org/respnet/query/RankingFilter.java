package org.respnet.query;

import java.util.List;
import org.respnet.model.UnitKind;

/**
 * Which units to rank and how to order them; the web layer has validated every field.
 *
 * @param document document key, or null for all documents
 * @param section  section ordinal within {@code document}, or null
 * @param kind     only units of this kind, or null
 * @param sort     one of {@link #SORT_COLUMNS}
 */
public record RankingFilter(String document, Integer section, UnitKind kind, String sort, boolean ascending, int limit) {

    public static final List<String> SORT_COLUMNS =
            List.of("workload", "leads", "participations", "total", "leadShare", "name", "kind", "rank");

    public RankingFilter {
        if (section != null && document == null) {
            throw new IllegalArgumentException("a section filter needs a document");
        }
        if (!SORT_COLUMNS.contains(sort)) {
            throw new IllegalArgumentException("unknown sort column " + sort);
        }
    }
}
