package org.respnet.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.respnet.app.RespNet;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.cli.RespNetApplication;
import org.respnet.db.EmbeddedNeo4j;
import org.respnet.web.Http;
import org.respnet.web.WebServer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** An external database that goes away and comes back: 503 while it is gone, recovery without a restart. */
class DatabaseOutageIT {

    private EmbeddedNeo4j database;
    private ConfigurableApplicationContext context;
    private WebServer server;

    @AfterEach
    void stop() {
        server.close();
        context.close();
        if (database != null) {
            database.close();
        }
    }

    @Test
    void answers_503_while_the_database_is_down_and_recovers_by_itself() throws Exception {
        Path store = Files.createTempDirectory("respnet-outage");
        database = TestDatabase.startEmbedded(store, 0, "outage-test-password");
        int port = URI.create(database.boltUri()).getPort();
        // The application's own wiring, so the driver is the one Spring Boot builds from application.properties.
        context = new SpringApplicationBuilder(RespNetApplication.class).web(WebApplicationType.NONE)
                .run("--respnet.neo4j.uri=" + database.boltUri(), "--respnet.neo4j.password=" + database.password());
        context.getBean(RespNet.class).loader().load(Fixtures.seed());
        server = context.getBean(RespNet.class).webServer().start("127.0.0.1", 0);
        Http http = new Http(server.port());
        assertThat(http.get("/api/v1/rankings/workload").statusCode()).isEqualTo(200);

        database.close();
        database = null;
        Instant askedAt = Instant.now();
        var down = http.get("/api/v1/rankings/workload?limit=5");
        Duration took = Duration.between(askedAt, Instant.now());

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(http.json(down).get("title").asText()).isEqualTo("Database unavailable");
        assertThat(down.body()).doesNotContain("Exception");
        assertThat(took).isLessThan(Duration.ofSeconds(20));
        assertThat(http.get("/health").statusCode()).isEqualTo(503);

        database = TestDatabase.startEmbedded(store, port, "outage-test-password");
        Instant deadline = Instant.now().plusSeconds(60);
        while (http.get("/health").statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        var recovered = http.get("/api/v1/rankings/workload?limit=100");
        assertThat(recovered.statusCode()).isEqualTo(200);
        assertThat(http.json(recovered).get("units")).hasSize(45);
    }
}
