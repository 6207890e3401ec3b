package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A publication of a named publisher: its header and footer, its own pages, and what an article page says of itself. */
class PublicationTest {
    @TempDir
    Path dir;

    private static final String SITE = """
            title: {vi: Bản tin thử, en: Test briefings}
            base_url: /
            languages:
              - {code: vi, name: Tiếng Việt, locale: vi-VN, source: true}
              - {code: en, name: English, locale: en-GB}
            publisher:
              name: {vi: Văn phòng Thử nghiệm, en: Test Office}
              emblem: content/mark.svg
              address: {vi: "1 phố Thử, Hà Nội", en: "1 Test Street, Hanoi"}
              email: office@example.org
              phone: "+84 24 0000 0000"
              licence:
                text: {vi: Giấy phép CC BY 4.0, en: Licensed CC BY 4.0}
                url: https://creativecommons.org/licenses/by/4.0/
            theme_colors:
              accent: "#123456"
            """;

    private Path build(String site, String... more) {
        String[] files = new String[] {
                "content/site.yaml", site,
                "content/mark.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\"><circle cx=\"4\" cy=\"4\" r=\"4\"/></svg>",
                "content/topics.yaml", """
                        - id: trade
                          name: {vi: Thương mại, en: Trade}
                        - id: asean
                          name: {vi: ASEAN, en: ASEAN}
                        """,
                "content/pages/about/vi.md", "---\ntitle: Giới thiệu\n---\nVăn phòng Thử nghiệm xuất bản.\n",
                "content/pages/about/en.md", "---\ntitle: About us\n---\nThe Test Office publishes this.\n",
                "content/articles/2025-10-20-talks/vi.md", """
                        ---
                        title: "Hội đàm thương mại"
                        date: "2025-10-20"
                        updated: "2025-10-22"
                        topics: [trade, asean]
                        ---
                        Kim ngạch đạt 7 tỷ USD.
                        """,
                "content/articles/2025-10-20-talks/en.md", """
                        ---
                        title: "Trade talks"
                        ---
                        Trade reached USD 7 billion.
                        """};
        String[] all = new String[files.length + more.length];
        System.arraycopy(files, 0, all, 0, files.length);
        System.arraycopy(more, 0, all, files.length, more.length);
        Sites.inline(dir, all);
        return dir.resolve("site");
    }

    private Sites.Run run(String cmd) {
        return Sites.brief(cmd, "--source", dir.toString(), "--out", dir.resolve("site").toString());
    }

    private Document page(Path site, String rel) {
        return Jsoup.parse(Sites.read(site.resolve(rel)));
    }

    @Test
    void everyPageNamesThePublisherInItsHeaderAndFooterInItsLanguage() {
        Path site = build(SITE);
        assertEquals(0, run("build").exit());
        for (String rel : List.of("en/index.html", "en/articles/trade-talks/index.html", "en/about/index.html")) {
            Document d = page(site, rel);
            assertEquals("", d.selectFirst(".site-header .brand img.emblem").attr("alt"), rel);
            assertTrue(d.selectFirst(".site-header .brand img.emblem").attr("src").startsWith("data:image/svg+xml;base64,"));
            assertEquals("Test Office", d.selectFirst(".site-header .brand-publisher").text(), rel);
            String footer = d.selectFirst(".site-footer").text();
            for (String s : List.of("Published by Test Office", "1 Test Street, Hanoi", "office@example.org",
                    "+84 24 0000 0000", "Licensed CC BY 4.0")) {
                assertTrue(footer.contains(s), rel + " footer lacks " + s + ": " + footer);
            }
            assertEquals("/en/about/", d.selectFirst(".footer-links a:contains(About us)").attr("href"));
            assertTrue(d.head().html().contains("--accent: #123456;"), rel);
        }
        assertEquals("Văn phòng Thử nghiệm", page(site, "vi/index.html").selectFirst(".brand-publisher").text());
        assertEquals("/vi/about/", page(site, "vi/index.html").selectFirst(".footer-links a:contains(Giới thiệu)").attr("href"));
    }

    @Test
    void stylesheetsAndScriptsArePublishedUnderTheirHashAndLinkedSo() throws Exception {
        Path site = build(SITE);
        assertEquals(0, run("build").exit());
        byte[] css = java.nio.file.Files.readAllBytes(dir.resolve("themes/default/static/style.css"));
        String hex = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(css)).substring(0, 8);
        String name = "style." + hex + ".css";
        assertTrue(java.nio.file.Files.exists(site.resolve("assets/" + name)));
        assertTrue(java.nio.file.Files.notExists(site.resolve("assets/style.css")), "only the fingerprinted name");
        assertTrue(java.nio.file.Files.exists(site.resolve("assets/favicon.svg")), "an image keeps its name");
        for (String rel : List.of("index.html", "en/index.html", "vi/about/index.html")) {
            assertEquals("/assets/" + name, page(site, rel).selectFirst("link[rel=stylesheet]").attr("href"), rel);
        }
        assertTrue(page(site, "en/search/index.html").selectFirst("script[src^=/assets/search.]").attr("src")
                .matches("/assets/search\\.[0-9a-f]{8}\\.js"));
    }

    @Test
    void theLanguageChoiceSpeaksEveryLanguage() {
        Path site = build(SITE.replace("title: {vi: Bản tin thử, en: Test briefings}",
                "title: {vi: Bản tin thử, en: Test briefings}\ndescription: {vi: Mô tả, en: A description}"));
        assertEquals(0, run("build").exit());
        Document root = page(site, "index.html");
        assertEquals("Bản tin thử · Test briefings", root.title());
        assertEquals("Mô tả / A description", root.selectFirst("meta[name=description]").attr("content"));
        assertEquals(List.of("vi-VN", "en-GB"), root.select("h1 span[lang]").eachAttr("lang"));
        assertEquals("A description", root.selectFirst("main p[lang=en-GB]").text());
    }

    @Test
    void theAboutPageIsRenderedFromContentInEachLanguage() {
        Path site = build(SITE);
        assertEquals(0, run("build").exit());
        Document en = page(site, "en/about/index.html");
        assertEquals("About us", en.selectFirst("main h1").text());
        assertEquals("The Test Office publishes this.", en.selectFirst("main .body p").text());
        assertEquals("Giới thiệu", page(site, "vi/about/index.html").selectFirst("main h1").text());
    }

    @Test
    void anArticleShowsPublishedAndUpdatedBreadcrumbsTranslatedFromAndTopics() {
        Path site = build(SITE);
        assertEquals(0, run("build").exit());
        Document en = page(site, "en/articles/trade-talks/index.html");
        assertEquals("Published 20 October 2025", en.selectFirst(".meta .published").text());
        assertEquals("2025-10-22", en.selectFirst(".meta .updated time").attr("datetime"));
        assertEquals("Last updated 22 October 2025", en.selectFirst(".meta .updated").text());
        assertEquals(List.of("Test briefings", "Articles", "Trade talks"), en.select(".breadcrumbs li").eachText());
        assertEquals("Translated from Tiếng Việt", en.selectFirst(".translated-from").text());
        assertEquals("vi-VN", en.selectFirst(".translated-from span").attr("lang"));
        assertEquals(List.of("Trade", "ASEAN"), en.select(".topics li").eachText());
        assertEquals("/en/topics/trade/", en.selectFirst(".topics a").attr("href"));
        Document vi = page(site, "vi/bai-viet/hoi-dam-thuong-mai/index.html".replace("bai-viet", "articles"));
        assertTrue(vi.select(".translated-from").isEmpty(), "the source is no translation");
    }

    @Test
    void theSitemapGivesAnArticleItsUpdatedDayAsLastmodAndListsNoneForOtherPages() {
        Path site = build(SITE);
        assertEquals(0, run("build").exit());
        String xml = Sites.read(site.resolve("sitemap.xml"));
        assertTrue(xml.contains("<loc>/en/articles/trade-talks/</loc>\n    <lastmod>2025-10-22</lastmod>")
                || xml.matches("(?s).*<loc>[^<]*/en/articles/trade-talks/</loc>\n    <lastmod>2025-10-22</lastmod>.*"), xml);
        assertEquals(2, xml.split("<lastmod>", -1).length - 1, "the article's page in each language, and no other: " + xml);
    }

    @Test
    void anUpdatedDateLikeThePublishedOneIsNotShown() {
        Path site = build(SITE.replace("", ""), "content/articles/2025-10-20-talks/vi.md", """
                ---
                title: "Hội đàm thương mại"
                date: "2025-10-20"
                updated: "2025-10-20"
                ---
                Kim ngạch đạt 7 tỷ USD.
                """);
        assertEquals(0, run("build").exit());
        assertTrue(page(site, "en/articles/trade-talks/index.html").select(".meta .updated").isEmpty());
    }

    @Test
    void anUpdatedDateBeforeThePublishedOneIsAPositionedError() {
        build(SITE, "content/articles/2025-10-20-talks/vi.md", """
                ---
                title: "Hội đàm thương mại"
                date: "2025-10-20"
                updated: "2025-10-02"
                ---
                Kim ngạch đạt 7 tỷ USD.
                """);
        Sites.Run r = run("build");
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("content/articles/2025-10-20-talks/vi.md:4:10: error: 'updated' 2025-10-02 is before the article's date 2025-10-20"), r.all());
    }

    @Test
    void aPublisherWithoutNameOrWithAMissingEmblemIsAPositionedError() {
        build(SITE.replace("  name: {vi: Văn phòng Thử nghiệm, en: Test Office}\n", "")
                .replace("content/mark.svg", "content/missing.svg").replace("  phone:", "  fax: x\n  phone:"));
        Sites.Run r = run("build");
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("content/site.yaml:7:11: error: emblem 'content/missing.svg' does not exist"), r.all());
        assertTrue(r.err().contains("content/site.yaml:7:3: error: 'publisher' of site.yaml has no 'name'"), r.all());
        assertTrue(r.err().contains("content/site.yaml:10:3: error: unknown key 'fax' in 'publisher' of site.yaml"), r.all());
    }
}
