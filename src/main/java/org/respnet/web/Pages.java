package org.respnet.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/** The browser pages from {@code /public} and their libraries from WebJars, all served from the jar. */
final class Pages {

    private Pages() {
    }

    static void install(JavalinConfig config) {
        // Javalin's own handler looks each file up through the class loader, so it serves from target/classes and
        // from inside the Spring Boot jar alike. Jetty's ResourceHandler (Javalin's default) mounts the folder as a
        // base resource, and Spring Boot's nested jar URL (jar:nested:…!/BOOT-INF/classes/!/public) is an alias to
        // it: it refused the folder and the packaged jar answered every page, script and WebJar with 404.
        config.resourceHandler(new JavalinStaticResourceHandler());
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
