package org.respnet.db;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
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

    /** The one Bolt user; Community edition has no roles, so it can do everything. */
    public static final String BOLT_USER = "neo4j";

    private final DatabaseManagementService service;
    private final int boltPort;
    private final String boltAddress;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService service, String boltAddress, int boltPort, String password) {
        this.service = service;
        this.boltAddress = boltAddress;
        this.boltPort = boltPort;
        this.password = password;
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
        long heap = Runtime.getRuntime().maxMemory();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(settings.boltAddress(), settings.boltPort()))
                .setConfig(HttpConnector.enabled, false)
                // Bolt also speaks WebSocket (Neo4j 5.26 has no switch and no Origin check for it), so any web page
                // the user visits could reach a loopback port: only a client knowing the password gets in.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // A locked-out user would lock out RespNet's own driver; a 190-bit random password needs no lockout.
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()))
                .setConfig(GraphDatabaseSettings.transaction_timeout, settings.transactionTimeout())
                // One query (the console's, say) must not fill the heap and stall everything else: a transaction
                // gets at most half the heap, all of them together 70%. Exceeding it ends that transaction only.
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, heap / 2)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, heap * 7 / 10)
                // LOAD CSV must never read the server's files, whoever runs the query.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // Bolt's two Netty event loop groups each wait a 5 s quiet period at shutdown, so Ctrl+C on an idle
                // server took ~11 s; RespNet's own driver is closed before the database, so nothing can arrive.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                // At close Neo4j waits this long (default 10 s) for open transactions, then terminates them and
                // gives them 1 s more. RespNet closes the database last, when its requests have finished and its
                // driver is closed, so what is still open is a console query it gave up on, computing inside one
                // expression, which no wait ends: the default made SIGTERM take ~13 s, past `docker stop`'s 10 s
                // before SIGKILL, which then struck before the shutdown checkpoint. Now they are terminated at once.
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, java.time.Duration.ZERO)
                .build();
        boolean chosen = settings.boltPassword() != null && !settings.boltPassword().isBlank();
        String password = chosen ? settings.boltPassword() : randomPassword();
        setPassword(service, password);
        var db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int port = boltPort(db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class), service);
        var embedded = new EmbeddedNeo4j(service, settings.boltAddress(), port, password);
        if (chosen) {
            log.info("Embedded Neo4j ready; Bolt at {} (user {}, the password RESPNET_BOLT_PASSWORD gives)",
                    embedded.boltUri(), BOLT_USER);
        } else {
            log.info("Embedded Neo4j ready; Bolt at {} (user {}, password {} until RespNet stops; set "
                    + "RESPNET_BOLT_PASSWORD to choose one)", embedded.boltUri(), BOLT_USER, password);
        }
        return embedded;
    }

    /**
     * Set on every start through the embedded API (which needs no login), so a store created by an older RespNet
     * without authentication, or one whose password was changed, gets this start's password.
     */
    private static void setPassword(DatabaseManagementService service, String password) {
        var system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            try {
                system.executeTransactionally("ALTER USER " + BOLT_USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                        java.util.Map.of("password", password));
            } catch (org.neo4j.graphdb.QueryExecutionException e) {
                // a chosen password, set by an earlier start: Neo4j refuses to "change" it to itself
                if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                    throw e;
                }
                system.executeTransactionally("ALTER USER " + BOLT_USER + " SET PASSWORD CHANGE NOT REQUIRED");
            }
        } catch (RuntimeException e) {
            service.shutdown();
            throw new DatabaseUnavailableException("Cannot set the embedded database's Bolt password: "
                    + e.getMessage(), e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The credentials RespNet's driver (and a test's) logs in with. */
    public org.neo4j.driver.AuthToken authToken() {
        return org.neo4j.driver.AuthTokens.basic(BOLT_USER, password);
    }

    public String password() {
        return password;
    }

    /** Bolt may register its port a moment after the database reports ready, notably with port 0 on a busy machine. */
    private static int boltPort(ConnectorPortRegister ports, DatabaseManagementService service) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            var address = ports.getLocalAddress(ConnectorType.BOLT);
            if (address != null) {
                return address.getPort();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        service.shutdown();
        throw new DatabaseUnavailableException("The embedded database started but its Bolt connector did not", null);
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
