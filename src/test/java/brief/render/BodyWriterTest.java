package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.Body;
import brief.content.MarkdownParser;
import brief.photo.Photo;
import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link BodyWriter} writes a body's HTML byte for byte as Flexmark's renderer (with {@link BodyRenderer}'s
 * handlers) does: each Markdown below is rendered both ways, with raw HTML allowed and not, with permalinks and
 * without, and the two must be equal; a tree holding what the writer does not know is written by Flexmark.
 */
class BodyWriterTest {
    private final MarkdownParser parser = new MarkdownParser();
    /** Internal links as the site resolves them: a page's URL, an article held back, anything else left alone. */
    private static final BiFunction<String, String, String> RESOLVE = (lang, url) ->
            url.startsWith("summit:") || url.startsWith("leader:") ? "/" + lang + "/" + url.replace(':', '/') + "/?a=1&b=2"
                    : url.startsWith("article:gone") ? BodyRenderer.UNLINKED
                    : url.startsWith("article:") ? "/" + lang + "/articles/" + url.substring(8) + "/" : null;
    private static final IntFunction<String> PERMALINK = n -> "Liên kết đến đoạn " + n + " \"trích\"";
    private static final Map<String, Photo> PHOTOS = Map.of(
            "toan-canh.jpg", new Photo("toan-canh.jpg", Path.of("content/articles/a/toan-canh.jpg"), "0123456789abcdef",
                    2400, 1600, 1, Optional.empty()),
            "hong.jpg", new Photo("hong.jpg", Path.of("content/articles/a/hong.jpg"), "", 0, 0, 1, Optional.of("damaged")));

    /** The writer's HTML for {@code markdown}, after asserting that it writes it and that Flexmark writes the same. */
    private String same(String markdown) {
        String written = null;
        for (boolean rawHtml : new boolean[] {false, true}) {
            BodyRenderer r = new BodyRenderer(parser, rawHtml, RESOLVE);
            for (IntFunction<String> permalink : List.<IntFunction<String>>of(n -> null, PERMALINK)) {
                IntFunction<String> p = permalink.apply(1) == null ? null : permalink;
                for (String lang : List.of("vi", "en")) {
                    Document doc = parser.parse(markdown, 1).document();
                    String w = r.written(doc, lang, PHOTOS, "../../", p);
                    String f = r.flexmark(doc, lang, PHOTOS, "../../", p);
                    assertNotNull(w, () -> "the writer gave up on:\n" + markdown + "\nFlexmark wrote:\n" + f);
                    assertEquals(f, w, () -> "raw HTML " + rawHtml + ", permalinks " + (p != null) + ", of:\n" + markdown);
                    if (!rawHtml && p == null && lang.equals("en")) written = w;
                }
            }
        }
        return written;
    }

    @Test
    void paragraphsHeadingsAndEmphasisInVietnameseAreWrittenAsFlexmarkWritesThem() {
        String html = same("""
                # Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13

                Thủ tướng **Phạm Minh Chính** đã *phát biểu* tại phiên toàn thể; ***cả hai***, ~~bỏ~~ và `mã  nguồn`.
                Dòng thứ hai của đoạn, sau một ngắt dòng mềm.
                Ngắt dòng cứng ở đây:\s\s
                và ở đây:\\
                hết.

                ## Đối thoại
                ### Đối thoại
                #### Main
                ##### P 1
                ###### `code` *in* a heading

                Tiêu đề Setext
                ==============

                Một tiêu đề khác
                ----------------

                ---

                * * *
                """);
        assertTrue(html.contains("<h2 id=\"doi-thoai\">Đối thoại</h2>\n<h3 id=\"doi-thoai-2\">"), html);
        assertTrue(html.contains("<strong>Phạm Minh Chính</strong>"), html);
    }

    @Test
    void textIsEscapedAsFlexmarkEscapesIt() {
        same("""
                AT&T <b>bold?</b> "quotes" 'single' a > b < c & d; \\* not emphasis \\\\ backslash \\_ \\` \\#

                Entities: &amp; &copy; &#123; &#x1F600; &nbsp; &bogus; & alone; &AMP; &#32;x

                Line one
                &#32;&#32;starts with entity spaces
                \\ escaped space, tab\there, trailing tab\t
                """);
    }

    @Test
    void linksAndImagesKeepTheirUrlsTitlesAndInternalTargets() {
        String html = same("""
                [a site](http://example.org/path?a=1&b=2 "Its \\"title\\" & more") and [empty title](http://x.org "")
                [a summit](summit:asean-us-13#tuyen-bo) [an article](article:ok) [held back](article:gone) [script](javascript:alert(1))
                [no url]() [spaces](<http://example.org/a b>) [entity](http://example.org/?a=1&amp;b=2&copy) [**bold** link](/x)
                [escaped](http://example.org/\\(x\\)) [title with 'quotes'](/y 'single "double"') [multi
                line](/z "a
                title")

                ![remote *photo*](http://example.org/img.png "A title") ![](rel/path.png) ![summit](summit:asean-us-13)
                ![script](javascript:x) ![alt & <more>](a%20b.png)

                <http://example.org/auto?x=1&y=2> <me@example.org> www.example.org and https://example.org/bare?q=1&r=2
                mail me at someone@example.org now; <javascript:alert(1)>

                Brackets: [1], [Ảnh: TTXVN], [summit:asean-us-13], [article:gone], [*em*][nothing], [], [a]\\[b]
                """);
        assertTrue(html.contains("href=\"/en/summit/asean-us-13#tuyen-bo/?a=1&amp;b=2\""), html);
        assertTrue(html.contains("held back"), html);
        assertTrue(html.contains("Brackets: [1], [Ảnh: TTXVN], <a href=\"/en/summit/asean-us-13/?a=1&amp;b=2\">"
                + "summit:asean-us-13</a>, [article:gone], [<em>em</em>][nothing]"), html);
    }

    @Test
    void listsTightLooseNestedAndNumberedAreWrittenAsFlexmarkWritesThem() {
        same("""
                - một
                - hai
                  - hai một
                  - hai hai
                    1. sâu
                - ba

                3. ba
                4. bốn

                1. one

                   second paragraph of one

                2. two
                   > quoted in a list

                - loose item

                - another loose item
                  with a soft break

                -
                - after an empty item

                + plus
                + list

                * star *with emphasis*
                * [link](article:ok)
                """);
    }

    @Test
    void blockQuotesAndCodeAreWrittenAsFlexmarkWritesThem() {
        same("""
                > Trích dẫn một đoạn.
                > Dòng hai.
                >
                > Đoạn thứ hai với **đậm**.
                >
                > > Lồng nhau.
                >
                > - list in quote
                > - second

                ```java
                class A { int x = 1 < 2 && "s" != null; }
                    indented line
                ```

                ```
                no language
                ```

                ~~~ python extra words
                print("hi")
                ~~~

                    indented code
                      more indented & <escaped>
                """);
    }

    @Test
    void tablesWithAlignmentAndInlineFormattingAreWrittenAsFlexmarkWritesThem() {
        String html = same("""
                | Chỉ số | Năm 2024 | Thay đổi |
                |:-------|:--------:|---------:|
                | Thương mại | **453** tỷ USD | +11,8% |
                | Đầu tư | `n/a` | \\| pipe |
                | | empty first | |

                a | b
                --|--
                1 | 2
                """);
        assertTrue(html.contains("<th class=\"align-left\">Chỉ số</th>"), html);
    }

    @Test
    void rawHtmlIsEscapedOrKeptAsFlexmarkDoes() {
        same("""
                <div class="note">
                  <p>Một ghi chú &amp; "trích"</p>
                </div>

                <!-- a comment block -->

                Inline <span class="x">span</span> and <!-- inline comment --> and <br/> and <a
                href="/x">split tag</a>.

                <table><tr><td>raw table</td></tr></table>
                """);
    }

    @Test
    void captionsFiguresAndPhotosAreWrittenAsBodyRendererWritesThem() {
        String html = same("""
                Lead paragraph.

                ::: caption
                Toàn cảnh phiên họp. *Ảnh*: TTXVN
                :::

                ::: figure toan-canh.jpg
                Toàn cảnh phiên họp tại **Kuala Lumpur**.
                Ảnh: TTXVN
                :::

                ::: figure hong.jpg
                A damaged photo's caption
                :::

                ::: figure missing.jpg
                :::

                ![Thủ tướng *phát biểu*](toan-canh.jpg)

                ![](toan-canh.jpg)

                Inline photo ![nhỏ](toan-canh.jpg) in text, and a damaged one ![x](hong.jpg).
                """);
        assertTrue(html.contains("<figure id=\"p-3\" class=\"photo\">"), html);
        assertTrue(html.contains("<figure id=\"p-2\" class=\"caption\">"), html);
    }

    @Test
    void theFirstMentionsTheEntityLinkerAddsAreWrittenAsLinks() {
        EntityLinker linker = EntityLinker.of(Map.of("Phạm Minh Chính", Set.of("leader:pham-minh-chinh"),
                "Hội nghị Cấp cao ASEAN", Set.of("summit:asean-47")));
        String markdown = """
                Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN & "gặp" Phạm Minh Chính.

                - Phạm Minh Chính
                """;
        BodyRenderer r = new BodyRenderer(parser, false, RESOLVE, linker);
        String html = r.render(parser.parse(markdown, 1), "vi", PHOTOS, "/", PERMALINK);
        Document linked = parser.parse(markdown, 1).document();
        linker.link(linked);
        assertEquals(r.flexmark(linked, "vi", PHOTOS, "/", PERMALINK), html);
        assertTrue(html.contains("Thủ tướng <a href=\"/vi/leader/pham-minh-chinh/?a=1&amp;b=2\">Phạm Minh Chính</a> dự"
                + " <a href=\"/vi/summit/asean-47/?a=1&amp;b=2\">Hội nghị Cấp cao ASEAN</a> &amp; &quot;gặp&quot; Phạm"), html);
    }

    @Test
    void aTreeWithANodeTheWriterDoesNotKnowIsWrittenByFlexmark() {
        String markdown = """
                A [reference link][ref] and ![a reference image][img].

                [ref]: http://example.org "Title"
                [img]: /img.png
                """;
        BodyRenderer r = new BodyRenderer(parser, false, RESOLVE);
        Body body = parser.parse(markdown, 1);
        assertNull(r.written(body.document(), "en", Map.of(), "/", null));
        String html = r.render(body, "en");
        assertEquals(r.flexmark(parser.parse(markdown, 1).document(), "en", Map.of(), "/", null), html);
        assertTrue(html.contains("<a href=\"http://example.org\" title=\"Title\">reference link</a>"), html);
    }

    @Test
    void everyArticleOfTheRealContentAndTheSeedsIsWrittenAsFlexmarkWritesIt() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("content/articles"), Path.of("src/test/resources/seeds"))) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 15, files.toString());
        for (Path f : files) {
            String text = Files.readString(f);
            if (text.startsWith("---")) text = text.substring(text.indexOf('\n', text.indexOf("\n---", 3) + 1) + 1);
            same(text);
        }
    }
}
