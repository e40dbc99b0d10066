package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class GraphBrowserIT {

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

    private static long nodes() {
        return (Long) browser.js("return window.respnetGraph.nodes().length");
    }

    @Test
    void draws_the_45_units_and_explains_a_unit_and_an_edge() {
        browser.open("/graph.html?ubiquitous=true");

        assertThat(nodes()).isEqualTo(45);
        assertThat((Long) browser.js("return window.respnetGraph.edges().length")).isPositive();
        browser.screenshot("graph");

        browser.js("window.respnetGraph.getElementById('团市委').emit('tap')");
        browser.waitFor(d -> d.findElements(By.cssSelector("#details .measure-list li")).size() == 43);
        assertThat(browser.driver.findElement(By.id("details-title")).getText()).isEqualTo("团市委");

        browser.js("window.respnetGraph.edges().filter(e => e.data('source') === '团市委' || e.data('target') === '团市委')"
                + ".max(e => e.data('measures')).ele.emit('tap')");
        browser.waitVisible(By.cssSelector("#shared-measures li"));
        assertThat(browser.driver.findElement(By.id("details-title")).getText()).contains("团市委");
        browser.screenshot("graph-edge");
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void hides_ubiquitous_units_by_default_shows_them_on_request_and_shows_the_bipartite_view() {
        browser.open("/graph.html");
        assertThat(nodes()).isLessThan(45);
        assertThat(browser.driver.findElement(By.id("picture-note")).getText()).contains("市妇联");
        browser.driver.findElement(By.id("show-ubiquitous")).click();
        browser.waitFor(d -> nodes() == 45);

        browser.driver.findElement(By.cssSelector("#view [data-view=bipartite]")).click();
        browser.waitFor(d -> (Long) browser.js("return window.respnetGraph.nodes('.measure').length") == 48);
        assertThat(nodes()).isEqualTo(48 + 45);
        browser.screenshot("graph-bipartite");
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void stays_quick_with_2000_units() {
        browser.open("/graph.html");
        // a synthetic network the size of a province's plans: 2,000 units, ~8,000 joint-measure edges
        long millis = (Long) browser.js("""
                const nodes = [], edges = [];
                for (let i = 0; i < 2000; i++) nodes.push({id: 'u' + i, type: 'unit', label: '单位' + i,
                    kind: 'OTHER', leads: i % 7, participations: i % 13, workload: (i * 37) % 50, cluster: i % 8});
                for (let i = 0; i < 8000; i++) edges.push({source: 'u' + (i % 2000), target: 'u' + ((i * 7919 + 1) % 2000),
                    measures: 1 + i % 4, inverse: 0.5, weight: 1 + i % 4});
                const start = performance.now();
                window.respnetRenderGraph({nodes, edges, hidden: [], modularity: null});
                return Math.round(performance.now() - start);
                """);

        assertThat(nodes()).isEqualTo(2000);
        assertThat(millis).as("layout and first draw of 2,000 units").isLessThan(15_000);
        browser.screenshot("graph-2000");
        assertThat(browser.severeLogs()).isEmpty();
    }
}
