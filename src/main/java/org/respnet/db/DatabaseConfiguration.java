package org.respnet.db;

import java.net.URI;
import java.net.URISyntaxException;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.respnet.cypher.CypherCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One code path for both deployment modes: the embedded engine is only started when no URI is configured, and the
 * application then reaches it through the same driver, over Bolt on loopback. Spring Boot builds that driver.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    private static final java.util.List<String> KNOWN_SCHEMES =
            java.util.List.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

    /** Null-valued when an external URI is configured; Spring closes it after the driver. */
    @Bean(destroyMethod = "close")
    EmbeddedNeo4jHolder embeddedNeo4j(DatabaseProperties properties) {
        return new EmbeddedNeo4jHolder(properties.isEmbedded() ? EmbeddedNeo4j.start(properties.embedded()) : null);
    }

    /**
     * Where Spring Boot's Neo4j auto-configuration connects its driver: the embedded engine's Bolt port, or the
     * configured URI. The driver's own settings (timeouts, pool, retries) are Boot's {@code spring.neo4j.*}.
     */
    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(DatabaseProperties properties, EmbeddedNeo4jHolder embedded) {
        URI uri = embedded.isRunning() ? URI.create(embedded.get().boltUri()) : externalUri(properties.uri().strip());
        AuthToken auth = embedded.isRunning() ? embedded.get().authToken()
                : properties.password() == null || properties.password().isEmpty() ? AuthTokens.none()
                : AuthTokens.basic(properties.username(), properties.password());
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return auth;
            }
        };
    }

    @Bean
    CypherCatalog cypherCatalog() {
        return CypherCatalog.fromClasspath();
    }

    @Bean
    Graph graph(Driver driver, Neo4jConnectionDetails connection, DatabaseProperties properties, CypherCatalog cypher) {
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException("Cannot reach Neo4j at " + connection.getUri() + ": " + e.getMessage(), e);
        }
        log.info("Connected to Neo4j at {}", connection.getUri());
        Graph graph = new Graph(driver, properties.database());
        new SchemaInitializer(graph, cypher).apply();
        return graph;
    }

    private static URI externalUri(String uri) {
        try {
            URI parsed = new URI(uri);
            if (parsed.getScheme() != null && KNOWN_SCHEMES.contains(parsed.getScheme()) && parsed.getHost() != null) {
                return parsed;
            }
        } catch (URISyntaxException e) {
            // reported below, in the same words as any other unusable URI
        }
        throw new DatabaseUnavailableException("NEO4J_URI '" + uri + "' is not a Neo4j URI; use " + KNOWN_SCHEMES
                + "://host:port", null);
    }

    /** Lets the embedded engine be optional without a second configuration class. */
    public static final class EmbeddedNeo4jHolder implements AutoCloseable {
        private final EmbeddedNeo4j embedded;

        EmbeddedNeo4jHolder(EmbeddedNeo4j embedded) {
            this.embedded = embedded;
        }

        public boolean isRunning() {
            return embedded != null;
        }

        public EmbeddedNeo4j get() {
            return embedded;
        }

        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

}
