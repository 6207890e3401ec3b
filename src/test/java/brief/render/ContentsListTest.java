package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/**
 * The "Contents" list of a long article (GOV.UK's pattern and rule): three "##" headings or more, or two with a
 * long first section, give a list of links to the headings, in the page's language, with Vietnamese-aware ids
 * that stay distinct when two headings read alike.
 */
class ContentsListTest {
    @TempDir
    static Path dir;
    static Path site;

    /** A paragraph of 450 characters: the first section of a two-heading article that gets a contents list. */
    static final String LONG = "Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư. ".repeat(7).strip();

    @BeforeAll
    static void build() {
        Path root = Sites.inline(dir.resolve("src"),
                "content/site.yaml", Sites.TWO_LANGUAGE_SITE_YAML,
                "content/articles/2025-10-26-dai/vi.md", """
                        ---
                        title: "Bài dài"
                        date: "2025-10-26"
                        ---
                        Mở đầu.

                        ## Đối thoại về thương mại

                        Đoạn một.

                        ## Hợp tác Mê Kông

                        Đoạn hai.

                        ## Đối thoại về thương mại

                        Đoạn ba.

                        ### Chi tiết

                        Đoạn bốn.
                        """,
                "content/articles/2025-10-26-dai/en.md", """
                        ---
                        title: "A long article"
                        ---
                        Opening.

                        ## Dialogue on trade

                        Paragraph one.

                        ## Mekong cooperation

                        Paragraph two.

                        ## Dialogue on trade

                        Paragraph three.

                        ### Details

                        Paragraph four.
                        """,
                "content/articles/2025-10-25-hai-phan-dai/vi.md", """
                        ---
                        title: "Hai phần, phần đầu dài"
                        date: "2025-10-25"
                        ---
                        ## Phần đầu

                        %s

                        ## Phần sau

                        Đoạn cuối.
                        """.formatted(LONG),
                "content/articles/2025-10-24-hai-phan-ngan/vi.md", """
                        ---
                        title: "Hai phần ngắn"
                        date: "2025-10-24"
                        ---
                        ## Phần đầu

                        Đoạn ngắn.

                        ## Phần sau

                        Đoạn cuối.
                        """);
        site = root.resolve("site");
        Sites.Run r = Sites.brief("build", "--source", root.toString(), "--out", site.toString());
        assertEquals(0, r.exit(), r.all());
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void threeHeadingsGiveALocalizedContentsListWhoseLinksLandOnTheHeadings() throws IOException {
        for (List<String> c : List.of(List.of("vi/articles/bai-dai/index.html", "Nội dung"),
                List.of("en/articles/a-long-article/index.html", "Contents"))) {
            Document d = page(c.get(0));
            Element nav = d.selectFirst("main nav.contents");
            assertNotNull(nav, c.get(0));
            assertEquals(c.get(1), nav.attr("aria-label"));
            assertEquals(c.get(1), nav.selectFirst("h2").text());
            List<Element> links = nav.select("ol > li > a");
            List<Element> headings = d.select(".body > h2");
            assertEquals(3, links.size(), "the ## headings, not the ### one");
            for (int i = 0; i < links.size(); i++) {
                assertEquals("#" + headings.get(i).id(), links.get(i).attr("href"));
                assertEquals(headings.get(i).text(), links.get(i).text());
            }
        }
        assertEquals(List.of("doi-thoai-ve-thuong-mai", "hop-tac-me-kong", "doi-thoai-ve-thuong-mai-2"),
                page("vi/articles/bai-dai/index.html").select(".body > h2").eachAttr("id"));
        assertEquals(List.of("dialogue-on-trade", "mekong-cooperation", "dialogue-on-trade-2"),
                page("en/articles/a-long-article/index.html").select(".body > h2").eachAttr("id"));
    }

    @Test
    void twoHeadingsGiveAContentsListOnlyWhenTheFirstSectionIsLong() throws IOException {
        Document longFirst = page("vi/articles/hai-phan-phan-dau-dai/index.html");
        assertEquals(List.of("#phan-dau", "#phan-sau"), longFirst.select("nav.contents a").eachAttr("href"));
        assertNull(page("vi/articles/hai-phan-ngan/index.html").selectFirst("nav.contents"));
    }
}
