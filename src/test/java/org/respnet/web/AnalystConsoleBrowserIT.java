package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.respnet.TestDatabase;

/** The analyst's workbench on the console: schema panel and completion, compact cells, refusals that clear. */
class AnalystConsoleBrowserIT {

    /** The newest result frame: each run stacks a frame on top, so the page's views are no longer single ids. */
    private static final String TOP = "#frames > .frame:first-child ";

    private static WebServer server;
    private static Browser browser;
    private static Http http;

    @BeforeAll
    static void start() {
        server = SeededServer.start();
        browser = new Browser(server.port());
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    private static String state() {
        return browser.driver.findElement(By.tagName("body")).getAttribute("data-state");
    }

    private static void runTyped(String query) {
        browser.js("window.respnetEditor.setValue('')");
        browser.driver.findElement(By.cssSelector(".CodeMirror")).click();
        new Actions(browser.driver).sendKeys(query).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        browser.waitFor(d -> List.of("done", "failed").contains(state()));
    }

    @Test
    void the_schema_panel_counts_what_the_graph_holds_and_writes_a_query_on_click() {
        TestDatabase db = TestDatabase.shared();
        JsonNode schema = http.getJson("/api/v1/cypher/schema");
        JsonNode units = Http.element(schema.get("labels"), "name", "Unit");
        assertThat(units.get("count").asLong()).isEqualTo(db.count("MATCH (u:Unit) RETURN count(u)")).isEqualTo(45);
        assertThat(Http.element(schema.get("relationshipTypes"), "name", "LEADS").get("count").asLong())
                .isEqualTo(db.count("MATCH ()-[r:LEADS]->() RETURN count(r)"));
        assertThat(schema.get("propertyKeys").toString()).contains("\"workload\"", "\"name\"");

        browser.open("/console.html");
        browser.waitVisible(By.cssSelector("#schema .schema-item.label"));
        WebElement unitChip = browser.driver.findElements(By.cssSelector("#schema .schema-item.label")).stream()
                .filter(e -> e.getText().startsWith("Unit")).findFirst().orElseThrow();
        assertThat(unitChip.getText().replaceAll("\\s+", " ")).isEqualTo("Unit 45");
        unitChip.click();
        assertThat((String) browser.js("return window.respnetEditor.getValue()")).contains("MATCH (n:Unit)");
        browser.driver.findElement(By.id("run")).click();
        browser.waitFor(d -> "done".equals(state()));
        browser.driver.findElement(By.cssSelector(TOP + "[data-tab=table]")).click();
        // a node reads as its label and name, the full node in the tooltip, and it stays inside its column
        WebElement cell = browser.driver.findElement(By.cssSelector(TOP + ".result-table td.entity"));
        assertThat(cell.getText()).matches("\\(:Unit \\S+\\)");
        assertThat(cell.getAttribute("title")).contains("\"workload\"");
        assertThat(browser.js("const c = document.querySelector(arguments[0] + '.result-table td.entity');"
                + " return getComputedStyle(c).overflow + ' ' + getComputedStyle(c).textOverflow", TOP)).isEqualTo("hidden ellipsis");
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void completes_labels_after_a_colon() {
        browser.open("/console.html");
        browser.waitVisible(By.cssSelector("#schema .schema-item.label"));
        browser.js("window.respnetEditor.setValue('')");
        browser.driver.findElement(By.cssSelector(".CodeMirror")).click();
        new Actions(browser.driver).sendKeys("MATCH (u:Un").perform();
        browser.waitVisible(By.cssSelector(".CodeMirror-hints"));
        assertThat(browser.driver.findElement(By.cssSelector(".CodeMirror-hints")).getText()).isEqualTo("Unit");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        assertThat((String) browser.js("return window.respnetEditor.getValue()")).isEqualTo("MATCH (u:Unit");
    }

    @Test
    void a_refused_query_clears_the_earlier_result_and_says_so_in_chinese_beside_the_servers_words() {
        browser.open("/console.html");
        runTyped("MATCH p = (u:Unit)-[:LEADS]->(m:Measure) RETURN u, p LIMIT 3");
        assertThat(state()).isEqualTo("done");
        browser.driver.findElement(By.cssSelector(TOP + "[data-tab=table]")).click();
        assertThat(browser.driver.findElements(By.cssSelector(TOP + ".result-table tbody tr"))).hasSize(3);
        assertThat(browser.driver.findElements(By.cssSelector(TOP + ".result-table td.path")).get(0).getText())
                .matches("\\(\\S+\\)-\\[:LEADS]->\\(Measure \\d+\\)");

        runTyped("CREATE (:X)");
        assertThat(state()).isEqualTo("failed");
        assertThat(browser.driver.findElements(By.cssSelector(TOP + ".result-table tbody tr"))).isEmpty();
        assertThat(browser.driver.findElement(By.cssSelector(TOP + ".download-csv")).isEnabled()).isFalse();
        assertThat(browser.driver.findElement(By.cssSelector(TOP + ".query-error")).getText()).contains("查询被拒绝", "Query refused", "read-only");
        browser.screenshot("console-refused-zh");
        assertThat(browser.severeLogs()).allMatch(m -> m.contains("/api/v1/cypher") && m.contains("403"));
    }
}
