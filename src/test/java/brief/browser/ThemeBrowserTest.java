package brief.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The theme as a reader on a phone and on a desktop sees it, on the real site in Chromium: the header of every
 * page type stays within 15 % of a 375 × 800 screen with targets of at least 24 × 24 px and fits one row at
 * 1280 px; a long article's contents list jumps to its headings; every paragraph's ¶ link targets it.
 */
class ThemeBrowserTest {
    @TempDir
    static Path dir;
    static Path out;
    static StaticServer server;
    static ChromeDriver driver;

    /** The shipped article with two sections, the first long: it has a contents list (GOV.UK's rule). */
    static final List<String> LONG_ARTICLES = List.of(
            "en/articles/prime-minister-pham-minh-chinh-meets-donald-trump-conveys-invitation-to-visit/",
            "vi/bai-viet/thu-tuong-pham-minh-chinh-gap-tong-thong-donald-trump-chuyen-loi-moi-tham-viet/");

    @BeforeAll
    static void start() throws Exception {
        out = BuiltSite.build(dir);
        server = new StaticServer(out, "/briefings/");
        driver = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @AfterEach
    void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The viewport of a phone (or a desktop window) of this size, at a device pixel ratio of 1. */
    static void screen(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** One page of each type that has the site's header: all but the language choice at the root. */
    static List<String> withHeader() throws Exception {
        return AccessibilityTest.pageTypesOf(out).stream().filter(p -> !p.isEmpty()).toList();
    }

    static Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    @Test
    void thePhoneHeaderTakesAtMost15PercentOfA375By800ScreenWithTargetsOfAtLeast24Pixels() throws Exception {
        screen(375, 800, true);
        List<String> problems = new ArrayList<>();
        for (String page : withHeader()) {
            driver.get(server.base() + page);
            assertEquals(375L, ((Number) js("return window.innerWidth")).longValue(), page);
            double height = ((Number) js("return document.querySelector('.site-header').getBoundingClientRect().height")).doubleValue();
            if (height > 120) problems.add(page + ": header " + height + " px high, more than 120 px (15 % of 800)");
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) js("""
                    return Array.from(document.querySelectorAll('.site-header a, .site-header button, .site-header input,'
                        + ' .site-header [aria-current]')).map(function (e) {
                      var r = e.getBoundingClientRect();
                      return r.width < 24 || r.height < 24 ? e.outerHTML.slice(0, 60) + ' is ' + r.width.toFixed(1)
                        + ' × ' + r.height.toFixed(1) : null;
                    }).filter(Boolean);""");
            for (String s : small) problems.add(page + ": target " + s + " px, under 24 × 24");
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void theDesktopHeaderFitsOneRowAt1280Pixels() throws Exception {
        screen(1280, 900, false);
        List<String> problems = new ArrayList<>();
        for (String page : withHeader()) {
            driver.get(server.base() + page);
            // Every part of the header (brand, sections, languages, search box) shares one horizontal band.
            String rows = (String) js("""
                    var parts = Array.from(document.querySelector('.site-header .wrap').children)
                      .filter(function (e) { return e.getBoundingClientRect().height > 0; });
                    var tops = parts.map(function (e) { return e.getBoundingClientRect().top; });
                    var bottoms = parts.map(function (e) { return e.getBoundingClientRect().bottom; });
                    return Math.max.apply(null, tops) < Math.min.apply(null, bottoms) ? '' :
                      parts.map(function (e) { var r = e.getBoundingClientRect();
                        return e.className + ' ' + r.top.toFixed(0) + '–' + r.bottom.toFixed(0); }).join(', ');""");
            if (!rows.isEmpty()) problems.add(page + ": the header takes more than one row: " + rows);
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void theContentsListOfALongArticleJumpsToEachHeading() {
        for (String page : LONG_ARTICLES) {
            for (int width : new int[] {375, 1280}) {
                screen(width, 800, width < 600);
                driver.get(server.base() + page);
                List<WebElement> links = driver.findElements(By.cssSelector("main nav.contents ol a"));
                assertEquals(2, links.size(), page + " lists its two sections");
                List<String> hrefs = links.stream().map(a -> a.getDomAttribute("href")).toList();
                for (String href : hrefs) {
                    driver.findElement(By.cssSelector("main nav.contents a[href='" + href + "']")).click();
                    assertEquals(href, js("return location.hash"));
                    WebElement heading = driver.findElement(By.cssSelector(".body h2" + href));
                    assertEquals(heading.getText(), driver.findElement(By.cssSelector("main nav.contents a[href='" + href + "']")).getText());
                    double top = ((Number) js("return arguments[0].getBoundingClientRect().top", heading)).doubleValue();
                    double inner = ((Number) js("return window.innerHeight")).doubleValue();
                    assertTrue(top >= -1 && top < inner, page + " at " + width + " px: " + href + " is in view (top " + top + ")");
                    js("window.scrollTo(0, 0)");
                }
            }
        }
    }

    @Test
    void everyParagraphsPermalinkTargetsItsOwnParagraph() {
        screen(375, 800, true);
        for (String page : LONG_ARTICLES) {
            driver.get(server.base() + page);
            List<WebElement> paragraphs = driver.findElements(By.cssSelector(".body > p"));
            assertTrue(paragraphs.size() > 10, page);
            for (WebElement p : paragraphs) {
                WebElement link = p.findElement(By.cssSelector("a.permalink"));
                assertEquals("#" + p.getDomAttribute("id"), link.getDomAttribute("href"));
                assertTrue(link.isDisplayed(), "on a touch screen the ¶ link is shown: " + p.getDomAttribute("id"));
            }
            WebElement seventh = paragraphs.get(6);
            seventh.findElement(By.cssSelector("a.permalink")).click();
            assertEquals("#" + seventh.getDomAttribute("id"), js("return location.hash"));
            assertEquals(seventh.getDomAttribute("id"), js("return document.querySelector(':target').id"));
            assertEquals(server.base() + page + "#" + seventh.getDomAttribute("id"), driver.getCurrentUrl(),
                    "the address a reader copies cites the paragraph");
            assertFalse(((String) js("return getComputedStyle(arguments[0]).backgroundColor", seventh)).equals("rgba(0, 0, 0, 0)"),
                    "the cited paragraph is highlighted");
        }
    }

    @Test
    void theLongArticlesHaveNoAxeViolationInLightAndDarkAt375And1280() throws Exception {
        Path axePath = Path.of(System.getProperty("brief.axe", System.getenv().getOrDefault("BRIEF_AXE",
                "target/axe/node_modules/axe-core/axe.min.js"))).toAbsolutePath();
        Browser.require(Files.isRegularFile(axePath), "axe-core (" + axePath + ")",
                "mkdir -p target/axe && cd target/axe && npm install --prefix . axe-core@4.14.1");
        String axe = Files.readString(axePath);
        List<String> failures = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (int width : new int[] {375, 1280}) {
                screen(width, 800, width < 600);
                for (String page : LONG_ARTICLES) {
                    driver.get(server.base() + page);
                    driver.executeScript(axe);
                    Object result = driver.executeAsyncScript(AccessibilityTest.AXE_RUN);
                    assertTrue(result instanceof List<?>, "axe answered on " + page + ": " + result);
                    for (Object v : (List<?>) result) failures.add(page + " [" + scheme + ", " + width + "]: " + v);
                }
            }
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        assertEquals(List.of(), failures, String.join("\n", failures));
    }
}
