package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import com.fasterxml.jackson.databind.JsonNode;
import brief.testing.Sites;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * What a reader's tools see in a built site (written below): Atom feeds, the sitemap and robots.txt, JSON-LD and
 * Open Graph meta, first-mention links, the static chronology filters and the summit briefing sheets.
 */
class ReaderFeaturesTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EN_ARTICLE = "en/articles/prime-minister-pham-minh-chinh-attends-13th-asean-us-summit/index.html";
    private static final String VI_ARTICLE = "vi/articles/thu-tuong-pham-minh-chinh-du-hoi-nghi-cap-cao-asean-hoa-ky-lan-thu-13/index.html";

    /**
     * Three summits of two series (one with a venue and two key figures that two articles report), three leaders
     * and four articles in both languages, over two years: enough for every feed, filter and sheet to have a case.
     */
    static final String SITE = """
            -- content/series.yaml --
            - id: asean-us-summit
              name: {vi: "Hội nghị Cấp cao ASEAN - Hoa Kỳ", en: "ASEAN–US Summit"}
            - id: apec-leaders-week
              name: {vi: "Tuần lễ Cấp cao APEC", en: "APEC Economic Leaders' Week"}
            -- content/leaders.yaml --
            - id: pham-minh-chinh
              name: {vi: "Phạm Minh Chính", en: "Pham Minh Chinh"}
              country: VN
              roles:
                - title: {vi: "Thủ tướng Chính phủ", en: "Prime Minister"}
                  from: "2021-04-05"
            - id: donald-trump
              name: {vi: "Donald Trump", en: "Donald Trump"}
              country: US
              roles:
                - title: {vi: "Tổng thống Hoa Kỳ", en: "President of the United States"}
                  from: "2025-01-20"
            - id: luong-cuong
              name: {vi: "Lương Cường", en: "Luong Cuong"}
              country: VN
              roles:
                - title: {vi: "Chủ tịch nước", en: "State President"}
                  from: "2024-10-21"
            -- content/summits.yaml --
            - id: asean-us-13
              series: asean-us-summit
              ordinal: 13
              name: {vi: "Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13", en: "13th ASEAN–US Summit"}
              start: "2025-10-26"
              end: "2025-10-26"
              city: {vi: "Kuala Lumpur", en: "Kuala Lumpur"}
              country: MY
              venue: {vi: "Trung tâm Hội nghị Kuala Lumpur", en: "Kuala Lumpur Convention Centre"}
              participants: [pham-minh-chinh, donald-trump]
              outcomes:
                - {vi: "Tuyên bố Tầm nhìn chung", en: "Joint Vision Statement"}
                - {vi: "Hoàn tất Kế hoạch Hành động", en: "Completion of the Plan of Action"}
                - {vi: "Hoàn tất nghiên cứu Cơ chế một cửa", en: "Completion of the Single Window study"}
              figures:
                - id: asean-us-trade-2024
                  label: {vi: "Thương mại hai chiều năm 2024", en: "Two-way trade in 2024"}
                  value: 453
                  unit: USD
                  scale: billion
                  approx: more-than
                  sources:
                    - {article: 2025-10-26-asean-us-13, quote: "Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch."}
                    - {article: 2025-10-26-pm-meets-trump, quote: "Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch."}
                - id: asean-us-trade-share-2024
                  label: {vi: "Tỷ trọng của Hoa Kỳ năm 2024", en: "US share of trade in 2024"}
                  value: 11.8
                  unit: percent
                  sources:
                    - {article: 2025-10-26-asean-us-13, quote: "Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch."}
                    - {article: 2025-10-26-pm-meets-trump, quote: "Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch."}
            - id: asean-us-12
              series: asean-us-summit
              ordinal: 12
              name: {vi: "Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 12", en: "12th ASEAN–US Summit"}
              start: "2024-10-11"
              city: {vi: "Viêng Chăn", en: "Vientiane"}
              country: LA
              participants: [pham-minh-chinh]
            - id: apec-2025
              series: apec-leaders-week
              name: {vi: "Tuần lễ Cấp cao APEC 2025", en: "APEC Economic Leaders' Week 2025"}
              start: "2025-10-29"
              end: "2025-10-31"
              city: {vi: "Gyeongju", en: "Gyeongju"}
              country: KR
              participants: [luong-cuong, donald-trump]
            -- content/events.yaml --
            - id: peace-declaration-2025
              date: "2025-10-26"
              title: {vi: "Ký Tuyên bố hòa bình tại Kuala Lumpur", en: "Peace declaration signed in Kuala Lumpur"}
              summits: [asean-us-13]
              leaders: [donald-trump]
              source: {article: 2025-10-26-asean-us-13, quote: "Các bên ký Tuyên bố hòa bình tại Kuala Lumpur."}
            -- content/articles/2024-10-11-asean-us-12/vi.md --
            ---
            title: "Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 12"
            date: "2024-10-11"
            outlet: TTXVN
            summits: [asean-us-12]
            leaders: [pham-minh-chinh]
            ---
            Sáng 11/10 tại Viêng Chăn, Thủ tướng Phạm Minh Chính dự Hội nghị.

            Thủ tướng Phạm Minh Chính đề nghị tăng cường hợp tác.
            -- content/articles/2024-10-11-asean-us-12/en.md --
            ---
            title: "Prime Minister Pham Minh Chinh attends 12th ASEAN–US Summit"
            ---
            On the morning of 11 October in Vientiane, Prime Minister Pham Minh Chinh attended the Summit.

            Prime Minister Pham Minh Chinh proposed stronger cooperation.
            -- content/articles/2025-10-26-asean-us-13/vi.md --
            ---
            title: "Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13"
            date: "2025-10-26"
            outlet: TTXVN
            summary: "Thủ tướng dự Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13 tại Kuala Lumpur."
            summits: [asean-us-13]
            leaders: [pham-minh-chinh, donald-trump]
            ---
            Chiều 26/10, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13 cùng Tổng thống Donald Trump.

            Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch.

            Các bên ký Tuyên bố hòa bình tại Kuala Lumpur.

            Thủ tướng Phạm Minh Chính và Tổng thống Donald Trump trao đổi về Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13.
            -- content/articles/2025-10-26-asean-us-13/en.md --
            ---
            title: "Prime Minister Pham Minh Chinh attends 13th ASEAN–US Summit"
            summary: "The Prime Minister attended the 13th ASEAN–US Summit in Kuala Lumpur."
            ---
            On 26 October, Prime Minister Pham Minh Chinh attended the 13th ASEAN–US Summit with President Donald Trump.

            Two-way trade in 2024 reached more than USD 453 billion, 11.8% of total trade.

            The parties signed a peace declaration in Kuala Lumpur.

            Prime Minister Pham Minh Chinh and President Donald Trump discussed the 13th ASEAN–US Summit.
            -- content/articles/2025-10-26-pm-meets-trump/vi.md --
            ---
            title: "Thủ tướng Phạm Minh Chính gặp Tổng thống Donald Trump"
            date: "2025-10-26"
            outlet: TTXVN
            summits: [asean-us-13]
            leaders: [pham-minh-chinh, donald-trump]
            ---
            Thủ tướng Phạm Minh Chính gặp Tổng thống Donald Trump.

            Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch.
            -- content/articles/2025-10-26-pm-meets-trump/en.md --
            ---
            title: "Prime Minister Pham Minh Chinh meets Donald Trump"
            ---
            Prime Minister Pham Minh Chinh met President Donald Trump.

            Two-way trade in 2024 reached more than USD 453 billion, 11.8% of total trade.
            -- content/articles/2025-10-29-apec-2025/vi.md --
            ---
            title: "Chủ tịch nước Lương Cường dự Tuần lễ Cấp cao APEC"
            date: "2025-10-29"
            outlet: TTXVN
            summits: [apec-2025]
            leaders: [luong-cuong, donald-trump]
            ---
            Chủ tịch nước Lương Cường gặp Tổng thống Donald Trump tại Gyeongju.
            -- content/articles/2025-10-29-apec-2025/en.md --
            ---
            title: "State President Luong Cuong attends APEC Economic Leaders' Week"
            ---
            State President Luong Cuong met President Donald Trump in Gyeongju.
            """;

    @TempDir
    static Path dir;
    static Sites.Built site;

    @BeforeAll
    static void build() {
        site = Sites.site(dir, SITE).buildOk();
    }

    // --- Feeds ---

    @Test
    void eachLanguageHasAValidAtomFeedOfEveryArticleNewestFirst() {
        for (String lang : List.of("vi", "en")) {
            org.w3c.dom.Document feed = site.xml(lang + "/atom.xml");
            org.w3c.dom.Element root = feed.getDocumentElement();
            assertEquals("feed", root.getLocalName());
            assertEquals(ATOM, root.getNamespaceURI());
            assertEquals(Sites.BASE_URL + lang + "/atom.xml", child(root, "id").getTextContent());
            assertFalse(child(root, "title").getTextContent().isBlank());
            // The newest article is of 29 October 2025: the feed is as new as it, never as new as the clock.
            assertEquals("2025-10-29T00:00:00Z", child(root, "updated").getTextContent());
            assertEquals(Sites.BASE_URL + lang + "/atom.xml", link(root, "self").getAttribute("href"));
            assertNotNull(child(root, "author"), "a feed without entry authors needs a feed author");
            List<org.w3c.dom.Element> entries = children(root, "entry");
            long articles = site.files("html").stream().filter(f -> f.matches(lang + "/articles/[^/]+/index.html")).count();
            assertEquals(Math.min(articles, Feeds.MAX_ENTRIES), entries.size(), "one entry per article, up to the limit");
            String previous = "9999";
            for (org.w3c.dom.Element e : entries) {
                String id = child(e, "id").getTextContent();
                assertFalse(child(e, "title").getTextContent().isBlank());
                String updated = child(e, "updated").getTextContent();
                assertTrue(updated.matches("\\d{4}-\\d\\d-\\d\\dT00:00:00Z"), updated);
                assertTrue(updated.compareTo(previous) <= 0, "entries newest first");
                previous = updated;
                String href = link(e, "alternate").getAttribute("href");
                assertEquals(id, href);
                assertTrue(href.startsWith(Sites.BASE_URL + lang + "/"), href);
                assertTrue(site.fileOf(href).isPresent(), "entry links to an existing page: " + href);
            }
        }
    }

    @Test
    void eachSummitHasAFeedInEachLanguageLinkedFromItsPage() {
        List<String> summitPages = site.files("html").stream()
                .filter(f -> f.matches("(en|vi)/summits/[^/]+/index.html")).toList();
        assertEquals(6, summitPages.size(), "summit pages: " + summitPages);
        for (String page : summitPages) {
            String feedPath = page.replace("index.html", "atom.xml");
            org.w3c.dom.Element root = site.xml(feedPath).getDocumentElement();
            assertEquals(ATOM, root.getNamespaceURI());
            assertEquals(Sites.BASE_URL + feedPath, child(root, "id").getTextContent());
            assertNotNull(child(root, "updated"));
            for (org.w3c.dom.Element e : children(root, "entry")) {
                assertTrue(site.fileOf(link(e, "alternate").getAttribute("href")).isPresent());
            }
            Elements links = site.page(page).select("head link[rel=alternate][type=application/atom+xml]");
            Set<String> hrefs = links.stream().map(l -> l.attr("href")).collect(Collectors.toSet());
            assertTrue(hrefs.contains(Sites.Built.urlPath(feedPath)), page + " links its summit feed: " + hrefs);
        }
        org.w3c.dom.Element asean13 = site.xml("en/summits/asean-us-13/atom.xml").getDocumentElement();
        Set<String> titles = children(asean13, "entry").stream().map(e -> child(e, "title").getTextContent())
                .collect(Collectors.toSet());
        assertEquals(Set.of("Prime Minister Pham Minh Chinh attends 13th ASEAN–US Summit",
                "Prime Minister Pham Minh Chinh meets Donald Trump"), titles);
    }

    @Test
    void everyPageLinksItsLanguageFeedFromItsHead() {
        for (String page : site.files("html")) {
            Document d = site.page(page);
            Element feed = d.selectFirst("head link[rel=alternate][type=application/atom+xml]");
            assertNotNull(feed, page + " has no feed link");
            assertTrue(site.fileOf(feed.attr("href")).isPresent(), page + ": " + feed.attr("href"));
        }
    }

    // --- Sitemap and robots.txt ---

    @Test
    void theSitemapListsEveryPageWithItsTranslationsAsAbsoluteUrls() {
        org.w3c.dom.Element root = site.xml("sitemap.xml").getDocumentElement();
        assertEquals("urlset", root.getLocalName());
        assertEquals(SITEMAP, root.getNamespaceURI());
        Set<String> locs = new TreeSet<>();
        NodeList urls = root.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            String loc = child(url, SITEMAP, "loc").getTextContent();
            assertTrue(loc.startsWith(Sites.BASE_URL), loc);
            assertTrue(site.fileOf(loc).isPresent(), "sitemap entry exists: " + loc);
            locs.add(loc);
            if (loc.equals(Sites.BASE_URL)) continue;
            Map<String, String> alternates = new java.util.HashMap<>();
            NodeList links = url.getElementsByTagNameNS(XHTML, "link");
            for (int j = 0; j < links.getLength(); j++) {
                org.w3c.dom.Element l = (org.w3c.dom.Element) links.item(j);
                assertEquals("alternate", l.getAttribute("rel"));
                alternates.put(l.getAttribute("hreflang"), l.getAttribute("href"));
            }
            assertEquals(Set.of("vi-VN", "en-GB", "x-default"), alternates.keySet(), loc);
            assertTrue(alternates.containsValue(loc), "a page is among its own alternates: " + loc);
            for (String href : alternates.values()) {
                assertTrue(href.startsWith(Sites.BASE_URL), href);
                assertTrue(site.fileOf(href).isPresent(), "alternate exists: " + href);
            }
        }
        Set<String> pages = site.files("html").stream().filter(f -> !f.endsWith("404.html"))
                .map(f -> "https://example.org" + Sites.Built.urlPath(f)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(pages, locs, "the sitemap lists every HTML page but the 404 pages");
        assertTrue(locs.contains(Sites.BASE_URL + "vi/leaders/pham-minh-chinh/"));
    }

    @Test
    void robotsTxtNamesTheSitemapUnderTheBaseUrl() {
        String robots = site.text("robots.txt");
        assertTrue(robots.contains("User-agent: *"), robots);
        assertTrue(robots.lines().anyMatch(l -> l.equals("Sitemap: " + Sites.BASE_URL + "sitemap.xml")), robots);
    }

    // --- Structured data and meta ---

    @Test
    void everyPageHasParseableJsonLdWithBreadcrumbsFromTheHomePage() throws Exception {
        for (String page : site.files("html")) {
            Document d = site.page(page);
            Elements scripts = d.select("script[type=application/ld+json]");
            assertEquals(1, scripts.size(), page);
            JsonNode ld = JSON.readTree(scripts.first().data());
            assertEquals("https://schema.org", ld.path("@context").asText(), page);
            JsonNode crumbs = byType(ld, "BreadcrumbList");
            assertNotNull(crumbs, page + " has breadcrumbs");
            JsonNode items = crumbs.path("itemListElement");
            assertTrue(items.size() >= 1, page);
            for (int i = 0; i < items.size(); i++) {
                assertEquals(i + 1, items.get(i).path("position").asInt());
                String item = items.get(i).path("item").asText();
                assertTrue(site.fileOf(item).isPresent(), page + ": crumb " + item);
            }
            if (!page.equals("index.html") && !page.endsWith("404.html")) {
                String last = items.get(items.size() - 1).path("item").asText();
                assertEquals(d.selectFirst("link[rel=canonical]").attr("href"), last, page + ": the last crumb is the page");
            }
        }
    }

    @Test
    void articlePagesDescribeANewsArticleAndItsTranslation() throws Exception {
        JsonNode en = byType(ld(EN_ARTICLE), "NewsArticle");
        assertEquals("en-GB", en.path("inLanguage").asText());
        assertEquals("2025-10-26", en.path("datePublished").asText());
        assertEquals(site.page(EN_ARTICLE).selectFirst("h1").text(), en.path("headline").asText());
        assertEquals("Test briefings", en.path("publisher").path("name").asText());
        assertEquals(Sites.BASE_URL + VI_ARTICLE.replace("index.html", ""),
                en.path("translationOfWork").path("url").asText());
        assertEquals("vi-VN", en.path("translationOfWork").path("inLanguage").asText());

        JsonNode vi = byType(ld(VI_ARTICLE), "NewsArticle");
        assertEquals("vi-VN", vi.path("inLanguage").asText());
        assertEquals(site.page(VI_ARTICLE).selectFirst("h1").text(), vi.path("headline").asText());
        assertTrue(vi.path("translationOfWork").isMissingNode(), "the source is no translation");
        assertEquals(Sites.BASE_URL + EN_ARTICLE.replace("index.html", ""),
                vi.path("workTranslation").get(0).path("url").asText());
    }

    @Test
    void summitPagesDescribeAnEventWithPlaceAndDates() throws Exception {
        JsonNode ev = byType(ld("en/summits/asean-us-13/index.html"), "Event");
        assertEquals("13th ASEAN–US Summit", ev.path("name").asText());
        assertEquals("2025-10-26", ev.path("startDate").asText());
        assertEquals("2025-10-26", ev.path("endDate").asText());
        assertEquals("Kuala Lumpur Convention Centre", ev.path("location").path("name").asText());
        assertEquals("MY", ev.path("location").path("address").path("addressCountry").asText());
        assertEquals("Kuala Lumpur", ev.path("location").path("address").path("addressLocality").asText());
    }

    @Test
    void leaderPagesDescribeAPerson() throws Exception {
        JsonNode p = byType(ld("vi/leaders/pham-minh-chinh/index.html"), "Person");
        assertEquals("Phạm Minh Chính", p.path("name").asText());
        assertEquals("Thủ tướng Chính phủ", p.path("jobTitle").asText());
        assertEquals(Sites.BASE_URL + "vi/leaders/pham-minh-chinh/", p.path("url").asText());
    }

    @Test
    void pagesCarryOpenGraphAndTwitterCardMeta() {
        Document d = site.page(EN_ARTICLE);
        assertEquals("article", meta(d, "property", "og:type"));
        assertEquals(d.selectFirst("h1").text(), meta(d, "property", "og:title"));
        assertEquals(d.selectFirst("link[rel=canonical]").attr("href"), meta(d, "property", "og:url"));
        assertEquals("en_GB", meta(d, "property", "og:locale"));
        assertEquals("vi_VN", meta(d, "property", "og:locale:alternate"));
        assertEquals("summary", meta(d, "name", "twitter:card"));
        assertFalse(meta(d, "property", "og:description").isBlank());
        assertEquals("website", meta(site.page("vi/index.html"), "property", "og:type"));
    }

    // --- Linked entities ---

    @Test
    void theFirstMentionOfALeaderInAnArticleBodyLinksToTheirPageInTheArticlesLanguage() {
        assertFirstMentionLinked(VI_ARTICLE, "Phạm Minh Chính", "/briefings/vi/leaders/pham-minh-chinh/");
        assertFirstMentionLinked(EN_ARTICLE, "Pham Minh Chinh", "/briefings/en/leaders/pham-minh-chinh/");
        assertFirstMentionLinked(EN_ARTICLE, "13th ASEAN–US Summit", "/briefings/en/summits/asean-us-13/");
    }

    private static void assertFirstMentionLinked(String page, String name, String href) {
        Element body = site.page(page).selectFirst(".body");
        assertNotNull(body, page);
        Elements links = body.select("a[href=" + href + "]");
        assertEquals(1, links.size(), page + ": only the first mention of " + name + " is a link");
        assertEquals(name, links.first().text());
        String text = body.text();
        int first = text.indexOf(name);
        assertTrue(first >= 0 && text.indexOf(name, first + 1) > 0, page + " mentions " + name + " more than once");
        // The link is the first mention: no paragraph before it names the leader.
        Element p = links.first().closest("p");
        for (Element before : body.select("p")) {
            if (before == p) break;
            assertFalse(before.text().contains(name), page + ": an earlier paragraph mentions " + name);
        }
        assertTrue(p.text().indexOf(name) == p.text().indexOf(links.first().text()));
        assertTrue(body.select("figcaption a[href=" + href + "], h2 a[href=" + href + "]").isEmpty());
    }

    // --- Chronology filters ---

    @Test
    void eachChronologyFilterIsAStaticPageWithOnlyItsEntries() {
        for (String lang : List.of("en", "vi")) {
            String chrono = lang.equals("en") ? "en/chronology/" : "vi/chronology/";
            Document all = site.page(chrono + "index.html");
            Elements entries = all.select(".chronology li.entry");
            assertTrue(entries.size() > 5, "the full chronology has entries");
            Elements filters = all.select("nav.filters a[data-filter]");
            int checked = 0;
            for (Element f : filters) {
                String key = f.attr("data-filter");
                if (key.equals("all")) continue;
                String rel = site.fileOf(f.attr("href")).map(p -> site.out().relativize(p).toString().replace('\\', '/'))
                        .orElseThrow(() -> new AssertionError("filter page missing: " + f.attr("href")));
                String dim = key.substring(0, key.indexOf(':'));
                String value = key.substring(key.indexOf(':') + 1);
                String attr = switch (dim) {
                    case "year" -> "data-year";
                    case "series" -> "data-series";
                    default -> "data-leaders";
                };
                List<String> expected = new ArrayList<>();
                for (Element e : entries) if (List.of(e.attr(attr).split(" ")).contains(value)) expected.add(e.id());
                assertFalse(expected.isEmpty(), key + " selects something");
                Document filtered = site.page(rel);
                List<String> shown = filtered.select(".chronology li.entry").eachAttr("id");
                assertEquals(expected, shown, rel + " shows exactly the entries of " + key);
                assertEquals("page", filtered.selectFirst("nav.filters a[data-filter=" + key + "]").attr("aria-current"));
                // Its leader navigation lists exactly the leaders its entries name (every leader on every
                // leader's page made the chronology grow with leaders × leaders).
                java.util.Set<String> named = new java.util.TreeSet<>();
                for (Element e : filtered.select(".chronology li.entry")) {
                    for (String id : e.attr("data-leaders").split(" ")) if (!id.isEmpty()) named.add(id);
                }
                java.util.Set<String> listed = new java.util.TreeSet<>();
                for (String k : filtered.select("nav.filters a[data-filter^=leader:]").eachAttr("data-filter")) {
                    listed.add(k.substring("leader:".length()));
                }
                java.util.Set<String> known = new java.util.TreeSet<>();
                for (String k : all.select("nav.filters a[data-filter^=leader:]").eachAttr("data-filter")) {
                    known.add(k.substring("leader:".length()));
                }
                named.retainAll(known);
                assertEquals(named, listed, rel + " lists the leaders its entries name");
                checked++;
            }
            assertTrue(all.select("nav.filters a[data-filter^=year:]").size() >= 2);
            assertTrue(all.select("nav.filters a[data-filter^=series:]").size() >= 2);
            assertTrue(all.select("nav.filters a[data-filter^=leader:]").size() >= 2);
            assertEquals(filters.size() - 1, checked);
        }
        assertTrue(site.fileOf("/briefings/en/chronology/2025/").isPresent());
        assertTrue(site.fileOf("/briefings/en/chronology/series/asean-us-summit/").isPresent());
        assertTrue(site.fileOf("/briefings/vi/chronology/leader/pham-minh-chinh/").isPresent());
    }

    // --- Briefing sheets ---

    @Test
    void eachSummitHasAPrintableBriefingWithItsFiguresAndTheirSources() {
        List<String> summitPages = site.files("html").stream()
                .filter(f -> f.matches("(en|vi)/summits/[^/]+/index.html")).toList();
        for (String page : summitPages) {
            String briefing = page.replace("index.html", "briefing/index.html");
            assertTrue(Files.isRegularFile(site.out().resolve(briefing)), briefing);
            Document s = site.page(page);
            assertNotNull(s.selectFirst("a[href=" + Sites.Built.urlPath(briefing) + "]"), page + " links its briefing");
        }
        Document d = site.page("en/summits/asean-us-13/briefing/index.html");
        assertEquals("13th ASEAN–US Summit", d.selectFirst("h1").text());
        Elements rows = d.select("table.figures-table tbody tr");
        // Two articles report each of the two facts: two rows, each citing both articles.
        assertEquals(List.of("figure-asean-us-trade-2024", "figure-asean-us-trade-share-2024"), rows.eachAttr("id"));
        for (Element row : rows) {
            assertFalse(row.selectFirst("td.value").text().isBlank());
            Elements sources = row.select("td.source > p > a");
            assertEquals(2, sources.size(), row.outerHtml());
            for (Element source : sources) {
                assertTrue(source.attr("href").matches("/briefings/en/articles/[^/]+/#p-\\d+"), source.attr("href"));
            }
        }
        // The English sheet quotes the English sentences, with the Vietnamese originals marked as such.
        Element first = rows.first();
        assertEquals(2, first.select("td.source q[lang=en]").size(), first.outerHtml());
        first.select("td.source q[lang=en]").forEach(q -> assertTrue(q.text().contains("USD 453 billion"), q.text()));
        first.select("td.source q[lang=vi]").forEach(q -> assertTrue(q.text().contains("453 tỷ USD"), q.text()));
        assertEquals(2, first.select("td.source q[lang=vi]").size());
        // A quote repeated from the row above is replaced by a note, to keep the sheet on one page.
        assertEquals(2, rows.get(1).select("td.source .same").size(), rows.get(1).outerHtml());
        assertEquals("more than USD 453 billion", rows.first().selectFirst("td.value").text());
        assertEquals(2, d.select("section:has(#participants) li").size(), "the two participants");
        assertEquals(3, d.select("section:has(#outcomes) li").size(), "the three outcomes");
        assertFalse(d.select("section:has(#timeline) li").isEmpty());
    }

    // --- Theme ---

    @Test
    void pagesLoadNothingFromOtherHosts() {
        for (String page : site.files("html")) {
            Document d = site.page(page);
            for (Element e : d.select("link[rel=stylesheet], link[rel=icon], link[rel=preload], script[src], img[src], source[src], iframe[src]")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                // A data: URI (the publisher's emblem) is in the page itself: no request at all.
                assertFalse(url.startsWith("//") || url.matches("^(?!data:image/)[a-z]+:.*"), page + " loads " + url);
            }
        }
        for (String css : site.files("css")) {
            assertFalse(site.text(css).matches("(?s).*url\\(\\s*['\"]?(https?:)?//.*"), css + " loads from another host");
            assertFalse(site.text(css).contains("@import"), css);
        }
    }

    @Test
    void anArticlePageWeighsLessThan100KbBeforeImages() throws Exception {
        long heaviest = 0;
        for (String page : site.files("html")) {
            if (!page.matches("(en|vi)/articles/[^/]+/index.html")) continue;
            Document d = site.page(page);
            long total = Files.size(site.out().resolve(page));
            for (Element e : d.select("link[rel=stylesheet], script[src]")) {
                Path p = site.fileOf(e.hasAttr("src") ? e.attr("src") : e.attr("href")).orElseThrow();
                total += Files.size(p);
            }
            heaviest = Math.max(heaviest, total);
            assertTrue(total < 100 * 1024, page + " weighs " + total + " bytes with its CSS and scripts");
        }
        assertTrue(heaviest > 0);
        System.out.println("heaviest article page with its CSS and scripts: " + heaviest + " bytes");
    }

    // --- Determinism ---

    @Test
    void aSecondBuildOfTheSameSourcesWritesByteIdenticalFeedsSitemapAndPages(@TempDir Path again) {
        Sites.Built second = Sites.site(again, SITE).buildOk();
        Map<String, String> first = Sites.hashes(site.out());
        Map<String, String> next = Sites.hashes(second.out());
        assertTrue(first.containsKey("sitemap.xml") && first.containsKey("en/atom.xml"));
        assertEquals(first, next);
    }

    // --- helpers ---

    private static JsonNode ld(String page) throws Exception {
        return JSON.readTree(site.page(page).selectFirst("script[type=application/ld+json]").data());
    }

    private static JsonNode byType(JsonNode ld, String type) {
        for (JsonNode n : ld.path("@graph")) if (type.equals(n.path("@type").asText())) return n;
        return null;
    }

    private static String meta(Document d, String attr, String name) {
        Element m = d.selectFirst("meta[" + attr + "=" + name + "]");
        assertNotNull(m, name);
        return m.attr("content");
    }

    private static org.w3c.dom.Element child(org.w3c.dom.Element parent, String name) {
        return child(parent, ATOM, name);
    }

    private static org.w3c.dom.Element child(org.w3c.dom.Element parent, String ns, String name) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) return e;
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }

    private static org.w3c.dom.Element link(org.w3c.dom.Element parent, String rel) {
        for (org.w3c.dom.Element l : children(parent, "link")) if (rel.equals(l.getAttribute("rel"))) return l;
        throw new AssertionError("no link rel=" + rel);
    }
}
