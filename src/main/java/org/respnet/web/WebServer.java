package org.respnet.web;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** The HTTP surface: thin handlers over the query services; no business logic here. */
public final class WebServer implements AutoCloseable {

    /** How long a stop waits for requests in flight before closing connections. */
    private static final long GRACEFUL_STOP_MILLIS = 10_000;

    private final Javalin app;
    private final HostAllowList hosts;

    /**
     * @param databaseReachable answers {@code /health}
     * @param routes            every route group the server serves, built by the composition root
     */
    public WebServer(WebSettings settings, BooleanSupplier databaseReachable, List<RouteGroup> routes) {
        var sameOrigin = new SameOrigin(settings.corsOrigins());
        this.hosts = new HostAllowList(settings.allowedHosts());
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
                hosts.check(ctx);
                if (SameOrigin.guarded(ctx)) {
                    sameOrigin.check(ctx);
                }
            });
            config.routes.beforeMatched(ctx -> Access.check(ctx, settings));
            config.routes.get("/health", ctx -> {
                boolean up = databaseReachable.getAsBoolean();
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", up ? "UP" : "DOWN");
                body.put("database", up ? "reachable" : "unreachable");
                ctx.status(up ? 200 : 503).json(body);
            });
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8")
                    .result(WebServer.class.getResourceAsStream("/openapi.json")));
            routes.forEach(group -> group.install(config.routes));
            Pages.install(config);
        });
    }

    public WebServer start(String host, int port) {
        hosts.boundTo(host);
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
