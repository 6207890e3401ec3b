package brief.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** A reader types into the search box of the real site in Chromium and finds what they typed. */
class SearchBrowserTest {
    @TempDir
    static Path dir;
    static StaticServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = Browser.open();
        server = new StaticServer(BuiltSite.build(dir, SearchBrowserTest::addRoadAndOcean), "/briefings/");
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    /** Two briefings that differ only by diacritics: "đường" (road) and "dương" (ocean). */
    static void addRoadAndOcean(Path src) {
        try {
            for (String[] a : new String[][] {
                    {"2025-11-01-duong-bien", "Biển Thái Bình Dương ngày càng quan trọng", "Tàu thuyền qua Thái Bình Dương."},
                    {"2025-11-02-con-duong", "Con đường hợp tác mới", "Hai nước mở con đường hợp tác."}}) {
                Path d = java.nio.file.Files.createDirectories(src.resolve("content/articles").resolve(a[0]));
                java.nio.file.Files.writeString(d.resolve("vi.md"), "---\ntitle: \"" + a[1] + "\"\ndate: \""
                        + a[0].substring(0, 10) + "\"\nsummary: \"" + a[2] + "\"\n---\n\n" + a[2] + "\n");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void exactDiacriticsRankAboveFoldedMatches() {
        List<WebElement> road = search("vi/tim-kiem/", "đường");
        assertTrue(road.size() >= 2, "'đường' finds both the road and, folded, the ocean: " + hrefs(road));
        assertEquals("Con đường hợp tác mới", road.get(0).getText(), "the exact word ranks first");
        List<WebElement> ocean = search("vi/tim-kiem/", "dương");
        assertEquals("Biển Thái Bình Dương ngày càng quan trọng", ocean.get(0).getText(), "the exact word ranks first");
        List<String> folded = hrefs(search("vi/tim-kiem/", "duong"));
        assertTrue(folded.size() >= 2, "without diacritics both are found: " + folded);
    }

    /** Types a query into the search page's box, submits it, and returns the result links once shown. */
    static List<WebElement> search(String page, String query) {
        driver.get(server.base() + page);
        WebElement box = driver.findElement(By.id("search-q"));
        box.clear();
        box.sendKeys(query, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                d.findElement(By.id("search-results")).getAttribute("data-state") != null);
        assertEquals("done", driver.findElement(By.id("search-results")).getAttribute("data-state"), query);
        return driver.findElements(By.cssSelector("#search-list .search-hit h2 a"));
    }

    static List<String> hrefs(List<WebElement> links) {
        return links.stream().map(a -> a.getAttribute("href")).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "en/search/, pham minh chinh, en/leaders/pham-minh-chinh/",
            "vi/tim-kiem/, pham minh chinh, vi/lanh-dao/pham-minh-chinh/",
            "vi/tim-kiem/, Phạm Minh Chính, vi/lanh-dao/pham-minh-chinh/"})
    void typingALeadersNameWithOrWithoutDiacriticsFindsTheirPage(String page, String query, String leader) {
        List<String> found = hrefs(search(page, query));
        assertTrue(found.contains(server.base() + leader), "results for '" + query + "' on " + page + ": " + found);
        assertEquals(server.base() + leader, found.get(0), "the leader's own page ranks first: " + found);
    }

    /** A topic's page is a result too, labelled as a topic in the page's language. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "vi/tim-kiem/, thuong mai, vi/chu-de/thuong-mai/, Chủ đề",
            "en/search/, trade, en/topics/trade/, Topic"})
    void aTopicsNameFindsItsPage(String page, String query, String topic, String label) {
        List<WebElement> links = search(page, query);
        List<String> found = hrefs(links);
        assertTrue(found.contains(server.base() + topic), "results for '" + query + "' on " + page + ": " + found);
        WebElement hit = links.get(found.indexOf(server.base() + topic)).findElement(By.xpath("ancestor::li"));
        assertTrue(hit.findElement(By.className("search-meta")).getText().startsWith(label), hit.getText());
    }

    @Test
    void foldedQueryFindsVietnameseWordsAndMarksThem() {
        List<WebElement> links = search("vi/tim-kiem/", "hoi nghi");
        assertTrue(!links.isEmpty(), "'hoi nghi' finds pages");
        List<String> marked = driver.findElements(By.cssSelector("#search-list mark")).stream()
                .map(WebElement::getText).map(String::toLowerCase).distinct().toList();
        assertTrue(marked.contains("hội") && marked.contains("nghị"), "the matched words are highlighted: " + marked);
        String top = links.get(0).getText().toLowerCase();
        assertTrue(top.contains("hội nghị"), "the first result has 'hội nghị' in its title: " + top);
    }

    @Test
    void aQueryInTheAddressRunsOnLoadAndAnUnknownWordSaysSo() {
        driver.get(server.base() + "en/search/?q=zzzzqqq");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                d.findElement(By.id("search-results")).getAttribute("data-state") != null);
        assertEquals("zzzzqqq", driver.findElement(By.id("search-q")).getAttribute("value"));
        assertTrue(driver.findElements(By.cssSelector("#search-list .search-hit")).isEmpty());
        assertTrue(driver.findElement(By.id("search-status")).getText().contains("No results"),
                driver.findElement(By.id("search-status")).getText());
    }

    @Test
    void theHeaderBoxOfAnyPageSubmitsToTheSearchPage() {
        driver.get(server.base() + "en/");
        driver.findElement(By.id("site-search-q")).sendKeys("pham minh chinh", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                d.findElements(By.id("search-results")).size() == 1
                        && d.findElement(By.id("search-results")).getAttribute("data-state") != null);
        assertTrue(driver.getCurrentUrl().startsWith(server.base() + "en/search/?q=pham"), driver.getCurrentUrl());
        assertTrue(hrefs(driver.findElements(By.cssSelector("#search-list .search-hit h2 a")))
                .contains(server.base() + "en/leaders/pham-minh-chinh/"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "en/search/, trum, en/leaders/donald-trump/, trump",
            "vi/tim-kiem/, trum, vi/lanh-dao/donald-trump/, trump",
            "vi/tim-kiem/, Phạm Minh Chí, vi/lanh-dao/pham-minh-chinh/, chính",
            "vi/tim-kiem/, pham minh chi, vi/lanh-dao/pham-minh-chinh/, chính"})
    void theBeginningOfAWordFindsTheWordAndMarksItWhole(String page, String query, String expected, String word) {
        List<String> found = hrefs(search(page, query));
        assertTrue(found.contains(server.base() + expected), "results for '" + query + "' on " + page + ": " + found);
        List<String> marked = driver.findElements(By.cssSelector("#search-list mark")).stream()
                .map(WebElement::getText).map(String::toLowerCase).distinct().toList();
        assertTrue(marked.contains(word), "the whole word is highlighted: " + marked);
    }

    @Test
    void aWholeWordRanksAboveTheWordsItBegins() {
        // "con" is a word of one title ("Con đường hợp tác mới") and the beginning of "công", "cộng"… in many.
        List<WebElement> con = search("vi/tim-kiem/", "con");
        assertEquals("Con đường hợp tác mới", con.get(0).getText());
        assertTrue(con.size() > 2, "the words it begins are found too: " + hrefs(con));
        List<String> whole = hrefs(search("en/search/", "summit"));
        List<String> begun = hrefs(search("en/search/", "summi"));
        assertTrue(!whole.isEmpty() && begun.containsAll(whole), "a beginning finds what the word finds: " + begun);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en/search/|453|en/summits/asean-us-13/",
            "vi/tim-kiem/|453|vi/hoi-nghi/asean-us-13/",
            "en/search/|395.9|en/summits/asean-us-12/",
            "vi/tim-kiem/|395,9|vi/hoi-nghi/asean-us-12/",
            "vi/tim-kiem/|395.9|vi/hoi-nghi/asean-us-12/",
            "en/search/|6200|en/summits/asean-us-12/",
            "en/search/|6,200|en/summits/asean-us-12/",
            "vi/tim-kiem/|6.200|vi/hoi-nghi/asean-us-12/"})
    void aKeyFigureFindsTheSummitPagesThatShowIt(String page, String query, String summit) {
        List<String> found = hrefs(search(page, query));
        assertTrue(found.contains(server.base() + summit), "results for '" + query + "' on " + page + ": " + found);
    }

    @Test
    void theLanguageSwitchOfTheSearchPageKeepsTheQuery() {
        search("vi/tim-kiem/", "trum");
        WebElement english = driver.findElement(By.cssSelector("nav.langs a[hreflang='en-GB']"));
        assertEquals(server.base() + "en/search/?q=trum", english.getAttribute("href"));
        english.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                d.findElements(By.id("search-results")).size() == 1
                        && "done".equals(d.findElement(By.id("search-results")).getAttribute("data-state")));
        assertEquals("trum", driver.findElement(By.id("search-q")).getAttribute("value"));
        assertTrue(hrefs(driver.findElements(By.cssSelector("#search-list .search-hit h2 a")))
                .contains(server.base() + "en/leaders/donald-trump/"));
    }

    @Test
    void withoutJavaScriptTheSearchPageLeadsToTheBrowsePages() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
        try {
            driver.get(server.base() + "en/");
            driver.findElement(By.id("site-search-q")).sendKeys("trump", Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/en/search/?q=trump"));
            WebElement note = driver.findElement(By.cssSelector(".search-browse"));
            assertTrue(note.isDisplayed() && note.getText().contains("needs JavaScript"), note.getText());
            assertEquals(List.of(server.base() + "en/articles/", server.base() + "en/summits/",
                    server.base() + "en/leaders/", server.base() + "en/chronology/"),
                    hrefs(note.findElements(By.tagName("a"))));
            note.findElement(By.linkText("Summits")).click();
            assertEquals(server.base() + "en/summits/", driver.getCurrentUrl());
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
        }
    }
}
