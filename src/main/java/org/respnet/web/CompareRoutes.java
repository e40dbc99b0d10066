package org.respnet.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.respnet.query.DocumentQueries;
import org.respnet.query.ResponsibilityQueries;
import org.respnet.query.ScopeComparison;
import org.respnet.query.ScopeComparison.ComparedUnit;
import org.respnet.query.ScopeComparison.Scope;

/** {@code GET /api/v1/rankings/compare}: two documents or sections side by side (JSON, or CSV with format=csv). */
public final class CompareRoutes implements RouteGroup {

    private final ScopeComparison comparison;
    private final DocumentQueries documents;
    private final ResponsibilityQueries responsibilities;

    public CompareRoutes(ScopeComparison comparison, DocumentQueries documents, ResponsibilityQueries responsibilities) {
        this.comparison = comparison;
        this.documents = documents;
        this.responsibilities = responsibilities;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.get(AnalyticsRoutes.BASE + "/rankings/compare", this::compare);
    }

    private void compare(Context ctx) {
        var result = comparison.compare(scope(ctx, "left"), scope(ctx, "right"));
        if (Csv.wanted(ctx)) {
            Csv.send(ctx, "comparison.csv", List.of("name", "kind", "kindLabel",
                    "leftLeads", "leftParticipations", "leftWorkload", "rightLeads", "rightParticipations",
                    "rightWorkload", "differenceLeads", "differenceParticipations", "differenceWorkload"),
                    result.units().stream().map(CompareRoutes::csvRow).toList());
        } else {
            ctx.json(result);
        }
    }

    private static List<Object> csvRow(ComparedUnit u) {
        List<Object> row = new ArrayList<>(List.of(u.name(), u.kind(), u.kindLabel()));
        for (var f : List.of(u.left(), u.right(), u.difference())) {
            row.addAll(List.of(f.leads(), f.participations(), f.workload()));
        }
        return row;
    }

    /** {@code left=KEY[&leftSection=N]}: a loaded document and, when given, one of its sections. */
    private Scope scope(Context ctx, String side) {
        String document = Params.requiredText(ctx, side);
        Integer section = Params.optionalInteger(ctx, side + "Section", 0, 10_000);
        if (!documents.exists(document)) {
            throw new ApiException(404, "Not found", "No document with key '" + document + "'", side);
        }
        if (section != null && responsibilities.sections(document).stream().noneMatch(s -> s.ordinal() == section)) {
            throw new ApiException(404, "Not found", "Document '" + document + "' has no section " + section,
                    side + "Section");
        }
        return new Scope(document, section);
    }
}
