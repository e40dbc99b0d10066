package org.respnet.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpStatus;
import org.respnet.console.ConsoleException;
import org.respnet.console.QueryPosition;
import org.respnet.db.DatabaseBusyException;
import org.respnet.load.LoadTimedOutException;
import org.respnet.db.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place failures become answers: every one leaves the server as {@code application/problem+json} (Jetty's
 * own rejections too, through {@link JettyProblems}); stack traces stay in the log.
 */
final class ErrorMapping {

    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);
    private static final String TYPE_BASE = "https://respnet.org/problems/";
    static final String CONTENT_TYPE = "application/problem+json; charset=utf-8";

    private ErrorMapping() {
    }

    static void install(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) ->
                send(ctx, e.status(), e.title(), e.getMessage(), e.parameter()));
        routes.exception(DatabaseUnavailableException.class, (e, ctx) -> {
            log.warn("Database unavailable: {}", e.getMessage());
            send(ctx, 503, "Database unavailable", "The graph database cannot be reached right now; try again shortly.", null);
        });
        // A deadlock or other transient failure left after Graph's retries: the request can succeed if sent again.
        routes.exception(DatabaseBusyException.class, (e, ctx) -> {
            log.warn("Transient database failure on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "1");
            send(ctx, 503, "Temporarily unavailable", "The database could not complete the request because of a "
                    + "conflicting concurrent change (" + e.code() + "); send it again shortly.", null);
        });
        routes.exception(LoadTimedOutException.class, (e, ctx) -> {
            log.warn("{}", e.getMessage());
            send(ctx, 503, "Load timed out", e.getMessage(), null);
        });
        routes.exception(ConsoleException.class, ErrorMapping::consoleProblem);
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

    private static void consoleProblem(ConsoleException e, Context ctx) {
        int status = switch (e.reason()) {
            case REFUSED -> 403;
            case INVALID -> 400;
            // not 408: browsers may silently resend a request answered with 408
            case TIMEOUT, TOO_LARGE -> 422;
            case BUSY -> 429;
        };
        String title = switch (e.reason()) {
            case REFUSED -> "Query refused";
            case INVALID -> "Cypher error";
            case TIMEOUT -> "Query timed out";
            case BUSY -> "Too many console queries";
            case TOO_LARGE -> "Result too large";
        };
        if (e.reason() == ConsoleException.Reason.BUSY) {
            ctx.header("Retry-After", "2");
        }
        QueryPosition at = e.position();
        send(ctx, new Problem(typeOf(title), title, status, e.getMessage(), ctx.path(), null,
                at == null ? null : at.line(), at == null ? null : at.column(), at == null ? null : at.offset()));
    }

    /** The body Jetty sends for a request it rejected before Javalin saw it. */
    static byte[] rejectedBeforeRouting(int status, String message) {
        String title = HttpStatus.getMessage(status);
        String detail = message == null || message.isBlank() || message.equals(title)
                ? "The server rejected the request before reading it (" + title + ")." : message;
        try {
            return Json.mapper().writeValueAsBytes(new Problem(typeOf(title), title, status, detail, null, null));
        } catch (JsonProcessingException e) {
            return ("{\"title\":\"" + status + "\",\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Bodies up to this size are read to the end before a refusal is sent; larger ones are cut off. */
    private static final long DRAIN_LIMIT = 32L * 1024 * 1024;

    /**
     * Reads what is left of a refused request's body. Closing a connection with unread bytes on it makes the
     * operating system reset it, and a reset can destroy the answer before the client reads it (a 200 KB upload
     * over the limit then saw no 413, only a dropped connection). Past {@link #DRAIN_LIMIT} the body is left unread.
     */
    private static void drainBody(Context ctx) {
        if (ctx.req().getContentLengthLong() > DRAIN_LIMIT) {
            return;
        }
        try (var body = ctx.req().getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int n; read <= DRAIN_LIMIT && (n = body.read(buffer)) > 0; ) {
                read += n;
            }
        } catch (java.io.IOException | IllegalStateException e) {
            // The client went away or the body was already taken: nothing left to protect.
        }
    }

    static String typeOf(String title) {
        return TYPE_BASE + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static boolean hasBody(Context ctx) {
        return ctx.req().getContentLengthLong() > 0 || "chunked".equalsIgnoreCase(ctx.header("Transfer-Encoding"));
    }

    static void send(Context ctx, int status, String title, String detail, String parameter) {
        send(ctx, new Problem(typeOf(title), title, status, detail, ctx.path(), parameter));
    }

    private static void send(Context ctx, Problem problem) {
        // A request refused before its body was read (no token, cross-site, too large) leaves that body on the
        // connection, which the server then drops: saying so keeps a client from sending its next request on it.
        if (problem.status() >= 400 && problem.status() < 500 && hasBody(ctx)) {
            ctx.header("Connection", "close");
            drainBody(ctx);
        }
        ctx.status(problem.status()).json(problem);
        ctx.contentType(CONTENT_TYPE);
    }
}
