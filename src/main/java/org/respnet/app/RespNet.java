package org.respnet.app;

import java.nio.file.Path;
import java.util.List;
import org.respnet.check.DeadlineQueries;
import org.respnet.check.PlanChecks;
import org.respnet.console.ConsoleProperties;
import org.respnet.console.CypherConsole;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;
import org.respnet.load.DocumentIngest;
import org.respnet.load.DocumentLoader;
import org.respnet.load.WriteTimeout;
import org.respnet.parse.DocumentParser;
import org.respnet.parse.UnitAliases;
import org.respnet.parse.UnitClassifier;
import org.respnet.query.CoordinationQueries;
import org.respnet.query.DocumentQueries;
import org.respnet.query.GraphViews;
import org.respnet.query.LeaderViews;
import org.respnet.query.ResponsibilityQueries;
import org.respnet.query.GraphSchema;
import org.respnet.query.ScopeComparison;
import org.respnet.query.WorkloadRanking;
import org.respnet.web.AnalyticsRoutes;
import org.respnet.web.CheckRoutes;
import org.respnet.web.CompareRoutes;
import org.respnet.web.ConsoleRoutes;
import org.respnet.web.PictureRoutes;
import org.respnet.web.SchemaRoutes;
import org.respnet.web.UploadRoutes;
import org.respnet.web.WebServer;
import org.respnet.web.WebSettings;

/**
 * The one composition root: every part the application and its tests run is built here, from a graph, the Cypher
 * catalog and settings. Spring only turns configuration into these arguments; tests pass a test database.
 * Building resolves every Cypher statement, so a missing file stops the start with its name.
 */
public final class RespNet {

    /** What a deployment may change; {@link #defaults()} is what a test or a laptop wants. */
    public record Settings(DocumentParser parser, ConsoleProperties console, WebSettings web, WriteTimeout loadTimeout) {

        public static Settings defaults() {
            return new Settings(new DocumentParser(), ConsoleProperties.defaults(), WebSettings.defaults(),
                    WriteTimeout.defaults());
        }

        public Settings withWeb(WebSettings web) {
            return new Settings(parser, console, web, loadTimeout);
        }

        public Settings withConsole(ConsoleProperties console) {
            return new Settings(parser, console, web, loadTimeout);
        }

        public Settings withLoadTimeout(WriteTimeout loadTimeout) {
            return new Settings(parser, console, web, loadTimeout);
        }
    }

    private final Graph graph;
    private final Settings settings;
    private final DocumentLoader loader;
    private final DocumentIngest ingest;
    private final DocumentQueries documents;
    private final WorkloadRanking ranking;
    private final ResponsibilityQueries responsibilities;
    private final CoordinationQueries coordination;
    private final GraphViews graphs;
    private final LeaderViews leader;
    private final ScopeComparison comparison;
    private final GraphSchema schema;
    private final PlanChecks checks;
    private final DeadlineQueries deadlines;
    private final CypherConsole console;

    public RespNet(Graph graph, CypherCatalog cypher, Settings settings) {
        this.graph = graph;
        this.settings = settings;
        this.loader = new DocumentLoader(graph, cypher, settings.loadTimeout(), DocumentLoader.StepTimes.NONE);
        this.ingest = new DocumentIngest(settings.parser(), loader);
        this.documents = new DocumentQueries(graph, cypher);
        this.ranking = new WorkloadRanking(graph, cypher);
        this.responsibilities = new ResponsibilityQueries(graph, cypher);
        this.coordination = new CoordinationQueries(graph, cypher);
        this.graphs = new GraphViews(graph, cypher, coordination);
        this.leader = new LeaderViews(graph, cypher, coordination);
        this.comparison = new ScopeComparison(graph, cypher);
        this.schema = new GraphSchema(graph, cypher);
        this.checks = new PlanChecks(graph, cypher);
        this.deadlines = new DeadlineQueries(graph, cypher);
        this.console = new CypherConsole(graph, cypher, settings.console());
    }

    /**
     * The parser with the deployment's unit rules; needs no database, so {@code check} and {@code import} use it
     * before (or without) starting one.
     *
     * @param unitKinds   extra unit-kind rules, or null/blank for the built-in ones
     * @param unitAliases extra aliases, or null/blank for the built-in ones
     */
    public static DocumentParser parser(Path unitKinds, Path unitAliases) {
        UnitClassifier classifier = isUnset(unitKinds) ? UnitClassifier.withDefaults() : UnitClassifier.withExtraRules(unitKinds);
        UnitAliases aliases = isUnset(unitAliases) ? UnitAliases.withDefaults() : UnitAliases.withExtraAliases(unitAliases);
        return new DocumentParser(classifier, aliases);
    }

    private static boolean isUnset(Path path) {
        return path == null || path.toString().isBlank();
    }

    /** The HTTP server over these parts, not yet started. */
    public WebServer webServer() {
        WebSettings web = settings.web();
        return new WebServer(web, graph::isReachable, List.of(
                new AnalyticsRoutes(documents, ranking, responsibilities, coordination, graphs),
                new PictureRoutes(documents, leader),
                new CompareRoutes(comparison, documents, responsibilities),
                new CheckRoutes(checks, deadlines, documents),
                new UploadRoutes(ingest, web),
                new ConsoleRoutes(console),
                new SchemaRoutes(schema)));
    }

    public Graph graph() {
        return graph;
    }

    public DocumentParser parser() {
        return settings.parser();
    }

    public DocumentLoader loader() {
        return loader;
    }

    public DocumentIngest ingest() {
        return ingest;
    }

    public DocumentQueries documents() {
        return documents;
    }

    public WorkloadRanking ranking() {
        return ranking;
    }

    public ResponsibilityQueries responsibilities() {
        return responsibilities;
    }

    public CoordinationQueries coordination() {
        return coordination;
    }

    public GraphViews graphs() {
        return graphs;
    }

    public PlanChecks checks() {
        return checks;
    }

    public DeadlineQueries deadlines() {
        return deadlines;
    }

    public CypherConsole console() {
        return console;
    }
}
