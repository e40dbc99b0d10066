package org.respnet.web;

import io.javalin.config.RoutesConfig;
import org.respnet.query.GraphSchema;

/** {@code GET /api/v1/cypher/schema}: labels, relationship types and property keys for the console's schema panel. */
public final class SchemaRoutes implements RouteGroup {

    private final GraphSchema schema;

    public SchemaRoutes(GraphSchema schema) {
        this.schema = schema;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.get(AnalyticsRoutes.BASE + "/cypher/schema", ctx -> ctx.json(schema.summary()));
    }
}
