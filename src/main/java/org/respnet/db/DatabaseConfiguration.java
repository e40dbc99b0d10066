package org.respnet.db;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.respnet.cypher.CypherCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One code path for both deployment modes: the embedded engine is only started when no URI is configured, and the
 * application then reaches it through the same driver, over Bolt on loopback.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** Null-valued when an external URI is configured; Spring closes it after the driver. */
    @Bean(destroyMethod = "close")
    EmbeddedNeo4jHolder embeddedNeo4j(DatabaseProperties properties) {
        return new EmbeddedNeo4jHolder(properties.isEmbedded() ? EmbeddedNeo4j.start(properties.embedded()) : null);
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(DatabaseProperties properties, EmbeddedNeo4jHolder embedded) {
        String uri = embedded.isRunning() ? embedded.get().boltUri() : properties.uri().strip();
        AuthToken auth = embedded.isRunning() || properties.password() == null || properties.password().isEmpty()
                ? AuthTokens.none()
                : AuthTokens.basic(properties.username(), properties.password());
        Driver driver = Drivers.create(uri, auth);
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw new DatabaseUnavailableException("Cannot reach Neo4j at " + uri + ": " + e.getMessage(), e);
        }
        log.info("Connected to Neo4j at {}", uri);
        return driver;
    }

    @Bean
    CypherCatalog cypherCatalog() {
        return CypherCatalog.fromClasspath();
    }

    @Bean
    Graph graph(Driver driver, DatabaseProperties properties, CypherCatalog cypher) {
        Graph graph = new Graph(driver, properties.database());
        new SchemaInitializer(graph, cypher).apply();
        return graph;
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
