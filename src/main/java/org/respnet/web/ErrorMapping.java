package org.respnet.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.respnet.db.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every failure leaves the server as {@code application/problem+json}; stack traces stay in the log. */
final class ErrorMapping {

    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);
    private static final String TYPE_BASE = "https://respnet.org/problems/";

    private ErrorMapping() {
    }

    static void install(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) ->
                send(ctx, e.status(), e.title(), e.getMessage(), e.parameter()));
        routes.exception(DatabaseUnavailableException.class, (e, ctx) -> {
            log.warn("Database unavailable: {}", e.getMessage());
            send(ctx, 503, "Database unavailable", "The graph database cannot be reached right now; try again shortly.", null);
        });
        routes.exception(HttpResponseException.class, (e, ctx) ->
                send(ctx, e.getStatus(), e.getMessage(), e.getMessage(), null));
        routes.exception(Exception.class, (e, ctx) -> {
            log.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "Internal error", "The server failed to answer; the error is in its log.", null);
        });
        routes.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                send(ctx, 404, "Not found", "No such resource: " + ctx.path(), null);
            }
        });
    }

    static String typeOf(String title) {
        return TYPE_BASE + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    static void send(Context ctx, int status, String title, String detail, String parameter) {
        String type = typeOf(title);
        ctx.status(status).json(new Problem(type, title, status, detail, ctx.path(), parameter));
        ctx.contentType("application/problem+json; charset=utf-8");
    }
}
