package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import brief.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In a real browser (Debian's headless Chromium): edit → the page reloads; broken YAML → overlay; fixed → gone. */
class LiveReloadBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    /** Headless Chromium's options; skips the test where it is not installed (fails in CI). */
    private static ChromeOptions options() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String msg = "chromium not installed (apt-get install -y chromium chromium-driver): the live-reload browser test cannot run";
            if ("true".equals(System.getenv("CI"))) fail(msg);
            System.err.println("SKIPPED: LiveReloadBrowserTest: " + msg);
            Assumptions.assumeTrue(false, msg);
        }
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
        return options;
    }

    @Test
    void aBrowserReloadsAfterAnEditAndShowsThenHidesTheErrorOverlay() throws Exception {
        ChromeOptions options = options();
        ServeSupport.site(dir);
        Path en = dir.resolve("content/articles").resolve(ServeSupport.ARTICLE).resolve("en.md");
        Path summits = dir.resolve("content/summits.yaml");
        String goodYaml = Sites.read(summits);
        try (ServeSupport.Running run = new ServeSupport.Running(dir, false, true)) {
            String page = run.server.site().orElseThrow().model().urls().article("en", ServeSupport.ARTICLE);
            WebDriver browser = new ChromeDriver(options);
            try {
                WebDriverWait wait = reloadingWait(browser);
                browser.get(run.uri(page).toString());
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                        "ASEAN leaders highly appreciated the role"));

                long t0 = System.nanoTime();
                Sites.replaceIn(en, "ASEAN leaders highly appreciated the role", "ASEAN leaders warmly appreciated the role");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                        "ASEAN leaders warmly appreciated the role"));
                System.out.println("browser: edit visible after reload in " + (System.nanoTime() - t0) / 1_000_000
                        + " ms (save → watcher → rebuild → SSE → reload → render); "
                        + PreviewServerTest.lastRebuildLine(run.console()));

                Sites.writeText(summits, goodYaml.replaceFirst("ordinal: 13", "ordinal: [13"));
                By overlay = By.id(LiveReload.OVERLAY_ID);
                wait.until(ExpectedConditions.visibilityOfElementLocated(overlay));
                String text = browser.findElement(overlay).getText();
                assertTrue(text.matches("(?s).*content/summits\\.yaml:\\d+:\\d+.*"), text);
                assertTrue(browser.findElement(By.tagName("main")).getText().contains("warmly appreciated"),
                        "the last good page is still under the overlay");

                assertTrue(text.contains(LiveReload.SERVED), "a good site is served under it: " + text);

                // A page opened while the error stands shows the overlay too.
                browser.navigate().refresh();
                wait.until(ExpectedConditions.visibilityOfElementLocated(overlay));

                // The reader can close it from the keyboard: its close button has the focus, and Escape closes it.
                assertEquals(LiveReload.OVERLAY_ID + "-close", browser.switchTo().activeElement().getAttribute("id"));
                browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
                wait.until(ExpectedConditions.invisibilityOfElementLocated(overlay));
                browser.navigate().refresh();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "warmly appreciated"));
                assertTrue(browser.findElements(overlay).isEmpty(), "closed errors stay closed in this tab");

                // A different error shows again; the button closes it too.
                Sites.writeText(summits, goodYaml.replaceFirst("ordinal: 13", "ordinal: {13"));
                wait.until(ExpectedConditions.visibilityOfElementLocated(overlay));
                browser.findElement(By.id(LiveReload.OVERLAY_ID + "-close")).click();
                wait.until(ExpectedConditions.invisibilityOfElementLocated(overlay));

                Sites.writeText(summits, goodYaml);
                wait.until(ExpectedConditions.invisibilityOfElementLocated(overlay));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                        "ASEAN leaders warmly appreciated the role"));
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void whenTheFirstBuildFailsTheOverlaySaysNothingIsServedAndTheSiteAppearsOnceFixed() throws Exception {
        ChromeOptions options = options();
        ServeSupport.site(dir);
        Path summits = dir.resolve("content/summits.yaml");
        String goodYaml = Sites.read(summits);
        Sites.writeText(summits, goodYaml.replaceFirst("ordinal: 13", "ordinal: [13"));
        try (ServeSupport.Running run = new ServeSupport.Running(dir, true, List.of(), PreviewServer.Limits.DEFAULT)) {
            WebDriver browser = new ChromeDriver(options);
            try {
                WebDriverWait wait = reloadingWait(browser);
                browser.get(run.uri("/briefings/en/").toString());
                By overlay = By.id(LiveReload.OVERLAY_ID);
                wait.until(ExpectedConditions.visibilityOfElementLocated(overlay));
                String heading = browser.findElement(By.id(LiveReload.OVERLAY_ID + "-title")).getText();
                assertEquals(LiveReload.NOTHING_SERVED, heading);
                Sites.writeText(summits, goodYaml);
                wait.until(ExpectedConditions.invisibilityOfElementLocated(overlay));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * A wait that looks again when the page reloads under it: Chromium answers a read of an element of the page
     * being replaced with "Node with given id does not belong to the document", which Selenium does not count as
     * a stale element. A condition that never holds still fails, at the timeout.
     */
    private static WebDriverWait reloadingWait(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }
}
