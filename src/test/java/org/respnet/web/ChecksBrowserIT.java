package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.web.Http.encode;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.load.DocumentLoader;

/** The plan-check page shows the figures the API gives, and the unit drawer the unit's timeline. */
class ChecksBrowserIT {

    private static final String SEED = "衢委发[2016]3号";
    private static final List<String> CHECKS = List.of("unledMeasures", "crowdedLeads", "supportOnlyUnits",
            "workloadOutliers", "coLeadPairs");
    private static WebServer server;
    private static Browser browser;
    private static Http http;

    @BeforeAll
    static void start() {
        TestDatabase db = TestDatabase.shared();
        db.clear();
        var loader = new DocumentLoader(db.graph(), db.cypher());
        loader.load(Fixtures.seed());
        loader.load(Fixtures.parseText("plan.txt", CheckApiIT.PLAN));
        server = db.app().webServer().start("127.0.0.1", 0);
        http = new Http(server.port());
        browser = new Browser(server.port());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    @Test
    void shows_the_api_figures_for_all_documents_and_for_the_seed() {
        browser.open("/checks.html");
        assertThat(browser.driver.findElements(By.cssSelector("nav a[href='/checks.html'].active"))).hasSize(1);
        assertKpisAre(http.getJson("/api/v1/checks"));
        setAsOf("2022-10-01");
        JsonNode overdue = http.getJson("/api/v1/deadlines/overdue?asOf=2022-10-01");
        assertThat(kpi("overdue")).isEqualTo(overdue.get("total").asText()).isEqualTo("2");
        assertThat(browser.driver.findElements(By.cssSelector("#table-overdue tbody .measure-link")))
                .extracting(e -> e.getText()).containsExactly("5", "3");
        assertThat(browser.driver.findElements(By.cssSelector("#table-overdue tbody .unit-link")))
                .extracting(e -> e.getText()).containsExactly("市财政局", "市财政局");

        new Select(browser.driver.findElement(By.id("document"))).selectByValue(SEED);
        waitUntilReady();
        JsonNode seed = http.getJson("/api/v1/checks?document=" + encode(SEED));
        assertKpisAre(seed);
        assertThat(kpi("topShare")).isEqualTo("30.4%");
        assertThat(kpi("gini")).isEqualTo(String.format("%.3f", seed.get("concentration").get(0).get("gini").asDouble()));
        assertThat(browser.driver.findElements(By.cssSelector("#table-crowdedLeads tbody tr"))).hasSize(12);
        assertThat(browser.driver.findElements(By.cssSelector("#table-workloadOutliers tbody tr"))).hasSize(13);
        assertThat(browser.driver.findElement(By.id("csv")).getAttribute("href")).contains("format=csv").contains("document=");
        browser.screenshot("checks-seed");

        browser.driver.findElement(By.cssSelector("#table-crowdedLeads .measure-link[data-number='10']")).click();
        browser.waitVisible(By.id("measure-view"));
        assertThat(browser.driver.findElement(By.id("measure-view")).getText()).contains("加强群团组织志愿者队伍建设")
                .contains("市文明办");
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void the_unit_drawer_shows_the_units_timeline_as_the_api_gives_it() {
        browser.open("/checks.html");
        new Select(browser.driver.findElement(By.id("document"))).selectByValue(CheckApiIT.PLAN_KEY);
        waitUntilReady();
        // One concentration row: the plan's own (all documents give one per document and one overall).
        assertThat(browser.driver.findElements(By.cssSelector("#table-concentration tbody tr"))).hasSize(1);
        browser.driver.findElement(By.cssSelector("#table-concentration .unit-link[data-unit='市财政局']")).click();
        browser.waitVisible(By.id("unit-timeline"));

        JsonNode api = http.getJson("/api/v1/units/" + encode("市财政局") + "/timeline?document=" + encode(CheckApiIT.PLAN_KEY));
        List<String> expected = new ArrayList<>();
        api.get("buckets").forEach(b -> expected.add(b.get("bucket").asText()));
        expected.add("undated");
        assertThat(browser.driver.findElements(By.cssSelector("#unit-timeline li")))
                .extracting(e -> e.getAttribute("data-bucket")).containsExactlyElementsOf(expected);
        assertThat(browser.driver.findElement(By.cssSelector("#unit-timeline li[data-bucket='2022-09'] .measure-link")).getText())
                .isEqualTo("3");
        assertThat(browser.driver.findElement(By.cssSelector("#unit-timeline li[data-bucket='undated']")).getText())
                .endsWith(api.get("undated").asText());
        browser.screenshot("checks-unit-timeline");
        assertThat(browser.severeLogs()).isEmpty();
    }

    /**
     * The ranking page's overdue column shows, row by row, the API's counts for the same as-of day (by hand: 市财政局
     * 2, both led, as of 2022-10-01; see CheckApiIT), and in English it stays inside the table at 1280 and 1920 px.
     */
    @Test
    void the_rankings_overdue_column_shows_the_apis_counts_for_the_chosen_day() {
        browser.open("/rankings.html");
        setAsOf("2022-10-01");
        assertThat(browser.driver.findElement(By.id("explain-overdue")).getText()).contains("2022-10-01");
        JsonNode api = http.getJson("/api/v1/rankings/workload?asOf=2022-10-01").get("units");
        assertThat(browser.driver.findElements(By.cssSelector("#ranking-body tr"))).hasSize(api.size());
        long shownOverdue = 0;
        for (JsonNode unit : api) {
            var cell = browser.driver.findElement(By.cssSelector(
                    "#ranking-body tr[data-unit='" + unit.get("name").asText() + "'] td[data-field=overdue]"));
            assertThat(cell.findElement(By.className("overdue-count")).getText()).as(unit.get("name").asText())
                    .isEqualTo(unit.get("overdue").asText());
            var leads = cell.findElements(By.className("overdue-leads"));
            if (unit.get("overdue").asInt() > 0) {
                assertThat(leads).singleElement().extracting(e -> e.getText()).isEqualTo("(" + unit.get("overdueLeads").asText() + ")");
                shownOverdue++;
            } else {
                assertThat(leads).isEmpty();
            }
        }
        // Only 市财政局: the plan's measures due before 2022-10-01 (5 and 3) are its alone; 市审计局's come later.
        assertThat(shownOverdue).isOne();
        var finance = browser.driver.findElement(By.cssSelector("#ranking-body tr[data-unit='市财政局'] td[data-field=overdue]"));
        assertThat(finance.findElement(By.className("overdue-count")).getText()).isEqualTo("2");
        assertThat(finance.getAttribute("title")).contains("2022-10-01");
        assertThat(browser.driver.findElement(By.id("csv")).getAttribute("href")).contains("asOf=2022-10-01");
        browser.screenshot("rankings-overdue");

        browser.js("localStorage.setItem('respnet.lang', 'en')");
        try {
            for (int width : List.of(1280, 1920)) {
                browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        java.util.Map.of("width", width, "height", width == 1280 ? 800 : 1080, "deviceScaleFactor", 1, "mobile", false));
                browser.open("/rankings.html");
                Object inside = browser.js("""
                        const wrap = document.querySelector('#ranking').parentElement.getBoundingClientRect();
                        return ['workload', 'overdue'].every((c) => {
                          const head = document.querySelector(`th[data-sort=${c}]`).getBoundingClientRect();
                          return head.right <= wrap.right + 1 && head.left >= wrap.left && head.right <= innerWidth;
                        });""");
                assertThat(inside).as("workload and overdue columns inside the table at %d px", width).isEqualTo(true);
                assertThat(browser.driver.findElement(By.cssSelector("th[data-sort=overdue]")).getText()).isEqualTo("Overdue");
            }
        } finally {
            browser.js("localStorage.removeItem('respnet.lang')");
            browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", 1440, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        }
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void switches_to_english() {
        browser.open("/checks.html");
        browser.driver.findElement(By.id("lang-switch")).click();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Plan check");
        assertThat(browser.driver.findElement(By.cssSelector("#kpi-crowdedLeads span")).getText())
                .isEqualTo("Measures with many co-leads");
        browser.driver.findElement(By.id("lang-switch")).click();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("方案体检");
        assertThat(browser.severeLogs()).isEmpty();
    }

    private void assertKpisAre(JsonNode report) {
        for (String check : CHECKS) {
            assertThat(kpi(check)).as(check).isEqualTo(report.get(check).get("total").asText());
        }
    }

    private String kpi(String id) {
        return browser.driver.findElement(By.cssSelector("#kpi-" + id + " b")).getText();
    }

    private void setAsOf(String date) {
        browser.js("const input = document.getElementById('asOf'); input.value = arguments[0];"
                + "input.dispatchEvent(new Event('change'));", date);
        waitUntilReady();
    }

    /** A filter's change handler marks the page not ready at once; it is ready again when the latest load has drawn. */
    private void waitUntilReady() {
        browser.waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }
}
