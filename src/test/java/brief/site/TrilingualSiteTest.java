package brief.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third language needs only configuration, strings and content: the trilingual fixture adds French with
 * site.yaml, themes/default/i18n/fr.yaml and fr.md files, and no code.
 */
class TrilingualSiteTest {
    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void build() {
        Sites.copyFixture("trilingual", dir);
        out = dir.resolve("site");
        Sites.Run r = Sites.brief("build", "--source", dir.toString());
        assertEquals(0, r.exit(), r.all());
    }

    static Document page(String rel) throws Exception {
        Path f = out.resolve(rel);
        assertTrue(Files.exists(f), "missing page " + rel);
        return Jsoup.parse(f.toFile(), "UTF-8", "https://example.org/" + rel);
    }

    @Test
    void everyLanguageHasItsHomeWithTheRightHtmlLang() throws Exception {
        assertEquals("vi-VN", page("vi/index.html").selectFirst("html").attr("lang"));
        assertEquals("en-GB", page("en/index.html").selectFirst("html").attr("lang"));
        assertEquals("fr-FR", page("fr/index.html").selectFirst("html").attr("lang"));
    }

    @Test
    void sectionPathsComeFromSiteYaml() throws Exception {
        page("fr/sommets/test-summit-1/index.html");
        page("fr/dirigeants/nguyen-van-an/index.html");
        page("fr/chronologie/index.html");
        page("vi/hoi-nghi/test-summit-1/index.html");
        page("en/leaders/anna-schmidt/index.html");
    }

    @Test
    void articleSlugsAreAsciiFromEachLanguagesTitle() throws Exception {
        page("vi/bai-viet/hoi-nghi-thu-nghiem-tai-da-nang/index.html");
        page("en/articles/test-summit-in-da-nang/index.html");
        page("fr/articles/sommet-de-test-a-da-nang/index.html");
    }

    @Test
    void everyPageDeclaresAlternatesForEveryLanguageAndXDefault() throws Exception {
        Document d = page("fr/sommets/test-summit-1/index.html");
        List<String> langs = d.select("link[rel=alternate][hreflang]").eachAttr("hreflang");
        assertEquals(List.of("vi-VN", "en-GB", "fr-FR", "x-default"), langs);
        assertEquals("https://example.org/en/summits/test-summit-1/",
                d.selectFirst("link[hreflang=en-GB]").attr("href"));
    }

    @Test
    void languageSwitcherLinksToTheSamePageInTheOtherLanguages() throws Exception {
        Document d = page("en/articles/test-summit-in-da-nang/index.html");
        List<String> links = d.select("nav.langs a").eachAttr("href");
        assertTrue(links.contains("/vi/bai-viet/hoi-nghi-thu-nghiem-tai-da-nang/"), links.toString());
        assertTrue(links.contains("/fr/articles/sommet-de-test-a-da-nang/"), links.toString());
    }

    @Test
    void aMissingTranslationSaysSoAndLinksToTheOriginal() throws Exception {
        Document d = page("fr/articles/bai-chua-dich-ve-dang-thi-be/index.html");
        Element notice = d.selectFirst(".notice");
        assertTrue(notice != null && notice.text().contains("pas encore été traduit"), d.select("main").text());
        assertEquals("/vi/bai-viet/bai-chua-dich-ve-dang-thi-be/", notice.selectFirst("a").attr("href"));
        assertEquals("vi-VN", d.selectFirst("h1").attr("lang"), "the untranslated title is marked as Vietnamese");
        assertTrue(d.select(".body").isEmpty(), "no body in the wrong language");
    }

    @Test
    void datesAreWrittenInEachLanguagesOwnWay() throws Exception {
        assertEquals("15 tháng 1 năm 2025", page("vi/bai-viet/hoi-nghi-thu-nghiem-tai-da-nang/index.html")
                .selectFirst("article time").text());
        assertEquals("15 January 2025", page("en/articles/test-summit-in-da-nang/index.html").selectFirst("article time").text());
        assertEquals("15 janvier 2025", page("fr/articles/sommet-de-test-a-da-nang/index.html").selectFirst("article time").text());
    }

    @Test
    void figuresUseTheLanguagesNumberFormat() throws Exception {
        assertEquals("hơn 11,8 tỷ USD", page("vi/hoi-nghi/test-summit-1/index.html").selectFirst(".figure .value").text());
        assertEquals("more than USD 11.8 billion", page("en/summits/test-summit-1/index.html").selectFirst(".figure .value").text());
        assertEquals("plus de 11,8 milliards USD", page("fr/sommets/test-summit-1/index.html").selectFirst(".figure .value").text());
    }

    @Test
    void aFigureCitesTheParagraphItWasQuotedFrom() throws Exception {
        Element source = page("en/summits/test-summit-1/index.html").selectFirst(".figure .source a");
        assertEquals("/en/articles/test-summit-in-da-nang/#p-4", source.attr("href"));
        assertTrue(page("en/articles/test-summit-in-da-nang/index.html").getElementById("p-4").text()
                .contains("USD 11.8 billion"));
    }

    @Test
    void leadersAreShownWithTheTitleTheyHeldOnTheDate() throws Exception {
        // Minister until 31 January 2025, Deputy Prime Minister from 1 February.
        assertTrue(page("en/articles/test-summit-in-da-nang/index.html").select(".facts").text().contains("Minister"));
        assertFalse(page("en/articles/test-summit-in-da-nang/index.html").select(".facts").text().contains("Deputy"));
        assertTrue(page("en/articles/untranslated-article-about-dang-thi-be/index.html").select(".facts").text()
                .contains("Deputy Prime Minister"));
    }

    @Test
    void captionsBecomeFigureCaptionsAndInternalLinksResolve() throws Exception {
        Document d = page("vi/bai-viet/hoi-nghi-thu-nghiem-tai-da-nang/index.html");
        assertEquals("Các đại biểu dự hội nghị. Ảnh: TTXVN", d.selectFirst("figure.caption figcaption").text());
        assertEquals("/vi/hoi-nghi/test-summit-1/", d.selectFirst(".body a[href*=hoi-nghi]").attr("href"));
        assertEquals("#p-1", d.select(".body a:not(.permalink)").last().attr("href"));
    }

    @Test
    void leadersIndexPutsOfficeHoldersFirstInVietnameseAlphabeticalOrder() throws Exception {
        Document d = page("vi/lanh-dao/index.html");
        assertEquals(List.of("Đương nhiệm", "Khác"), d.select("main h2").eachText());
        assertEquals(List.of("Anna Schmidt", "Nguyễn Văn An"), d.select("#leaders-current + .leader-index > li > a").eachText());
        assertEquals(List.of("Đặng Thị Bé"), d.select("#leaders-other + .leader-index > li > a").eachText());
        assertEquals("Phó Thủ tướng, từ 1 tháng 2 năm 2025 · Việt Nam",
                d.select("#leaders-current + .leader-index > li").get(1).selectFirst(".meta").text());
    }

    @Test
    void chronologyShowsMonthPrecisionAsAMonth() throws Exception {
        Element e = page("en/chronology/index.html").getElementById("event-test-event");
        assertTrue(e != null && e.selectFirst("time").text().equals("December 2024"), String.valueOf(e));
    }

    @Test
    void rootChoosesALanguage() throws Exception {
        List<String> links = page("index.html").select(".choices a").eachAttr("href");
        assertEquals(List.of("/vi/", "/en/", "/fr/"), links);
        page("404.html");
        page("fr/404.html");
    }
}
