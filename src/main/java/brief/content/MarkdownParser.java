package brief.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses article bodies with Flexmark (CommonMark, tables, autolinks, strikethrough) and numbers their
 * top-level blocks. Built once per build; {@link Parser} is thread-safe.
 */
public final class MarkdownParser {
    public static final String CAPTION_OPEN = "::: caption";
    public static final String CAPTION_CLOSE = ":::";
    private static final Pattern CAPTION_MARKERS = Pattern.compile("^::: caption\\s*\\n|\\n:::\\s*$");

    private final DataHolder options;
    /**
     * The parser with every extension, and without the ones a text cannot use, indexed by
     * (may autolink ? 2 : 0) + (may hold a table ? 1 : 0): the autolink pass runs regular expressions over every
     * text node, and the tables extension examines every paragraph (a sixth of the parse, measured), while
     * most briefings hold neither a bare URL nor a '|'. A parser without an extension gives the same tree for
     * a text that extension cannot match.
     */
    private final Parser[] parsers = new Parser[4];
    /**
     * How many bodies keep their tree for the render, which then need not parse them again: all of them on a
     * site of up to 2,000 articles in two languages (a tenth of the CPU of the render saved), and no more on
     * a larger one, whose peak memory they would raise (~150 MB at 10,000 articles, measured: over 1 GiB).
     */
    static final int KEPT_TREES = 4_000;
    private final java.util.concurrent.atomic.AtomicInteger kept = new java.util.concurrent.atomic.AtomicInteger();

    public MarkdownParser() {
        MutableDataSet o = new MutableDataSet();
        o.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create(),
                StrikethroughExtension.create()));
        this.options = o.toImmutable();
        for (int i = 0; i < 4; i++) {
            List<com.vladsch.flexmark.util.misc.Extension> ext = new ArrayList<>();
            if ((i & 1) != 0) ext.add(TablesExtension.create());
            if ((i & 2) != 0) ext.add(AutolinkExtension.create());
            ext.add(StrikethroughExtension.create());
            parsers[i] = i == 3 ? Parser.builder(options).build()
                    : Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, ext).toImmutable()).build();
        }
    }

    /** Whether the text could hold a table: every table row has a '|'. */
    static boolean mayHoldTable(String markdown) {
        return markdown.indexOf('|') >= 0;
    }

    /** The Flexmark tree of a text, from the parser with just the extensions the text can use. */
    public Document tree(String markdown) {
        return parsers[(mayAutolink(markdown) ? 2 : 0) + (mayHoldTable(markdown) ? 1 : 0)].parse(markdown);
    }

    /**
     * Whether the autolink extension could find anything: it links only "scheme://…", "www.…" and e-mail
     * addresses. Its pass runs regular expressions over every text node, which the profile showed as a
     * notable share of parsing, and most briefings contain no bare URL at all.
     */
    static boolean mayAutolink(String markdown) {
        return markdown.indexOf('@') >= 0 || markdown.contains("://") || markdown.contains("www.");
    }

    public DataHolder options() {
        return options;
    }

    /** @param firstLine the line of the file the body starts on (1-based) */
    public Body parse(String markdown, int firstLine) {
        Document doc = parseTree(markdown);
        List<Block> blocks = new ArrayList<>();
        int index = 0;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof BlankLine) continue;
            index++;
            Block.Kind kind = n instanceof Heading ? Block.Kind.HEADING
                    : isCaption(n) ? Block.Kind.CAPTION
                    : n instanceof Paragraph ? Block.Kind.PARAGRAPH : Block.Kind.OTHER;
            String text = plainText(n);
            if (kind == Block.Kind.CAPTION) text = CAPTION_MARKERS.matcher(text).replaceAll("");
            blocks.add(new Block(index, kind, text.strip(), firstLine + n.getStartLineNumber()));
        }
        List<Body.LinkAt> links = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        // Collected now, while the tree is at hand: the checks need them, and the tree is not kept.
        new NodeVisitor(new VisitHandler<>(Link.class, l -> links.add(linkAt(l, firstLine))),
                new VisitHandler<>(Heading.class, h -> headings.add(headingId(h)))).visit(doc);
        return new Body(markdown, doc, blocks, firstLine, links, headings, () -> parseTree(markdown),
                kept.getAndIncrement() < KEPT_TREES);
    }

    private Document parseTree(String markdown) {
        return tree(markdown);
    }

    /** Where a link is written: the line in the file, and the column counted in characters from 1. */
    private static Body.LinkAt linkAt(Link link, int firstLine) {
        var base = link.getChars().getBaseSequence();
        int start = link.getStartOffset();
        int lineStart = start;
        while (lineStart > 0 && base.charAt(lineStart - 1) != '\n') lineStart--;
        return new Body.LinkAt(link.getUrl().toString(), firstLine + link.getStartLineNumber(), start - lineStart + 1);
    }

    /**
     * The characters of a node as a String. Flexmark's own toString() copies them one by one, which the profile
     * showed; a node's characters are most often a plain slice of the parsed text.
     */
    public static String string(com.vladsch.flexmark.util.sequence.BasedSequence s) {
        if (s instanceof com.vladsch.flexmark.util.sequence.SubSequence && s.getBase() instanceof String base) {
            return base.substring(s.getStartOffset(), s.getEndOffset());
        }
        return s.toString();
    }

    /** A caption is a paragraph fenced by "::: caption" and ":::" lines. */
    public static boolean isCaption(Node n) {
        if (!(n instanceof Paragraph)) return false;
        String chars = string(n.getChars()).strip();
        return chars.startsWith(CAPTION_OPEN + "\n") && chars.endsWith("\n" + CAPTION_CLOSE);
    }

    /** The index of a top-level block, counted as {@link #parse} counts it; 0 for nested nodes. */
    public static int blockIndex(Node n) {
        if (!(n.getParent() instanceof Document)) return 0;
        int i = 0;
        for (Node c = n; c != null; c = c.getPrevious()) {
            if (!(c instanceof BlankLine)) i++;
        }
        return i;
    }

    /** The id of a heading: its text as an ASCII slug, "section" when that is empty. */
    public static String headingId(Heading h) {
        String slug = brief.i18n.Slugs.slugify(plainText(h));
        return slug.isEmpty() ? "section" : slug;
    }

    public static String plainText(Node n) {
        return new TextCollectingVisitor().collectAndGetText(n);
    }
}
