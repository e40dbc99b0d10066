package org.respnet.query;

import java.time.LocalDate;
import java.util.List;
import org.respnet.model.UnitKind;

/**
 * Which units to rank and how to order them; the web layer has validated every field.
 *
 * @param document document key, or null for all documents
 * @param section  section ordinal within {@code document}, or null
 * @param kind     only units of this kind, or null
 * @param sort     one of {@link #SORT_COLUMNS}
 * @param asOf     the day overdue counts are as of: measures due before it are overdue
 */
public record RankingFilter(String document, Integer section, UnitKind kind, String sort, boolean ascending, int limit,
                            LocalDate asOf) {

    public static final List<String> SORT_COLUMNS =
            List.of("workload", "leads", "participations", "total", "leadShare", "overdue", "name", "kind", "rank");

    public RankingFilter {
        if (section != null && document == null) {
            throw new IllegalArgumentException("a section filter needs a document");
        }
        if (!SORT_COLUMNS.contains(sort)) {
            throw new IllegalArgumentException("unknown sort column " + sort);
        }
        if (asOf == null) {
            throw new IllegalArgumentException("a ranking needs the day its overdue counts are as of");
        }
    }

    /** Overdue counts as of today, on this machine's clock. */
    public RankingFilter(String document, Integer section, UnitKind kind, String sort, boolean ascending, int limit) {
        this(document, section, kind, sort, ascending, limit, LocalDate.now());
    }
}
