package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.respnet.TestDatabase;

class ConsoleBrowserIT {

    /** The newest result frame: each run stacks a frame on top, so the page's views are no longer single ids. */
    private static final String TOP = "#frames > .frame:first-child ";

    private static WebServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = SeededServer.start();
        browser = new Browser(server.port());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    /** Types the query into the editor and runs it with Ctrl+Enter, as an analyst would. */
    private static void run(String query) {
        browser.js("window.respnetEditor.setValue('')");
        browser.driver.findElement(By.cssSelector(".CodeMirror")).click();
        new Actions(browser.driver).sendKeys(query).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        browser.waitFor(d -> List.of("done", "failed").contains(d.findElement(By.tagName("body")).getAttribute("data-state")));
    }

    private static String state() {
        return browser.driver.findElement(By.tagName("body")).getAttribute("data-state");
    }

    @Test
    void counts_the_units_in_a_table() {
        browser.open("/console.html");
        run("MATCH (u:Unit) RETURN count(u) AS units");

        assertThat(state()).isEqualTo("done");
        assertThat(browser.driver.findElement(By.cssSelector(TOP + ".result-table td")).getText()).isEqualTo("45");
        assertThat(browser.driver.findElements(By.cssSelector("#history li button"))).isNotEmpty();
        browser.screenshot("console");
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void refuses_writes_and_file_reads_and_says_why_and_nothing_changes() {
        TestDatabase db = TestDatabase.shared();
        long nodes = db.count("MATCH (n) RETURN count(n)");
        long relationships = db.count("MATCH ()-[r]->() RETURN count(r)");
        browser.open("/console.html");

        run("CREATE (:X)");
        assertThat(state()).isEqualTo("failed");
        assertThat(browser.driver.findElement(By.cssSelector(TOP + ".query-error")).getText()).contains("Query refused", "read-only");

        run("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l");
        assertThat(state()).isEqualTo("failed");
        assertThat(browser.driver.findElement(By.cssSelector(TOP + ".query-error")).getText()).contains("LOAD CSV").doesNotContain("root:");
        browser.screenshot("console-refused");

        assertThat(db.count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(db.count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
        // the refusals' 403 answers are the only errors the browser may log
        assertThat(browser.severeLogs()).allMatch(m -> m.contains("/api/v1/cypher") && m.contains("403"));
    }

    @Test
    void shows_where_a_syntax_error_is() {
        browser.open("/console.html");
        run("MATCH (u:Unit)\nRETURN u.name AS");

        assertThat(browser.driver.findElement(By.cssSelector(TOP + ".query-error")).getText()).contains("Cypher error", "2");
        assertThat(browser.driver.findElements(By.cssSelector(".CodeMirror .error-line"))).hasSize(1);
        assertThat(browser.severeLogs()).allMatch(m -> m.contains("/api/v1/cypher") && m.contains("400"));
    }

    @Test
    void loads_an_example_and_draws_its_graph_and_explains_a_plan() {
        browser.open("/console.html");
        browser.driver.findElement(By.cssSelector("#examples button[data-example='06-coordination-network']")).click();
        assertThat((String) browser.js("return window.respnetEditor.getValue()")).contains("COORDINATES");
        browser.driver.findElement(By.id("run")).click();
        browser.waitFor(d -> "done".equals(state()));
        assertThat((Long) browser.js("return window.respnetResultGraph.nodes().length")).isEqualTo(16);
        browser.screenshot("console-graph");

        run("EXPLAIN MATCH (u:Unit)-[:LEADS]->(m:Measure) RETURN u.name, count(m)");
        browser.waitVisible(By.cssSelector(TOP + ".plan .op"));
        assertThat(browser.driver.findElement(By.cssSelector(TOP + ".plan")).getText()).contains("ProduceResults");
        browser.screenshot("console-plan");
        assertThat(browser.severeLogs()).isEmpty();
    }

    /** Issue 15: the CSV download writes a text cell a spreadsheet would run as a formula with a leading '. */
    @Test
    void the_csv_download_neutralises_formulas() throws Exception {
        browser.open("/console.html");
        browser.js("window.respnetEditor.setValue(arguments[0])", String.join("\n",
                "RETURN '=HYPERLINK(\"http://evil.example/\",\"团市委\")' AS `=cmd`, '+市委组织部' AS plus,",
                "       '-2+3' AS minus, '@SUM(1)' AS at, '\\t=1+1' AS tab, '\\r=1+1' AS cr, '团市委' AS plain,",
                "       -3 AS number, ['=x'] AS list"));
        browser.driver.findElement(By.id("run")).click();
        browser.waitFor(d -> List.of("done", "failed").contains(state()));
        assertThat(state()).isEqualTo("done");
        // the bytes the download would save: what the page hands to URL.createObjectURL, decoded keeping the BOM
        browser.js("window.csvDownloaded = null; const create = URL.createObjectURL;"
                + "URL.createObjectURL = (blob) => { blob.arrayBuffer().then(b => { window.csvDownloaded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(b); }); return create.call(URL, blob); };");
        browser.driver.findElement(By.cssSelector(TOP + ".download-csv")).click();
        browser.waitFor(d -> browser.js("return window.csvDownloaded") != null);
        String csv = (String) browser.js("return window.csvDownloaded");

        assertThat(csv).startsWith("\uFEFF");
        List<org.apache.commons.csv.CSVRecord> records;
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(csv.substring(1)))) {
            records = parser.getRecords();
        }
        assertThat(records.get(0).values()).containsExactly("'=cmd", "plus", "minus", "at", "tab", "cr", "plain", "number", "list");
        assertThat(records.get(1).values()).containsExactly("'=HYPERLINK(\"http://evil.example/\",\"团市委\")", "'+市委组织部",
                "'-2+3", "'@SUM(1)", "'\t=1+1", "'\r=1+1", "团市委", "-3", "[\"=x\"]");
        assertThat(browser.severeLogs()).isEmpty();
    }
}
