package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's house style on its pages: countries named as site.yaml says in each language (else as the JDK
 * does), the outlet and the agency it credits named per language, and co-chairs shown apart from the host.
 */
class HouseStyleTest {
    static final String SITE = """
            title: {vi: Bản tin, en: Briefings}
            base_url: /
            languages:
              - {code: vi, name: Tiếng Việt, locale: vi-VN, source: true}
              - {code: en, name: English, locale: en-GB}
            theme: default
            countries:
              VN: {vi: Việt Nam, en: Viet Nam}
              KR: {en: Republic of Korea}
            """;
    static final String LEADERS = """
            - id: bui-thanh-son
              name: {vi: Bùi Thanh Sơn, en: Bui Thanh Son}
              country: VN
              roles:
                - title: {vi: Bộ trưởng Bộ Ngoại giao, en: Minister of Foreign Affairs}
                  from: "2021-04-08"
            - id: park-yoon-joo
              name: Park Yoon Joo
              country: KR
              roles:
                - title: {vi: Thứ trưởng thứ nhất Bộ Ngoại giao Hàn Quốc, en: First Vice Minister of Foreign Affairs}
                  from: "2025-06"
            - id: takeshi-iwaya
              name: Takeshi Iwaya
              country: JP
              roles:
                - title: {vi: Bộ trưởng Ngoại giao Nhật Bản, en: Minister for Foreign Affairs of Japan}
                  from: "2024-10-01"
            """;
    static final String SUMMITS = """
            - id: mekong-japan-fmm-16
              name: {vi: Hội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần thứ 16, en: 16th Mekong–Japan Foreign Ministers' Meeting}
              start: "2025-07-10"
              city: Kuala Lumpur
              country: MY
              host: Malaysia
              co_chairs: {vi: Việt Nam và Nhật Bản, en: Viet Nam and Japan}
              participants: [bui-thanh-son]
            - id: apec-2025
              name: {vi: Tuần lễ Cấp cao APEC 2025, en: APEC Economic Leaders' Week 2025}
              start: "2025-10-27"
              city: Gyeongju
              country: KR
              host: {vi: Hàn Quốc, en: Republic of Korea}
            """;
    static final String ARTICLE_VI = """
            ---
            title: "Hội nghị Mekong - Nhật Bản"
            date: "2025-07-10"
            outlet: ĐNO
            source: {vi: TTXVN, en: VNA}
            summits: [mekong-japan-fmm-16]
            ---
            ĐNO - Theo phóng viên TTXVN, chiều 10/7, Hội nghị diễn ra tại Kuala Lumpur.
            """;
    static final String ARTICLE_EN = """
            ---
            title: "Mekong–Japan meeting"
            ---
            ĐNO - According to a VNA correspondent, the meeting took place in Kuala Lumpur on the afternoon of 10 July.
            """;

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void build() {
        Sites.writeSite(dir, "content/site.yaml", SITE, "content/leaders.yaml", LEADERS,
                "content/summits.yaml", SUMMITS, "content/articles/mekong-japan/vi.md", ARTICLE_VI,
                "content/articles/mekong-japan/en.md", ARTICLE_EN);
        Sites.Run stamp = Sites.brief("stamp", "mekong-japan", "--lang", "en", "--source", dir.toString());
        assertEquals(0, stamp.exit(), stamp.all());
        out = dir.resolve("site");
        Sites.Run r = Sites.brief("build", "--strict", "--source", dir.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.all());
    }

    static Document page(String rel) throws Exception {
        Path f = out.resolve(rel);
        assertTrue(Files.exists(f), "missing page " + rel);
        return Jsoup.parse(f.toFile(), "UTF-8");
    }

    /** The text of the {@code <dd>} that follows the {@code <dt>} with this label, or null. */
    static String fact(Document d, String label) {
        for (Element dt : d.select("main dl dt")) {
            if (dt.text().equals(label)) return dt.nextElementSibling().text();
        }
        return null;
    }

    @Test
    void aCountryIsNamedAsSiteYamlSaysInEachLanguage() throws Exception {
        assertTrue(page("en/leaders/bui-thanh-son/index.html").select("main").text().contains("Viet Nam"));
        assertFalse(page("en/leaders/bui-thanh-son/index.html").select("main").text().contains("Vietnam"));
        assertTrue(page("vi/leaders/bui-thanh-son/index.html").select("main").text().contains("Việt Nam"));
        String index = page("en/leaders/index.html").select("main").text();
        assertTrue(index.contains("Republic of Korea"), index);
        assertFalse(index.contains("South Korea"), index);
        assertTrue(page("en/summits/apec-2025/index.html").select("main").text().contains("Gyeongju, Republic of Korea"));
        // The JSON-LD of a leader names the country the same way.
        assertTrue(page("en/leaders/bui-thanh-son/index.html").select("script[type=application/ld+json]").html()
                .contains("\"name\":\"Viet Nam\""));
    }

    @Test
    void aCountryOrLanguageThatSiteYamlDoesNotNameKeepsTheJdkName() throws Exception {
        // KR is named for English only: Vietnamese pages keep the JDK's name, not the English one.
        String vi = page("vi/leaders/park-yoon-joo/index.html").select("main").text();
        assertTrue(vi.contains("Hàn Quốc"), vi);
        assertFalse(vi.contains("Republic of Korea"), vi);
        assertTrue(page("en/leaders/takeshi-iwaya/index.html").select("main").text().contains("Japan"));
    }

    @Test
    void theAgencyAnArticleCreditsIsNamedInTheReadersLanguage() throws Exception {
        Document en = page("en/articles/mekong-japan-meeting/index.html");
        String meta = en.select("main header").text();
        assertTrue(meta.contains("Source: VNA"), meta);
        assertTrue(meta.contains("ĐNO"), "an outlet given once is the same in every language: " + meta);
        assertFalse(en.select("main").text().contains("TTXVN"), en.select("main").text());
        assertTrue(en.select("script[type=application/ld+json]").html()
                .contains("\"sourceOrganization\":{\"@type\":\"Organization\",\"name\":\"VNA\"}"));
        assertTrue(page("vi/articles/hoi-nghi-mekong-nhat-ban/index.html").select("main header").text()
                .contains("Theo: TTXVN"));
    }

    @Test
    void coChairsAreShownApartFromTheHost() throws Exception {
        Document en = page("en/summits/mekong-japan-fmm-16/index.html");
        assertEquals("Malaysia", fact(en, "Host"));
        assertEquals("Viet Nam and Japan", fact(en, "Co-chairs"));
        Document vi = page("vi/summits/mekong-japan-fmm-16/index.html");
        assertEquals("Việt Nam và Nhật Bản", fact(vi, "Đồng chủ trì"));
        assertEquals("Viet Nam and Japan", fact(page("en/summits/mekong-japan-fmm-16/briefing/index.html"), "Co-chairs"));
        assertNull(fact(page("en/summits/apec-2025/index.html"), "Co-chairs"), "no co-chairs given, none shown");
    }

    @Test
    void anUnknownCountryCodeInSiteYamlIsReportedWhereItIsWritten(@TempDir Path bad) {
        Sites.writeSite(bad, "content/site.yaml", SITE.replace("  KR: {en: Republic of Korea}", "  VNM: Viet Nam"),
                "content/leaders.yaml", LEADERS);
        Sites.Run r = Sites.brief("check", "--source", bad.toString());
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.all().contains("content/site.yaml:9:3: error: unknown country 'VNM' in 'countries' of site.yaml"
                + " (expected a two-letter ISO code such as VN, US, MY)\n"), r.all());
        assertTrue(r.all().contains("= hint: use 'VN'"), r.all());
        assertFalse(r.all().contains("Exception"), r.all());
    }

    @Test
    void aCountryWithoutANameIsReportedWhereItIsWritten(@TempDir Path bad) {
        Sites.writeSite(bad, "content/site.yaml", SITE.replace("  KR: {en: Republic of Korea}", "  KR: \"\""),
                "content/leaders.yaml", LEADERS);
        Sites.Run r = Sites.brief("check", "--source", bad.toString());
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.all().contains("content/site.yaml:9:7: error: country 'KR' in 'countries' of site.yaml has no name\n"),
                r.all());
        assertTrue(r.all().contains("= hint: write the name, e.g. 'KR: {vi: …, en: …}', or remove the line"), r.all());
    }
}
