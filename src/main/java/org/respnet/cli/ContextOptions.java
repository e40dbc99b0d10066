package org.respnet.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

/** Options every command shares; they override application.properties and the environment. */
final class ContextOptions {

    @Option(names = "--port", description = "HTTP port (default 7070).")
    Integer port;

    @Option(names = "--data-dir", description = "Folder of the embedded database (default ./data).")
    String dataDir;

    ConfigurableApplicationContext startContext() {
        return startContext(false);
    }

    /** @param lazy create beans (the database among them) only when first asked for */
    ConfigurableApplicationContext startContext(boolean lazy) {
        // Passed as command-line properties: unlike default properties they outrank application.properties.
        List<String> overrides = new ArrayList<>();
        if (port != null) {
            overrides.add("--respnet.http.port=" + port);
        }
        if (dataDir != null) {
            overrides.add("--respnet.neo4j.embedded.data-dir=" + dataDir);
        }
        if (lazy) {
            overrides.add("--spring.main.lazy-initialization=true");
        }
        return new SpringApplicationBuilder(RespNetApplication.class)
                .web(WebApplicationType.NONE)
                .registerShutdownHook(false)
                .run(overrides.toArray(String[]::new));
    }
}
