package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class RankingsBrowserIT {

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

    @Test
    void ranks_the_seeds_45_units_with_their_figures_and_opens_a_unit() {
        browser.open("/");
        browser.waitFor(d -> d.findElements(By.cssSelector("#ranking-body tr")).size() == 45);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/rankings.html");

        WebElement youth = browser.driver.findElement(By.cssSelector("#ranking-body tr[data-unit='团市委']"));
        assertThat(youth.findElement(By.cssSelector("[data-field=leads]")).getText()).isEqualTo("7");
        assertThat(youth.findElement(By.cssSelector("[data-field=participations]")).getText()).isEqualTo("36");
        assertThat(browser.js("return echarts.getInstanceByDom(document.getElementById('chart'))"
                + ".getOption().series.length")).isEqualTo(2L);
        assertThat(browser.driver.findElement(By.id("csv")).getAttribute("href")).contains("format=csv");
        browser.screenshot("rankings");

        youth.findElement(By.cssSelector(".unit-link")).click();
        browser.waitVisible(By.cssSelector("#unit-led"));
        assertThat(browser.driver.findElement(By.id("unit-panel-name")).getText()).isEqualTo("团市委");
        assertThat(browser.driver.findElements(By.cssSelector("#unit-led li"))).hasSize(7);
        assertThat(browser.driver.findElements(By.cssSelector("#unit-supported li"))).hasSize(36);
        browser.screenshot("rankings-unit-panel");

        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void sorts_by_a_column_and_filters_by_kind() {
        browser.open("/rankings.html");
        browser.driver.findElement(By.cssSelector("th[data-sort=leads]")).click();
        browser.waitFor(d -> "descending".equals(browser.js(
                "return document.querySelector('th[data-sort=leads]').getAttribute('aria-sort')")));
        var firstLeads = browser.driver.findElement(By.cssSelector("#ranking-body tr [data-field=leads]")).getText();
        assertThat(Integer.parseInt(firstLeads)).isGreaterThanOrEqualTo(7);

        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("kind"))).selectByValue("PARTY_ORGAN");
        browser.waitFor(d -> d.findElements(By.cssSelector("#ranking-body tr")).size() < 45);
        assertThat(browser.driver.findElements(By.cssSelector("#ranking-body tr[data-unit='团市委']"))).isEmpty();
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void switches_to_english_and_remembers_it() {
        browser.open("/rankings.html");
        browser.driver.findElement(By.id("lang-switch")).click();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Unit workload ranking");

        browser.open("/rankings.html");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Unit workload ranking");
        browser.screenshot("rankings-english");
        browser.driver.findElement(By.id("lang-switch")).click();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("单位工作量排名");
        assertThat(browser.severeLogs()).isEmpty();
    }
}
