package brief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MarkdownParser#plainText} reads a block of plain text straight from the body, without Flexmark's
 * text-collecting visitor: on every node of every body it must give exactly what the visitor gives.
 */
class PlainTextTest {
    private final MarkdownParser parser = new MarkdownParser();

    /** Bodies where the short way and the visitor could part: escapes, entities, breaks, nesting, markup. */
    private static final List<String> TRICKY = List.of(
            "Một đoạn văn.\n\nĐoạn thứ hai, cuối cùng.",
            "Một đoạn văn.\n\n\n\nSau ba dòng trống.\n",
            "Hai dòng\nmột đoạn.\n\nHard  \nbreak and a back\\\nslash break.",
            "Escaped \\*stars\\* and \\[brackets\\].\n\nAT&amp;T, &copy; 2025, &#39;quoted&#39; & a bare ampersand.",
            "## Heading with *emphasis*\n\n## Heading &amp; entity\n\n### Plain heading ###\n\nSetext\n======\n\nText.",
            "> A quote.\n>\n> Two paragraphs.\n\n- item one\n- item two\n\n  continued\n\n1. first\n2. second",
            "Unmatched [bracket and ] and `code` and <b>html</b> and ![photo](a.jpg) and [link](leader:x).",
            "Autolink https://example.org and www.example.org and a@b.vn.\n\n| a | b |\n|---|---|\n| 1 | 2 |",
            "~~struck~~ text\n\n::: caption\nA caption.\n:::\n\n::: figure a.jpg\nCaption. Ảnh: TTXVN\n:::",
            "Lazy\ncontinuation\n> quote\nlazy\n\n    indented code\n\n```\nfenced\n```\n\n***\n\nlast",
            "A paragraph ending the text without a newline");

    @Test
    void plainTextIsWhatTheVisitorCollectsOnTrickyBodies() {
        for (String body : TRICKY) assertSameOnEveryNode(body);
    }

    @Test
    void plainTextIsWhatTheVisitorCollectsOnTheRealContent() {
        for (String body : ArticleBodies.real()) assertSameOnEveryNode(body);
    }

    @Test
    void plainTextIsWhatTheVisitorCollectsOnAnArchiveShapedSite(@TempDir Path tmp) {
        for (String body : ArticleBodies.archive(tmp)) assertSameOnEveryNode(body);
    }

    @Test
    void onlyAParagraphOrHeadingOfPlainTextTakesTheShortWay() {
        var doc = parser.tree("Plain text.\n\nWith *markup*.\n\nAT&amp;T\n\n## Plain heading\n\n> Quote\n");
        Node plain = doc.getFirstChild();
        assertEquals("Plain text.\n", MarkdownParser.plainRun(plain));
        assertNull(MarkdownParser.plainRun(plain.getNext()));
        assertNull(MarkdownParser.plainRun(plain.getNext().getNext()));
        assertEquals("Plain heading", MarkdownParser.plainRun(plain.getNext().getNext().getNext()));
        assertNull(MarkdownParser.plainRun(doc.getLastChild()));
        assertNotNull(MarkdownParser.plainRun(doc.getLastChild().getFirstChild()));
    }

    @Test
    void blocksOfLinksBreaksListsAndQuotesAreCollectedWithoutTheVisitor() {
        var doc = parser.tree("Gặp [Phạm Minh Chính](leader:pham-minh-chinh)\ntại Hà Nội.\n\n::: caption\nẢnh: TTXVN\n:::\n\n"
                + "- một\n- hai\n\n> Trích dẫn\n> hai dòng.\n\nWith *markup*.\n\nAT&amp;T [x](y)\n");
        Node link = doc.getFirstChild();
        assertEquals("Gặp Phạm Minh Chính\ntại Hà Nội.\n", MarkdownParser.collected(link));
        assertEquals("::: caption\nẢnh: TTXVN\n:::\n", MarkdownParser.collected(link.getNext()));
        for (Node n = link; n != doc.getLastChild().getPrevious(); n = n.getNext()) {
            assertNotNull(MarkdownParser.collected(n), n::toString);
            assertEquals(new TextCollectingVisitor().collectAndGetText(n), MarkdownParser.collected(n));
        }
        assertNull(MarkdownParser.collected(doc.getLastChild().getPrevious()));
        assertNull(MarkdownParser.collected(doc.getLastChild()));
    }

    private void assertSameOnEveryNode(String body) {
        List<Node> nodes = new ArrayList<>();
        collect(parser.tree(body), nodes);
        for (Node n : nodes) {
            assertEquals(new TextCollectingVisitor().collectAndGetText(n), MarkdownParser.plainText(n),
                    () -> n + " in:\n" + body);
        }
    }

    private static void collect(Node n, List<Node> into) {
        into.add(n);
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) collect(c, into);
    }
}
