package org.respnet.web;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.respnet.console.ConsoleProperties;
import org.respnet.console.CypherConsole;
import org.respnet.cypher.CypherCatalog;

/** The HTTP surface: thin handlers over the query services; no business logic here. */
public final class WebServer implements AutoCloseable {

    /** How long a stop waits for requests in flight before closing connections. */
    private static final long GRACEFUL_STOP_MILLIS = 10_000;

    private final Javalin app;

    public WebServer(WebServices services) {
        this(services, WebSettings.defaults());
    }

    public WebServer(WebServices services, WebSettings settings) {
        this(services, settings, new CypherConsole(services.graph(), CypherCatalog.fromClasspath(), ConsoleProperties.defaults()));
    }

    public WebServer(WebServices services, CypherConsole console) {
        this(services, WebSettings.defaults(), console);
    }

    public WebServer(WebServices services, WebSettings settings, CypherConsole console) {
        var consoleRoutes = new ConsoleRoutes(console);
        var analytics = new AnalyticsRoutes(services.documents(), services.ranking(), services.responsibilities(),
                services.coordination(), services.graphs());
        var uploads = new UploadRoutes(services.ingest(), settings);
        this.app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.defaultContentType = "application/json; charset=utf-8";
            config.http.maxRequestSize = settings.maxUploadBytes();
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(GRACEFUL_STOP_MILLIS);
                server.setErrorHandler(new JettyProblems());
            });
            if (!settings.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule ->
                        settings.corsOrigins().forEach(origin -> rule.allowHost(origin))));
            }
            ErrorMapping.install(config.routes);
            config.routes.before(ctx -> {
                SecurityHeaders.apply(ctx);
                boolean api = ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json");
                // Uploads and deletions check the admin token themselves; everything else on the API, the console
                // and the preview included, reads.
                if (api && !UploadRoutes.isWrite(ctx) && settings.readsProtected()
                        && !BearerTokens.presented(ctx, settings.readToken())
                        && !(settings.writesEnabled() && BearerTokens.presented(ctx, settings.adminToken()))) {
                    throw BearerTokens.unauthorized();
                }
            });
            config.routes.get("/health", ctx -> {
                boolean up = services.graph().isReachable();
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", up ? "UP" : "DOWN");
                body.put("database", up ? "reachable" : "unreachable");
                ctx.status(up ? 200 : 503).json(body);
            });
            config.routes.get("/api/documents", ctx -> ctx.json(services.documents().documents()));
            config.routes.get(AnalyticsRoutes.BASE + "/documents", ctx -> ctx.json(services.documents().documents()));
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8")
                    .result(WebServer.class.getResourceAsStream("/openapi.json")));
            analytics.install(config.routes);
            uploads.install(config.routes);
            consoleRoutes.install(config.routes);
            Pages.install(config);
        });
    }

    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
