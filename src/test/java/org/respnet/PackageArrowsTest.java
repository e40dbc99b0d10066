package org.respnet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The arrows of docs/design.md: data flows one way, text → parse → model → load → Neo4j → query → web, and each
 * package may use only the packages listed for it. A new package fails {@link #every_package_has_its_arrows()}
 * until it is placed here and in the design document.
 */
class PackageArrowsTest {

    private static final String ROOT = "org.respnet.";

    /** Package → the RespNet packages it may depend on (besides itself). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("model", Set.of()),
            Map.entry("parse", Set.of("text", "model")),
            Map.entry("cypher", Set.of()),
            Map.entry("db", Set.of("cypher")),
            Map.entry("load", Set.of("text", "parse", "model", "cypher", "db")),
            Map.entry("query", Set.of("model", "cypher", "db")),
            // The plan check and deadlines: read services like query.
            Map.entry("check", Set.of("model", "cypher", "db")),
            Map.entry("console", Set.of("cypher", "db")),
            // HTTP is a door like the command line: uploads go text → parse → load, reads go to query and console.
            Map.entry("web", Set.of("text", "parse", "model", "load", "query", "check", "console", "db")),
            Map.entry("app", Set.of("text", "parse", "model", "load", "query", "check", "console", "cypher", "db", "web")),
            Map.entry("cli", Set.of("app", "text", "parse", "model", "load", "query", "check", "console", "cypher", "db",
                    "web")));

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.respnet");

    @Test
    void every_package_has_its_arrows() {
        Set<String> packages = classes.stream().map(PackageArrowsTest::topPackage).collect(Collectors.toCollection(TreeSet::new));
        assertThat(ALLOWED.keySet()).containsAll(packages);
    }

    @Test
    void each_package_uses_only_the_packages_its_arrows_allow() {
        for (var entry : ALLOWED.entrySet()) {
            String[] forbidden = ALLOWED.keySet().stream()
                    .filter(other -> !other.equals(entry.getKey()) && !entry.getValue().contains(other))
                    .map(other -> ROOT + other + "..").toArray(String[]::new);
            if (forbidden.length > 0) {
                noClasses().that().resideInAPackage(ROOT + entry.getKey() + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .allowEmptyShould(true).check(classes);
            }
        }
    }

    @Test
    void parsing_knows_nothing_of_the_database_or_http() {
        noClasses().that().resideInAnyPackage("..text..", "..parse..", "..model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "io.javalin..", "org.springframework..")
                .check(classes);
    }

    /** File formats stop at the reader door: the parser and the model see text, never a document library. */
    @Test
    void only_the_text_readers_touch_office_and_pdf_libraries() {
        noClasses().that().resideOutsideOfPackage("org.respnet.text..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.pdfbox..",
                        "org.apache.xmlbeans..", "org.openxmlformats..")
                .check(classes);
    }

    @Test
    void only_the_web_layer_and_the_composition_root_know_javalin() {
        noClasses().that().resideOutsideOfPackages("org.respnet.web..", "org.respnet.app..")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(classes);
    }

    @Test
    void the_web_layer_does_not_touch_the_driver() {
        noClasses().that().resideInAPackage("org.respnet.web..")
                .should().dependOnClassesThat().resideInAPackage("org.neo4j.driver..")
                .check(classes);
    }

    /** Spring stays at the edge: it configures, the composition root builds. */
    @Test
    void only_configuration_knows_spring() {
        noClasses().that().resideOutsideOfPackages("org.respnet.cli..", "org.respnet.db..", "org.respnet.console..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.boot..")
                .check(classes);
    }

    private static String topPackage(JavaClass type) {
        String rest = type.getPackageName().substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
