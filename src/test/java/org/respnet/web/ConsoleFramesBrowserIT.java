package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.respnet.TestDatabase;

/**
 * The console as a workbench next to Neo4j Browser (issue 12): a node's or relationship's properties in a side panel,
 * expanding a node's neighbours into the graph, and a stack of result frames in which an error is its own frame.
 * What the page shows is checked against what Cypher reads from the test database directly.
 */
class ConsoleFramesBrowserIT {

    private static final String UNIT = "市委组织部";
    private static final String FRAMES = "#frames > .frame";
    private static final String TOP = FRAMES + ":first-child ";
    private static final int PAGE = 25;

    private static WebServer server;
    private static Browser browser;
    private static TestDatabase db;

    @BeforeAll
    static void start() {
        server = SeededServer.start();
        browser = new Browser(server.port());
        db = TestDatabase.shared();
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

    /** Sets the editor's text and presses Run, as the example and history buttons leave it. */
    private static void run(String query) {
        int before = frames().size();
        browser.js("window.respnetEditor.setValue(arguments[0])", query);
        browser.driver.findElement(By.id("run")).click();
        browser.waitFor(d -> List.of("done", "failed").contains(state())
                && !"running".equals(frames().get(0).getAttribute("data-state"))
                && frames().size() == Math.min(before + 1, 10));
    }

    private static List<WebElement> frames() {
        return browser.driver.findElements(By.cssSelector(FRAMES));
    }

    private static String top(String selector) {
        return TOP + selector;
    }

    @Test
    void a_clicked_node_shows_exactly_its_properties_and_expands_to_exactly_its_neighbours() {
        Map<String, Object> stored = db.graph().read(tx -> tx.run("MATCH (u:Unit {name: $name}) "
                + "RETURN elementId(u) AS id, labels(u) AS labels, properties(u) AS properties", Map.of("name", UNIT)).single().asMap());
        String id = (String) stored.get("id");
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) stored.get("properties");
        List<String[]> relationships = db.graph().read(tx -> tx.run("MATCH (u:Unit {name: $name})-[r]-(m) "
                        + "RETURN elementId(r) AS rid, elementId(m) AS mid ORDER BY type(r), elementId(r)", Map.of("name", UNIT))
                .list(r -> new String[] {r.get("rid").asString(), r.get("mid").asString()}));
        long degree = db.count("MATCH (:Unit {name: '" + UNIT + "'})-[r]-() RETURN count(r)");
        assertThat(relationships).hasSize((int) degree);
        assertThat(degree).as("the seed gives 市委组织部 more than a page of relationships").isGreaterThan(PAGE);

        browser.open("/console.html");
        run("MATCH (u:Unit {name: '" + UNIT + "'}) RETURN u");
        assertThat(state()).isEqualTo("done");

        // the table cell, by keyboard: focus and Enter
        WebElement cell = browser.driver.findElement(By.cssSelector(top(".result-table td.entity.node")));
        browser.js("arguments[0].focus()", cell);
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.waitVisible(By.cssSelector(top(".inspector")));
        assertPanelShows(id, List.of("Unit"), properties);
        browser.screenshot("console-inspector");

        // the graph view: a real click on the drawn node
        browser.driver.findElement(By.cssSelector(top("[data-tab=graph]"))).click();
        browser.driver.findElement(By.cssSelector(top(".inspector-close"))).click();
        assertThat(browser.driver.findElement(By.cssSelector(top(".inspector"))).isDisplayed()).isFalse();
        clickNode(id, false);
        browser.waitVisible(By.cssSelector(top(".inspector")));
        assertPanelShows(id, List.of("Unit"), properties);

        // expand: the first page of its relationships and exactly the nodes at their other ends
        browser.driver.findElement(By.cssSelector(top(".inspector button.expand"))).click();
        waitExpanded(id, PAGE);
        assertGraphHolds(id, relationships.subList(0, PAGE));
        WebElement note = browser.driver.findElement(By.cssSelector(top(".expand-note")));
        assertThat(note.getAttribute("data-total")).isEqualTo(String.valueOf(degree));
        assertThat(note.getAttribute("data-more")).isEqualTo("true");
        assertThat(note.getText()).contains(PAGE + " / " + degree);
        browser.screenshot("console-expanded");

        // the next page, by double-clicking the node as in Neo4j Browser
        int next = (int) Math.min(2L * PAGE, degree);
        clickNode(id, true);
        waitExpanded(id, next);
        assertGraphHolds(id, relationships.subList(0, next));
        // a relationship's panel: type and its two ends
        String relationship = relationships.get(0)[0];
        browser.js("const cy = document.querySelector(arguments[0]).respnetGraph; cy.getElementById(arguments[1]).emit('tap');",
                FRAMES + ":first-child", relationship);
        browser.waitFor(d -> relationship.equals(d.findElement(By.cssSelector(top(".inspector"))).getAttribute("data-id")));
        String type = db.graph().read(tx -> tx.run("MATCH ()-[r]->() WHERE elementId(r) = $id RETURN type(r) AS t",
                Map.of("id", relationship)).single().get("t").asString());
        assertThat(browser.driver.findElement(By.cssSelector(top(".inspector dd.type"))).getText()).isEqualTo(type);
        assertThat(browser.driver.findElement(By.cssSelector(top(".inspector .element-id"))).getText()).isEqualTo(relationship);
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void each_run_stacks_a_frame_on_top_that_can_be_collapsed_closed_rerun_and_copied() {
        browser.open("/console.html");
        assertThat(frames()).isEmpty();
        run("RETURN 1 AS first");
        run("RETURN 2 AS second");
        run("RETURN 3 AS third");

        assertThat(frames()).hasSize(3);
        assertThat(frames().stream().map(f -> f.findElement(By.cssSelector(".frame-query")).getText()))
                .containsExactly("RETURN 3 AS third", "RETURN 2 AS second", "RETURN 1 AS first");
        assertThat(frames().stream().map(f -> f.findElement(By.cssSelector(".result-table td")).getText()))
                .containsExactly("3", "2", "1");
        assertThat(frames().stream().map(f -> f.getAttribute("data-age"))).containsExactly("latest", "earlier", "earlier");
        assertThat(frames().get(0).findElement(By.cssSelector(".frame-meta")).getText()).contains("1 行");

        // collapse the middle one from the keyboard
        WebElement toggle = frames().get(1).findElement(By.cssSelector(".frame-toggle"));
        browser.js("arguments[0].focus()", toggle);
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(frames().get(1).findElement(By.cssSelector(".frame-body")).isDisplayed()).isFalse();
        assertThat(frames().get(1).getAttribute("data-collapsed")).isEqualTo("true");
        assertThat(frames().get(0).findElement(By.cssSelector(".frame-body")).isDisplayed()).isTrue();

        // close the newest: the collapsed one is now on top and the latest
        frames().get(0).findElement(By.cssSelector(".frame-close")).click();
        assertThat(frames()).hasSize(2);
        assertThat(frames().stream().map(f -> f.findElement(By.cssSelector(".frame-query")).getText()))
                .containsExactly("RETURN 2 AS second", "RETURN 1 AS first");
        assertThat(frames().get(0).getAttribute("data-age")).isEqualTo("latest");
        assertThat(frames().get(0).getAttribute("data-collapsed")).isEqualTo("true");

        // copy the oldest into the editor, and run it again: a new frame on top
        frames().get(1).findElement(By.cssSelector(".frame-edit")).click();
        assertThat((String) browser.js("return window.respnetEditor.getValue()")).isEqualTo("RETURN 1 AS first");
        browser.js("window.respnetEditor.setValue('RETURN 9 AS other')");
        frames().get(1).findElement(By.cssSelector(".frame-rerun")).click();
        browser.waitFor(d -> frames().size() == 3 && "done".equals(frames().get(0).getAttribute("data-state")));
        assertThat(frames().get(0).findElement(By.cssSelector(".frame-query")).getText()).isEqualTo("RETURN 1 AS first");
        assertThat(frames().get(0).findElement(By.cssSelector(".result-table td")).getText()).isEqualTo("1");

        // the stack keeps ten frames: 3 + 9 runs drop the two oldest (the first "RETURN 1" and "RETURN 2")
        for (int i = 1; i <= 9; i++) {
            run("RETURN " + (100 + i) + " AS n");
        }
        assertThat(frames()).hasSize(10);
        assertThat(frames().get(0).findElement(By.cssSelector(".result-table td")).getText()).isEqualTo("109");
        List<String> queries = frames().stream().map(f -> f.findElement(By.cssSelector(".frame-query")).getText()).toList();
        assertThat(queries.get(9)).isEqualTo("RETURN 1 AS first");
        assertThat(queries).doesNotContain("RETURN 2 AS second", "RETURN 3 AS third").containsOnlyOnce("RETURN 1 AS first");
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void a_refused_query_is_an_error_frame_on_top_and_the_earlier_frames_stay_intact_and_marked_earlier() {
        List<String> names = db.graph().read(tx -> tx.run("MATCH (u:Unit) RETURN u.name AS name ORDER BY name LIMIT 3")
                .list(r -> r.get("name").asString()));
        long measures = db.count("MATCH (m:Measure) RETURN count(m)");
        browser.open("/console.html");
        run("MATCH (u:Unit) RETURN u.name AS name ORDER BY name LIMIT 3");
        run("MATCH (m:Measure) RETURN count(m) AS n");
        run("CREATE (:X {name: 'written'})");

        assertThat(state()).isEqualTo("failed");
        assertThat(frames()).hasSize(3);
        WebElement error = frames().get(0);
        assertThat(error.getAttribute("data-state")).isEqualTo("failed");
        assertThat(error.getAttribute("data-age")).isEqualTo("latest");
        assertThat(error.findElement(By.cssSelector(".frame-query")).getText()).isEqualTo("CREATE (:X {name: 'written'})");
        assertThat(error.findElement(By.cssSelector(".query-error")).getText()).contains("查询被拒绝", "read-only");
        assertThat(error.findElements(By.cssSelector(".result-table tbody tr"))).isEmpty();
        assertThat(error.findElement(By.cssSelector(".download-csv")).isEnabled()).isFalse();
        assertThat(error.findElement(By.cssSelector(".frame-meta")).getText()).contains("未执行");

        WebElement count = frames().get(1);
        WebElement list = frames().get(2);
        for (WebElement earlier : List.of(count, list)) {
            assertThat(earlier.getAttribute("data-state")).isEqualTo("done");
            assertThat(earlier.getAttribute("data-age")).isEqualTo("earlier");
            assertThat(earlier.findElement(By.cssSelector(".frame-age")).getText()).isEqualTo("较早的结果");
            assertThat(earlier.findElements(By.cssSelector(".query-error"))).allMatch(e -> !e.isDisplayed());
        }
        assertThat(count.findElement(By.cssSelector(".result-table td")).getText()).isEqualTo(String.valueOf(measures));
        assertThat(list.findElements(By.cssSelector(".result-table tbody td")).stream().map(WebElement::getText))
                .containsExactlyElementsOf(names);
        assertThat(db.count("MATCH (x:X) RETURN count(x)")).isZero();
        browser.screenshot("console-frames-refused-zh");

        // in English too, the frames keep their states
        browser.driver.findElement(By.id("lang-switch")).click();
        try {
            assertThat(error.findElement(By.cssSelector(".query-error")).getText()).contains("Query refused: the console only reads");
            assertThat(count.findElement(By.cssSelector(".frame-age")).getText()).isEqualTo("Earlier result");
            assertThat(error.findElement(By.cssSelector(".frame-age")).getText()).isEqualTo("Latest");
            assertThat(count.findElement(By.cssSelector("[data-tab=table]")).getText()).isEqualTo("Table");
            assertThat(error.findElement(By.cssSelector(".frame-meta")).getText()).contains("did not run");
            browser.screenshot("console-frames-refused-en");
        } finally {
            browser.driver.findElement(By.id("lang-switch")).click();
        }
        assertThat(browser.severeLogs()).allMatch(m -> m.contains("/api/v1/cypher") && m.contains("403"));
    }

    /** The layout holds from 1280 to 1920 px wide: no horizontal scrolling, the panel beside the graph. */
    @Test
    void the_frames_and_the_panel_fit_from_1280_to_1920_pixels() {
        try {
            for (int width : new int[] {1280, 1920}) {
                browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
                browser.open("/console.html");
                run("MATCH p = (u:Unit {name: '" + UNIT + "'})-[:LEADS]->(:Measure) RETURN p LIMIT 5");
                browser.waitVisible(By.cssSelector(top(".result-graph")));
                browser.driver.findElement(By.cssSelector(top(".graph-nodes summary"))).click();
                browser.driver.findElement(By.cssSelector(top(".graph-nodes .node-chip"))).click();
                browser.waitVisible(By.cssSelector(top(".inspector")));
                assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= window.innerWidth"))
                        .as("no horizontal scroll at " + width).isTrue();
                Map<?, ?> boxes = (Map<?, ?>) browser.js("const f = document.querySelector(arguments[0]);"
                        + " const g = f.querySelector('.result-graph').getBoundingClientRect();"
                        + " const i = f.querySelector('.inspector').getBoundingClientRect();"
                        + " const b = f.getBoundingClientRect();"
                        + " return {graphRight: g.right, panelLeft: i.left, panelRight: i.right, frameRight: b.right, graphWidth: g.width};",
                        FRAMES + ":first-child");
                assertThat(((Number) boxes.get("graphRight")).doubleValue()).isLessThanOrEqualTo(((Number) boxes.get("panelLeft")).doubleValue() + 1);
                assertThat(((Number) boxes.get("panelRight")).doubleValue()).isLessThanOrEqualTo(((Number) boxes.get("frameRight")).doubleValue() + 1);
                assertThat(((Number) boxes.get("graphWidth")).doubleValue()).isGreaterThan(400);
                browser.screenshot("console-frames-" + width);
            }
        } finally {
            browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1440, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        }
        assertThat(browser.severeLogs()).isEmpty();
    }

    private static void assertPanelShows(String id, List<String> labels, Map<String, Object> properties) {
        WebElement panel = browser.driver.findElement(By.cssSelector(top(".inspector")));
        assertThat(panel.getAttribute("data-id")).isEqualTo(id);
        assertThat(panel.findElement(By.cssSelector(".element-id")).getText()).isEqualTo(id);
        assertThat(panel.findElements(By.cssSelector(".label-chip")).stream().map(WebElement::getText)).containsExactlyElementsOf(labels);
        List<WebElement> shown = panel.findElements(By.cssSelector(".inspector-properties dd"));
        assertThat(shown.stream().map(d -> d.getAttribute("data-key"))).containsExactlyInAnyOrderElementsOf(properties.keySet());
        for (WebElement value : shown) {
            String key = value.getAttribute("data-key");
            Object expected = properties.get(key);
            assertSameValue(key, Json.mapper().valueToTree(expected), parse(value.getAttribute("data-value")));
            if (expected instanceof List<?> items) {
                // lists compactly: [a, b, …]
                assertThat(value.getText()).as(key).startsWith("[").endsWith("]");
                items.stream().limit(12).forEach(item -> assertThat(value.getText()).as(key).contains(String.valueOf(item)));
            } else if (expected instanceof String || expected instanceof Long) {
                assertThat(value.getText()).as(key).isEqualTo(String.valueOf(expected));
            }
        }
        assertThat(panel.findElement(By.cssSelector("h4")).getText()).contains(String.valueOf(properties.size()));
    }

    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** Numbers by value (JSON does not say long or int), the rest exactly. */
    private static void assertSameValue(String key, JsonNode expected, JsonNode actual) {
        if (expected.isNumber()) {
            assertThat(actual.isNumber()).as(key).isTrue();
            assertThat(actual.doubleValue()).as(key).isEqualTo(expected.doubleValue());
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(key).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSameValue(key + "[" + i + "]", expected.get(i), actual.get(i));
            }
        } else {
            assertThat(actual).as(key).isEqualTo(expected);
        }
    }

    /** Clicks (or double-clicks) where cytoscape drew the node, through the real mouse events. */
    private static void clickNode(String id, boolean twice) {
        WebElement box = browser.driver.findElement(By.cssSelector(top(".result-graph")));
        // in view before measuring: the pointer is placed relative to where the node is drawn now
        browser.js("arguments[0].scrollIntoView({block: 'center'})", box);
        Map<?, ?> at = (Map<?, ?>) browser.js("const cy = document.querySelector(arguments[0]).respnetGraph;"
                + " const p = cy.getElementById(arguments[1]).renderedPosition(); return {x: p.x, y: p.y};",
                FRAMES + ":first-child", id);
        int dx = (int) Math.round(((Number) at.get("x")).doubleValue() - box.getRect().getWidth() / 2.0);
        int dy = (int) Math.round(((Number) at.get("y")).doubleValue() - box.getRect().getHeight() / 2.0);
        var actions = new Actions(browser.driver).moveToElement(box, dx, dy);
        (twice ? actions.doubleClick() : actions.click()).perform();
    }

    private static void waitExpanded(String id, int shown) {
        // read in the page: the panel is redrawn while the answer arrives
        browser.waitFor(d -> String.valueOf(shown).equals(browser.js("const n = document.querySelector(arguments[0]);"
                + " return n && n.dataset.shown;", top(".expand-note"))));
        assertThat(browser.driver.findElement(By.cssSelector(top(".inspector"))).getAttribute("data-id")).isEqualTo(id);
    }

    /** The graph holds the node, exactly these relationships and exactly the nodes at their other ends. */
    private static void assertGraphHolds(String id, List<String[]> relationships) {
        @SuppressWarnings("unchecked")
        Map<String, List<String>> drawn = (Map<String, List<String>>) browser.js("const cy = document.querySelector(arguments[0]).respnetGraph;"
                + " return {nodes: cy.nodes().map(n => n.id()), edges: cy.edges().map(e => e.id())};", FRAMES + ":first-child");
        Set<String> nodes = new LinkedHashSet<>(List.of(id));
        List<String> edges = new ArrayList<>();
        relationships.forEach(r -> {
            edges.add(r[0]);
            nodes.add(r[1]);
        });
        assertThat(drawn.get("edges")).containsExactlyInAnyOrderElementsOf(edges);
        assertThat(drawn.get("nodes")).containsExactlyInAnyOrderElementsOf(nodes);
    }
}
