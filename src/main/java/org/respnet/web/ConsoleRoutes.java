package org.respnet.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.regex.Pattern;
import org.respnet.console.CypherConsole;

/**
 * The analysts' console: {@code POST /api/v1/cypher}, {@code POST /api/v1/cypher/expand} (a node's neighbours, for
 * the result graph) and the example queries shown beside the editor.
 */
public final class ConsoleRoutes implements RouteGroup {

    private static final int MAX_QUERY_LENGTH = 20_000;
    /** Neo4j 5 element ids read like {@code 4:0f1e…:123}; anything else cannot name a node, so it never reaches Cypher. */
    private static final Pattern ELEMENT_ID = Pattern.compile("[0-9A-Za-z:_-]{1,200}");
    static final int EXPAND_DEFAULT = 25;
    static final int EXPAND_MAX = 100;
    /** Paging past this many neighbours of one node is no longer browsing; a query says more. */
    static final int EXPAND_MAX_SKIP = 10_000;
    private static final ObjectMapper JSON = Json.mapper();

    private final CypherConsole console;

    public ConsoleRoutes(CypherConsole console) {
        this.console = console;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.get(AnalyticsRoutes.BASE + "/cypher/examples", ctx -> ctx.json(console.examples()));
        routes.post(AnalyticsRoutes.BASE + "/cypher", this::run);
        // a POST like the console's own, so the same JSON-only and same-origin rules keep other sites out
        routes.post(AnalyticsRoutes.BASE + "/cypher/expand", this::expand);
    }

    private void run(Context ctx) {
        ConsoleRequest request = jsonBody(ctx, ConsoleRequest.class, "{\"query\": \"…\", \"parameters\": {}}");
        if (request.query() != null && request.query().length() > MAX_QUERY_LENGTH) {
            throw ApiException.badParameter("query", "query is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        ctx.json(console.run(request.query(), request.parameters()));
    }

    private void expand(Context ctx) {
        ExpandRequest request = jsonBody(ctx, ExpandRequest.class, "{\"id\": \"4:…:12\", \"skip\": 0, \"limit\": 25}");
        if (request.id() == null || !ELEMENT_ID.matcher(request.id()).matches()) {
            throw ApiException.badParameter("id", "id must be a node's element id as the console shows it "
                    + "(letters, digits, ':', '-' and '_', at most 200 characters)");
        }
        int limit = request.limit() == null ? EXPAND_DEFAULT : request.limit();
        if (limit < 1 || limit > EXPAND_MAX) {
            throw ApiException.badParameter("limit", "limit must be between 1 and " + EXPAND_MAX);
        }
        int skip = request.skip() == null ? 0 : request.skip();
        if (skip < 0 || skip > EXPAND_MAX_SKIP) {
            throw ApiException.badParameter("skip", "skip must be between 0 and " + EXPAND_MAX_SKIP);
        }
        ctx.json(console.expand(request.id(), skip, limit)
                .orElseThrow(() -> ApiException.notFound("No node has the element id " + request.id()
                        + " (it may have been deleted or reloaded since the query ran).")));
    }

    /** text/plain and form bodies need no CORS preflight, so only JSON is taken: a page elsewhere cannot send it. */
    private static <T> T jsonBody(Context ctx, Class<T> type, String example) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip();
        if (!contentType.equalsIgnoreCase("application/json")) {
            throw new ApiException(415, "Unsupported media type", "POST " + ctx.path() + " takes a JSON body: send "
                    + "'Content-Type: application/json' (got " + (contentType.isEmpty() ? "none" : "'" + contentType
                    + "'") + ").", null);
        }
        try {
            T body = JSON.readValue(ctx.body(), type);
            if (body == null) {
                throw ApiException.badParameter("body", "The body must be a JSON object like " + example);
            }
            return body;
        } catch (JsonProcessingException e) {
            throw ApiException.badParameter("body", "The body must be JSON like " + example + ": " + e.getOriginalMessage());
        }
    }

    record ExpandRequest(String id, Integer skip, Integer limit) {
    }

    record ConsoleRequest(String query, Map<String, Object> parameters) {
    }
}
