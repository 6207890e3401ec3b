package brief.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core, injected into one page of every type of the real site in headless Chromium, in the light and
 * the dark colour scheme, finds no accessibility violation. axe.min.js comes from the npm registry
 * (axe-core@4.14.1, installed by .ci/run into target/axe); -Dbrief.axe=PATH or env BRIEF_AXE overrides.
 */
class AccessibilityTest {
    static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>
                v.id + ' (' + v.impact + '): ' + v.help + '\\n' + v.nodes.map(n => '      at ' + n.target.join(' ')
                  + ' — ' + (n.failureSummary || '').replace(/\\n/g, ' ')).join('\\n')))).catch(e => done(['axe failed: ' + e]));
            """;

    @TempDir
    static Path dir;
    static Path out;
    static StaticServer server;
    static ChromeDriver driver;
    static String axe;

    @BeforeAll
    static void start() throws Exception {
        Path axePath = Path.of(System.getProperty("brief.axe", System.getenv().getOrDefault("BRIEF_AXE",
                "target/axe/node_modules/axe-core/axe.min.js"))).toAbsolutePath();
        Browser.require(Files.isRegularFile(axePath), "axe-core (" + axePath + ")",
                "mkdir -p target/axe && cd target/axe && npm install --prefix . axe-core@4.14.1");
        axe = Files.readString(axePath);
        driver = Browser.open();
        out = BuiltSite.build(dir);
        server = new StaticServer(out, "/briefings/");
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    /** The first page folder of a section, e.g. one article. */
    static String first(String section) throws IOException {
        return first(out, section);
    }

    static String first(Path out, String section) throws IOException {
        try (Stream<Path> s = Files.list(out.resolve(section))) {
            return section + "/" + s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .findFirst().orElseThrow() + "/";
        }
    }

    /** One page of each type, in both languages. */
    static List<String> pageTypes() throws IOException {
        return pageTypesOf(out);
    }

    /** One page of each type of the site built into {@code out}, in both languages. */
    static List<String> pageTypesOf(Path out) throws IOException {
        List<String> pages = new ArrayList<>(List.of("", "404.html"));
        for (String[] l : new String[][] {{"en", "articles", "summits", "leaders", "chronology", "search"},
                {"vi", "bai-viet", "hoi-nghi", "lanh-dao", "dong-thoi-gian", "tim-kiem"}}) {
            String lang = l[0];
            pages.addAll(List.of(lang + "/", lang + "/404.html", lang + "/" + l[1] + "/", lang + "/" + l[2] + "/",
                    lang + "/" + l[3] + "/", lang + "/" + l[4] + "/", first(out, lang + "/" + l[1]), first(out, lang + "/" + l[2]),
                    first(out, lang + "/" + l[3]), lang + "/" + l[5] + "/?q=pham+minh+chinh"));
        }
        // The topics index and a topic page in each language.
        for (String topics : List.of("en/topics", "vi/chu-de")) pages.addAll(List.of(topics + "/", first(out, topics)));
        return pages;
    }

    @Test
    void axeAsInjectedHereReportsAKnownViolation() throws Exception {
        // Guards the check itself: an empty answer must mean "no violation", not "axe did not run".
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=en><title>x</title><main><img src=x.png></main>");
        driver.get(bad.toUri().toString());
        driver.executeScript(axe);
        Object result = driver.executeAsyncScript(AXE_RUN);
        assertTrue(result.toString().contains("image-alt"), "axe reports the image without alt text: " + result);
    }

    @Test
    void everyPageTypeHasNoAxeViolationInLightAndDarkModeAt1280And375Pixels() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> pages = pageTypes();
        for (int width : new int[] {1280, 375})
        for (String scheme : List.of("light", "dark")) {
            // A phone's screen as well as a desktop's: the header and lists are laid out differently at 375 px.
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < 600));
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (String page : pages) {
                driver.get(server.base() + page);
                if (page.contains("?q=")) {
                    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                            d.findElement(By.id("search-results")).getAttribute("data-state") != null);
                    assertTrue(!driver.findElements(By.cssSelector("#search-list .search-hit")).isEmpty(),
                            "the search page shows results to check");
                }
                driver.executeScript(axe);
                Object result = driver.executeAsyncScript(AXE_RUN);
                assertTrue(result instanceof List<?>, "axe answered on " + page + ": " + result);
                for (Object v : (List<?>) result) failures.add(page + " [" + scheme + ", " + width + " px]: " + v);
            }
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        assertEquals(List.of(), failures, failures.size() + " axe violations:\n" + String.join("\n", failures));
    }
}
