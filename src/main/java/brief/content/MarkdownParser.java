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
        // Flexmark's getStartLineNumber() counts the lines from the start of the text on every call: over every
        // block and link of a long body that made loading grow with the square of its size.
        LineIndex lines = new LineIndex(markdown);
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
            blocks.add(new Block(index, kind, text.strip(), firstLine + lines.lineOf(n.getStartOffset())));
        }
        List<Body.LinkAt> links = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        // Collected now, while the tree is at hand: the checks need them, and the tree is not kept.
        new NodeVisitor(new VisitHandler<>(Link.class, l -> links.add(linkAt(l, firstLine, lines))),
                new VisitHandler<>(Heading.class, h -> headings.add(headingId(h)))).visit(doc);
        return new Body(markdown, doc, blocks, firstLine, links, headings, () -> parseTree(markdown));
    }

    private Document parseTree(String markdown) {
        return tree(markdown);
    }

    /** Where a link is written: the line in the file, and the column counted in characters from 1. */
    private static Body.LinkAt linkAt(Link link, int firstLine, LineIndex lines) {
        int start = link.getStartOffset();
        int line = lines.lineOf(start);
        return new Body.LinkAt(link.getUrl().toString(), firstLine + line, start - lines.start(line) + 1);
    }

    /** The offsets at which the lines of a text start, to find the line of an offset in log time. */
    static final class LineIndex {
        private final int[] starts;
        private final int count;

        LineIndex(String text) {
            int[] s = new int[16];
            int n = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (n == s.length) s = java.util.Arrays.copyOf(s, n * 2);
                s[n++] = i + 1;
            }
            this.starts = s;
            this.count = n;
        }

        /** The 0-based line of an offset. */
        int lineOf(int offset) {
            int i = java.util.Arrays.binarySearch(starts, 0, count, offset);
            return i >= 0 ? i : -i - 2;
        }

        /** The offset at which 0-based line {@code line} starts. */
        int start(int line) {
            return starts[line];
        }
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
        if (!(n.getParent() instanceof Document doc)) return 0;
        // Counted once per document and kept in it: counting back from each paragraph made rendering a long
        // body grow with the square of its length. Renders of one document never run at once.
        java.util.Map<Node, Integer> indexes = BLOCK_INDEXES.get(doc);
        if (indexes == null) {
            indexes = new java.util.IdentityHashMap<>();
            int i = 0;
            for (Node c = doc.getFirstChild(); c != null; c = c.getNext()) {
                if (!(c instanceof BlankLine)) indexes.put(c, ++i);
            }
            BLOCK_INDEXES.set(doc, indexes);
        }
        return indexes.getOrDefault(n, 0);
    }

    private static final com.vladsch.flexmark.util.data.NullableDataKey<java.util.Map<Node, Integer>> BLOCK_INDEXES =
            new com.vladsch.flexmark.util.data.NullableDataKey<>("BRIEF_BLOCK_INDEXES");

    /** The id of a heading: its text as an ASCII slug, "section" when that is empty. */
    public static String headingId(Heading h) {
        String slug = brief.i18n.Slugs.slugify(plainText(h));
        return slug.isEmpty() ? "section" : slug;
    }

    public static String plainText(Node n) {
        return new TextCollectingVisitor().collectAndGetText(n);
    }
}
