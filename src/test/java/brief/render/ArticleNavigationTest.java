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
    static final String VI = "vi/articles/thu-tuong-pham-minh-chinh-du-hoi-nghi-cap-cao-asean-hoa-ky/index.html";

    @BeforeAll
    static void build() {
        Path root = Sites.copyFixture("minimal", dir.resolve("src"));
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
}
