package org.respnet.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.GraphDatabase;
import org.respnet.app.RespNet;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.cli.RespNetApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The NEO4J_URI path: the application is pointed at a separately started server through a routing URI, starts no
 * engine of its own, and its writes land in that server.
 */
class ExternalServerIT {

    private static EmbeddedNeo4j external;
    private static ConfigurableApplicationContext context;

    @BeforeAll
    static void startExternalServerAndApplication() {
        external = TestDatabase.startEmbedded();
        String routingUri = external.boltUri().replace("bolt://", "neo4j://");
        context = new SpringApplicationBuilder(RespNetApplication.class)
                .web(WebApplicationType.NONE)
                .run("--respnet.neo4j.uri=" + routingUri, "--respnet.neo4j.password=" + external.password(),
                        "--respnet.neo4j.embedded.data-dir=target/must-not-exist");
    }

    @AfterAll
    static void stop() {
        context.close();
        external.close();
    }

    @Test
    void uses_the_configured_server_instead_of_an_embedded_one() {
        assertThat(context.getBean(DatabaseConfiguration.EmbeddedNeo4jHolder.class).isRunning()).isFalse();
        assertThat(new java.io.File("target/must-not-exist")).doesNotExist();
    }

    @Test
    void loads_and_reads_through_the_routing_uri() {
        context.getBean(RespNet.class).loader().load(Fixtures.seed(), true, line -> { });

        var documents = context.getBean(RespNet.class).documents().documents();
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.measures()).isEqualTo(48);
            assertThat(d.units()).isEqualTo(45);
        });
        try (var driver = GraphDatabase.driver(external.boltUri(), external.authToken()); var session = driver.session()) {
            long units = session.run("MATCH (u:Unit) RETURN count(u) AS n").single().get("n").asLong();
            assertThat(units).isEqualTo(45);
        }
    }
}
