package org.respnet.db;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j engine in this process, reachable only through Bolt so the application uses exactly the code path
 * it uses against an external server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService service;
    private final int boltPort;
    private final String boltAddress;

    private EmbeddedNeo4j(DatabaseManagementService service, String boltAddress, int boltPort) {
        this.service = service;
        this.boltAddress = boltAddress;
        this.boltPort = boltPort;
    }

    public static EmbeddedNeo4j start(DatabaseProperties.Embedded settings) {
        Path home = settings.dataDir().toAbsolutePath().normalize();
        if (settings.boltPort() != 0) {
            requirePortFree(settings.boltAddress(), settings.boltPort());
        }
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Cannot create the database folder " + home + ": " + e.getMessage(), e);
        }
        log.info("Starting embedded Neo4j in {} (this takes a little while)", home);
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(settings.boltAddress(), settings.boltPort()))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()))
                .setConfig(GraphDatabaseSettings.transaction_timeout, settings.transactionTimeout())
                // LOAD CSV must never read the server's files, whoever runs the query.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .build();
        var db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        var embedded = new EmbeddedNeo4j(service, settings.boltAddress(), port);
        log.info("Embedded Neo4j ready; Bolt at {}", embedded.boltUri());
        return embedded;
    }

    public String boltUri() {
        String host = boltAddress.contains(":") ? "[" + boltAddress + "]" : boltAddress;
        return "bolt://" + host + ":" + boltPort;
    }

    @Override
    public void close() {
        service.shutdown();
    }

    private static void requirePortFree(String address, int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Bolt port " + address + ":" + port
                    + " is in use (another Neo4j or RespNet?). Stop it or set RESPNET_BOLT_PORT (0 picks a free port).", e);
        }
    }
}
