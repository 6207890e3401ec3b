package brief.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The reader features that only a browser can judge: every summit briefing prints on one A4 sheet, the
 * chronology filters in place with JavaScript (and the address bar shows the filter's static page), and
 * no page type scrolls sideways on a 320 px wide phone.
 */
class ReaderBrowserTest {
    @TempDir
    static Path dir;
    static Path out;
    static StaticServer server;
    static ChromeDriver driver;

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

    @Test
    void everySummitBriefingPrintsOnOneA4Sheet() {
        List<String> briefings = BuiltSite.files(out, "html").stream()
                .filter(f -> f.matches("(en/summits|vi/hoi-nghi)/[^/]+/briefing/index.html")).toList();
        assertTrue(briefings.size() >= 10, "briefings: " + briefings);
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        a4.setPageMargin(new PageMargin(1.2, 1.2, 1.4, 1.2));
        List<String> tooLong = new ArrayList<>();
        for (String b : briefings) {
            driver.get(server.base() + b.replace("index.html", ""));
            byte[] pdf = Base64.getDecoder().decode(driver.print(a4).getContent());
            int pages = pageCount(new String(pdf, StandardCharsets.ISO_8859_1));
            assertTrue(pages >= 1, b + ": no page count in the PDF");
            if (pages != 1) tooLong.add(b + ": " + pages + " pages");
        }
        assertTrue(tooLong.isEmpty(), "briefings longer than one A4 sheet:\n" + String.join("\n", tooLong));
    }

    /** The page tree's /Count: Chromium writes it in the clear. */
    private static int pageCount(String pdf) {
        Matcher m = Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)|/Count\\s+(\\d+)[^>]*?/Type\\s*/Pages\\b").matcher(pdf);
        int max = 0;
        while (m.find()) max = Math.max(max, Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
        return max;
    }

    @Test
    void chronologyFiltersInPlaceAndShowsTheFiltersStaticPageInTheAddressBar() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.base() + "en/chronology/");
        List<WebElement> entries = driver.findElements(By.cssSelector(".chronology li.entry"));
        long all = entries.size();
        long in2025 = entries.stream().filter(e -> "2025".equals(e.getDomAttribute("data-year"))).count();
        assertTrue(in2025 > 0 && in2025 < all, "2025 is a real filter: " + in2025 + " of " + all);

        driver.findElement(By.cssSelector("nav.filters a[data-filter='year:2025']")).click();
        assertEquals(server.base() + "en/chronology/2025/", driver.getCurrentUrl());
        assertEquals(in2025, visibleEntries(), "only the 2025 entries are shown");
        for (WebElement e : driver.findElements(By.cssSelector(".chronology li.entry"))) {
            if (e.isDisplayed()) assertEquals("2025", e.getDomAttribute("data-year"));
        }
        assertEquals("Chronology: 2025", driver.findElement(By.cssSelector("main h1")).getText());
        assertEquals("page", driver.findElement(By.cssSelector("nav.filters a[data-filter='year:2025']"))
                .getDomAttribute("aria-current"));
        assertTrue(driver.findElement(By.id("chronology-count")).getText().contains(String.valueOf(in2025)));

        driver.navigate().back();
        assertEquals(server.base() + "en/chronology/", driver.getCurrentUrl());
        assertEquals(all, visibleEntries(), "going back shows every entry again");

        // Reloading the filtered address loads the static page with the same entries.
        driver.get(server.base() + "en/chronology/2025/");
        assertEquals(in2025, visibleEntries());
    }

    private static long visibleEntries() {
        return driver.findElements(By.cssSelector(".chronology li.entry")).stream().filter(WebElement::isDisplayed).count();
    }

    @Test
    void briefingsAndChronologyFilterPagesHaveNoAxeViolationInLightAndDarkMode() throws Exception {
        Path axePath = Path.of(System.getProperty("brief.axe", System.getenv().getOrDefault("BRIEF_AXE",
                "target/axe/node_modules/axe-core/axe.min.js"))).toAbsolutePath();
        Browser.require(java.nio.file.Files.isRegularFile(axePath), "axe-core (" + axePath + ")",
                "mkdir -p target/axe && cd target/axe && npm install --prefix . axe-core@4.14.1");
        String axe = java.nio.file.Files.readString(axePath);
        driver.manage().window().setSize(new Dimension(1280, 900));
        List<String> failures = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    java.util.Map.of("features", List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (String page : List.of("en/summits/asean-us-13/briefing/", "vi/hoi-nghi/asean-us-13/briefing/",
                    "en/chronology/2025/", "vi/dong-thoi-gian/series/asean-us-summit/", "en/chronology/leader/pham-minh-chinh/")) {
                driver.get(server.base() + page);
                // Open the folded filter groups, so axe checks what they hold too.
                ((JavascriptExecutor) driver).executeScript(
                        "document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
                driver.executeScript(axe);
                Object result = driver.executeAsyncScript(AccessibilityTest.AXE_RUN);
                assertTrue(result instanceof List<?>, "axe answered on " + page + ": " + result);
                for (Object v : (List<?>) result) failures.add(page + " [" + scheme + "]: " + v);
            }
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
        assertEquals(List.of(), failures, failures.size() + " axe violations:\n" + String.join("\n", failures));
    }

    @Test
    void noPageTypeScrollsSidewaysAt320PixelsWide() {
        driver.manage().window().setSize(new Dimension(320, 800));
        Number inner = (Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
        assertTrue(inner.intValue() <= 400, "the window is phone-sized: " + inner);
        List<String> wide = new ArrayList<>();
        for (String page : List.of("en/", "vi/", "en/articles/prime-minister-pham-minh-chinh-attends-13th-asean-us-summit/",
                "vi/bai-viet/thu-tuong-pham-minh-chinh-du-hoi-nghi-cap-cao-asean-hoa-ky-lan-thu-13/",
                "en/summits/", "en/summits/asean-us-13/", "vi/hoi-nghi/asean-us-12/briefing/", "en/leaders/",
                "vi/lanh-dao/pham-minh-chinh/", "vi/dong-thoi-gian/", "en/chronology/leader/donald-trump/")) {
            driver.get(server.base() + page);
            Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            if (overflow.intValue() > 0) {
                Object culprits = ((JavascriptExecutor) driver).executeScript(
                        "var w = document.documentElement.clientWidth, out = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + "  var r = e.getBoundingClientRect();"
                        + "  if (r.right > w + 0.5) out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')"
                        + "    + ' ends at ' + Math.round(r.right));"
                        + "}); return out.slice(0, 5).join('; ');");
                wide.add(page + " is " + overflow + " px too wide (" + culprits + ")");
            }
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
        assertTrue(wide.isEmpty(), String.join("\n", wide));
    }
}
