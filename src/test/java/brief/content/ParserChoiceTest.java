package brief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MarkdownParser#tree} parses each text with a parser that lacks the extensions and block parsers the text
 * cannot use, and whose heading parser is made once: the tree must be the one Flexmark's parser with all of them
 * gives, node for node.
 */
class ParserChoiceTest {
    private final MarkdownParser parser = new MarkdownParser();
    private final Parser everything = Parser.builder(parser.options()).build();

    /** One text per construct whose block parser a text without it does without, and their look-alikes. */
    private static final List<String> CONSTRUCTS = List.of(
            "Đoạn văn.\n\n```\nfenced\n```\n\n~~~ java\ntilde\n~~~\n\n- ```\n  in a list\n  ```",
            "<div>\nblock\n</div>\n\nText <b>inline</b>.\n\n> <p>quoted</p>\n\n- <!-- comment -->",
            "***\n\n- - -\n\n___\n\n*  *  *  \t\n\n- ***\n\n> ---\n\nSetext\n---\n\n**bold** and a - dash --",
            "Text\n\n    indented code\n\n\tcode after a tab\n\n- item\n\n      code in an item\n\n>     code in a quote",
            "> A quote.\n>\n> Two paragraphs.\n\nA > sign, and\n> a lazy\nquote.\n\n- > in an item",
            "| a | b |\n|---|---|\n| 1 | 2 |\n\nhttps://example.org, www.example.org, a@b.vn\n\n~~struck~~",
            "Plain text of a briefing.\n\n## A heading\n\n- an item\n- another\n\n::: caption\nẢnh: TTXVN\n:::\n",
            "Line one\r\n***\r\n\r\nCarriage returns.",
            // Headings against the block parsers tried after them (the parser's own heading factory stands first).
            "- # Heading in an item\n\n> ## In a quote\n\n#\n\n#not a heading\n\nSetext\n===\n\n- item\n---\n\n"
                    + "Text\n- - -\n\n## Closed ##\n\n    # code\n\n```\n# in a fence\n```\n<div>\n# in HTML\n</div>",
            // Lists against the block parsers around them (the parser's own list factory stands in for Flexmark's).
            "- một\n- hai\n\n1. one\n2) two\n\n* star\n+ plus\n\n10. ten\n11. eleven\n\n- a\n  - nested\n     - deeper\n\n"
                    + "- item\n\n      code in an item\n\n- loose\n\n- list\nlazy line\n\nText\n1. not after a paragraph\n\n"
                    + "Text\n- interrupts\n\n-\n  empty item\n\n- # heading item\n- > quote item\n---\n- ***\n\n"
                    + "2. starts at two\n\n    - indented four\n\n- ```\n  fenced\n  ```\n- <div>\n\n| a |\n|---|\n- row?");

    @Test
    void treesAreThoseOfTheParserWithEveryBlockParser() {
        for (String text : CONSTRUCTS) assertSameTree(ArticleBodies.body(text));
    }

    @Test
    void treesAreThoseOfTheParserWithEveryBlockParserOnTheRealContent() {
        for (String body : ArticleBodies.real()) assertSameTree(body);
    }

    @Test
    void treesAreThoseOfTheParserWithEveryBlockParserOnAnArchiveShapedSite(@TempDir Path tmp) {
        for (String body : ArticleBodies.archive(tmp)) assertSameTree(body);
    }

    @Test
    void aThematicBreakIsALineEndingInThreeLikeMarks() {
        for (String t : List.of("***", "- - -", "___", "*  *  * \t", "- item\n- ***\n", "> ---", "Text\n---\n", "a\r\nb")) {
            assertTrue(MarkdownParser.mayHoldThematicBreak(t), t);
        }
        for (String t : List.of("", "Hà Nội - Tiếp tục", "- item\n- item\n", "**bold**", "-- two", "*-*", "_ - _\n", "***x")) {
            assertFalse(MarkdownParser.mayHoldThematicBreak(t), t);
        }
    }

    @Test
    void aBriefingOfParagraphsHeadingsListsAndCaptionsNeedsNoOtherBlockParser() {
        assertEquals(0, MarkdownParser.needs("Đoạn văn.\n\n## Tiêu đề\n\n- một\n- hai\n\n::: caption\nẢnh: TTXVN\n:::\n"));
        assertEquals(MarkdownParser.BLOCK_QUOTE, MarkdownParser.needs("Đoạn văn.\n\n> Trích dẫn."));
    }

    @Test
    void eachMarkThatCallsForAParserIsFoundAndNearMissesAreNot() {
        assertEquals(MarkdownParser.TABLE, MarkdownParser.needs("| a | b |"));
        for (String t : List.of("viết@ttxvn.vn", "xem https://ttxvn.vn", "www.ttxvn.vn")) {
            assertEquals(MarkdownParser.AUTOLINK, MarkdownParser.needs(t), t);
        }
        for (String t : List.of("```\ncode\n```", "~~~")) assertEquals(MarkdownParser.FENCED_CODE, MarkdownParser.needs(t), t);
        for (String t : List.of("\tthụt lề", "Đoạn\n\n    thụt lề")) assertEquals(MarkdownParser.INDENTED_CODE, MarkdownParser.needs(t), t);
        assertEquals(MarkdownParser.HTML_BLOCK, MarkdownParser.needs("<br"));
        // Near misses: two marks where three are needed, three spaces, "ww.", ":/".
        assertEquals(0, MarkdownParser.needs("`` ~~ w ww. a:/b   c. Ừ: đây"));
    }

    /**
     * A line the heading parser is not asked about is one its two regular expressions (Flexmark's, with the
     * default options) cannot match: random lines of the characters that matter, from every indent.
     */
    @Test
    void aLineNotAskedAboutCannotBeAHeading() {
        java.util.regex.Pattern atx = java.util.regex.Pattern.compile("^#{1,6}(?:[ \t]+|$)");
        java.util.regex.Pattern setext = java.util.regex.Pattern.compile("^(?:=+|-+)[ \t]*$");
        java.util.Random random = new java.util.Random(28);
        String chars = "-=#  \ta*\n\r:";
        int asked = 0;
        for (int t = 0; t < 200_000; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(7); k >= 0; k--) b.append(chars.charAt(random.nextInt(chars.length())));
            String line = b.toString();
            for (int i = 0; i <= line.length(); i++) {
                if (MarkdownParser.mayStartHeading(line, i)) {
                    asked++;
                    continue;
                }
                String rest = line.substring(i);
                assertFalse(atx.matcher(rest).find() || setext.matcher(rest).find(), () -> "missed: " + rest.replace("\n", "\\n"));
            }
        }
        assertTrue(asked > 10_000, "asked about " + asked);
        for (String line : List.of("- item", "-- dash", "::: caption", "=a", "", "a")) assertFalse(MarkdownParser.mayStartHeading(line, 0), line);
        for (String line : List.of("---", "===  ", "-", "# A", "## B", "#no")) assertTrue(MarkdownParser.mayStartHeading(line, 0), line);
    }

    private void assertSameTree(String text) {
        assertEquals(dump(everything.parse(text)), dump(parser.tree(text)), () -> "in:\n" + text);
    }

    /** Every node, its offsets, what Flexmark prints of it, and its characters. */
    private static String dump(Node n) {
        StringBuilder out = new StringBuilder();
        dump(n, 0, out);
        return out.toString();
    }

    private static void dump(Node n, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(n).append(' ').append(n.getChars()).append('\n');
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) dump(c, depth + 1, out);
    }
}
