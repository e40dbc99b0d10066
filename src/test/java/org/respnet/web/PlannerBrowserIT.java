package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.load.DocumentLoader;
import org.respnet.model.PolicyDocument;

/**
 * The planner's ranking page against the API: lead shares as shares, competition ranks, kind names from one table,
 * the layout at 1280 px in English. The seed and a second, smaller plan of the same city (no document number) are
 * loaded, so figures over all documents differ from the seed's own.
 */
class PlannerBrowserIT {

    static final String API = "/api/v1";
    static final Path SECOND_PLAN = Path.of("src", "test", "resources", "documents",
            "quzhou-mass-organisations-2017-points.txt");
    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    private static WebServer server;
    private static Browser browser;
    private static Http http;
    static PolicyDocument seed;
    static PolicyDocument second;

    @BeforeAll
    static void start() {
        TestDatabase db = TestDatabase.shared();
        db.clear();
        seed = Fixtures.seed();
        second = Fixtures.parse(SECOND_PLAN);
        var loader = new DocumentLoader(db.graph(), db.cypher());
        loader.load(seed);
        loader.load(second);
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

    @AfterEach
    void chineseAt1440() {
        browser.js("localStorage.removeItem('respnet.lang')");
        viewport(1440, 900);
    }

    @Test
    void the_lead_share_of_the_organisation_department_is_a_share_and_the_apis() {
        JsonNode api = Http.element(http.getJson(API + "/rankings/workload").get("units"), "name", "市委组织部");
        double share = api.get("leadShare").asDouble();
        assertThat(share).isGreaterThan(0).isLessThanOrEqualTo(1);
        // the credit is the old figure (a sum of 1/co-leads, 12.9 in the seed alone); the share divides it by all
        assertThat(api.get("leadCredit").asDouble()).isGreaterThan(1);
        double allCredit = 0;
        for (JsonNode u : http.getJson(API + "/rankings/workload").get("units")) {
            allCredit += u.get("leadCredit").asDouble();
        }
        assertThat(share).isCloseTo(api.get("leadCredit").asDouble() / allCredit, org.assertj.core.data.Offset.offset(1e-5));

        browser.open("/rankings.html");
        String cell = browser.driver.findElement(
                By.cssSelector("#ranking-body tr[data-unit='市委组织部'] [data-field=leadShare]")).getText();
        assertThat(cell).isEqualTo(String.format(Locale.ROOT, "%.1f%%", share * 100));
        assertThat(Double.parseDouble(cell.replace("%", ""))).isLessThanOrEqualTo(100.0);
        assertThat(browser.driver.findElement(By.id("explain")).getText()).contains("牵头占比");
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void tied_units_share_a_rank_on_the_page_as_in_the_api() {
        JsonNode units = http.getJson(API + "/rankings/workload").get("units");
        Map<Double, List<String>> byWorkload = new HashMap<>();
        for (JsonNode u : units) {
            long higher = 0;
            for (JsonNode o : units) {
                if (o.get("workload").asDouble() > u.get("workload").asDouble()) {
                    higher++;
                }
            }
            assertThat(u.get("rank").asLong()).as(u.get("name").asText()).isEqualTo(higher + 1);
            byWorkload.computeIfAbsent(u.get("workload").asDouble(), w -> new ArrayList<>()).add(u.get("name").asText());
        }
        List<String> tied = byWorkload.values().stream().filter(names -> names.size() > 1).findFirst().orElseThrow();

        browser.open("/rankings.html");
        List<String> ranks = tied.stream().map(name -> browser.driver.findElement(
                By.cssSelector("#ranking-body tr[data-unit='" + name + "'] [data-field=rank]")).getText()).toList();
        assertThat(ranks).as("ranks of %s", tied).containsOnly(ranks.get(0));
        assertThat(Long.parseLong(ranks.get(0))).isEqualTo(Http.element(units, "name", tied.get(0)).get("rank").asLong());
        // the unit drawer counts ranks the same way
        assertThat(http.getJson(API + "/units/" + Http.encode(tied.get(1))).get("rank").asLong())
                .isEqualTo(Long.parseLong(ranks.get(0)));
    }

    @Test
    void kind_names_on_the_page_are_the_apis_and_a_plan_without_number_is_named_once() {
        JsonNode api = Http.element(http.getJson(API + "/rankings/workload").get("units"), "name", "市委组织部");
        browser.open("/rankings.html");
        assertThat(browser.driver.findElement(By.cssSelector("#ranking-body tr[data-unit='市委组织部'] .kind-tag")).getText())
                .isEqualTo(api.get("kindLabel").asText()).isEqualTo("党委机构");
        List<String> options = browser.driver.findElements(By.cssSelector("#document option")).stream()
                .map(WebElement::getText).toList();
        assertThat(options).contains(second.title(), seed.title() + "（" + seed.docNumber() + "）");
    }

    @Test
    void the_english_table_shows_the_workload_column_at_1280_and_1920() {
        for (int width : List.of(1280, 1920)) {
            for (String lang : List.of("zh", "en")) {
                viewport(width, width == 1280 ? 800 : 1080);
                browser.open("/rankings.html");
                browser.js("localStorage.setItem('respnet.lang', arguments[0])", lang);
                browser.open("/rankings.html");
                Object inside = browser.js("""
                        const head = document.querySelector('th[data-sort=workload]').getBoundingClientRect();
                        const wrap = document.querySelector('#ranking').parentElement.getBoundingClientRect();
                        return head.right <= wrap.right + 1 && head.left >= wrap.left && head.right <= innerWidth;""");
                assertThat(inside).as("workload column inside the table at %d px in %s", width, lang).isEqualTo(true);
                settle();
                keep("rankings-" + lang + "-" + width);
                browser.open("/compare.html");
                Object fits = browser.js("const t = document.querySelector('#comparison');"
                        + " return t.scrollWidth <= t.parentElement.clientWidth;");
                assertThat(fits).as("comparison without horizontal scrolling at %d px in %s", width, lang).isEqualTo(true);
                keep("compare-" + lang + "-" + width);
            }
        }
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void the_comparison_of_two_documents_on_the_page_equals_the_apis() {
        String query = "left=" + Http.encode(seed.key()) + "&right=" + Http.encode(second.key());
        JsonNode api = http.getJson(API + "/rankings/compare?" + query);
        // each side is that document's own ranking
        for (var side : List.of(List.of("left", seed.key()), List.of("right", second.key()))) {
            JsonNode ranking = http.getJson(API + "/rankings/workload?document=" + Http.encode(side.get(1))).get("units");
            for (JsonNode ranked : ranking) {
                JsonNode figures = Http.element(api.get("units"), "name", ranked.get("name").asText()).get(side.get(0));
                for (String field : List.of("leads", "participations", "workload")) {
                    assertThat(figures.get(field).asDouble()).as("%s %s", side, field).isEqualTo(ranked.get(field).asDouble());
                }
            }
        }

        browser.open("/compare.html?" + query);
        assertThat(browser.driver.findElements(By.cssSelector("#comparison-body tr"))).hasSize(api.get("units").size());
        for (JsonNode unit : api.get("units")) {
            assertRow("#comparison-body tr[data-unit='" + unit.get("name").asText() + "']", unit);
        }
        assertRow("#comparison-foot tr", api.get("totals"));
        assertThat(browser.driver.findElement(By.id("compare-heading")).getText()).contains(second.title());
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void two_sections_compare_like_their_section_rankings() {
        String document = Http.encode(seed.key());
        JsonNode api = http.getJson(API + "/rankings/compare?left=" + document + "&leftSection=1&right=" + document
                + "&rightSection=2");
        for (var side : List.of(List.of("left", "1"), List.of("right", "2"))) {
            JsonNode ranking = http.getJson(API + "/rankings/workload?document=" + document + "&section=" + side.get(1))
                    .get("units");
            assertThat(ranking).isNotEmpty();
            for (JsonNode ranked : ranking) {
                JsonNode figures = Http.element(api.get("units"), "name", ranked.get("name").asText()).get(side.get(0));
                for (String field : List.of("leads", "participations", "workload")) {
                    assertThat(figures.get(field).asDouble()).as("section %s %s", side, field)
                            .isEqualTo(ranked.get(field).asDouble());
                }
            }
        }
        assertThat(http.get(API + "/rankings/compare?left=" + document + "&leftSection=99&right=" + document).statusCode())
                .isEqualTo(404);
        assertThat(http.get(API + "/rankings/compare?left=" + document).statusCode()).isEqualTo(400);
    }

    private static void assertRow(String selector, JsonNode expected) {
        WebElement row = browser.driver.findElement(By.cssSelector(selector));
        for (String field : List.of("leads", "participations", "workload")) {
            for (String side : List.of("left", "right", "difference")) {
                String value = row.findElement(By.cssSelector("[data-field='" + field + "-" + side + "']"))
                        .getAttribute("data-value");
                assertThat(Double.parseDouble(value)).as("%s %s %s", selector, field, side)
                        .isEqualTo(expected.get(side).get(field).asDouble());
            }
        }
    }

    /** ECharts animates its bars in; a screenshot waits for the final picture. */
    private static void settle() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void viewport(int width, int height) {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Screenshots for the README and for looking at: docs/screenshots/, kept in the repository. */
    static void keep(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(browser.driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
