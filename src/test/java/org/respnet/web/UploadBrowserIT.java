package org.respnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.respnet.app.RespNet;
import org.respnet.Fixtures;
import org.respnet.TestDatabase;

/** The documents page: preview the seed, load it, see it listed, delete it, see it gone. */
class UploadBrowserIT {

    private static final String TOKEN = "browser-admin-token";
    private static final String KEY = "衢委发[2016]3号";
    private static WebServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        TestDatabase db = TestDatabase.shared();
        db.clear();
        server = db.app(RespNet.Settings.defaults().withWeb(WebSettings.defaults().withAdminToken(TOKEN))).webServer()
                .start("127.0.0.1", 0);
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
    void previews_loads_lists_and_deletes_the_seed() throws Exception {
        var http = new Http(server.port());
        JsonNode expected = http.json(http.post("/api/v1/documents/preview?name=seed.txt", "text/plain; charset=utf-8",
                Files.readString(Fixtures.SEED)));
        int measures = expected.get("measures").size();

        browser.open("/upload.html");
        assertThat(browser.driver.findElements(By.cssSelector("nav a[href='/upload.html'].active"))).hasSize(1);
        assertThat(browser.driver.findElements(By.cssSelector("#documents-body tr[data-key]"))).isEmpty();
        browser.driver.findElement(By.id("token")).sendKeys(TOKEN);
        browser.driver.findElement(By.id("file")).sendKeys(Fixtures.SEED.toAbsolutePath().toString());
        browser.driver.findElement(By.id("preview-button")).click();

        browser.waitFor(d -> d.findElements(By.cssSelector("#measures-body tr")).size() == measures);
        assertThat(measures).isEqualTo(48);
        assertThat(browser.driver.findElement(By.cssSelector("#figures [data-field=measures]")).getText())
                .isEqualTo(String.valueOf(measures));
        assertThat(browser.driver.findElement(By.cssSelector("#figures [data-field=units]")).getText()).isEqualTo("45");
        assertThat(browser.driver.findElement(By.cssSelector("#figures [data-field=warnings]")).getText())
                .isEqualTo(String.valueOf(expected.get("warnings").size()));
        assertThat(browser.driver.findElements(By.cssSelector("#measures-body tr.unassigned")))
                .hasSize(expected.get("document").get("unassigned").asInt());
        assertThat(browser.driver.findElements(By.cssSelector("#source .source-line")))
                .hasSize(expected.get("source").get("lines").size());
        assertThat(browser.driver.findElements(By.cssSelector("#source .source-line.warned")).size())
                .isLessThanOrEqualTo(expected.get("warnings").size());
        assertThat(browser.driver.findElement(By.cssSelector("#measures-body tr[data-number='33']")).getText())
                .contains("市人大法工委").contains("line 104");
        assertThat(sessionToken()).isEqualTo(TOKEN);
        browser.screenshot("upload-preview");

        browser.driver.findElement(By.id("load-button")).click();
        browser.waitFor(d -> !d.findElements(By.cssSelector("#documents-body tr[data-key='" + KEY + "']")).isEmpty());
        assertThat(TestDatabase.shared().count("MATCH (m:Measure) RETURN count(m)")).isEqualTo(measures);
        assertThat(browser.driver.findElement(By.id("status")).getText()).contains(KEY);

        browser.driver.findElement(By.cssSelector("#documents-body tr[data-key='" + KEY + "'] button.delete")).click();
        browser.driver.switchTo().alert().accept();
        browser.waitFor(d -> d.findElements(By.cssSelector("#documents-body tr[data-key]")).isEmpty());
        // Nothing of the document is left; the graph version node (bookkeeping for caches) stays.
        assertThat(TestDatabase.shared().count("MATCH (n) WHERE NOT n:GraphVersion RETURN count(n)")).isZero();
        browser.screenshot("upload-deleted");

        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void shows_a_refusal_as_one_sentence_and_switches_to_english() throws Exception {
        Path bad = Files.createTempFile("hello", ".txt");
        Files.writeString(bad, "hello world\n");
        browser.open("/upload.html");
        browser.driver.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
        browser.driver.findElement(By.id("preview-button")).click();

        browser.waitVisible(By.id("error"));
        assertThat(browser.driver.findElement(By.id("error")).getText()).contains(bad.getFileName() + ":1:");
        assertThat(browser.driver.findElement(By.id("load-button")).isEnabled()).isFalse();
        browser.driver.findElement(By.id("lang-switch")).click();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Documents");
        browser.driver.findElement(By.id("lang-switch")).click();
        // The refusal is a 422, which Chromium logs as a failed resource; nothing else may be logged.
        assertThat(browser.severeLogs()).allSatisfy(log -> assertThat(log).contains("422"));
    }

    private String sessionToken() {
        return (String) browser.js("return sessionStorage.getItem('respnet.adminToken')");
    }
}
