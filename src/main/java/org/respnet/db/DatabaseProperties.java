package org.respnet.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives. A blank {@code uri} (no {@code NEO4J_URI}) starts the embedded database; anything else
 * ({@code bolt://}, {@code neo4j://}, {@code neo4j+s://}) is an external server or cluster.
 */
@ConfigurationProperties("respnet.neo4j")
public record DatabaseProperties(
        String uri,
        @DefaultValue("neo4j") String username,
        String password,
        @DefaultValue("neo4j") String database,
        @DefaultValue Embedded embedded) {

    public boolean isEmbedded() {
        return uri == null || uri.isBlank();
    }

    /**
     * @param boltAddress loopback by default: other clients on this machine may connect, nobody else
     * @param boltPort    0 picks a free port (tests)
     * @param pageCache   without it Neo4j sizes its page cache from the machine's memory (~9 GB here)
     * @param boltPassword the password of user {@code neo4j} on the Bolt port; blank: a new random one each start
     */
    public record Embedded(
            @DefaultValue("data") Path dataDir,
            @DefaultValue("127.0.0.1") String boltAddress,
            @DefaultValue("7687") int boltPort,
            @DefaultValue("512m") String pageCache,
            @DefaultValue("60s") java.time.Duration transactionTimeout,
            String boltPassword) {

        @ConstructorBinding
        public Embedded {
        }

        /** A random Bolt password, as the application uses by default. */
        public Embedded(Path dataDir, String boltAddress, int boltPort, String pageCache,
                java.time.Duration transactionTimeout) {
            this(dataDir, boltAddress, boltPort, pageCache, transactionTimeout, null);
        }
    }
}
