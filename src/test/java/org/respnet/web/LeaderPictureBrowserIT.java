package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/** The leader's picture of the seed in headless Chromium, each figure checked against the API's. */
class LeaderPictureBrowserIT {

    /** Labels may touch: no two overlap by more than this share of the smaller one's area. */
    static final double MAX_LABEL_OVERLAP = 0.05;
    /** Smallest label on screen at the default zoom, in CSS pixels. */
    static final double MIN_FONT_PX = 10;

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

    private static JsonNode api(String path) {
        var response = http.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return http.json(response);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static long count(String selector) {
        return (Long) browser.js("return window.respnetGraph.nodes('" + selector + "').length");
    }

    private static String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    @Test
    void default_picture_leaves_out_the_mass_organisations_and_says_so() {
        JsonNode picture = api("/api/v1/graph/picture");
        browser.open("/graph.html");

        assertThat(count("")).isEqualTo(picture.get("nodes").size()).isEqualTo(33);
        assertThat((Long) browser.js("return window.respnetGraph.edges().length"))
                .isEqualTo(picture.get("edges").size());
        String note = text("picture-note");
        assertThat(picture.get("hiddenUnits")).hasSize(12);
        for (JsonNode hidden : picture.get("hiddenUnits")) {
            assertThat(note).contains(hidden.get("name").asText());
            assertThat((Long) browser.js("return window.respnetGraph.getElementById(arguments[0]).length",
                    hidden.get("name").asText())).isZero();
        }
        assertThat(note).contains("12 个普遍参与的单位")
                .contains("隐藏了 " + picture.get("tiesHidden").asInt() + " 条较弱的联系")
                .contains("共 " + picture.get("tiesInScope").asInt() + " 条");
        assertThat(picture.get("tiesHidden").asInt()).isPositive();
        assertThat(browser.severeLogs()).isEmpty();
    }

    /** Label boxes on screen (Cytoscape's own measure), the worst pairwise overlap, and the smallest font. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> labelMeasure() {
        return (Map<String, Object>) browser.js("""
                const cy = window.respnetGraph;
                const labelled = cy.nodes().filter(n => n.style('label'));
                const boxes = labelled.map(n => n.renderedBoundingBox({includeLabels: true, includeNodes: false,
                    includeEdges: false, includeOverlays: false}));
                let worst = 0, pairs = 0;
                for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i], b = boxes[j];
                  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1), h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
                  if (w > 0 && h > 0) {
                    pairs++;
                    worst = Math.max(worst, w * h / Math.min(a.w * a.h, b.w * b.h));
                  }
                }
                const visible = boxes.filter(b => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height()).length;
                const font = Math.min(...labelled.map(n => parseFloat(n.style('font-size')))) * cy.zoom();
                return {labels: labelled.length, worst, pairs, visible, font};
                """);
    }

    @Test
    void every_label_of_the_default_picture_is_legible() {
        for (boolean all : new boolean[] {false, true}) {
            browser.open(all ? "/graph.html?ubiquitous=true" : "/graph.html");
            Map<String, Object> m = labelMeasure();
            System.out.println("labels " + (all ? "45" : "33") + ": " + m);
            long nodes = count("");
            assertThat((Long) m.get("labels")).isEqualTo(nodes);
            assertThat((Long) m.get("visible")).as("labels inside the canvas").isEqualTo(nodes);
            assertThat(((Number) m.get("worst")).doubleValue()).as("worst label overlap").isLessThanOrEqualTo(MAX_LABEL_OVERLAP);
            assertThat(((Number) m.get("font")).doubleValue()).as("smallest label, px").isGreaterThanOrEqualTo(MIN_FONT_PX);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> positions() {
        return (Map<String, Object>) browser.js(
                "const p = {}; window.respnetGraph.nodes().forEach(n => { p[n.id()] = n.position(); }); return p;");
    }

    @Test
    void two_loads_give_identical_positions_whatever_the_window() {
        browser.open("/graph.html");
        Map<String, Object> first = positions();
        viewport(1920, 1080);
        try {
            browser.open("/graph.html");
            Map<String, Object> second = positions();
            assertThat(second).hasSize(33).isEqualTo(first);
        } finally {
            viewport(1440, 900);
        }
        browser.open("/graph.html?focus=" + enc("团市委"));
        Map<String, Object> focusFirst = positions();
        browser.open("/graph.html?focus=" + enc("团市委"));
        assertThat(positions()).isEqualTo(focusFirst);
    }

    @Test
    void focus_view_of_tuan_shiwei_lists_exactly_its_partners_from_the_api() {
        JsonNode focus = api("/api/v1/graph/focus?unit=" + enc("团市委"));
        browser.open("/graph.html");
        var input = browser.driver.findElement(By.id("focus-unit"));
        input.sendKeys("团市委");
        input.submit();
        browser.waitFor(d -> !d.findElements(By.cssSelector("#focus-partners li.partner")).isEmpty());

        List<String> expected = new ArrayList<>();
        focus.get("partners").forEach(p -> expected.add(p.get("name").asText() + "|" + p.get("measures").asLong()));
        @SuppressWarnings("unchecked")
        List<String> listed = (List<String>) browser.js("return [...document.querySelectorAll('#focus-partners li.partner')]"
                + ".map(li => li.dataset.unit + '|' + li.dataset.measures)");
        assertThat(listed).isEqualTo(expected);
        assertThat(focus.get("partnersInScope").asInt()).isEqualTo(expected.size());
        // the drawing: 团市委 and exactly those partners, one tie each
        assertThat(count("")).isEqualTo(expected.size() + 1);
        assertThat((Long) browser.js("return window.respnetGraph.edges().length")).isEqualTo((long) expected.size());
        // each tie lists its shared measures: 团市委 – 市总工会 share the measures the pair API names
        JsonNode pair = null;
        for (JsonNode p : api("/api/v1/coordination/pairs?limit=10000&document=" + enc("衢委发[2016]3号"))) {
            if (p.get("a").asText().equals("团市委") && p.get("b").asText().equals("市总工会")
                    || p.get("b").asText().equals("团市委") && p.get("a").asText().equals("市总工会")) {
                pair = p;
            }
        }
        assertThat(pair).isNotNull();
        List<String> numbers = new ArrayList<>();
        pair.get("sharedMeasures").forEach(m -> numbers.add(m.get("number").asText()));
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.js("return [...document.querySelectorAll("
                + "'#focus-partners li.partner[data-unit=\"市总工会\"] .tie-measure .measure-no')].map(e => e.textContent)");
        assertThat(shown).isEqualTo(numbers.subList(0, Math.min(20, numbers.size())));
        assertThat(browser.driver.getCurrentUrl()).contains("focus=" + enc("团市委"));
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void legend_names_groups_by_their_leading_units_and_is_honest_about_weak_structure() {
        JsonNode picture = api("/api/v1/graph/picture");
        browser.open("/graph.html");
        String legend = text("legend");
        for (JsonNode group : picture.get("groups")) {
            assertThat(legend).contains(group.get("leading").get(0).asText());
        }
        assertThat(text("modularity")).contains(String.format("%.3f", picture.get("modularity").asDouble()))
                .contains("群组结构清楚");

        JsonNode all = api("/api/v1/graph/picture?ubiquitous=true&perUnit=0");
        assertThat(all.get("weakStructure").asBoolean()).isTrue();
        browser.open("/graph.html?ubiquitous=true&perUnit=0");
        assertThat(text("modularity")).contains(String.format("%.3f", all.get("modularity").asDouble()))
                .contains("结构较弱");
    }

    @Test
    void at_500_units_only_the_most_connected_carry_labels() {
        browser.open("/graph.html");
        browser.js("""
                const nodes = [], edges = [];
                for (let i = 0; i < 500; i++) nodes.push({id: 'u' + i, type: 'unit', label: '单位' + i, kind: 'OTHER',
                    leads: i % 7, participations: i % 13, workload: (i * 37) % 50, cluster: i % 6, ties: 500 - i});
                for (let i = 0; i < 1500; i++) edges.push({source: 'u' + (i % 500), target: 'u' + ((i * 7919 + 1) % 500),
                    measures: 1 + i % 4, inverse: 0.5, weight: 1 + i % 4});
                window.respnetRenderGraph({nodes, edges, groups: []});
                """);
        assertThat(count("")).isEqualTo(500);
        assertThat((Long) browser.js("return window.respnetGraph.nodes().filter(n => n.style('label')).length"))
                .isEqualTo(60);
        assertThat((Boolean) browser.js("return window.respnetGraph.getElementById('u0').style('label') === '单位0'"
                + " && window.respnetGraph.getElementById('u499').style('label') === ''")).isTrue();
        browser.js("window.respnetGraph.getElementById('u499').emit('mouseover')");
        assertThat((String) browser.js("return window.respnetGraph.getElementById('u499').style('label')")).isEqualTo("单位499");
    }

    @Test
    void briefing_exports_carry_title_scope_legend_caption_and_date() {
        browser.open("/graph.html");
        String svg = (String) browser.js("return window.respnetBriefing.svg()");
        String today = java.time.LocalDate.now().toString();
        assertThat(svg).contains("单位协同网络").contains("衢委发").contains("协同网络").contains(today)
                .contains("群组").contains("市民政局").contains("未画出 12 个普遍参与的单位").contains("团市委")
                .contains("模块度");
        @SuppressWarnings("unchecked")
        Map<String, Object> png = (Map<String, Object>) async(
                "window.respnetBriefing.png().then(p => arguments[arguments.length - 1]({width: p.width, height: p.height,"
                        + " rows: p.rows, bytes: p.url.length}))");
        assertThat(png.get("rows").toString()).contains("单位协同网络").contains(today).contains("未画出 12 个普遍参与的单位");
        assertThat(((Number) png.get("bytes")).longValue()).isGreaterThan(10_000);

        browser.js("window.respnetBriefing.preparePrint()");
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.driver.findElement(By.id("briefing")).isDisplayed()).isTrue();
            assertThat(browser.driver.findElement(By.className("controls")).isDisplayed()).isFalse();
            assertThat(text("briefing")).contains("单位协同网络").contains(today).contains("未画出 12 个普遍参与的单位");
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void the_url_reproduces_the_view() {
        browser.open("/graph.html");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("weighting"))).selectByValue("count");
        browser.waitFor(d -> d.getCurrentUrl().contains("weighting=count") && ready());
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("per-unit"))).selectByValue("1");
        browser.waitFor(d -> d.getCurrentUrl().contains("perUnit=1") && ready());
        String url = browser.driver.getCurrentUrl();
        Map<String, Object> before = positions();
        long edges = (Long) browser.js("return window.respnetGraph.edges().length");

        browser.driver.get("about:blank");
        browser.open(url.substring(url.indexOf("/graph.html")));
        assertThat(positions()).isEqualTo(before);
        assertThat((Long) browser.js("return window.respnetGraph.edges().length")).isEqualTo(edges);
        assertThat(browser.driver.findElement(By.id("weighting")).getAttribute("value")).isEqualTo("count");
        assertThat(browser.driver.findElement(By.id("per-unit")).getAttribute("value")).isEqualTo("1");
        JsonNode picture = api("/api/v1/graph/picture?weighting=count&perUnit=1");
        assertThat(edges).isEqualTo(picture.get("edges").size());
    }

    @Test
    void screenshots_in_both_languages_at_1280_and_1920() {
        Path out = Path.of("target", "screenshots");
        for (String lang : List.of("zh", "en")) {
            for (int width : new int[] {1280, 1920}) {
                viewport(width, width == 1280 ? 800 : 1080);
                try {
                    browser.open("/graph.html");
                    browser.js("localStorage.setItem('respnet.lang', arguments[0])", lang);
                    browser.open("/graph.html");
                    save(out.resolve("graph-" + lang + "-" + width + ".png"));
                    browser.open("/graph.html?focus=" + enc("团市委"));
                    save(out.resolve("graph-focus-" + lang + "-" + width + ".png"));
                } finally {
                    viewport(1440, 900);
                    browser.js("localStorage.removeItem('respnet.lang')");
                }
            }
        }
        browser.open("/graph.html");
        String url = (String) async(
                "window.respnetBriefing.png().then(p => arguments[arguments.length - 1](p.url))");
        try {
            Files.write(out.resolve("graph-briefing-zh.png"),
                    java.util.Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)));
            Files.writeString(out.resolve("graph-briefing-zh.svg"), (String) browser.js("return window.respnetBriefing.svg()"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void save(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.copy(browser.driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean ready() {
        return "true".equals(browser.driver.findElement(By.tagName("body")).getAttribute("data-ready"));
    }

    private static Object async(String script) {
        return browser.driver.executeAsyncScript(script);
    }

    private static void viewport(int width, int height) {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }
}
