package org.paperkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperkg.store.KgStore;

/**
 * Drives headless Chromium through the web front end over the fixture: home page, search, an entity page with its
 * drawn claim network, a claim followed to its paper, and a paper whose text carries HTML. Skipped when Debian's
 * chromium and chromium-driver are not installed. With {@code -Dpaperkg.screenshots=docs} it also saves screenshots of
 * the entity page and its network there (for the README).
 */
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static KgStore store;
    private static KgServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start(@TempDir Path profile) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        store = ServeFixture.store();
        server = KgServer.builder().dataset(store.dataset()).port(0).build().start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1400", "--user-data-dir=" + profile.toAbsolutePath());
        browser = new ChromeDriver(options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
            store.close();
        }
    }

    @Test
    void homeSearchEntityClaimPaper() throws IOException {
        browser.get(server.baseUrl());
        assertEquals("paperkg", browser.findElement(By.tagName("h1")).getText());
        String counts = browser.findElement(By.className("counts")).getText();
        assertTrue(counts.contains("3\npapers") && counts.contains("3\nclaims"), counts);
        assertTrue(browser.findElement(By.className("tops")).getText().contains("ImageNet"));

        WebElement box = browser.findElement(By.id("search-box"));
        box.sendKeys("sign momentum");
        browser.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hit-count")));
        List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
        assertFalse(hits.isEmpty());
        WebElement first = hits.get(0);
        assertEquals("Lion", first.findElement(By.className("hit-link")).getText());
        assertTrue(first.findElement(By.tagName("mark")).getText().equalsIgnoreCase("Sign"));

        first.findElement(By.className("hit-link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("entity-label"), "Lion"));
        assertEquals("EvoLved Sign Momentum", browser.findElement(By.id("aliases")).getText());
        String wins = browser.findElement(By.id("wins")).getText();
        assertTrue(wins.contains("Lion outperforms AdamW on ImageNet (2%)"), wins);
        assertTrue(wins.contains("On ImageNet, Lion outperforms AdamW by 2% top-1 accuracy with ViT."), wins);
        String losses = browser.findElement(By.id("losses")).getText();
        assertTrue(losses.contains("ScriptNet<img src=x onerror=alert(1)> outperforms Lion"), losses);
        wait.until(ExpectedConditions.attributeToBe(By.id("network"), "data-drawn", "3"));
        screenshot(browser.getScreenshotAs(OutputType.FILE).toPath(), "screenshot-entity.png");
        screenshot(browser.findElement(By.id("network")).getScreenshotAs(OutputType.FILE).toPath(),
                "screenshot-network.png");

        browser.findElement(By.cssSelector("#wins .paper-link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("paper-title"), "Symbolic Discovery of Optimization Algorithms"));
        List<String> marked = browser.findElements(By.cssSelector(".abstract mark")).stream().map(WebElement::getText).toList();
        assertTrue(marked.containsAll(List.of("Lion", "EvoLved Sign Momentum", "ImageNet", "AdamW", "top-1 accuracy", "ViT")),
                marked.toString());
        assertEquals("https://github.com/google/automl", browser.findElement(By.cssSelector("#code a")).getText());
        assertTrue(browser.findElement(By.id("claims")).getText().contains("Lion outperforms AdamW"));
        assertOnlyLocalRequests();
    }

    @Test
    void paperTextWithHtmlIsShownAsTextAndNeverRun() {
        browser.get(server.baseUrl() + "paper/62e730d31ed3409d");
        assertEquals("Robust <script>alert('title')</script> Parsing & Escaping",
                browser.findElement(By.id("paper-title")).getText());
        assertTrue(browser.findElement(By.className("abstract")).getText()
                .contains("markup such as <script>alert(\"pwned\")</script> & entities."));
        Object scripts = ((JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll('main script, main img').length;");
        assertEquals(0L, scripts);
        assertOnlyLocalRequests();
    }

    @Test
    void sparqlEditorShowsResultsAsATable() {
        browser.get(server.baseUrl() + "sparql");
        browser.findElement(By.cssSelector("#sparql-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sparql-results table")));
        String table = browser.findElement(By.id("sparql-results")).getText();
        assertTrue(table.contains("Adam SGD") && table.contains("Lion AdamW"), table);
        assertTrue(browser.findElement(By.id("sparql-status")).getText().startsWith("2 rows"));
    }

    /** Every resource the page loaded came from this server. */
    private static void assertOnlyLocalRequests() {
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        for (String url : urls) {
            assertTrue(url.startsWith(server.baseUrl()), url);
        }
    }

    private static void screenshot(Path taken, String name) throws IOException {
        String dir = System.getProperty("paperkg.screenshots", "");
        assertTrue(Files.size(taken) > 0);
        if (dir.isBlank()) {
            return;
        }
        Path out = Path.of(dir, name);
        Files.createDirectories(out.getParent());
        Files.copy(taken, out, StandardCopyOption.REPLACE_EXISTING);
    }
}
