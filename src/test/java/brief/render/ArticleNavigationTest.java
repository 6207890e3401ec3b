package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import brief.testing.Sites;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The furniture that helps a reader find their way in and out of an article, in every language of the site. */
class ArticleNavigationTest {
    @TempDir
    static Path dir;
    static Path site;

    static final String EN = "en/articles/prime-minister-pham-minh-chinh-attends-the-asean-us-summit/index.html";
    static final String EN_SECOND = "en/articles/the-second-day-in-kuala-lumpur/index.html";
    static final String VI_SECOND = "vi/articles/ngay-thu-hai-tai-kuala-lumpur/index.html";
    static final String VI = "vi/articles/thu-tuong-pham-minh-chinh-du-hoi-nghi-cap-cao-asean-hoa-ky/index.html";

    @BeforeAll
    static void build() {
        Path root = Sites.copyFixture("minimal", dir.resolve("src"));
        // Three articles of the 13th ASEAN–US Summit: the fixture's (26 October), then these two.
        Sites.inline(root,
                "content/articles/2025-10-27-second-day/vi.md", """
                        ---
                        title: "Ngày thứ hai tại Kuala Lumpur"
                        date: "2025-10-27"
                        summits: [asean-us-13]
                        leaders: [pham-minh-chinh]
                        topics: [trade]
                        ---
                        Đoạn thứ nhất.
                        """,
                "content/articles/2025-10-27-second-day/en.md", """
                        ---
                        title: "The second day in Kuala Lumpur"
                        ---
                        The first paragraph.
                        """,
                "content/articles/2025-10-28-third-day/vi.md", """
                        ---
                        title: "Ngày thứ ba tại Kuala Lumpur"
                        date: "2025-10-28"
                        summits: [asean-us-13]
                        ---
                        Đoạn thứ nhất.
                        """);
        site = root.resolve("site");
        Sites.Run r = Sites.brief("build", "--source", root.toString(), "--out", site.toString());
        assertEquals(0, r.exit(), r.all());
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyBodyParagraphEndsInALocalizedPermalinkToItself() throws IOException {
        for (var c : List.of(List.of(EN, "Link to paragraph "), List.of(VI, "Liên kết đến đoạn "))) {
            Document d = page(c.get(0));
            List<Element> paragraphs = d.select(".body > p");
            assertFalse(paragraphs.isEmpty());
            for (Element p : paragraphs) {
                Element a = p.selectFirst("a.permalink");
                String n = p.id().substring("p-".length());
                assertEquals("#" + p.id(), a.attr("href"), c.get(0));
                assertEquals(c.get(1) + n, a.attr("aria-label"));
                assertEquals("¶", a.text());
                assertEquals(a, p.children().last(), "the permalink closes its paragraph");
            }
            // Captions are figures, not paragraphs to cite: they carry no permalink.
            assertNull(d.selectFirst(".body figure a.permalink"));
        }
    }

    @Test
    void anArticleLinksToTheArticlesBeforeAndAfterItInItsSummitInThePagesLanguage() throws IOException {
        Document en = page(EN_SECOND);
        assertEquals("More from 13th ASEAN–US Summit", en.selectFirst(".sequel h2").text());
        Element prev = en.selectFirst(".sequel a[rel=prev]");
        assertEquals("Prime Minister Pham Minh Chinh attends the ASEAN–US Summit", prev.text());
        assertEquals("/" + EN.replace("index.html", ""), prev.attr("href"));
        Element next = en.selectFirst(".sequel a[rel=next]");
        // Not translated: the Vietnamese title, marked as Vietnamese.
        assertEquals("Ngày thứ ba tại Kuala Lumpur", next.text());
        assertEquals("vi", next.attr("lang"));

        Document vi = page(VI_SECOND);
        assertEquals("Các bài khác về Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13", vi.selectFirst(".sequel h2").text());
        assertEquals("Bài trước: Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN - Hoa Kỳ", vi.selectFirst(".sequel .previous").text());
        assertEquals("Bài sau: Ngày thứ ba tại Kuala Lumpur", vi.selectFirst(".sequel .next").text());
        assertEquals("", vi.selectFirst(".sequel .next a").attr("lang"));

        // The first article of the summit has no previous one.
        assertNull(page(EN).selectFirst(".sequel a[rel=prev]"));
        assertEquals("The second day in Kuala Lumpur", page(EN).selectFirst(".sequel a[rel=next]").text());
    }
}
