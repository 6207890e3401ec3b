package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Topics: topics.yaml names them per language; each has a page per language and an entry in the topics index;
 * articles link theirs and suggest related briefings. The checks report unknown, nameless, clashing and
 * unused topics where they are written.
 */
class TopicsTest {
    @TempDir
    Path dir;

    static final String TOPICS = """
            - id: trade
              name: {vi: Thương mại, en: Trade}
              description: {vi: Thương mại và đầu tư., en: Trade and investment.}
            - id: security
              name: {vi: An ninh, en: Security}
            - id: diplomacy
              name: {vi: Đối ngoại, en: Diplomacy}
            - id: dien-bien
              name: {vi: Điện Biên, en: Dien Bien}
            """;

    static final String SUMMITS = """
            - id: s1
              name: {vi: Hội nghị Một, en: Summit One}
              start: "2025-01-01"
            """;

    static final String LEADERS = """
            - id: le-van-a
              name: {vi: Lê Văn A, en: Le Van A}
              country: VN
            """;

    /** An article's source file: its id's last word as title, with the given front matter lines. */
    private static String article(String title, String date, String more) {
        return "---\ntitle: \"" + title + "\"\ndate: \"" + date + "\"\n" + more + "---\nÔng Lê Văn A phát biểu về " + title + ".\n";
    }

    private Path site(String... more) {
        List<String> files = new ArrayList<>(List.of(
                "content/site.yaml", Sites.TWO_LANGUAGE_SITE_YAML,
                "content/topics.yaml", TOPICS,
                "content/summits.yaml", SUMMITS,
                "content/leaders.yaml", LEADERS,
                "content/articles/2025-03-01-alpha/vi.md", article("Alpha", "2025-03-01",
                        "summits: [s1]\nleaders: [le-van-a]\ntopics: [trade, security]\n"),
                "content/articles/2025-03-01-alpha/en.md", "---\ntitle: \"Alpha in English\"\n---\nLe Van A spoke about Alpha.\n",
                "content/articles/2025-02-01-bravo/vi.md", article("Bravo", "2025-02-01", "summits: [s1]\n"),
                "content/articles/2025-02-02-charlie/vi.md", article("Charlie", "2025-02-02",
                        "leaders: [le-van-a]\ntopics: [trade]\n"),
                "content/articles/2025-02-03-delta/vi.md", article("Delta", "2025-02-03", "topics: [trade, diplomacy]\n"),
                "content/articles/2025-02-03-echo/vi.md", article("Echo", "2025-02-03", "topics: [trade]\n"),
                "content/articles/2025-01-01-foxtrot/vi.md", article("Foxtrot", "2025-01-01", "topics: [trade]\n"),
                "content/articles/2024-12-01-golf/vi.md", article("Golf", "2024-12-01", "topics: [trade]\n"),
                "content/articles/2025-02-04-hotel/vi.md", article("Hotel", "2025-02-04", "topics: [diplomacy]\n"),
                "content/articles/2025-02-05-draft/vi.md", article("Nháp", "2025-02-05",
                        "summits: [s1]\ntopics: [trade]\ndraft: true\n"),
                "content/articles/2025-02-06-later/vi.md", article("Cấm", "2025-02-06",
                        "summits: [s1]\ntopics: [trade]\nembargo: \"2099-01-01T08:00+07:00\"\n")));
        files.addAll(List.of(more));
        return Sites.inline(dir, files.toArray(String[]::new));
    }

    private Sites.Run run(String cmd) {
        return cmd.equals("check") ? Sites.brief(cmd, "--source", dir.toString())
                : Sites.brief(cmd, "--source", dir.toString(), "--out", dir.resolve("site").toString());
    }

    private Document page(String rel) {
        return Jsoup.parse(Sites.read(dir.resolve("site").resolve(rel)));
    }

    @Test
    void aTopicPageListsItsShownArticlesNewestFirstUnderItsNameInEachLanguage() {
        site();
        Sites.Run r = run("build");
        assertEquals(0, r.exit(), r.all());
        Document vi = page("vi/topics/thuong-mai/index.html");
        assertEquals("Thương mại", vi.selectFirst("main h1").text());
        assertEquals("Thương mại và đầu tư.", vi.selectFirst("main .lede").text());
        assertEquals(List.of("Alpha", "Delta", "Echo", "Charlie", "Foxtrot", "Golf"), vi.select("main .cards > li > a").eachText(),
                "newest first, then by id; the draft and the embargoed article are not there");
        assertEquals(List.of("Bản tin thử", "Chủ đề", "Thương mại"), vi.select(".breadcrumbs li").eachText());
        Document en = page("en/topics/trade/index.html");
        assertEquals("Trade", en.selectFirst("main h1").text());
        assertEquals("Alpha in English", en.selectFirst("main .cards > li > a").text());
        assertEquals("https://example.org/briefings/vi/topics/thuong-mai/",
                en.selectFirst("link[rel=alternate][hreflang=vi-VN]").attr("href"));
        assertEquals("https://example.org/briefings/en/topics/trade/",
                vi.selectFirst("link[rel=alternate][hreflang=en-GB]").attr("href"));
        String sitemap = Sites.read(dir.resolve("site/sitemap.xml"));
        for (String url : List.of("/vi/topics/", "/en/topics/", "/vi/topics/thuong-mai/", "/en/topics/trade/", "/vi/topics/doi-ngoai/")) {
            assertTrue(sitemap.contains("<loc>https://example.org/briefings" + url + "</loc>"), url + " in " + sitemap);
        }
        assertTrue(Files.notExists(dir.resolve("site/vi/topics/dien-bien")), "an unused topic has no page");
    }

    @Test
    void theTopicsIndexSortsNamesInTheLanguagesOwnOrderAndTheFooterLinksIt() {
        site();
        assertEquals(0, run("build").exit());
        Document vi = page("vi/topics/index.html");
        // Vietnamese order puts Đ after D, before T; a plain string sort would put "Đối ngoại" last.
        assertEquals(List.of("An ninh", "Đối ngoại", "Thương mại"), vi.select("main .topic-index > li > a").eachText());
        assertEquals("6 bài viết", vi.select("main .topic-index > li").get(2).selectFirst(".meta").text());
        Document en = page("en/topics/index.html");
        assertEquals(List.of("Diplomacy", "Security", "Trade"), en.select("main .topic-index > li > a").eachText());
        assertEquals(List.of("2 briefings", "1 briefing", "6 briefings"), en.select("main .topic-index .meta").eachText());
        assertEquals("/briefings/en/topics/", page("en/index.html").selectFirst(".footer-links a:contains(Topics)").attr("href"));
    }

    @Test
    void anArticleLinksItsTopicsByNameAndSuggestsRelatedBriefingsBySummitThenLeadersThenTopics() {
        site();
        assertEquals(0, run("build").exit());
        Document vi = page("vi/articles/alpha/index.html");
        assertEquals(List.of("Thương mại", "An ninh"), vi.select(".topics li").eachText());
        assertEquals("/briefings/vi/topics/an-ninh/", vi.select(".topics a").get(1).attr("href"));
        // Bravo shares the summit, Charlie the leader; the rest one topic each, newest first, then by id; Golf
        // is the sixth; the draft and the embargoed article share the summit but are not published.
        assertEquals(List.of("Bravo", "Charlie", "Delta", "Echo", "Foxtrot"), vi.select(".related .cards > li > a").eachText());
        Document en = page("en/articles/alpha-in-english/index.html");
        assertEquals(List.of("Trade", "Security"), en.select(".topics li").eachText());
        assertEquals("vi", en.selectFirst(".related .cards > li > a").attr("lang"), "an untranslated title is marked");
        Document hotel = page("vi/articles/hotel/index.html");
        assertEquals(List.of("Delta"), hotel.select(".related .cards > li > a").eachText());
        for (Path p : List.of(dir.resolve("site/vi/articles/alpha/index.html"), dir.resolve("site/vi/topics/thuong-mai/index.html"))) {
            String html = Sites.read(p);
            assertTrue(!html.contains("Nháp") && !html.contains("Cấm"), "nothing held back on " + p);
        }
    }

    @Test
    void anUnknownTopicIsAnErrorAtTheArticleWithTheNearestOneAndTheFix() {
        site("content/articles/2025-02-07-india/vi.md", article("India", "2025-02-07", "topics: [trade, secruity, ai]\n"));
        Sites.Run r = run("check");
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.all().contains("""
                content/articles/2025-02-07-india/vi.md:4:17: error: unknown topic 'secruity'
                    | topics: [trade, secruity, ai]
                    |                 ^
                    = hint: did you mean 'security'? If not, add it to content/topics.yaml with its name in every \
                language (./brief new topic --id secruity)
                """), r.all());
        assertTrue(r.all().contains("""
                content/articles/2025-02-07-india/vi.md:4:27: error: unknown topic 'ai'
                    | topics: [trade, secruity, ai]
                    |                           ^
                    = hint: add it to content/topics.yaml with its name in every language (./brief new topic --id ai)
                """), r.all());
    }

    @Test
    void aTopicWithoutANameInALanguageIsAnErrorAtItsEntry() {
        site("content/topics.yaml", TOPICS.replace("name: {vi: An ninh, en: Security}", "name: {vi: An ninh}"));
        Sites.Run r = run("check");
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.all().contains("""
                content/topics.yaml:5:9: error: 'name' of 'security' in topics.yaml has no text in language 'en'
                    |   name: {vi: An ninh}
                    |         ^
                    = hint: add 'en: …' under 'name'
                """), r.all());
    }

    @Test
    void anUnusedTopicIsANoteAndTwoTopicsWithOneURLAreAnError() {
        site();
        Sites.Run r = run("check");
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.all().contains("""
                content/topics.yaml:8:3: note: topic 'dien-bien' is not used by any article, so it has no page yet
                    | - id: dien-bien
                    |   ^
                    = hint: add 'dien-bien' to the 'topics:' of an article, or remove the entry
                """), r.all());
        site("content/topics.yaml", TOPICS.replace("en: Diplomacy}", "en: Security}"));
        Sites.Run clash = run("check");
        assertEquals(1, clash.exit(), clash.all());
        assertTrue(clash.all().contains("content/topics.yaml:6:3: error: topics 'security' and 'diplomacy' have the same"
                + " URL …/security/ in language 'en' (names \"Security\" and \"Security\")\n"), clash.all());
    }

    @Test
    void topicsInATranslationAreIgnoredWithAWarningSinceEveryLanguageSharesThem() {
        site("content/articles/2025-03-01-alpha/en.md", "---\ntitle: \"Alpha in English\"\ntopics: [trade]\n---\nLe Van A spoke about Alpha.\n");
        Sites.Run r = run("check");
        assertTrue(r.all().contains("content/articles/2025-03-01-alpha/en.md:3:1: warning: 'topics' in a translation is"
                + " ignored: it is shared by all languages\n"), r.all());
    }
}
