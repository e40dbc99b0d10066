package org.respnet.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/** The browser pages from {@code /public} and their libraries from WebJars, all served from the jar. */
final class Pages {

    /**
     * Scripts only from files on this server (no inline scripts or handlers anywhere in the pages); inline styles
     * stay allowed because ECharts writes style attributes into its tooltips.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private Pages() {
    }

    static void install(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/public";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
                    "X-Content-Type-Options", "nosniff", "Cache-Control", "no-cache");
        });
        config.staticFiles.enableWebjars();
        config.routes.get("/", ctx -> ctx.redirect("/rankings.html"));
    }
}
