package org.respnet.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.respnet.query.DocumentQueries;
import org.respnet.query.LeaderViews;
import org.respnet.query.Weighting;

/** The leader's picture and focus view: {@code /api/v1/graph/picture} and {@code /api/v1/graph/focus}. */
public final class PictureRoutes implements RouteGroup {

    private final DocumentQueries documents;
    private final LeaderViews views;

    public PictureRoutes(DocumentQueries documents, LeaderViews views) {
        this.documents = documents;
        this.views = views;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.get(AnalyticsRoutes.BASE + "/graph/picture", this::picture);
        routes.get(AnalyticsRoutes.BASE + "/graph/focus", this::focus);
    }

    private void picture(Context ctx) {
        String document = document(ctx);
        ctx.json(views.picture(document, section(ctx, document), weighting(ctx),
                Params.bool(ctx, "ubiquitous", false), Params.integer(ctx, "perUnit", 3, 0, 1000),
                Params.integer(ctx, "maxUnits", 300, 1, 100_000)));
    }

    private void focus(Context ctx) {
        String unit = Params.requiredText(ctx, "unit").strip();
        String document = document(ctx);
        ctx.json(views.focus(unit, document, section(ctx, document), weighting(ctx),
                Params.integer(ctx, "steps", 1, 1, 2), Params.integer(ctx, "limit", 60, 1, 1000),
                Params.integer(ctx, "perTie", 20, 0, 1000))
                .orElseThrow(() -> ApiException.notFound("No unit named '" + unit + "'")));
    }

    private String document(Context ctx) {
        String key = Params.text(ctx, "document");
        if (key != null && !documents.exists(key)) {
            throw new ApiException(404, "Not found", "No document with key '" + key + "'", "document");
        }
        return key;
    }

    private Integer section(Context ctx, String document) {
        Integer section = Params.optionalInteger(ctx, "section", 0, 10_000);
        if (section != null && document == null) {
            throw ApiException.badParameter("section", "section needs a document parameter too");
        }
        AnalyticsRoutes.knownSection(documents, document, section);
        return section;
    }

    private static Weighting weighting(Context ctx) {
        return Params.enumValue(ctx, "weighting", Weighting.class, Weighting.INVERSE);
    }
}
