package org.respnet.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/** The browser pages from {@code /public} and their libraries from WebJars, all served from the jar. */
final class Pages {

    private Pages() {
    }

    static void install(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/public";
            files.location = Location.CLASSPATH;
            // Static files skip the before-handlers, so they get the same security headers here.
            var headers = new java.util.HashMap<>(SecurityHeaders.HEADERS);
            headers.put("Cache-Control", "no-cache");
            files.headers = Map.copyOf(headers);
        });
        config.staticFiles.enableWebjars();
        config.routes.get("/", ctx -> ctx.redirect("/rankings.html"));
    }
}
