package org.respnet.cli;

import org.respnet.app.RespNet;
import org.respnet.console.ConsoleProperties;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.DatabaseConfiguration;
import org.respnet.db.Graph;
import org.respnet.parse.DocumentParser;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Spring turns configuration into the arguments of {@link RespNet}, the composition root, which builds the parts
 * (no Spring web server: Javalin serves HTTP); {@link RespNetCommand} decides what runs.
 */
@SpringBootApplication(scanBasePackages = "org.respnet.cli")
@Import(DatabaseConfiguration.class)
@EnableConfigurationProperties({RespNetProperties.class, ConsoleProperties.class})
public class RespNetApplication {

    public static void main(String[] args) {
        System.exit(RespNetCommand.execute(args));
    }

    /** Its own bean so that commands which need no database ({@code check}, {@code import}) never start one. */
    @Bean
    DocumentParser documentParser(RespNetProperties properties) {
        return RespNet.parser(properties.unitKinds(), properties.unitAliases());
    }

    @Bean
    RespNet respNet(Graph graph, CypherCatalog cypher, DocumentParser parser, ConsoleProperties console,
                    RespNetProperties properties) {
        return new RespNet(graph, cypher, new RespNet.Settings(parser, console, properties.http().webSettings(),
                properties.load().writeTimeout()));
    }
}
