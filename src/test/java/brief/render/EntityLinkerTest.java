package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.annotations.Leader;
import brief.annotations.Summit;
import brief.content.Body;
import brief.content.MarkdownParser;
import brief.diag.SourcePos;
import brief.i18n.FlexDate;
import brief.i18n.LocalizedText;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** First mentions of leaders and summits in a body become links; nothing else does. */
class EntityLinkerTest {
    private static final SourcePos POS = SourcePos.of(Path.of("content/leaders.yaml"));
    private final MarkdownParser parser = new MarkdownParser();

    private static Leader leader(String id, String vi, String en, List<String> enAliases) {
        return new Leader(id, new LocalizedText(Map.of("vi", vi, "en", en)), Map.of("vi", List.of(), "en", enAliases),
                "VN", List.of(), LocalizedText.EMPTY, POS);
    }

    private static Summit summit(String id, String vi, String en) {
        FlexDate d = FlexDate.parse("2025-10-26").orElseThrow();
        return new Summit(id, Optional.empty(), Optional.empty(), Optional.empty(),
                new LocalizedText(Map.of("vi", vi, "en", en)), d, d, LocalizedText.EMPTY, Optional.of("MY"),
                LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY, List.of(), List.of(), List.of(), POS);
    }

    private final List<Leader> leaders = List.of(
            leader("pham-minh-chinh", "Phạm Minh Chính", "Pham Minh Chinh", List.of("Chinh")),
            leader("to-lam", "Tô Lâm", "To Lam", List.of("Lam")),
            leader("bui-thanh-son", "Bùi Thanh Sơn", "Bui Thanh Son", List.of("Son")),
            // Two leaders share the alias "Nguyen": it must link to neither.
            leader("nguyen-a", "Nguyễn A", "Nguyen A", List.of("Nguyen")),
            leader("nguyen-b", "Nguyễn B", "Nguyen B", List.of("Nguyen")));
    private final List<Summit> summits = List.of(summit("asean-us-13", "Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13",
            "13th ASEAN–US Summit"));

    private String render(String markdown, String lang) {
        EntityLinker linker = EntityLinker.of(leaders, summits, List.of("vi", "en"));
        BodyRenderer r = new BodyRenderer(parser, false, (l, url) -> url.startsWith("leader:") || url.startsWith("summit:")
                ? "/" + l + "/" + url.replace(':', '/') + "/" : null, linker);
        Body body = parser.parse(markdown, 1);
        return r.render(body, lang);
    }

    @Test
    void theNamesALinkerIsMadeFromIgnoreABiographyAndFollowANameOrAnAlias() {
        List<String> langs = List.of("vi", "en");
        Leader son = leaders.get(2);
        Leader withBiography = new Leader(son.id(), son.name(), son.aliases(), son.country(), son.roles(),
                new LocalizedText(Map.of("en", "Foreign minister until 2025.")), son.pos());
        Leader renamed = leader(son.id(), son.name().or("vi", "vi"), "Bui Thanh Son", List.of("Minister Son"));
        List<Leader> biographyEdited = List.of(leaders.get(0), leaders.get(1), withBiography, leaders.get(3), leaders.get(4));
        List<Leader> aliasEdited = List.of(leaders.get(0), leaders.get(1), renamed, leaders.get(3), leaders.get(4));
        // The preview keeps its linker while these are equal (Renderer.Linkers).
        assertEquals(EntityLinker.names(leaders, summits, langs), EntityLinker.names(biographyEdited, summits, langs));
        assertFalse(EntityLinker.names(leaders, summits, langs).equals(EntityLinker.names(aliasEdited, summits, langs)));
        assertTrue(EntityLinker.names(aliasEdited, summits, langs).containsKey("Minister Son"));
    }

    @Test
    void onlyTheFirstMentionOfALeaderIsLinked() {
        String html = render("Pham Minh Chinh spoke. Later Pham Minh Chinh left.\n\nPham Minh Chinh again.", "en");
        assertEquals(1, count(html, "href=\"/en/leader/pham-minh-chinh/\""), html);
        assertTrue(html.contains("<a href=\"/en/leader/pham-minh-chinh/\">Pham Minh Chinh</a> spoke."), html);
    }

    @Test
    void anAliasCountsAsAMentionAndTheLongestNameWinsAtTheSamePlace() {
        String html = render("Prime Minister Chinh arrived; Pham Minh Chinh spoke.", "en");
        assertTrue(html.contains("Prime Minister <a href=\"/en/leader/pham-minh-chinh/\">Chinh</a> arrived"), html);
        assertEquals(1, count(html, "<a "), html);
        String full = render("Pham Minh Chinh spoke.", "en");
        assertTrue(full.contains(">Pham Minh Chinh</a>"), full);
    }

    @Test
    void vietnameseNamesAreLinkedInVietnameseBodies() {
        String html = render("Thủ tướng Phạm Minh Chính và Tổng Bí thư Tô Lâm dự Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13.", "vi");
        assertTrue(html.contains("<a href=\"/vi/leader/pham-minh-chinh/\">Phạm Minh Chính</a>"), html);
        assertTrue(html.contains("<a href=\"/vi/leader/to-lam/\">Tô Lâm</a>"), html);
        assertTrue(html.contains("<a href=\"/vi/summit/asean-us-13/\">Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13</a>"), html);
    }

    @Test
    void aNameInTheOtherLanguageIsLinkedToo() {
        String html = render("Phạm Minh Chính met the press.", "en");
        assertTrue(html.contains("<a href=\"/en/leader/pham-minh-chinh/\">Phạm Minh Chính</a>"), html);
    }

    @Test
    void shortAliasesMatchWholeWordsOnly() {
        String html = render("Lamb and Sonny and Lambert met Sonia at the Lamps.", "en");
        assertFalse(html.contains("<a "), html);
        String word = render("Mr Son, and Lam.", "en");
        assertTrue(word.contains("Mr <a href=\"/en/leader/bui-thanh-son/\">Son</a>,"), word);
        assertTrue(word.contains("and <a href=\"/en/leader/to-lam/\">Lam</a>."), word);
    }

    @Test
    void aliasesThatNameTwoLeadersAreNotLinked() {
        String html = render("Nguyen said so.", "en");
        assertFalse(html.contains("<a "), html);
        String full = render("Nguyen A said so.", "en");
        assertTrue(full.contains("<a href=\"/en/leader/nguyen-a/\">Nguyen A</a>"), full);
    }

    @Test
    void mentionsInsideLinksHeadingsAndCaptionsAreLeftAlone() {
        String md = """
                ## Pham Minh Chinh in Kuala Lumpur

                ::: caption
                Pham Minh Chinh at the summit. Photo: VNA
                :::

                See [Pham Minh Chinh's speech](https://example.com/speech) and `Pham Minh Chinh`.

                Then Pham Minh Chinh spoke.
                """;
        String html = render(md, "en");
        assertEquals(1, count(html, "href=\"/en/leader/pham-minh-chinh/\""), html);
        assertTrue(html.contains("Then <a href=\"/en/leader/pham-minh-chinh/\">Pham Minh Chinh</a> spoke."), html);
        assertTrue(html.contains("<h2 id=\"pham-minh-chinh-in-kuala-lumpur\">Pham Minh Chinh in Kuala Lumpur</h2>"), html);
        assertTrue(html.contains("<figcaption>Pham Minh Chinh at the summit."), html);
        assertTrue(html.contains("<a href=\"https://example.com/speech\">Pham Minh Chinh's speech</a>"), html);
    }

    @Test
    void aPageTheAuthorAlreadyLinkedIsNotLinkedAgain() {
        String html = render("Read about [the Prime Minister](leader:pham-minh-chinh). Pham Minh Chinh spoke.", "en");
        assertEquals(1, count(html, "href=\"/en/leader/pham-minh-chinh/\""), html);
        assertTrue(html.contains(">the Prime Minister</a>"), html);
    }

    @Test
    void renderingTwiceGivesTheSameHtmlAndLeavesTheSharedDocumentAlone() {
        Body body = parser.parse("Pham Minh Chinh spoke.", 1);
        EntityLinker linker = EntityLinker.of(leaders, summits, List.of("vi", "en"));
        BodyRenderer r = new BodyRenderer(parser, false, (l, url) -> "/x/", linker);
        String first = r.render(body, "en");
        assertEquals(first, r.render(body, "en"));
        assertEquals("Pham Minh Chinh spoke.", MarkdownParser.plainText(body.document()).strip());
        assertFalse(body.document().getChildOfType(com.vladsch.flexmark.ast.Paragraph.class)
                .getChildOfType(com.vladsch.flexmark.ast.Link.class) != null);
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
        return n;
    }

    @Test
    void textIsWrittenAsFlexmarkWritesItWhateverItHoldsToEscape() {
        // The renderer writes plain text itself and leaves escapes, entities and special characters to Flexmark.
        String text = "Plain text.\n\nA \"quote\", an 'apostrophe', 5 > 3 < 4, AT&T, &amp; and \\*stars\\*.\r\nNext line.";
        com.vladsch.flexmark.html.HtmlRenderer plain = com.vladsch.flexmark.html.HtmlRenderer.builder(
                new com.vladsch.flexmark.util.data.MutableDataSet(parser.options())
                        .set(com.vladsch.flexmark.html.HtmlRenderer.SOFT_BREAK, "\n")).build();
        String expected = plain.render(com.vladsch.flexmark.parser.Parser.builder(parser.options()).build().parse(text))
                .replace("<p>", "").replace("</p>", "");
        String actual = render(text, "en").replaceAll("<p id=\"p-\\d+\">", "").replace("</p>", "");
        assertEquals(expected, actual);
    }
}
