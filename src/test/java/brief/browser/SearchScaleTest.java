package brief.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.bench.SiteGenerator;
import brief.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A measurement, not a routine check (building 10,000 articles takes minutes here): the bytes each query
 * downloads and the time until results show, in headless Chromium, on a large synthetic site.
 * Run: {@code mvn -B -o test -Dtest=SearchScaleTest -Dbrief.scale.articles=10000}, or point
 * {@code -Dbrief.scale.site=DIR} at an already built site. Bytes are asserted (under 300 KB a query);
 * times are printed, for the README.
 */
@EnabledIfSystemProperty(named = "brief.scale.articles", matches = "\\d+", disabledReason = "measurement: pass -Dbrief.scale.articles=10000")
class SearchScaleTest {
    static final List<String[]> QUERIES = List.of(
            new String[] {"vi/tim-kiem/", "hoi nghi"},
            new String[] {"vi/tim-kiem/", "hợp tác kinh tế"},
            new String[] {"vi/tim-kiem/", "thuong mai song phuong"},
            new String[] {"vi/tim-kiem/", "biến đổi khí hậu"},
            new String[] {"vi/tim-kiem/", "pham van"},
            new String[] {"en/search/", "summit"},
            new String[] {"en/search/", "bilateral trade"},
            new String[] {"en/search/", "climate change cooperation"},
            new String[] {"en/search/", "prime minister"},
            // Beginnings of words: the shard they need anyway, plus up to four common words' own files.
            new String[] {"vi/tim-kiem/", "phat tri"},
            new String[] {"vi/tim-kiem/", "hợp tác kin"},
            new String[] {"en/search/", "cooperat"},
            new String[] {"en/search/", "minis"});

    @TempDir
    Path dir;

    @Test
    void queriesOnALargeSiteDownloadLittleAndShowQuickly() throws Exception {
        Path site;
        String prebuilt = System.getProperty("brief.scale.site", "");
        if (!prebuilt.isEmpty()) {
            site = Path.of(prebuilt);
        } else {
            int n = Integer.parseInt(System.getProperty("brief.scale.articles"));
            Path src = dir.resolve("src");
            new SiteGenerator(new SiteGenerator.Options(n, 42, List.of("vi", "en"), SiteGenerator.Format.BRIEF,
                    Sites.projectRoot().resolve("themes/default"))).write(src);
            site = dir.resolve("site");
            Sites.Run r = Sites.brief("build", "--source", src.toString(), "--out", site.toString());
            assertEquals(0, r.exit(), r.all());
        }
        String meta = Files.readString(site.resolve("vi/tim-kiem/meta.json")).strip();
        ChromeDriver driver = Browser.open();
        List<String> report = new ArrayList<>();
        List<String> tooBig = new ArrayList<>();
        // The generated site's base path (the real one serves from /briefings/, a generated one from /).
        java.util.regex.Matcher base = java.util.regex.Pattern.compile("data-index=\"([^\"]*)vi/tim-kiem/\"")
                .matcher(Files.readString(site.resolve("vi/tim-kiem/index.html")));
        assertTrue(base.find(), "the search page names its index");
        try (StaticServer server = new StaticServer(site, base.group(1))) {
            for (int round = 0; round < 2; round++) {
                for (String[] q : QUERIES) {
                    driver.get(server.base() + q[0] + "?q=" + java.net.URLEncoder.encode(q[1], "UTF-8"));
                    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                            d.findElement(By.id("search-results")).getAttribute("data-state") != null);
                    String ms = driver.findElement(By.id("search-results")).getAttribute("data-ms");
                    assertEquals("done", driver.findElement(By.id("search-results")).getAttribute("data-state"), q[1]);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> bytes = (Map<String, Object>) driver.executeScript("""
                            const r = performance.getEntriesByType('resource').filter(e => e.name.endsWith('.json'));
                            return {files: r.length, bytes: r.reduce((s, e) => s + e.encodedBodySize, 0)};""");
                    long b = ((Number) bytes.get("bytes")).longValue();
                    String status = driver.findElement(By.id("search-status")).getText();
                    if (round == 1) {
                        report.add(String.format("%-14s %-28s %6.1f KB in %2s files, %6s ms  (%s)", q[0], "'" + q[1] + "'",
                                b / 1024.0, bytes.get("files"), ms, status));
                        if (b >= 300 * 1024) tooBig.add(q[1] + ": " + b);
                    }
                }
            }
        } finally {
            driver.quit();
        }
        System.err.println("SearchScaleTest, index " + meta + " (second round, cold page each query, local HTTP, no compression):\n"
                + String.join("\n", report));
        assertEquals(List.of(), tooBig, "queries that download 300 KB or more");
    }
}
