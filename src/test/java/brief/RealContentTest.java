package brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own content/ builds into a complete bilingual briefing, faithful to the seeds. */
class RealContentTest {
    static final Path SEEDS = Sites.SEEDS;
    static final Map<String, String> SEED_TO_ARTICLE = Map.of(
            "000", "2025-10-26-asean-us-summit-13",
            "001", "2025-10-26-pm-meets-trump-asean-us-13",
            "002", "2024-10-11-asean-us-summit-12",
            "003", "2025-10-29-apec-luong-cuong-trump",
            "004", "2025-07-10-amm-58-asean-plus");

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void build() {
        // --strict: the shipped content builds with no error and no warning.
        out = Sites.buildRealSite(dir, d -> { }, "--strict");
    }

    static Document page(String rel) throws Exception {
        Path f = out.resolve(rel);
        assertTrue(Files.exists(f), "missing page " + rel);
        return Jsoup.parse(f.toFile(), "UTF-8");
    }

    static long articlePages(String lang, String section) throws Exception {
        try (Stream<Path> s = Files.list(out.resolve(lang).resolve(section))) {
            return s.filter(Files::isDirectory).count();
        }
    }

    @Test
    void fiveArticlesInEachLanguage() throws Exception {
        assertEquals(5, articlePages("vi", "bai-viet"));
        assertEquals(5, articlePages("en", "articles"));
    }

    @Test
    void everySeedParagraphAppearsVerbatimOnItsVietnamesePage() throws Exception {
        for (var e : SEED_TO_ARTICLE.entrySet()) {
            Path seed;
            try (Stream<Path> s = Files.list(SEEDS)) {
                seed = s.filter(p -> p.getFileName().toString().startsWith(e.getKey() + "_")).findFirst().orElseThrow();
            }
            Document d = page("vi/bai-viet/" + vietnameseSlug(e.getValue()) + "/index.html");
            d.select(".permalink").remove(); // a paragraph's permalink is furniture, not its text
            List<String> blocks = new ArrayList<>();
            for (Element el : d.select("main h1, main .byline, main .body > p, main .body > h2, main figcaption")) {
                blocks.add(norm(el.text()));
            }
            for (String paragraph : seedParagraphs(Files.readString(seed))) {
                boolean found = blocks.contains(paragraph);
                // A caption glued to its paragraph in the wire text is shown as a caption followed by the paragraph.
                for (int i = 0; !found && i + 1 < blocks.size(); i++) {
                    found = (blocks.get(i) + blocks.get(i + 1)).equals(paragraph);
                }
                assertTrue(found, "seed " + e.getKey() + ": paragraph not on the page verbatim:\n" + paragraph);
            }
        }
    }

    static List<String> seedParagraphs(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replaceFirst("^\\s*date\\s+\\d{4}-\\d{2}(-\\d{2})?\\s+", "");
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n[\\s\\u00A0]*\\n")) {
            String n = norm(p);
            if (n.isEmpty() || n.equals("Bình luận") || n.equals("Chưa có bình luận")) continue;
            out.add(n);
        }
        return out;
    }

    static String norm(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    static String vietnameseSlug(String articleId) throws Exception {
        String text = Files.readString(Sites.projectRoot().resolve("content/articles").resolve(articleId).resolve("vi.md"));
        String title = text.lines().filter(l -> l.startsWith("title:")).findFirst().orElseThrow()
                .replaceFirst("title:\\s*", "").replaceAll("^\"|\"$", "");
        return brief.i18n.Slugs.slugify(title);
    }

    @Test
    void everyLeaderAndSummitHasAPageInBothLanguages() throws Exception {
        for (String leader : List.of("pham-minh-chinh", "to-lam", "luong-cuong", "bui-thanh-son", "donald-trump",
                "antony-blinken", "marco-rubio", "lee-jae-myung", "takeshi-iwaya", "sergey-lavrov", "park-yoon-joo")) {
            page("vi/lanh-dao/" + leader + "/index.html");
            page("en/leaders/" + leader + "/index.html");
        }
        for (String summit : List.of("asean-us-13", "asean-us-12", "apec-2025", "amm-58", "amm-58-asean-plus-3",
                "mekong-japan-fmm-16")) {
            page("vi/hoi-nghi/" + summit + "/index.html");
            page("en/summits/" + summit + "/index.html");
        }
    }

    @Test
    void everyKeyFigureQuoteOccursInItsSourceArticle() throws Exception {
        JsonNode summits = new ObjectMapper(new YAMLFactory()).readTree(
                Sites.projectRoot().resolve("content/summits.yaml").toFile());
        int figures = 0;
        for (JsonNode s : summits) {
            for (JsonNode f : s.path("figures")) {
                List<JsonNode> sources = new java.util.ArrayList<>();
                f.path("sources").forEach(sources::add);
                if (f.has("source")) sources.add(f.path("source"));
                for (JsonNode source : sources) {
                    String article = source.path("article").asText();
                    String quote = norm(source.path("quote").asText());
                    Document d = page("vi/bai-viet/" + vietnameseSlug(article) + "/index.html");
                    assertTrue(norm(d.select("main .body").text()).contains(quote),
                            "figure " + f.path("id").asText() + ": quote not in article " + article);
                }
                figures++;
            }
        }
        assertTrue(figures >= 10, "the summits carry their key figures");
    }

    @Test
    void differingFiguresFromTwoArticlesAreBothKept() throws Exception {
        String en = page("en/summits/asean-us-13/index.html").text() + page("en/summits/amm-58-asean-us/index.html").text();
        assertTrue(en.contains("more than USD 453 billion"), "453 bn from the summit articles");
        assertTrue(en.contains("more than USD 450 billion"), "450 bn from the foreign ministers' article");
    }

    @Test
    void theBilateralMeetingIsAChronologyEventOfItsOwn() throws Exception {
        Element e = page("en/chronology/index.html").getElementById("event-pm-chinh-meets-trump-2025-10-26");
        assertTrue(e != null, "the PM–President meeting of 26 October 2025 is in the chronology");
    }

    @Test
    void englishPagesNameCountriesAndTheCreditedAgencyInTheHouseStyle() throws Exception {
        try (Stream<Path> s = Files.walk(out.resolve("en"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(p.toFile(), "UTF-8");
                d.select("main [lang]").not("[lang^=en]").remove();   // an original quoted beside its translation
                String text = d.select("main").text();
                for (String wrong : List.of("TTXVN", "Vietnam", "South Korea")) {
                    assertFalse(java.util.regex.Pattern.compile("\\b" + wrong + "\\b").matcher(text).find(),
                            out.relativize(p) + " says '" + wrong + "'");
                }
            }
        }
    }

    @Test
    void aDecisionIsDatedByTheMeetingThatTookItAndListedAfterIt() throws Exception {
        // "After" in reading order: the chronology's oldest-first page (the main page reads newest first).
        String html = page("en/chronology/oldest-first/index.html").html();
        int meeting = html.indexOf("id=\"summit-mekong-japan-fmm-16\"");
        int decision = html.indexOf("id=\"event-mekong-japan-summit-resumption-2025\"");
        assertTrue(meeting > 0 && decision > meeting, "the decision to resume the summit follows the meeting");
        Element e = page("en/chronology/index.html").getElementById("event-mekong-japan-summit-resumption-2025");
        assertEquals("2025-07-10", e.selectFirst("time").attr("datetime"));
    }

    @Test
    void coChairsAreNotPresentedAsHosts() throws Exception {
        Document d = page("en/summits/mekong-japan-fmm-16/index.html");
        List<String> labels = d.select("main dl.facts dt").eachText();
        assertTrue(labels.contains("Co-chairs") && !labels.contains("Host"), labels.toString());
        assertEquals("Viet Nam and Japan", d.select("main dl.facts dt:containsOwn(Co-chairs) + dd").text());
    }

    @Test
    void twoBuildsOfTheSameSourcesAreByteIdentical(@TempDir Path other) {
        Sites.Run r = Sites.brief("build", "--source", dir.toString(), "--out", other.resolve("site").toString());
        assertEquals(0, r.exit(), r.all());
        assertEquals(Sites.hashes(out), Sites.hashes(other.resolve("site")));
    }

    @Test
    void aSecondBuildWithNothingChangedWritesNoFile() throws Exception {
        long before = Files.getLastModifiedTime(out.resolve("en/index.html")).toMillis();
        Sites.Run r = Sites.brief("build", "--source", dir.toString());
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("nothing changed, no file written"), r.out());
        assertEquals(before, Files.getLastModifiedTime(out.resolve("en/index.html")).toMillis());
    }
}
