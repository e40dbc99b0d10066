package org.respnet.cli;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Application settings outside the database.
 *
 * @param seedsDir    folder loaded by the default run
 * @param unitKinds   optional extra unit-kind rules (TSV), applied before the built-in table
 * @param unitAliases optional extra unit aliases (TSV), applied before the built-in table
 */
@ConfigurationProperties("respnet")
public record RespNetProperties(@DefaultValue("seeds") Path seedsDir, Path unitKinds, Path unitAliases,
                                @DefaultValue Http http) {

    /** @param host loopback by default: exposing the server is a deliberate choice */
    public record Http(@DefaultValue("127.0.0.1") String host, @DefaultValue("7070") int port) {
    }
}
