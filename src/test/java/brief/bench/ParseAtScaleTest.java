package brief.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.Body;
import brief.content.MarkdownParser;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parsing shortcuts taken for large sites keep what a full parse gives. */
class ParseAtScaleTest {
    private final MarkdownParser parser = new MarkdownParser();
    private final HtmlRenderer html = HtmlRenderer.builder(parser.options()).build();

    @Test
    void bareUrlsAndAddressesAreStillAutolinked() {
        for (String text : List.of("Xem https://example.org/a ngay.", "Xem www.example.org ngay.", "Viết cho press@example.org.")) {
            String out = html.render(parser.parse(text, 5).document());
            assertTrue(out.contains("<a href="), text + " → " + out);
        }
    }

    @Test
    void textWithoutUrlsRendersAsTheFullParserRendersIt() {
        String text = "Thủ tướng [Phạm Minh Chính](leader:pham-minh-chinh) dự *hội nghị* ngày 26/10.\n\n## Kết quả\n\n- một\n- hai\n";
        com.vladsch.flexmark.parser.Parser full = com.vladsch.flexmark.parser.Parser.builder(parser.options()).build();
        assertTrue(parser.options().get(com.vladsch.flexmark.parser.Parser.EXTENSIONS).stream()
                .anyMatch(e -> e instanceof AutolinkExtension), "the options still name the autolink extension");
        assertEquals(html.render(full.parse(text)), html.render(parser.parse(text, 1).document()));
    }

    @Test
    void linksAndHeadingIdsAreCollectedWithTheirPositionsInTheFile() {
        Body body = parser.parse("Mở đầu.\n\nGặp [ông An](leader:an) và [hội nghị](summit:s-1#p-2).\n\n## Đà Nẵng\n", 12);
        assertEquals(List.of(new Body.LinkAt("leader:an", 14, 5), new Body.LinkAt("summit:s-1#p-2", 14, 28)), body.links());
        assertEquals(List.of("da-nang"), body.headingIds());
    }

    @Test
    void theTreeCanBeAskedForAgainAndIsAlike() {
        Body body = parser.parse("Một [liên kết](summit:x).\n\n## Tiêu đề\n", 3);
        Document first = body.document();
        String rendered = html.render(first);
        first = null;
        System.gc();
        assertEquals(rendered, html.render(body.document()));
    }

    @Test
    void tablesAreParsedWhereThereIsABarAndOtherTextParsesAsTheFullParserParsesIt() {
        com.vladsch.flexmark.parser.Parser full = com.vladsch.flexmark.parser.Parser.builder(parser.options()).build();
        String table = "| Năm | Kim ngạch |\n|---|---:|\n| 2024 | 453 tỷ USD |\n";
        assertTrue(html.render(parser.tree(table)).contains("<table>"), html.render(parser.tree(table)));
        for (String text : List.of(table, "Không có bảng.\n\n- một\n- hai\n\n> trích dẫn ~~gạch~~\n",
                "Xem https://example.org và | một dấu gạch đứng.")) {
            assertEquals(html.render(full.parse(text)), html.render(parser.tree(text)), text);
        }
    }
}
