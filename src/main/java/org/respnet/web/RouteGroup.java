package org.respnet.web;

import io.javalin.config.RoutesConfig;

/** Routes the composition root hands the server; each group installs its own handlers and exception mappings. */
public interface RouteGroup {

    void install(RoutesConfig routes);
}
