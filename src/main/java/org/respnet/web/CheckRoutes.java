package org.respnet.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.respnet.check.CheckOptions;
import org.respnet.check.CheckReport;
import org.respnet.check.DeadlineQueries;
import org.respnet.check.PlanChecks;
import org.respnet.query.DocumentQueries;

/** The plan check ({@code /api/v1/checks}) and deadlines: thin handlers over {@link PlanChecks} and {@link DeadlineQueries}. */
public final class CheckRoutes implements RouteGroup {

    private static final String BASE = AnalyticsRoutes.BASE;

    private final PlanChecks checks;
    private final DeadlineQueries deadlines;
    private final DocumentQueries documents;

    public CheckRoutes(PlanChecks checks, DeadlineQueries deadlines, DocumentQueries documents) {
        this.checks = checks;
        this.deadlines = deadlines;
        this.documents = documents;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.get(BASE + "/checks", this::check);
        routes.get(BASE + "/deadlines/overdue", ctx -> ctx.json(deadlines.overdue(document(ctx),
                Params.date(ctx, "asOf"), limit(ctx))));
        routes.get(BASE + "/deadlines/upcoming", ctx -> ctx.json(deadlines.upcoming(document(ctx),
                Params.date(ctx, "asOf"), Params.integer(ctx, "days", 30, 0, 3660), limit(ctx))));
        routes.get(BASE + "/units/{name}/timeline", ctx -> {
            String name = ctx.pathParam("name").strip();
            ctx.json(deadlines.timeline(name, document(ctx), Params.integer(ctx, "measures", 50, 0, 10_000))
                    .orElseThrow(() -> ApiException.notFound("No unit named '" + name + "'")));
        });
    }

    private void check(Context ctx) {
        String document = document(ctx);
        Integer section = Params.optionalInteger(ctx, "section", 0, 10_000);
        if (section != null && document == null) {
            throw ApiException.badParameter("section", "section needs a document parameter too");
        }
        var options = new CheckOptions(document, section,
                Params.integer(ctx, "minLeads", CheckOptions.MIN_LEADS, 2, 1000),
                Params.decimal(ctx, "minShare", CheckOptions.MIN_SHARE, 0.01, 1.0),
                Params.decimal(ctx, "k", CheckOptions.K, 1.0, 1000.0),
                Params.integer(ctx, "minShared", CheckOptions.MIN_SHARED, 1, 1_000_000),
                Params.integer(ctx, "top", CheckOptions.TOP, 1, 1000),
                Params.integer(ctx, "limit", 1000, 1, 100_000),
                Params.integer(ctx, "measures", 50, 0, 10_000));
        CheckReport report = checks.run(options);
        if (Csv.wanted(ctx)) {
            Csv.send(ctx, "checks.csv", List.of("check", "document", "section", "item", "kind", "value", "measures", "text"),
                    csvRows(report));
        } else {
            ctx.json(report);
        }
    }

    /** One line per finding, the measures it rests on as document#number. */
    private static List<List<Object>> csvRows(CheckReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (var group : List.of(r.unledMeasures(), r.crowdedLeads())) {
            String check = group == r.unledMeasures() ? "unledMeasures" : "crowdedLeads";
            for (var m : group.findings()) {
                rows.add(row(check, m.document(), m.section(), m.number(), m.kind(),
                        check.equals("crowdedLeads") ? m.leads().size() : m.participants().size(),
                        m.document() + "#" + m.number(), m.text()));
            }
        }
        for (var group : List.of(r.supportOnlyUnits(), r.workloadOutliers())) {
            String check = group == r.supportOnlyUnits() ? "supportOnlyUnits" : "workloadOutliers";
            for (var u : group.findings()) {
                rows.add(row(check, r.document(), r.section(), u.name(), u.kind(),
                        check.equals("supportOnlyUnits") ? u.share() : u.workload(), refs(u.measureRefs()), null));
            }
        }
        for (var c : r.concentration()) {
            rows.add(row("concentration", c.document(), r.section(), c.document() == null ? "all documents" : c.title(),
                    "topShare", c.topShare(), null, null));
            rows.add(row("concentration", c.document(), r.section(), c.document() == null ? "all documents" : c.title(),
                    "gini", c.gini(), null, null));
        }
        for (var p : r.coLeadPairs().findings()) {
            rows.add(row("coLeadPairs", r.document(), r.section(), p.a() + "、" + p.b(), "pair", p.shared(),
                    refs(p.measureRefs()), null));
        }
        return rows;
    }

    private static String refs(List<CheckReport.MeasureRef> refs) {
        return refs.stream().map(m -> m.document() + "#" + m.number()).collect(Collectors.joining(" "));
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    private String document(Context ctx) {
        String key = Params.text(ctx, "document");
        if (key != null && !documents.exists(key)) {
            throw new ApiException(404, "Not found", "No document with key '" + key + "'", "document");
        }
        return key;
    }

    private static int limit(Context ctx) {
        return Params.integer(ctx, "limit", 1000, 1, 100_000);
    }
}
