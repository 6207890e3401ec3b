package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key figures on the pages: money in any currency written each language's way, one fact reported by two
 * articles as one figure with two citations, and the evidence quoted in the reader's language with the
 * original beside it, or a note where the translation is missing or out of date.
 */
class FiguresTest {
    /** Three articles: one translated, one whose translation is older than its source, one not translated. */
    static final Map<String, String> SITE = Map.of(
            "content/site.yaml", """
                    title: {vi: Bản tin thử, en: Test briefings}
                    base_url: /
                    languages:
                      - {code: vi, name: Tiếng Việt, locale: vi-VN, source: true}
                      - {code: en, name: English, locale: en-GB}
                    sections:
                      summits: {vi: hoi-nghi, en: summits}
                    theme: default
                    """,
            "content/summits.yaml", """
                    - id: vn-au
                      name: {vi: "Hội nghị Việt Nam - Australia", en: "Viet Nam–Australia Meeting"}
                      start: "2025-03-01"
                      figures:
                        - id: mekong-package
                          label: {vi: "Gói hỗ trợ Mekong của Australia", en: "Australia's Mekong package"}
                          value: 100
                          unit: AUD
                          scale: million
                          sources:
                            - article: 2025-03-01-hop-tac
                              quote: "Australia công bố gói hỗ trợ 100 triệu AUD cho khu vực Mekong."
                            - article: 2025-03-02-cam-ket
                              quote: "Gói hỗ trợ 100 triệu AUD của Australia được các nước đánh giá cao."
                        - id: japan-pledge
                          label: {vi: "Cam kết của Nhật Bản", en: "Japan's pledge"}
                          value: 5
                          unit: JPY
                          scale: billion
                          approx: about
                          source:
                            article: 2025-03-01-hop-tac
                            quote: "Nhật Bản cam kết khoảng 5 tỷ JPY cho dự án."
                        - id: counterpart-funds
                          label: {vi: "Vốn đối ứng", en: "Counterpart funding"}
                          value: 1234
                          unit: VND
                          scale: million
                          approx: more-than
                          sources:
                            - article: 2025-03-03-von-doi-ung
                              quote: "Tổng vốn đối ứng đạt hơn 1.234 triệu đồng."
                    """,
            "content/articles/2025-03-01-hop-tac/vi.md", """
                    ---
                    title: "Việt Nam và Australia ký kết hợp tác"
                    date: "2025-03-01"
                    summits: [vn-au]
                    ---
                    Australia công bố gói hỗ trợ 100 triệu AUD cho khu vực Mekong. Đây là gói lớn nhất từ trước đến nay.

                    Nhật Bản cam kết khoảng 5 tỷ JPY cho dự án.
                    """,
            "content/articles/2025-03-01-hop-tac/en.md", """
                    ---
                    title: "Viet Nam and Australia sign a cooperation agreement"
                    ---
                    Australia announced an AUD 100 million support package for the Mekong region. It is the largest to date.

                    Japan pledged about JPY 5 billion for the project.
                    """,
            "content/articles/2025-03-02-cam-ket/vi.md", """
                    ---
                    title: "Các nước hoan nghênh gói hỗ trợ"
                    date: "2025-03-02"
                    summits: [vn-au]
                    ---
                    Gói hỗ trợ 100 triệu AUD của Australia được các nước đánh giá cao.
                    """,
            "content/articles/2025-03-02-cam-ket/en.md", """
                    ---
                    title: "Countries welcome the package"
                    translated_from: [0000000000]
                    ---
                    Australia's AUD 100 million package was welcomed.
                    """,
            "content/articles/2025-03-03-von-doi-ung/vi.md", """
                    ---
                    title: "Vốn đối ứng của dự án"
                    date: "2025-03-03"
                    summits: [vn-au]
                    ---
                    Tổng vốn đối ứng đạt hơn 1.234 triệu đồng.
                    """);

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void build() {
        Sites.copyTree(Sites.projectRoot().resolve("themes"), dir.resolve("themes"));
        SITE.forEach((file, text) -> write(dir.resolve(file), text));
        out = dir.resolve("site");
        Sites.Run r = Sites.brief("build", "--source", dir.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.all());
    }

    static void write(Path p, String text) {
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document page(String rel) throws IOException {
        return Jsoup.parse(out.resolve(rel).toFile(), "UTF-8", "https://example.org/" + rel);
    }

    static String value(Document d, String figure) {
        return d.getElementById("figure-" + figure).selectFirst(".value").text();
    }

    @Test
    void moneyInAnyCurrencyIsWrittenTheWayEachLanguageWritesIt() throws IOException {
        Document vi = page("vi/hoi-nghi/vn-au/index.html");
        Document en = page("en/summits/vn-au/index.html");
        assertEquals("100 triệu AUD", value(vi, "mekong-package"));
        assertEquals("AUD 100 million", value(en, "mekong-package"));
        assertEquals("khoảng 5 tỷ JPY", value(vi, "japan-pledge"));
        assertEquals("about JPY 5 billion", value(en, "japan-pledge"));
        // Vietnamese names its own currency with a word, as its strings say; English keeps the code.
        assertEquals("hơn 1.234 triệu đồng", value(vi, "counterpart-funds"));
        assertEquals("more than VND 1,234 million", value(en, "counterpart-funds"));
        assertEquals("AUD 100 million", page("en/summits/vn-au/briefing/index.html")
                .selectFirst("#figure-mekong-package td.value").text());
    }

    @Test
    void oneFactReportedByTwoArticlesIsOneFigureWithTwoCitations() throws IOException {
        Document en = page("en/summits/vn-au/index.html");
        assertEquals(3, en.select(".figures .figure").size(), "three facts, three cards");
        Elements citations = en.select("#figure-mekong-package dd.source");
        assertEquals(2, citations.size());
        assertEquals("/en/articles/viet-nam-and-australia-sign-a-cooperation-agreement/#p-1",
                citations.get(0).selectFirst("a").attr("href"));
        assertEquals("/en/articles/countries-welcome-the-package/#p-1", citations.get(1).selectFirst("a").attr("href"));
    }

    @Test
    void theEvidenceIsTheSentenceOfTheTranslationThatStatesTheFigureWithTheOriginalBesideIt() throws IOException {
        Element source = page("en/summits/vn-au/index.html").selectFirst("#figure-mekong-package dd.source");
        Element quote = source.selectFirst("blockquote");
        assertEquals("en", quote.attr("lang"));
        assertEquals("Australia announced an AUD 100 million support package for the Mekong region.", quote.text(),
                "the sentence that states the figure, not the whole paragraph");
        Element original = source.selectFirst("details.original");
        assertEquals("Original (Tiếng Việt)", original.selectFirst("summary").text());
        assertEquals("vi", original.selectFirst("summary span").attr("lang"));
        assertEquals("vi", original.selectFirst("blockquote").attr("lang"));
        assertEquals("Australia công bố gói hỗ trợ 100 triệu AUD cho khu vực Mekong.",
                original.selectFirst("blockquote").text());
        // The Vietnamese page quotes the source itself, and has no "original" to add.
        Element vi = page("vi/hoi-nghi/vn-au/index.html").selectFirst("#figure-mekong-package dd.source");
        assertEquals("vi", vi.selectFirst("blockquote").attr("lang"));
        assertTrue(vi.select("details").isEmpty());
    }

    @Test
    void aMissingOrOutdatedTranslationIsSaidInThePagesLanguage() throws IOException {
        Document en = page("en/summits/vn-au/index.html");
        Element outdated = en.select("#figure-mekong-package dd.source").get(1);
        assertEquals("The English translation of this passage is out of date; the original:",
                outdated.selectFirst(".evidence-note").text());
        assertEquals("vi", outdated.selectFirst("blockquote").attr("lang"));
        Element missing = en.selectFirst("#figure-counterpart-funds dd.source");
        assertEquals("Not yet translated into English; the passage in the original:",
                missing.selectFirst(".evidence-note").text());
        assertEquals("Tổng vốn đối ứng đạt hơn 1.234 triệu đồng.", missing.selectFirst("blockquote[lang=vi]").text());
        assertEquals("vi", missing.selectFirst("a").attr("lang"), "the untranslated title is marked too");
    }

    @Test
    void englishPagesCarryNoVietnameseOutsideALangViElement() throws IOException {
        for (String rel : List.of("en/summits/vn-au/index.html", "en/summits/vn-au/briefing/index.html")) {
            List<String> unmarked = unmarkedVietnamese(page(rel));
            assertEquals(List.of(), unmarked, rel);
        }
        // The check can fail: without its lang attributes, the same page quotes Vietnamese unmarked.
        Document stripped = page("en/summits/vn-au/index.html");
        stripped.select("body [lang]").removeAttr("lang");
        assertTrue(unmarkedVietnamese(stripped).contains("Tổng vốn đối ứng đạt hơn 1.234 triệu đồng."));
    }

    @Test
    void theRealSitesEnglishSummitPagesQuoteNoUnmarkedVietnamese(@TempDir Path real) {
        Path site = Sites.buildRealSite(real, d -> { });
        try (var files = Files.list(site.resolve("en/summits"))) {
            for (Path summit : files.filter(Files::isDirectory).sorted().toList()) {
                for (Path p : List.of(summit.resolve("index.html"), summit.resolve("briefing/index.html"))) {
                    Document d = Jsoup.parse(p.toFile(), "UTF-8", "https://example.org/");
                    assertEquals(List.of(), unmarkedVietnamese(d.selectFirst("main")), site.relativize(p).toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Letters only Vietnamese uses among the site's languages. */
    static final Pattern VIETNAMESE = Pattern.compile("[ăâđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The texts with Vietnamese letters whose nearest element with a lang attribute is not Vietnamese. */
    static List<String> unmarkedVietnamese(Element root) {
        List<String> out = new ArrayList<>();
        NodeTraversor.traverse((Node node, int depth) -> {
            if (!(node instanceof TextNode t) || !VIETNAMESE.matcher(t.text()).find()) return;
            Element e = t.parent();
            while (e != null && !e.hasAttr("lang")) e = e.parent();
            if (e == null || !e.attr("lang").startsWith("vi")) out.add(t.text().strip());
        }, root.selectFirst("body") != null ? root.selectFirst("body") : root);
        return out;
    }
}
