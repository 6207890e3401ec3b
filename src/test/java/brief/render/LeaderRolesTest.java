package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles true on their date and honest today, as the built pages show them: an ended role is former, with its
 * years, on the leader page, the leaders index and in JSON-LD; an open role is "since" its date; roles held
 * together are both shown on a summit of that date; the index puts office-holders first, in each language's
 * alphabetical order.
 */
class LeaderRolesTest {
    @TempDir
    static Path dir;
    static Path site;

    /** The minimal site with these leaders; Bui Thanh Son attends the 13th ASEAN–US Summit (26 October 2025). */
    private static final String LEADERS = """
            - id: pham-minh-chinh
              name: {vi: "Phạm Minh Chính", en: "Pham Minh Chinh"}
              aliases: {en: ["Prime Minister Chinh"]}
              country: VN
              roles:
                - title: {vi: "Thủ tướng Chính phủ", en: "Prime Minister"}
                  from: "2021-04-05"
            - id: luong-cuong
              name: {vi: "Lương Cường", en: "Luong Cuong"}
              country: VN
              roles:
                - title: {vi: "Chủ tịch nước", en: "State President"}
                  from: "2024-10-21"
            - id: donald-trump
              name: {vi: "Donald Trump", en: "Donald Trump"}
              country: US
              roles:
                - title: {vi: "Tổng thống Hoa Kỳ", en: "President of the United States"}
                  from: "2025-01-20"
            - id: dang-thi-be
              name: {vi: "Đặng Thị Bé", en: "Dang Thi Be"}
              country: VN
              roles:
                - title: {vi: "Đại sứ", en: "Ambassador"}
                  from: "2023-03"
            - id: bui-thanh-son
              name: {vi: "Bùi Thanh Sơn", en: "Bui Thanh Son"}
              country: VN
              roles:
                - title: {vi: "Bộ trưởng Ngoại giao", en: "Minister of Foreign Affairs"}
                  from: "2021-04-08"
                - title: {vi: "Phó Thủ tướng", en: "Deputy Prime Minister"}
                  from: "2024-08-26"
                  concurrent: true
            - id: antony-blinken
              name: {vi: "Antony Blinken", en: "Antony Blinken"}
              country: US
              roles:
                - title: {vi: "Ngoại trưởng Hoa Kỳ", en: "US Secretary of State"}
                  from: "2021-01-26"
                  to: "2025-01-20"
            """;

    @BeforeAll
    static void build() throws IOException {
        Path root = Sites.copyFixture("minimal", dir.resolve("src"));
        Files.writeString(root.resolve("content/leaders.yaml"), LEADERS, StandardCharsets.UTF_8);
        Path summits = root.resolve("content/summits.yaml");
        Files.writeString(summits, Files.readString(summits).replace("    - donald-trump\n", "    - donald-trump\n    - bui-thanh-son\n"));
        site = root.resolve("site");
        Sites.Run r = Sites.brief("build", "--source", root.toString(), "--out", site.toString(), "--strict");
        assertEquals(0, r.exit(), r.all());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void aFormerOfficialIsShownAsFormerWithTheYearsOfTheRole() throws IOException {
        assertEquals("Former US Secretary of State (2021–2025)",
                page("en/leaders/antony-blinken/index.html").selectFirst(".standing").text());
        assertEquals("Nguyên Ngoại trưởng Hoa Kỳ (2021–2025)",
                page("vi/leaders/antony-blinken/index.html").selectFirst(".standing").text());
        assertEquals("US Secretary of State: 26 January 2021 – 20 January 2025",
                page("en/leaders/antony-blinken/index.html").selectFirst(".roles li").text());
    }

    @Test
    void anOpenRoleIsShownSinceItsDate() throws IOException {
        Document en = page("en/leaders/pham-minh-chinh/index.html");
        assertEquals("Prime Minister, since 5 April 2021", en.selectFirst(".standing").text());
        assertEquals("Prime Minister: since 5 April 2021", en.selectFirst(".roles li").text());
        assertEquals("Thủ tướng Chính phủ, từ 5 tháng 4 năm 2021",
                page("vi/leaders/pham-minh-chinh/index.html").selectFirst(".standing").text());
    }

    @Test
    void jsonLdNeverGivesAPastRoleAsTheCurrentJob() throws IOException {
        assertEquals("Former US Secretary of State (2021–2025)", person("en/leaders/antony-blinken/index.html").path("jobTitle").asText());
        assertEquals("Nguyên Ngoại trưởng Hoa Kỳ (2021–2025)", person("vi/leaders/antony-blinken/index.html").path("jobTitle").asText());
        assertEquals("Prime Minister", person("en/leaders/pham-minh-chinh/index.html").path("jobTitle").asText());
    }

    private static JsonNode person(String path) throws IOException {
        for (var script : page(path).select("script[type=application/ld+json]")) {
            JsonNode n = new ObjectMapper().readTree(script.data());
            for (JsonNode item : n.has("@graph") ? n.get("@graph") : List.of(n)) {
                if ("Person".equals(item.path("@type").asText())) return item;
            }
        }
        throw new AssertionError("no Person in the JSON-LD of " + path);
    }

    @Test
    void theIndexPutsOfficeHoldersFirstInTheLanguagesOwnOrderAndLabelsFormerOnes() throws IOException {
        Document vi = page("vi/leaders/index.html");
        assertEquals(List.of("Đương nhiệm", "Đã rời chức vụ"), vi.select("main h2").eachText());
        // Vietnamese order: D before Đ, and Đ before L (a code-point sort would put Đặng last).
        assertEquals(List.of("Bùi Thanh Sơn", "Donald Trump", "Đặng Thị Bé", "Lương Cường", "Phạm Minh Chính"),
                vi.select("#leaders-current + .leader-index > li > a").eachText());
        assertEquals("Nguyên Ngoại trưởng Hoa Kỳ (2021–2025) · Hoa Kỳ",
                vi.selectFirst("#leaders-former + .leader-index > li .meta").text());
        Document en = page("en/leaders/index.html");
        assertEquals(List.of("Bui Thanh Son", "Dang Thi Be", "Donald Trump", "Luong Cuong", "Pham Minh Chinh"),
                en.select("#leaders-current + .leader-index > li > a").eachText());
        assertEquals(List.of("Antony Blinken"), en.select("#leaders-former + .leader-index > li > a").eachText());
        assertTrue(en.selectFirst("#leaders-former + .leader-index > li .meta").text().startsWith("Former US Secretary of State (2021–2025)"));
    }

    @Test
    void rolesHeldTogetherAreBothShownOnTheDateOfASummit() throws IOException {
        String shown = page("en/summits/asean-us-13/index.html").select("a[href$=/leaders/bui-thanh-son/]").first()
                .parent().selectFirst(".role").text();
        assertEquals("Minister of Foreign Affairs; Deputy Prime Minister", shown);
        assertEquals("Minister of Foreign Affairs, since 8 April 2021; Deputy Prime Minister, since 26 August 2024",
                page("en/leaders/bui-thanh-son/index.html").selectFirst(".standing").text());
    }
}
