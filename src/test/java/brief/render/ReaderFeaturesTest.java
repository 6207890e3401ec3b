package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
 * What a reader's tools see in the built real site: Atom feeds, the sitemap and robots.txt, JSON-LD and
 * Open Graph meta, first-mention links, the static chronology filters and the summit briefing sheets.
 */
class ReaderFeaturesTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EN_ARTICLE = "en/articles/prime-minister-pham-minh-chinh-attends-13th-asean-us-summit/index.html";
    private static final String VI_ARTICLE = "vi/bai-viet/thu-tuong-pham-minh-chinh-du-hoi-nghi-cap-cao-asean-hoa-ky-lan-thu-13/index.html";

    @TempDir
    static Path dir;
    static RealSite site;

    @BeforeAll
    static void build() {
        site = RealSite.build(dir);
    }

    // --- Feeds ---

    @Test
    void eachLanguageHasAValidAtomFeedOfEveryArticleNewestFirst() {
        for (String lang : List.of("vi", "en")) {
            org.w3c.dom.Document feed = site.xml(lang + "/atom.xml");
            org.w3c.dom.Element root = feed.getDocumentElement();
            assertEquals("feed", root.getLocalName());
            assertEquals(ATOM, root.getNamespaceURI());
            assertEquals(RealSite.BASE_URL + lang + "/atom.xml", child(root, "id").getTextContent());
            assertFalse(child(root, "title").getTextContent().isBlank());
            // The newest article is of 29 October 2025: the feed is as new as it, never as new as the clock.
            assertEquals("2025-10-29T00:00:00Z", child(root, "updated").getTextContent());
            assertEquals(RealSite.BASE_URL + lang + "/atom.xml", link(root, "self").getAttribute("href"));
            assertNotNull(child(root, "author"), "a feed without entry authors needs a feed author");
            List<org.w3c.dom.Element> entries = children(root, "entry");
            long articles = site.files("html").stream().filter(f -> f.matches(lang + "/(articles|bai-viet)/[^/]+/index.html")).count();
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
                assertTrue(href.startsWith(RealSite.BASE_URL + lang + "/"), href);
                assertTrue(site.fileOf(href).isPresent(), "entry links to an existing page: " + href);
            }
        }
    }

    @Test
    void eachSummitHasAFeedInEachLanguageLinkedFromItsPage() {
        List<String> summitPages = site.files("html").stream()
                .filter(f -> f.matches("(en/summits|vi/hoi-nghi)/[^/]+/index.html")).toList();
        assertTrue(summitPages.size() >= 10, "summit pages: " + summitPages);
        for (String page : summitPages) {
            String feedPath = page.replace("index.html", "atom.xml");
            org.w3c.dom.Element root = site.xml(feedPath).getDocumentElement();
            assertEquals(ATOM, root.getNamespaceURI());
            assertEquals(RealSite.BASE_URL + feedPath, child(root, "id").getTextContent());
            assertNotNull(child(root, "updated"));
            for (org.w3c.dom.Element e : children(root, "entry")) {
                assertTrue(site.fileOf(link(e, "alternate").getAttribute("href")).isPresent());
            }
            Elements links = site.html(page).select("head link[rel=alternate][type=application/atom+xml]");
            Set<String> hrefs = links.stream().map(l -> l.attr("href")).collect(Collectors.toSet());
            assertTrue(hrefs.contains(RealSite.urlPath(feedPath)), page + " links its summit feed: " + hrefs);
        }
        org.w3c.dom.Element asean13 = site.xml("en/summits/asean-us-13/atom.xml").getDocumentElement();
        Set<String> titles = children(asean13, "entry").stream().map(e -> child(e, "title").getTextContent())
                .collect(Collectors.toSet());
        assertEquals(Set.of("Prime Minister Pham Minh Chinh attends 13th ASEAN–US Summit",
                "Prime Minister Pham Minh Chinh meets Donald Trump, conveys invitation to visit Viet Nam"), titles);
    }

    @Test
    void everyPageLinksItsLanguageFeedFromItsHead() {
        for (String page : site.files("html")) {
            Document d = site.html(page);
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
            assertTrue(loc.startsWith(RealSite.BASE_URL), loc);
            assertTrue(site.fileOf(loc).isPresent(), "sitemap entry exists: " + loc);
            locs.add(loc);
            if (loc.equals(RealSite.BASE_URL)) continue;
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
                assertTrue(href.startsWith(RealSite.BASE_URL), href);
                assertTrue(site.fileOf(href).isPresent(), "alternate exists: " + href);
            }
        }
        Set<String> pages = site.files("html").stream().filter(f -> !f.endsWith("404.html"))
                .map(f -> "https://example.org" + RealSite.urlPath(f)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(pages, locs, "the sitemap lists every HTML page but the 404 pages");
        assertTrue(locs.contains(RealSite.BASE_URL + "vi/lanh-dao/pham-minh-chinh/"));
    }

    @Test
    void robotsTxtNamesTheSitemapUnderTheBaseUrl() {
        String robots = site.text("robots.txt");
        assertTrue(robots.contains("User-agent: *"), robots);
        assertTrue(robots.lines().anyMatch(l -> l.equals("Sitemap: " + RealSite.BASE_URL + "sitemap.xml")), robots);
    }

    // --- Structured data and meta ---

    @Test
    void everyPageHasParseableJsonLdWithBreadcrumbsFromTheHomePage() throws Exception {
        for (String page : site.files("html")) {
            Document d = site.html(page);
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
        assertEquals(site.html(EN_ARTICLE).selectFirst("h1").text(), en.path("headline").asText());
        assertEquals("Foreign Affairs Briefings", en.path("publisher").path("name").asText());
        assertEquals(RealSite.BASE_URL + VI_ARTICLE.replace("index.html", ""),
                en.path("translationOfWork").path("url").asText());
        assertEquals("vi-VN", en.path("translationOfWork").path("inLanguage").asText());

        JsonNode vi = byType(ld(VI_ARTICLE), "NewsArticle");
        assertEquals("vi-VN", vi.path("inLanguage").asText());
        assertEquals(site.html(VI_ARTICLE).selectFirst("h1").text(), vi.path("headline").asText());
        assertTrue(vi.path("translationOfWork").isMissingNode(), "the source is no translation");
        assertEquals(RealSite.BASE_URL + EN_ARTICLE.replace("index.html", ""),
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
        JsonNode p = byType(ld("vi/lanh-dao/pham-minh-chinh/index.html"), "Person");
        assertEquals("Phạm Minh Chính", p.path("name").asText());
        assertEquals("Thủ tướng Chính phủ", p.path("jobTitle").asText());
        assertEquals(RealSite.BASE_URL + "vi/lanh-dao/pham-minh-chinh/", p.path("url").asText());
    }

    @Test
    void pagesCarryOpenGraphAndTwitterCardMeta() {
        Document d = site.html(EN_ARTICLE);
        assertEquals("article", meta(d, "property", "og:type"));
        assertEquals(d.selectFirst("h1").text(), meta(d, "property", "og:title"));
        assertEquals(d.selectFirst("link[rel=canonical]").attr("href"), meta(d, "property", "og:url"));
        assertEquals("en_GB", meta(d, "property", "og:locale"));
        assertEquals("vi_VN", meta(d, "property", "og:locale:alternate"));
        assertEquals("summary", meta(d, "name", "twitter:card"));
        assertFalse(meta(d, "property", "og:description").isBlank());
        assertEquals("website", meta(site.html("vi/index.html"), "property", "og:type"));
    }

    // --- Linked entities ---

    @Test
    void theFirstMentionOfALeaderInAnArticleBodyLinksToTheirPageInTheArticlesLanguage() {
        assertFirstMentionLinked(VI_ARTICLE, "Phạm Minh Chính", "/briefings/vi/lanh-dao/pham-minh-chinh/");
        assertFirstMentionLinked(EN_ARTICLE, "Pham Minh Chinh", "/briefings/en/leaders/pham-minh-chinh/");
        assertFirstMentionLinked(EN_ARTICLE, "13th ASEAN–US Summit", "/briefings/en/summits/asean-us-13/");
    }

    private static void assertFirstMentionLinked(String page, String name, String href) {
        Element body = site.html(page).selectFirst(".body");
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
            String chrono = lang.equals("en") ? "en/chronology/" : "vi/dong-thoi-gian/";
            Document all = site.html(chrono + "index.html");
            Elements entries = all.select(".chronology li.entry");
            assertTrue(entries.size() > 5, "the full chronology has entries");
            Elements filters = all.select("nav.filters a[data-filter]");
            int checked = 0;
            for (Element f : filters) {
                String key = f.attr("data-filter");
                if (key.equals("all")) continue;
                String rel = site.fileOf(f.attr("href")).map(p -> site.out.relativize(p).toString().replace('\\', '/'))
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
                Document filtered = site.html(rel);
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
        assertTrue(site.fileOf("/briefings/vi/dong-thoi-gian/leader/pham-minh-chinh/").isPresent());
    }

    // --- Briefing sheets ---

    @Test
    void eachSummitHasAPrintableBriefingWithItsFiguresAndTheirSources() {
        List<String> summitPages = site.files("html").stream()
                .filter(f -> f.matches("(en/summits|vi/hoi-nghi)/[^/]+/index.html")).toList();
        for (String page : summitPages) {
            String briefing = page.replace("index.html", "briefing/index.html");
            assertTrue(Files.isRegularFile(site.out.resolve(briefing)), briefing);
            Document s = site.html(page);
            assertNotNull(s.selectFirst("a[href=" + RealSite.urlPath(briefing) + "]"), page + " links its briefing");
        }
        Document d = site.html("en/summits/asean-us-13/briefing/index.html");
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
            Document d = site.html(page);
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
            if (!page.matches("(en/articles|vi/bai-viet)/[^/]+/index.html")) continue;
            Document d = site.html(page);
            long total = Files.size(site.out.resolve(page));
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
        RealSite second = RealSite.build(again);
        Map<String, String> first = brief.testing.Sites.hashes(site.out);
        Map<String, String> next = brief.testing.Sites.hashes(second.out);
        assertTrue(first.containsKey("sitemap.xml") && first.containsKey("en/atom.xml"));
        assertEquals(first, next);
    }

    // --- helpers ---

    private static JsonNode ld(String page) throws Exception {
        return JSON.readTree(site.html(page).selectFirst("script[type=application/ld+json]").data());
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
