package org.respnet.web;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.LinkedHashMap;
import java.util.Map;

/** The HTTP surface: thin handlers over the query services; no business logic here. */
public final class WebServer implements AutoCloseable {

    private final Javalin app;

    public WebServer(WebServices services) {
        var analytics = new AnalyticsRoutes(services.ranking(), services.responsibilities(), services.coordination(),
                services.graphs());
        this.app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.defaultContentType = "application/json; charset=utf-8";
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
            ErrorMapping.install(config.routes);
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
