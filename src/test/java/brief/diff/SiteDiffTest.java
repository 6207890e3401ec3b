package brief.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.config.SiteConfig;
import brief.i18n.Language;
import brief.i18n.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteDiffTest {
    /** Two languages whose section names differ, as site.yaml gives them. */
    static final SiteConfig CONFIG = new SiteConfig(LocalizedText.same("t"), LocalizedText.same("d"), "https://example.org/",
            List.of(new Language("vi", "Tiếng Việt", Locale.forLanguageTag("vi"), true, 0),
                    new Language("en", "English", Locale.ENGLISH, false, 1)),
            Map.of("articles", new LocalizedText(Map.of("vi", "bai-viet", "en", "articles")),
                    "summits", new LocalizedText(Map.of("vi", "hoi-nghi", "en", "summits")),
                    "leaders", new LocalizedText(Map.of("vi", "lanh-dao", "en", "leaders")),
                    "chronology", new LocalizedText(Map.of("vi", "dong-thoi-gian", "en", "chronology")),
                    "search", new LocalizedText(Map.of("vi", "tim-kiem", "en", "search")),
                    "topics", new LocalizedText(Map.of("vi", "chu-de", "en", "topics"))),
            "default", false);

    @TempDir
    Path dir;

    private static byte[] page(String main) {
        return ("<!DOCTYPE html><html><head><title>t</title><script>var x = '<p>no</p>';</script></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><main id=\"main\">" + main + "</main><footer>f</footer></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void mainTextIsOneLinePerBlockWithEntitiesDecodedAndNavigationLeftOut() {
        List<String> lines = HtmlText.mainText(new String(page("<h1>Tiêu đề &amp; phụ đề</h1>\n<p>Một <em>đoạn</em>\n văn.</p>"
                + "<ul><li>A&#39;s</li><li>B&#x2013;C&nbsp;D</li></ul>"), StandardCharsets.UTF_8));
        assertEquals(List.of("Tiêu đề & phụ đề", "Một đoạn văn.", "A's", "B–C D"), lines);
    }

    @Test
    void unifiedDiffShowsRemovedThenAddedLinesWithContext() {
        String d = LineDiff.unified(List.of("a", "b", "c", "d", "e", "f", "g"), List.of("a", "b", "c", "D", "e", "f", "g"),
                "old", "new", 2);
        assertEquals("--- old\n+++ new\n@@ -2,5 +2,5 @@\n b\n c\n-d\n+D\n e\n f\n", d);
        assertEquals("--- x\n+++ y\n@@ -0,0 +1,1 @@\n+new\n", LineDiff.unified(List.of(), List.of("new"), "x", "y", 2));
    }

    @Test
    void everyOutputFileIsClassifiedByTheSiteSectionNamesOfItsLanguage() {
        Map<String, SiteDiff.Kind> expected = Map.ofEntries(
                Map.entry("vi/bai-viet/mot-bai/index.html", SiteDiff.Kind.ARTICLES),
                Map.entry("en/articles/an-article/index.html", SiteDiff.Kind.ARTICLES),
                Map.entry("en/articles/index.html", SiteDiff.Kind.OTHER_PAGES),
                Map.entry("vi/hoi-nghi/apec-2025/index.html", SiteDiff.Kind.SUMMITS),
                Map.entry("en/summits/apec-2025/briefing/index.html", SiteDiff.Kind.SUMMITS),
                Map.entry("en/leaders/donald-trump/index.html", SiteDiff.Kind.LEADERS),
                Map.entry("vi/chu-de/thuong-mai/index.html", SiteDiff.Kind.TOPICS),
                Map.entry("en/topics/trade/index.html", SiteDiff.Kind.TOPICS),
                Map.entry("en/topics/index.html", SiteDiff.Kind.OTHER_PAGES),
                Map.entry("vi/dong-thoi-gian/index.html", SiteDiff.Kind.CHRONOLOGY),
                Map.entry("en/chronology/2025/index.html", SiteDiff.Kind.CHRONOLOGY),
                Map.entry("en/index.html", SiteDiff.Kind.OTHER_PAGES),
                Map.entry("404.html", SiteDiff.Kind.OTHER_PAGES),
                Map.entry("en/search/index.html", SiteDiff.Kind.OTHER_PAGES),
                Map.entry("en/search/t/th.json", SiteDiff.Kind.SEARCH_INDEX),
                Map.entry("vi/tim-kiem/meta.json", SiteDiff.Kind.SEARCH_INDEX),
                Map.entry("en/atom.xml", SiteDiff.Kind.FEEDS),
                Map.entry("vi/hoi-nghi/apec-2025/atom.xml", SiteDiff.Kind.FEEDS),
                Map.entry("sitemap.xml", SiteDiff.Kind.SITEMAP),
                Map.entry("sitemap-2.xml", SiteDiff.Kind.SITEMAP),
                Map.entry("assets/style.css", SiteDiff.Kind.ASSETS),
                Map.entry("robots.txt", SiteDiff.Kind.OTHER_FILES));
        expected.forEach((path, kind) -> assertEquals(kind, SiteDiff.kindOf(path, CONFIG), path));
    }

    @Test
    void pagesAreGroupedByKindAndMachineFilesAreOnlyCounted() {
        Map<String, byte[]> before = Map.of("en/articles/a/index.html", page("<p>old text</p>"),
                "en/leaders/gone/index.html", page("<p>x</p>"), "vi/bai-viet/a/index.html", page("<p>giữ nguyên</p>"),
                "en/index.html", page("<p>same</p>"), "en/atom.xml", bytes("<feed><title>old</title></feed>"),
                "en/search/o/ol.json", bytes("[1]"), "assets/style.css", bytes("x"));
        Map<String, byte[]> after = Map.of("en/articles/a/index.html", page("<p>new text</p>"),
                "en/articles/b/index.html", page("<p>n</p>"), "vi/bai-viet/a/index.html", page("<p>giữ nguyên</p>"),
                "en/index.html", bytes(new String(page("<p>same</p>"), StandardCharsets.UTF_8).replace("Home", "Start")),
                "en/atom.xml", bytes("<feed><title>new</title></feed>"), "en/search/o/ol.json", bytes("[1,2]"),
                "en/search/n/ne.json", bytes("[2]"), "assets/style.css", bytes("x"));
        SiteDiff.Report r = SiteDiff.compare(before, after, CONFIG, "site", "now");
        assertEquals(List.of("en/articles/a/index.html", "en/articles/b/index.html", "en/leaders/gone/index.html",
                "en/index.html"), r.pages().stream().map(SiteDiff.Page::path).toList(), "articles, leaders, then other pages");
        SiteDiff.Page changed = r.pages().get(0);
        assertEquals(SiteDiff.Change.CHANGED, changed.change());
        assertTrue(changed.diff().contains("-old text\n+new text\n"), changed.diff());
        assertEquals(1, changed.plus());
        assertEquals(1, changed.minus());
        assertTrue(r.pages().get(3).layoutOnly(), "only the navigation changed, not the main text");
        assertEquals("3 files: search index 1 added, 1 changed; feeds 1 changed", r.machineLine());

        String text = r.text();
        assertEquals(String.join("\n",
                "comparing site → now",
                "pages: 1 added, 1 removed, 2 changed",
                "  articles",
                "    changed  en/articles/a/index.html (+1 −1)",
                "    added    en/articles/b/index.html",
                "  leaders",
                "    removed  en/leaders/gone/index.html",
                "  other pages",
                "    changed  en/index.html (layout only; the main text is the same)",
                "machine files, not diffed: 3 files: search index 1 added, 1 changed; feeds 1 changed",
                "",
                "--- a/en/articles/a/index.html",
                "+++ b/en/articles/a/index.html",
                "@@ -1,1 +1,1 @@",
                "-old text",
                "+new text",
                ""), text);
        assertFalse(text.contains("markup only"), "a feed whose text changed is not called markup only");
    }

    @Test
    void aPublishedFileIsReadOnceWhileItsSizeTimeAndInodeStayTheSame() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.createDirectories(site.resolve("en/articles/a"));
        Files.write(site.resolve("en/articles/a/index.html"), page("<p>old text</p>"));
        Files.write(site.resolve("en/index.html"), page("<p>home</p>"));
        BuiltFolder published = new BuiltFolder(site);
        SiteDiff diff = new SiteDiff();
        Map<String, byte[]> preview = new HashMap<>(Map.of("en/articles/a/index.html", page("<p>new text</p>"),
                "en/index.html", page("<p>home</p>")));

        SiteDiff.Report first = diff.compareEntries(published.scan(), diff.entries(preview), CONFIG, "site", "preview");
        assertEquals(1, first.pages().size());
        long reads = published.reads();
        assertTrue(reads >= 2, "the first comparison reads what it compares: " + reads);

        SiteDiff.Report again = diff.compareEntries(published.scan(), diff.entries(preview), CONFIG, "site", "preview");
        assertEquals(reads, published.reads(), "nothing changed: no published file is read again");
        assertSame(first.pages().get(0), again.pages().get(0), "and the page's diff is not made again");

        // The preview changes one page: only that comparison is made again, against the published file's kept hash.
        preview.put("en/index.html", page("<p>home, edited</p>"));
        SiteDiff.Report third = diff.compareEntries(published.scan(), diff.entries(preview), CONFIG, "site", "preview");
        assertEquals(2, third.pages().size());
        assertEquals(reads + 1, published.reads(), "only the edited page's published text is read, for its diff");

        // A new build rewrites a published file: it is read again.
        Files.write(site.resolve("en/articles/a/index.html"), page("<p>new text</p>"));
        SiteDiff.Report fourth = diff.compareEntries(published.scan(), diff.entries(preview), CONFIG, "site", "preview");
        assertEquals(List.of("en/index.html"), fourth.pages().stream().map(SiteDiff.Page::path).toList());
    }
}
