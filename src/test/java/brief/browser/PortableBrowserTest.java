package brief.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portable build (`brief build --portable`) of the real site, opened from disk (file://) in Chromium as
 * on a delegation's laptop: styles load, links lead from the language choice to articles, summits and
 * leaders in both languages, the language switcher works, and search finds results.
 */
class PortableBrowserTest {
    @TempDir
    static Path dir;
    static Path site;
    static ChromeDriver driver;

    @BeforeAll
    static void build() {
        driver = Browser.open();
        site = Sites.buildRealSite(dir, d -> {}, "--portable");
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    /** Asserts that a page of the copy is shown, styled, and returns its URL. */
    static String shown(String what) {
        String url = driver.getCurrentUrl();
        assertTrue(url.startsWith("file://") && url.endsWith("/index.html") || url.contains("/index.html?"),
                what + ": a file of the copy, not a folder: " + url);
        assertFalse(driver.findElements(By.cssSelector("main h1")).isEmpty(), what + ": the page loaded: " + url);
        Object width = driver.executeScript("var w = document.querySelector('main.wrap');"
                + "return w ? getComputedStyle(w).maxWidth : 'no .wrap';");
        assertEquals("736px", width, what + ": the stylesheet applies on " + url);
        return url;
    }

    static void follow(WebElement link, String what) {
        String href = link.getAttribute("href");
        assertTrue(href.startsWith("file://"), what + ": a link within the copy: " + href);
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().equals(href)
                || d.getCurrentUrl().startsWith(href.replaceAll("#.*", "")));
    }

    @ParameterizedTest(name = "{0}: {1} and the same page in {3}")
    @CsvSource({"vi, 0, articles, en", "vi, 1, summits, en", "vi, 2, leaders, en",
            "en, 0, articles, vi", "en, 1, summits, vi", "en, 2, leaders, vi"})
    void fromTheLanguageChoiceToAPageOfEachKindAndItsTranslation(String lang, int nav, String kind, String other) {
        driver.get(site.resolve("index.html").toUri().toString());
        follow(driver.findElement(By.cssSelector("main a[href='" + lang + "/index.html']")), "language choice");
        assertTrue(shown("home").endsWith("/" + lang + "/index.html"));
        follow(driver.findElements(By.cssSelector("header nav:not(.langs) a")).get(nav), kind + " list");
        String list = shown(kind + " list");
        follow(driver.findElement(By.cssSelector("main li a")), "first of " + kind);
        String page = shown(kind + " page");
        assertTrue(page.contains("/" + lang + "/") && !page.equals(list), kind + " page in " + lang + ": " + page);
        follow(driver.findElement(By.cssSelector("nav.langs a[href]")), "language switcher");
        String translated = shown(kind + " page in " + other);
        assertTrue(translated.contains("/" + other + "/"), "the switcher leads to " + other + ": " + translated);
        assertEquals(page.split("/").length, translated.split("/").length, "the same kind of page: " + translated);
    }

    @ParameterizedTest(name = "search in {0} for {1}")
    @CsvSource({"vi, Trump", "en, Trump", "vi, hội nghị"})
    void searchFromTheHeaderFindsResultsThatOpen(String lang, String query) {
        driver.get(site.resolve(lang + "/index.html").toUri().toString());
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.sendKeys(query, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#search-results[data-state]"))
                .stream().anyMatch(e -> !e.getAttribute("data-state").isEmpty()));
        assertEquals("done", driver.findElement(By.id("search-results")).getAttribute("data-state"),
                "the index loaded from disk");
        shown("search page");
        List<WebElement> hits = driver.findElements(By.cssSelector(".search-hit a"));
        assertFalse(hits.isEmpty(), "'" + query + "' finds something in " + lang);
        follow(hits.get(0), "first result");
        shown("first result of '" + query + "'");
    }

    @Test
    void chronologyYearFilterShowsOnlyThatYear() {
        driver.get(site.resolve("en/chronology/index.html").toUri().toString());
        shown("chronology");
        int all = driver.findElements(By.cssSelector(".chronology .entry")).size();
        WebElement year = driver.findElement(By.cssSelector("a[data-filter^='year:']"));
        String value = year.getAttribute("data-filter").substring("year:".length());
        year.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "page".equals(
                d.findElement(By.cssSelector("a[data-filter='year:" + value + "']")).getAttribute("aria-current")));
        List<WebElement> visible = driver.findElements(By.cssSelector(".chronology .entry")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertTrue(!visible.isEmpty() && visible.size() < all, "the filter leaves " + visible.size() + " of " + all);
        visible.forEach(e -> assertEquals(value, e.getAttribute("data-year")));
    }

    @Test
    void everyLinkOfThePortableCopyIsRelative() throws Exception {
        for (String file : BuiltSite.files(site, "html")) {
            String html = Sites.read(site.resolve(file));
            for (String attr : List.of("href=\"/", "src=\"/", "action=\"/", "data-index=\"/", "cite=\"/")) {
                assertFalse(html.contains(attr), file + " has a link from the root: " + attr);
            }
        }
    }
}
