package org.respnet.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.respnet.console.CypherConsole;

/** The analysts' console: {@code POST /api/v1/cypher} and the example queries shown beside the editor. */
public final class ConsoleRoutes implements RouteGroup {

    private static final int MAX_QUERY_LENGTH = 20_000;
    private static final ObjectMapper JSON = Json.mapper();

    private final CypherConsole console;

    public ConsoleRoutes(CypherConsole console) {
        this.console = console;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.get(AnalyticsRoutes.BASE + "/cypher/examples", ctx -> ctx.json(console.examples()));
        routes.post(AnalyticsRoutes.BASE + "/cypher", this::run);
    }

    private void run(Context ctx) {
        // text/plain and form bodies need no CORS preflight, so only JSON is taken: a page elsewhere cannot send it.
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip();
        if (!type.equalsIgnoreCase("application/json")) {
            throw new ApiException(415, "Unsupported media type", "POST /api/v1/cypher takes a JSON body: send "
                    + "'Content-Type: application/json' (got " + (type.isEmpty() ? "none" : "'" + type + "'") + ").", null);
        }
        ConsoleRequest request;
        try {
            request = JSON.readValue(ctx.body(), ConsoleRequest.class);
        } catch (JsonProcessingException e) {
            throw ApiException.badParameter("body", "The body must be JSON like {\"query\": \"…\", \"parameters\": {}}: "
                    + e.getOriginalMessage());
        }
        if (request.query() != null && request.query().length() > MAX_QUERY_LENGTH) {
            throw ApiException.badParameter("query", "query is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        ctx.json(console.run(request.query(), request.parameters()));
    }

    record ConsoleRequest(String query, Map<String, Object> parameters) {
    }
}
