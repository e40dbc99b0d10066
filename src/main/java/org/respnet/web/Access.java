package org.respnet.web;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;

/**
 * The one place requests are authorised. Routes registered with {@link #WRITE} need writes enabled and the admin
 * token; every other route of the API (and {@code /openapi.json}) is a read, which needs the read token when one is
 * set (the admin token also reads). Pages and {@code /health} stay open.
 */
enum Access implements RouteRole {

    WRITE;

    static void check(Context ctx, WebSettings settings) {
        if (ctx.routeRoles().contains(WRITE)) {
            if (!settings.writesEnabled()) {
                throw new ApiException(403, "Writes disabled",
                        "Writing is switched off: start RespNet with RESPNET_ADMIN_TOKEN set to enable it.", null);
            }
            if (!BearerTokens.presented(ctx, settings.adminToken())) {
                throw BearerTokens.unauthorized();
            }
            return;
        }
        boolean api = ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json");
        if (api && settings.readsProtected() && !BearerTokens.presented(ctx, settings.readToken())
                && !(settings.writesEnabled() && BearerTokens.presented(ctx, settings.adminToken()))) {
            throw BearerTokens.unauthorized();
        }
    }
}
