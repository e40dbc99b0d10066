package org.respnet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.GraphDatabase;
import org.respnet.cypher.CypherCatalog;
import org.respnet.db.Graph;

/** Building the application resolves every statement, so a deployment missing one file does not start. */
class MissingCypherFileTest {

    @TempDir
    Path classpath;

    @Test
    void aMissingQueryFileStopsTheStartNamingTheFile() throws IOException {
        CypherCatalog catalog = catalogWithout("query/measure-search.cypher");
        // The driver is never used: building the application must fail before any request or connection.
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:1")) {
            Graph graph = new Graph(driver, "neo4j");
            assertThatThrownBy(() -> new RespNet(graph, catalog, RespNet.Settings.defaults()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Missing Cypher file cypher/query/measure-search.cypher");
        }
    }

    @Test
    void aMissingLoadFileStopsTheStartToo() throws IOException {
        CypherCatalog catalog = catalogWithout("load/coordinates.cypher");
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:1")) {
            assertThatThrownBy(() -> new RespNet(new Graph(driver, "neo4j"), catalog, RespNet.Settings.defaults()))
                    .hasMessageStartingWith("Missing Cypher file cypher/load/coordinates.cypher");
        }
    }

    @Test
    void theCompleteCatalogBuildsTheApplication() throws IOException {
        CypherCatalog catalog = catalogWithout("nothing");
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:1")) {
            assertThat(new RespNet(new Graph(driver, "neo4j"), catalog, RespNet.Settings.defaults()).console().examples())
                    .isNotEmpty();
        }
    }

    /** The project's cypher/ folder copied onto a class path of its own, less one file. */
    private CypherCatalog catalogWithout(String relative) throws IOException {
        Path source = Path.of("cypher");
        Path target = classpath.resolve("cypher");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!source.relativize(file).toString().equals(relative)) {
                    Files.copy(file, copy);
                }
            }
        }
        // No parent loader: only the copied folder is visible, not the project's own cypher/ files.
        var loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, null);
        return CypherCatalog.fromClasspath(loader);
    }
}
