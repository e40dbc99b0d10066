package org.respnet.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the *BrowserIT tests. Without Chromium they are reported as skipped, saying why, so the
 * test command passes on a machine with only Java and Maven; CI sets {@code RESPNET_REQUIRE_BROWSER=1}
 * ({@code .ci/run}) and there a missing Chromium fails them, so the pages are never silently untested.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Generous: on a shared 2-core machine a page's first API answers have taken over 30 s. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    final ChromeDriver driver;
    private final String base;

    Browser(int port) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + "; install them with: apt-get install -y chromium chromium-driver (.ci/run does this)";
            if ("1".equals(System.getenv("RESPNET_REQUIRE_BROWSER"))) {
                throw new AssertionError(missing);
            }
            Assumptions.abort(missing);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        var options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-dev-shm-usage", "--user-data-dir=" + freshProfile(), "--window-size=1440,900");
        options.setCapability("goog:loggingPrefs", logging);
        this.driver = new ChromeDriver(options);
        // the window size includes browser chrome; pin the page's own viewport to a 1440x900 screen
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 1440, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        this.base = "http://127.0.0.1:" + port;
    }

    /** Navigates without waiting for the page to be ready, e.g. when it will first ask for something. */
    void go(String path) {
        driver.get(base + path);
    }

    /** Opens a page and waits until its script says it has drawn its data. */
    void open(String path) {
        severeLogs(); // drain: each test asserts on the errors of its own pages
        driver.get(base + path);
        waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    void waitFor(Predicate<WebDriver> condition) {
        new WebDriverWait(driver, WAIT).until(condition::test);
    }

    void waitVisible(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Console errors since the last call (reading the log empties it). */
    List<String> severeLogs() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path freshProfile() {
        try {
            return Files.createTempDirectory("respnet-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
