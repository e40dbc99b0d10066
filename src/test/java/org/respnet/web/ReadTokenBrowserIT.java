package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;
import org.respnet.app.RespNet;

/** With RESPNET_READ_TOKEN set, the pages ask for the token once, keep it for the tab and show the data. */
class ReadTokenBrowserIT {

    private static final String TOKEN = "reader-token-7";
    private static WebServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        TestDatabase db = TestDatabase.shared();
        db.clear();
        var app = db.app(RespNet.Settings.defaults().withWeb(WebSettings.defaults().withReadToken(TOKEN)));
        app.loader().load(Fixtures.seed());
        server = app.webServer().start("127.0.0.1", 0);
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
    void the_rankings_ask_for_the_token_once_then_show_every_unit() {
        browser.go("/rankings.html");
        var prompt = new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(ExpectedConditions.alertIsPresent());
        assertThat(prompt.getText()).contains("RESPNET_READ_TOKEN");
        prompt.sendKeys(TOKEN);
        prompt.accept();

        browser.waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertThat(browser.driver.findElements(By.cssSelector("#ranking-body tr"))).hasSize(45);

        // The token is kept for the tab: another page reads without asking again.
        browser.open("/graph.html");
        assertThat((Long) browser.js("return window.respnetGraph.nodes().length")).isPositive();
        assertThat(browser.severeLogs()).noneMatch(line -> line.contains(" 401"));
    }
}
