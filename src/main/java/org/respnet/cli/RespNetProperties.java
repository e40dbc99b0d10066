package org.respnet.cli;

import java.nio.file.Path;
import java.util.List;
import org.respnet.load.WriteTimeout;
import org.respnet.web.WebSettings;
import org.springframework.util.unit.DataSize;
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
                                @DefaultValue Http http, @DefaultValue Load load) {

    /**
     * @param timeout           a document's write transaction may run this long
     * @param timeoutPer10kRows or this long for every 10,000 rows it writes, when that is longer
     */
    public record Load(@DefaultValue("60s") java.time.Duration timeout,
                       @DefaultValue("30s") java.time.Duration timeoutPer10kRows) {

        public WriteTimeout writeTimeout() {
            return new WriteTimeout(timeout, timeoutPer10kRows);
        }
    }

    /**
     * @param host        loopback by default: exposing the server is a deliberate choice
     * @param adminToken  enables the write endpoints; never logged
     * @param readToken   when set, the read API needs it too
     * @param maxUpload   largest request body, e.g. 10MB
     * @param corsOrigins origins allowed cross-site (comma-separated); none by default
     * @param allowedHosts host names answered besides loopback ones (comma-separated), against DNS rebinding
     */
    public record Http(@DefaultValue("127.0.0.1") String host, @DefaultValue("7070") int port, String adminToken,
                       String readToken, @DefaultValue("10MB") DataSize maxUpload, List<String> corsOrigins,
                       List<String> allowedHosts) {

        public WebSettings webSettings() {
            return new WebSettings(adminToken, readToken, maxUpload.toBytes(), corsOrigins, allowedHosts);
        }
    }
}
