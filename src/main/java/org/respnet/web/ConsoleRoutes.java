package org.respnet.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.respnet.console.ConsoleException;
import org.respnet.console.CypherConsole;
import org.respnet.console.QueryPosition;

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
        routes.exception(ConsoleException.class, ConsoleRoutes::problem);
    }

    private void run(Context ctx) {
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

    private static void problem(ConsoleException e, Context ctx) {
        int status = switch (e.reason()) {
            case REFUSED -> 403;
            case INVALID -> 400;
            // not 408: browsers may silently resend a request answered with 408
            case TIMEOUT -> 422;
            case BUSY -> 429;
        };
        String title = switch (e.reason()) {
            case REFUSED -> "Query refused";
            case INVALID -> "Cypher error";
            case TIMEOUT -> "Query timed out";
            case BUSY -> "Too many console queries";
        };
        if (e.reason() == ConsoleException.Reason.BUSY) {
            ctx.header("Retry-After", "2");
        }
        QueryPosition at = e.position();
        ctx.status(status).json(new CypherProblem("https://respnet.org/problems/" + title.toLowerCase().replace(' ', '-'),
                title, status, e.getMessage(), ctx.path(), at == null ? null : at.line(), at == null ? null : at.column(),
                at == null ? null : at.offset()));
        ctx.contentType("application/problem+json; charset=utf-8");
    }

    record ConsoleRequest(String query, Map<String, Object> parameters) {
    }

    /** A problem document that also says where in the query Neo4j found the error. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CypherProblem(String type, String title, int status, String detail, String instance, Integer line,
                         Integer column, Integer offset) {
    }
}
