package org.respnet.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.respnet.model.UnitKind;
import org.respnet.query.CoordinationQueries;
import org.respnet.query.DocumentQueries;
import org.respnet.query.GraphViews;
import org.respnet.query.MeasureCursor;
import org.respnet.query.RankedUnit;
import org.respnet.query.RankingFilter;
import org.respnet.query.ResponsibilityQueries;
import org.respnet.query.Weighting;
import org.respnet.query.WorkloadRanking;

/** The {@code /api/v1} analytics: thin handlers that check parameters and call one query service each. */
public final class AnalyticsRoutes implements RouteGroup {

    static final String BASE = "/api/v1";
    private static final long DEFAULT_SEED = 42L;

    private final DocumentQueries documents;
    private final WorkloadRanking ranking;
    private final ResponsibilityQueries responsibilities;
    private final CoordinationQueries coordination;
    private final GraphViews graphs;

    public AnalyticsRoutes(DocumentQueries documents, WorkloadRanking ranking, ResponsibilityQueries responsibilities,
                    CoordinationQueries coordination, GraphViews graphs) {
        this.documents = documents;
        this.ranking = ranking;
        this.responsibilities = responsibilities;
        this.coordination = coordination;
        this.graphs = graphs;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.get(BASE + "/documents", ctx -> ctx.json(documents.documents()));
        // The first release's path, kept for its clients.
        routes.get("/api/documents", ctx -> ctx.json(documents.documents()));
        routes.get(BASE + "/rankings/workload", this::workloadRanking);
        routes.get(BASE + "/unit-kinds", ctx -> ctx.json(UnitKinds.all()));
        routes.get(BASE + "/units/{name}", this::unit);
        routes.get(BASE + "/documents/{document}/sections", ctx -> {
            String document = knownDocument(ctx.pathParam("document"), null);
            ctx.json(stillKnown(document, null, responsibilities.sections(document)));
        });
        routes.get(BASE + "/documents/{document}/measures/{number}", this::measure);
        routes.get(BASE + "/measures/search", this::search);
        routes.get(BASE + "/coordination/pairs", this::pairs);
        routes.get(BASE + "/coordination/clusters", this::clusters);
        routes.get(BASE + "/graph/units", this::unitGraph);
        routes.get(BASE + "/graph/bipartite", this::bipartiteGraph);
    }

    private void workloadRanking(Context ctx) {
        Scope scope = scope(ctx);
        String sort = Params.oneOf(ctx, "sort", "workload", RankingFilter.SORT_COLUMNS);
        String order = Params.oneOf(ctx, "order", "rank".equals(sort) || "name".equals(sort) || "kind".equals(sort)
                ? "asc" : "desc", List.of("asc", "desc"));
        var filter = new RankingFilter(scope.document(), scope.section(), Params.enumValue(ctx, "kind", UnitKind.class, null), sort,
                order.equals("asc"), Params.integer(ctx, "limit", 1000, 1, 100_000), Params.date(ctx, "asOf"));
        var result = stillKnown(scope.document(), "document", ranking.rank(filter));
        if (Csv.wanted(ctx)) {
            Csv.send(ctx, "workload.csv",
                    List.of("rank", "name", "kind", "kindLabel", "leads", "participations", "total", "leadCredit",
                            "leadShare", "workload", "overdue", "overdueLeads", "asOf"),
                    result.units().stream().map(u -> csvRow(u, result.asOf())).toList());
        } else {
            ctx.json(result);
        }
    }

    /** A row with the ranking's as-of date, so a saved file still says what its overdue counts are as of. */
    private static List<Object> csvRow(RankedUnit u, java.time.LocalDate asOf) {
        return List.of(u.rank(), u.name(), u.kind(), u.kindLabel(), u.leads(), u.participations(), u.total(),
                u.leadCredit(), u.leadShare(), u.workload(), u.overdue(), u.overdueLeads(), asOf.toString());
    }

    private void unit(Context ctx) {
        String name = ctx.pathParam("name").strip();
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        MeasureCursor after = cursor(ctx, "after");
        if (after != null && offset > 0) {
            throw ApiException.badParameter("after", "after continues from a cursor; it cannot be combined with offset");
        }
        String document = knownDocument(Params.text(ctx, "document"), "document");
        var detail = stillKnown(document, "document", responsibilities.unit(name, document,
                Params.integer(ctx, "partners", 50, 1, 10_000), Params.integer(ctx, "measures", 100, 0, 100_000),
                offset, after));
        ctx.json(detail.orElseThrow(() -> ApiException.notFound("No unit named '" + name + "'")));
    }

    private static MeasureCursor cursor(Context ctx, String parameter) {
        String text = Params.text(ctx, parameter);
        try {
            return text == null ? null : MeasureCursor.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(parameter, e.getMessage());
        }
    }

    private void measure(Context ctx) {
        String document = ctx.pathParam("document");
        String number = ctx.pathParam("number");
        ctx.json(responsibilities.measure(document, number).orElseThrow(() ->
                ApiException.notFound("No measure " + number + " in document '" + document + "'")));
    }

    private void search(Context ctx) {
        ctx.json(responsibilities.search(Params.requiredText(ctx, "q"), Params.text(ctx, "document"),
                Params.integer(ctx, "limit", 20, 1, 1000)));
    }

    /** Pairs times listed measures per pair: an answer of at most a few tens of megabytes. */
    static final int MAX_LISTED_PAIR_MEASURES = 500_000;

    private void pairs(Context ctx) {
        String document = knownDocument(Params.text(ctx, "document"), "document");
        String mode = Params.oneOf(ctx, "mode", "any", List.of("any", "lead-lead", "lead-participant"));
        int minShared = Params.integer(ctx, "minShared", 1, 1, 1_000_000);
        int limit = Params.integer(ctx, "limit", 100, 1, 10_000);
        // Busy pairs share thousands of measures: listing them all made limit=10 an answer of megabytes.
        int measures = Params.integer(ctx, "measures", 50, 0, 1_000);
        if ((long) limit * measures > MAX_LISTED_PAIR_MEASURES) {
            throw ApiException.badParameter("limit", "limit × measures must be at most " + MAX_LISTED_PAIR_MEASURES
                    + " (here " + limit + " × " + measures + "); lower either");
        }
        ctx.json(stillKnown(document, "document", coordination.pairs(document, mode, minShared, limit, measures)));
    }

    private void clusters(Context ctx) {
        Scope scope = scope(ctx);
        // Listing internal measures reads every responsibility in scope: a moment for one document, most of a
        // national graph's ten million for all of them, so over all documents they come only when asked for.
        ctx.json(stillKnown(scope.document(), "document", coordination.clusters(scope.document(), scope.section(),
                weighting(ctx), resolution(ctx), seed(ctx), Params.bool(ctx, "measures", scope.document() != null))));
    }

    private void unitGraph(Context ctx) {
        Scope scope = scope(ctx);
        ctx.json(stillKnown(scope.document(), "document", graphs.units(scope.document(), scope.section(),
                weighting(ctx), Params.integer(ctx, "minShared", 1, 1, 1_000_000),
                Params.bool(ctx, "hideUbiquitous", false), resolution(ctx), seed(ctx),
                Params.integer(ctx, "maxEdges", 5_000, 1, 50_000))));
    }

    private void bipartiteGraph(Context ctx) {
        Scope scope = scope(ctx);
        if (scope.document() == null) {
            throw ApiException.badParameter("document", "the bipartite view needs a document");
        }
        ctx.json(stillKnown(scope.document(), "document", graphs.bipartite(scope.document(), scope.section())));
    }

    /** An unknown document is a 404, not an empty answer that looks like a document with no units. */
    private String knownDocument(String key, String parameter) {
        if (key != null && !documents.exists(key)) {
            throw new ApiException(404, "Not found", "No document with key '" + key + "'", parameter);
        }
        return key;
    }

    /**
     * The check again, after the read: a document deleted between {@link #knownDocument} and the read would
     * otherwise answer an empty 200 (each is its own read transaction), which reads as a document nobody works in.
     */
    private <T> T stillKnown(String key, String parameter, T answer) {
        knownDocument(key, parameter);
        return answer;
    }

    /** A section the document does not have is a 404 too: an empty answer would read as a section nobody works in. */
    static void knownSection(DocumentQueries documents, String document, Integer section) {
        if (document != null && section != null && !documents.sectionExists(document, section)) {
            throw new ApiException(404, "Not found", "Document '" + document + "' has no section " + section, "section");
        }
    }

    private Scope scope(Context ctx) {
        Scope scope = Scope.of(ctx);
        knownDocument(scope.document(), "document");
        knownSection(documents, scope.document(), scope.section());
        return scope;
    }

    private static Weighting weighting(Context ctx) {
        return Params.enumValue(ctx, "weighting", Weighting.class, Weighting.INVERSE);
    }

    private static double resolution(Context ctx) {
        return Params.decimal(ctx, "resolution", 1.0, 0.01, 100);
    }

    private static long seed(Context ctx) {
        return Params.integer(ctx, "seed", (int) DEFAULT_SEED, 0, Integer.MAX_VALUE);
    }

    private record Scope(String document, Integer section) {
        static Scope of(Context ctx) {
            String document = Params.text(ctx, "document");
            Integer section = Params.optionalInteger(ctx, "section", 0, 10_000);
            if (section != null && document == null) {
                throw ApiException.badParameter("section", "section needs a document parameter too");
            }
            return new Scope(document, section);
        }
    }
}
