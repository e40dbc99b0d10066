package org.respnet.cli;

import org.respnet.console.ConsoleProperties;
import org.respnet.console.CypherConsole;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.DatabaseConfiguration;
import org.respnet.db.Graph;
import org.respnet.load.DocumentIngest;
import org.respnet.load.DocumentLoader;
import org.respnet.parse.DocumentParser;
import org.respnet.parse.UnitAliases;
import org.respnet.parse.UnitClassifier;
import org.respnet.query.DocumentQueries;
import org.respnet.web.WebServices;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Spring wires the parts (no Spring web server: Javalin serves HTTP); {@link RespNetCommand} decides what runs.
 */
@SpringBootApplication(scanBasePackages = "org.respnet.cli")
@Import(DatabaseConfiguration.class)
@EnableConfigurationProperties({RespNetProperties.class, ConsoleProperties.class})
public class RespNetApplication {

    public static void main(String[] args) {
        System.exit(RespNetCommand.execute(args));
    }

    @Bean
    DocumentParser documentParser(RespNetProperties properties) {
        UnitClassifier classifier = isUnset(properties.unitKinds())
                ? UnitClassifier.withDefaults() : UnitClassifier.withExtraRules(properties.unitKinds());
        UnitAliases aliases = isUnset(properties.unitAliases())
                ? UnitAliases.withDefaults() : UnitAliases.withExtraAliases(properties.unitAliases());
        return new DocumentParser(classifier, aliases);
    }

    private static boolean isUnset(java.nio.file.Path path) {
        return path == null || path.toString().isBlank();
    }

    @Bean
    DocumentLoader documentLoader(Graph graph, CypherCatalog cypher) {
        return new DocumentLoader(graph, cypher);
    }

    @Bean
    DocumentIngest documentIngest(DocumentParser parser, DocumentLoader loader) {
        return new DocumentIngest(parser, loader);
    }

    @Bean
    WebServices webServices(Graph graph, CypherCatalog cypher, DocumentIngest ingest) {
        return WebServices.over(graph, cypher, ingest);
    }

    @Bean
    CypherConsole cypherConsole(Graph graph, CypherCatalog cypher, ConsoleProperties limits) {
        return new CypherConsole(graph, cypher, limits);
    }

    @Bean
    DocumentQueries documentQueries(WebServices services) {
        return services.documents();
    }
}
