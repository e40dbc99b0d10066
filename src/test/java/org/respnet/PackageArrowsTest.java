package org.respnet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Data flows one way: text → parse → model → load → Neo4j → query → web; these rules keep it so. */
class PackageArrowsTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.respnet");

    @Test
    void parsing_knows_nothing_of_the_database_or_http() {
        noClasses().that().resideInAnyPackage("..text..", "..parse..", "..model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "io.javalin..", "org.springframework..",
                        "org.respnet.load..", "org.respnet.query..", "org.respnet.web..", "org.respnet.db..")
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
    void query_services_know_nothing_of_http_or_loading() {
        noClasses().that().resideInAPackage("org.respnet.query..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.respnet.web..",
                        "org.respnet.load..", "org.respnet.parse..", "org.respnet.cli..")
                .check(classes);
    }

    @Test
    void only_the_command_line_wires_the_application() {
        noClasses().that().resideOutsideOfPackage("org.respnet.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.respnet.cli..")
                .check(classes);
    }

    @Test
    void the_web_layer_does_not_touch_the_driver() {
        noClasses().that().resideInAPackage("org.respnet.web..")
                .should().dependOnClassesThat().resideInAPackage("org.neo4j.driver..")
                .check(classes);
    }
}
