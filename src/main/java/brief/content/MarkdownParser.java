package brief.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
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

/**
 * Parses article bodies with Flexmark (CommonMark, tables, autolinks, strikethrough) and numbers their
 * top-level blocks. Built once per build; {@link Parser} is thread-safe.
 */
public final class MarkdownParser {
    public static final String CAPTION_OPEN = "::: caption";
    public static final String CAPTION_CLOSE = ":::";
    /** A figure block: "::: figure photo.jpg", its caption and credit, and ":::". */
    public static final String FIGURE_OPEN = "::: figure";

    private final DataHolder options;
    /**
     * Parsers without the extensions and block parsers a text cannot use, made when first needed and indexed by
     * {@link #needs}: the autolink pass runs regular expressions over every text node, the tables extension
     * examines every paragraph (a sixth of the parse, measured), and each block parser is tried in turn on every
     * line that starts with a character other than a letter (each list item, heading and caption line), most
     * with a regular expression, while most briefings hold no bare URL, '|', code, HTML or thematic break.
     * A parser without an extension or block parser gives the same tree for a text it cannot match.
     */
    private final java.util.concurrent.atomic.AtomicReferenceArray<Parser> parsers =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(1 << 7);
    /** What {@link #needs} may ask for, one bit each. */
    static final int TABLE = 1, AUTOLINK = 2, FENCED_CODE = 4, HTML_BLOCK = 8, THEMATIC_BREAK = 16,
            INDENTED_CODE = 32, BLOCK_QUOTE = 64;
    /**
     * How many bodies keep their tree for the render, which then need not parse them again: all of them on a
     * site of up to 6,000 articles in two languages, and no more on a larger one, whose peak memory they would
     * raise. A tree is ~9 KB for an archive-shaped body; at 10,000 articles, cold builds peaked at 784 MiB with
     * 4,000 trees kept, 866 MiB with 12,000 and 954–1,003 MiB with all 20,000 (too near the 1 GiB target).
     * The second parse was 5.3% of the CPU of that build with 4,000 kept.
     */
    static final int KEPT_TREES = 12_000;
    private final java.util.concurrent.atomic.AtomicInteger kept = new java.util.concurrent.atomic.AtomicInteger();

    public MarkdownParser() {
        MutableDataSet o = new MutableDataSet();
        o.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create(),
                StrikethroughExtension.create()));
        this.options = o.toImmutable();
    }

    /** The parser for texts with these {@link #needs}. */
    private Parser parser(int needs) {
        Parser p = parsers.get(needs);
        if (p != null) return p;
        List<com.vladsch.flexmark.util.misc.Extension> ext = new ArrayList<>();
        if ((needs & TABLE) != 0) ext.add(TablesExtension.create());
        if ((needs & AUTOLINK) != 0) ext.add(AutolinkExtension.create());
        ext.add(StrikethroughExtension.create());
        MutableDataSet o = new MutableDataSet(options).set(Parser.EXTENSIONS, ext)
                .set(Parser.FENCED_CODE_BLOCK_PARSER, (needs & FENCED_CODE) != 0)
                .set(Parser.HTML_BLOCK_PARSER, (needs & HTML_BLOCK) != 0)
                .set(Parser.THEMATIC_BREAK_PARSER, (needs & THEMATIC_BREAK) != 0)
                .set(Parser.INDENTED_CODE_BLOCK_PARSER, (needs & INDENTED_CODE) != 0)
                .set(Parser.BLOCK_QUOTE_PARSER, (needs & BLOCK_QUOTE) != 0)
                .set(Parser.HEADING_PARSER, false)
                .set(Parser.LIST_BLOCK_PARSER, false);
        p = Parser.builder(o.toImmutable()).customBlockParserFactory(new Headings())
                .customBlockParserFactory(new Lists()).build();
        return parsers.compareAndSet(needs, null, p) ? p : parsers.get(needs);
    }

    /**
     * A Flexmark block parser factory whose per-document part is made once per parser instead of once per text:
     * the heading parser's compiled three regular expressions for every text (0.9% of a 10,000-article build),
     * the list parser's read its twenty options (0.5%). What either makes depends only on the parser's options,
     * and its {@code tryStart} keeps nothing between calls. Each stands where Flexmark's own would: the two are
     * named in each other's dependencies, and in those of the other block parsers, by their classes, so a
     * stand-in names the other stand-in where Flexmark's factory named the other factory.
     */
    private abstract static class MadeOnce implements com.vladsch.flexmark.parser.block.CustomBlockParserFactory {
        private final com.vladsch.flexmark.parser.block.CustomBlockParserFactory factory;
        private volatile com.vladsch.flexmark.parser.block.BlockParserFactory made;

        MadeOnce(com.vladsch.flexmark.parser.block.CustomBlockParserFactory factory) {
            this.factory = factory;
        }

        /** What stands in front of Flexmark's per-document factory (it, or a filter before it). */
        abstract com.vladsch.flexmark.parser.block.BlockParserFactory wrap(
                com.vladsch.flexmark.parser.block.BlockParserFactory flexmark);

        @Override
        public com.vladsch.flexmark.parser.block.BlockParserFactory apply(DataHolder options) {
            com.vladsch.flexmark.parser.block.BlockParserFactory f = made;
            if (f == null) made = f = wrap(factory.apply(options));
            return f;
        }

        @Override
        public java.util.Set<Class<?>> getAfterDependents() {
            return standIns(factory.getAfterDependents());
        }

        @Override
        public java.util.Set<Class<?>> getBeforeDependents() {
            return standIns(factory.getBeforeDependents());
        }

        private static java.util.Set<Class<?>> standIns(java.util.Set<Class<?>> classes) {
            if (classes == null) return null;
            java.util.Set<Class<?>> named = new java.util.HashSet<>();
            for (Class<?> c : classes) {
                named.add(c == com.vladsch.flexmark.parser.core.HeadingParser.Factory.class ? Headings.class
                        : c == com.vladsch.flexmark.parser.core.ListBlockParser.Factory.class ? Lists.class : c);
            }
            return named;
        }

        @Override
        public boolean affectsGlobalScope() {
            return factory.affectsGlobalScope();
        }

        @Override
        public com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler getLeadInHandler(DataHolder options) {
            return factory.getLeadInHandler(options);
        }
    }

    /** Flexmark's heading parser, made once per parser, and asked only about lines that could be headings. */
    private static final class Headings extends MadeOnce {
        Headings() {
            super(new com.vladsch.flexmark.parser.core.HeadingParser.Factory());
        }

        @Override
        com.vladsch.flexmark.parser.block.BlockParserFactory wrap(com.vladsch.flexmark.parser.block.BlockParserFactory flexmark) {
            return (state, matched) -> mayStartHeading(state) ? flexmark.tryStart(state, matched)
                    : com.vladsch.flexmark.parser.block.BlockStart.none();
        }

        private static boolean mayStartHeading(com.vladsch.flexmark.parser.block.ParserState state) {
            return MarkdownParser.mayStartHeading(state.getLine(), state.getNextNonSpaceIndex());
        }
    }

    /** Flexmark's list parser, made once per parser. */
    private static final class Lists extends MadeOnce {
        Lists() {
            super(new com.vladsch.flexmark.parser.core.ListBlockParser.Factory());
        }

        @Override
        com.vladsch.flexmark.parser.block.BlockParserFactory wrap(com.vladsch.flexmark.parser.block.BlockParserFactory flexmark) {
            return flexmark;
        }
    }

    /**
     * Whether a line could be a heading: Flexmark's factory answers none, with nothing changed, unless the
     * line after its indent opens with the '#' of an ATX heading or is a setext underline (a run of '=' or of
     * '-', then nothing but spaces and tabs; a line end is let through too, as its "$" allows one). It tried its
     * two regular expressions on every line that does not start with a letter: each "- " list item and caption
     * line (1.5% of a 10,000-article build).
     */
    static boolean mayStartHeading(CharSequence line, int i) {
        if (i >= line.length()) return false;
        char c = line.charAt(i);
        if (c == '#') return true;
        if (c != '=' && c != '-') return false;
        int k = i + 1;
        while (k < line.length() && line.charAt(k) == c) k++;
        for (; k < line.length(); k++) {
            char t = line.charAt(k);
            if (t != ' ' && t != '\t' && t != '\n' && t != '\r') return false;
        }
        return true;
    }

    /**
     * The extensions and block parsers a text could use, as bits: a table row has a '|'; an autolink, see
     * {@link #mayAutolink}; a code fence is "```" or "~~~"; an HTML block starts with '<', a block quote with '>';
     * indented code takes a tab or four spaces; a thematic break ends a line, see {@link #mayHoldThematicBreak}.
     */
    static int needs(String markdown) {
        return (mayHoldTable(markdown) ? TABLE : 0)
                | (mayAutolink(markdown) ? AUTOLINK : 0)
                | (markdown.contains("```") || markdown.contains("~~~") ? FENCED_CODE : 0)
                | (markdown.indexOf('<') >= 0 ? HTML_BLOCK : 0)
                | (mayHoldThematicBreak(markdown) ? THEMATIC_BREAK : 0)
                | (markdown.indexOf('\t') >= 0 || markdown.contains("    ") ? INDENTED_CODE : 0)
                | (markdown.indexOf('>') >= 0 ? BLOCK_QUOTE : 0);
    }

    /**
     * Whether a line could end in a thematic break: three or more '*', '-' or '_' (the same one), with only spaces
     * and tabs between and after them, after whatever opens the line (a list item, a quote). A text with a
     * carriage return is taken to have one, so that lines need only be split at '\n'.
     */
    static boolean mayHoldThematicBreak(String markdown) {
        if (markdown.indexOf('\r') >= 0) return true;
        int end = markdown.length();
        while (end > 0) {
            int start = markdown.lastIndexOf('\n', end - 1) + 1;
            int i = end - 1;
            while (i >= start && (markdown.charAt(i) == ' ' || markdown.charAt(i) == '\t')) i--;
            char mark = i >= start ? markdown.charAt(i) : 0;
            if (mark == '*' || mark == '-' || mark == '_') {
                int marks = 0;
                for (; i >= start; i--) {
                    char c = markdown.charAt(i);
                    if (c == mark) marks++;
                    else if (c != ' ' && c != '\t') break;
                }
                if (marks >= 3) return true;
            }
            end = start - 1;
        }
        return false;
    }

    /** Whether the text could hold a table: every table row has a '|'. */
    static boolean mayHoldTable(String markdown) {
        return markdown.indexOf('|') >= 0;
    }

    /** The Flexmark tree of a text, from the parser with just the extensions and block parsers the text can use. */
    public Document tree(String markdown) {
        return parser(needs(markdown)).parse(markdown);
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
        List<Body.HeadingAt> headingsAt = new ArrayList<>();
        int index = 0;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof BlankLine) continue;
            index++;
            Block.Kind kind = n instanceof Heading ? Block.Kind.HEADING
                    : isCaption(n) ? Block.Kind.CAPTION
                    : n instanceof Paragraph ? Block.Kind.PARAGRAPH : Block.Kind.OTHER;
            String text = plainText(n);
            if (kind == Block.Kind.CAPTION) text = withoutCaptionMarkers(text);
            blocks.add(Block.of(index, kind, text.strip(), firstLine + lines.lineOf(n.getStartOffset()), markdown,
                    n.getStartOffset(), n.getEndOffset()));
            if (n instanceof Heading h) headingsAt.add(new Body.HeadingAt(h.getLevel(), headingId(h), text.strip(), index));
        }
        List<Body.LinkAt> links = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<Body.PhotoAt> photos = new ArrayList<>();
        // Collected now, while the tree is at hand: the checks need them, and the tree is not kept.
        new NodeVisitor(new VisitHandler<>(Link.class, l -> links.add(linkAt(l, firstLine, lines))),
                new VisitHandler<>(Heading.class, h -> headings.add(headingId(h))),
                new VisitHandler<>(Image.class, i -> imageAt(i, firstLine, lines).ifPresent(photos::add))).visit(doc);
        // Figures are top-level blocks; a handler for paragraphs would stop the visitor from entering them.
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph p) figureAt(p, firstLine, lines).ifPresent(photos::add);
        }
        photos.sort(java.util.Comparator.comparingInt(Body.PhotoAt::line).thenComparingInt(Body.PhotoAt::column));
        return new Body(markdown, doc, blocks, firstLine, links, headings, headingsAt, photos,
                () -> withHeadingIds(parseTree(markdown), headingsAt), kept.getAndIncrement() < KEPT_TREES);
    }

    /**
     * A second parse of a body, given the ids of its top-level headings found by the first ({@link #headingId}
     * would make them again from each heading's text: 0.4% of a 10,000-article build, at render).
     */
    private static Document withHeadingIds(Document doc, List<Body.HeadingAt> headings) {
        java.util.Map<Node, String> ids = new java.util.IdentityHashMap<>();
        int i = 0;
        for (Node c = doc.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof Heading)) continue;
            if (i == headings.size()) return doc;
            ids.put(c, headings.get(i++).id());
        }
        if (i == headings.size()) HEADING_IDS.set(doc, ids);
        return doc;
    }

    private Document parseTree(String markdown) {
        return tree(markdown);
    }

    /**
     * A caption's text without its opening and closing lines, as the pattern
     * {@code ^::: (?:caption|figure[^\n]*)\s*\n|\n:::\s*$} removed them (it was 0.4% of a 10,000-article build):
     * the opening line and the blank run after it up to its last line end, and a closing ":::" line followed by
     * nothing but white space. {@code CaptionMarkersTest} holds the pattern to compare.
     */
    static String withoutCaptionMarkers(String text) {
        int from = 0;
        int after = text.startsWith("::: caption") ? 11 : text.startsWith("::: figure") ? text.indexOf('\n', 10) : -1;
        if (after >= 0) {
            int lastEol = -1;
            for (int i = after; i < text.length() && isSpace(text.charAt(i)); i++) {
                if (text.charAt(i) == '\n') lastEol = i;
            }
            if (lastEol >= 0) from = lastEol + 1;
        }
        int to = text.length();
        for (int k = text.indexOf("\n:::", from); k >= 0; k = text.indexOf("\n:::", k + 1)) {
            int i = k + 4;
            while (i < text.length() && isSpace(text.charAt(i))) i++;
            if (i == text.length()) {
                to = k;
                break;
            }
        }
        return from == 0 && to == text.length() ? text : text.substring(from, to);
    }

    /** Java's \\s: a space, tab, line end, vertical tab, form feed or carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
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

    /** The photo a figure block names, where its name is written. */
    private static java.util.Optional<Body.PhotoAt> figureAt(Paragraph p, int firstLine, LineIndex lines) {
        String name = figureName(p);
        if (name == null) return java.util.Optional.empty();
        String chars = string(p.getChars());
        int nameAt = chars.indexOf(FIGURE_OPEN) + FIGURE_OPEN.length();
        while (nameAt < chars.length() && chars.charAt(nameAt) == ' ') nameAt++;
        int offset = p.getStartOffset() + nameAt;
        int line = lines.lineOf(offset);
        return java.util.Optional.of(new Body.PhotoAt(name, firstLine + line, offset - lines.start(line) + 1,
                blockIndex(p), true));
    }

    /**
     * An image, ![caption](photo.jpg), where it is written. Remote and absolute URLs are kept too, so that the
     * photo check can refuse them at their place: the site promises readers no request to another host.
     */
    private static java.util.Optional<Body.PhotoAt> imageAt(Image i, int firstLine, LineIndex lines) {
        String url = i.getUrl().toString();
        int start = i.getStartOffset();
        int line = lines.lineOf(start);
        return java.util.Optional.of(new Body.PhotoAt(url, firstLine + line, start - lines.start(line) + 1, 0, false));
    }

    /** Whether an image URL names a file of the article's folder (no scheme, no path). */
    public static boolean isLocalPhoto(String url) {
        return !url.isEmpty() && url.indexOf(':') < 0 && url.indexOf('/') < 0 && url.indexOf('\\') < 0 && !url.startsWith("#");
    }

    /** The file a top-level figure block names ("::: figure photo.jpg"), or null when the node is not one. */
    public static String figureName(Node n) {
        if (!(n instanceof Paragraph) || !(n.getParent() instanceof Document) || !opensWithColon(n)) return null;
        String chars = string(n.getChars()).strip();
        if (!chars.startsWith(FIGURE_OPEN + " ") || !chars.endsWith("\n" + CAPTION_CLOSE)) return null;
        int eol = chars.indexOf('\n');
        String name = chars.substring(FIGURE_OPEN.length(), eol).strip();
        return name.isEmpty() ? null : name;
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

    /**
     * Whether a node's first character after white space is ':', as a caption's or figure's is: most paragraphs
     * are neither, and are then not copied out of the body to be looked at.
     */
    private static boolean opensWithColon(Node n) {
        com.vladsch.flexmark.util.sequence.BasedSequence s = n.getChars();
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i < s.length() && s.charAt(i) == ':';
    }

    /**
     * A caption is a paragraph fenced by "::: caption" (or "::: figure photo.jpg") and ":::" lines: a figure's
     * text is its caption, and a translation's caption block matches the source's figure block.
     */
    public static boolean isCaption(Node n) {
        if (!(n instanceof Paragraph) || !opensWithColon(n)) return false;
        String chars = string(n.getChars()).strip();
        return (chars.startsWith(CAPTION_OPEN + "\n") || chars.startsWith(FIGURE_OPEN + " ") && chars.indexOf('\n') > 0)
                && chars.endsWith("\n" + CAPTION_CLOSE);
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

    /**
     * The id of a heading: its text as an ASCII slug ("Đối thoại" → "doi-thoai"), "section" when that is empty;
     * a top-level heading whose slug an earlier one has gets "-2", "-3"…, so that every id of a page is its own.
     */
    public static String headingId(Heading h) {
        if (!(h.getParent() instanceof Document doc)) return slug(h);
        // Made once per document and kept in it, as block indexes are: a body with many headings stays linear.
        java.util.Map<Node, String> ids = HEADING_IDS.get(doc);
        if (ids == null) {
            ids = new java.util.IdentityHashMap<>();
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (Node c = doc.getFirstChild(); c != null; c = c.getNext()) {
                if (!(c instanceof Heading top)) continue;
                String slug = slug(top);
                // A heading named like an id of the page around the body ("Main", "P 1") would make a second
                // element with that id, and the link to either would land on the first: count it as taken once.
                int n = seen.merge(slug, 1, Integer::sum) + (isReserved(slug) ? 1 : 0);
                ids.put(c, n == 1 ? slug : slug + "-" + n);
            }
            HEADING_IDS.set(doc, ids);
        }
        // Not getOrDefault: that slugs the heading on every call, found or not (~1% of a 10,000-article build).
        String id = ids.get(h);
        return id != null ? id : slug(h);
    }

    /**
     * The ids the theme's pages give elements around an article body (the main landmark, section headings,
     * search and chronology controls). {@code ThemeIdsTest} fails when a template gains an id not listed here.
     */
    public static final java.util.Set<String> RESERVED_IDS = java.util.Set.of("articles", "chronology-count", "facts",
            "figures", "filter-leaders", "filter-series", "filter-years", "latest", "main", "meetings", "outcomes",
            "participants", "recent", "related-h", "roles", "search-hint", "search-list", "search-q", "search-results",
            "search-status", "sequel-h", "site-search-q", "summits", "timeline", "topics-h", "upcoming");

    /** Taken by the page: a theme id, or a paragraph's citation id (p-1, p-2…). */
    static boolean isReserved(String slug) {
        return RESERVED_IDS.contains(slug) || isParagraphId(slug);
    }

    /** "p-" and one or more ASCII digits, read without compiling a regular expression for each heading. */
    private static boolean isParagraphId(String slug) {
        if (slug.length() < 3 || !slug.startsWith("p-")) return false;
        for (int i = 2; i < slug.length(); i++) {
            char c = slug.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static final com.vladsch.flexmark.util.data.NullableDataKey<java.util.Map<Node, String>> HEADING_IDS =
            new com.vladsch.flexmark.util.data.NullableDataKey<>("BRIEF_HEADING_IDS");

    private static String slug(Heading h) {
        String slug = brief.i18n.Slugs.slugify(plainText(h));
        return slug.isEmpty() ? "section" : slug;
    }

    /** The text of a node without its markup, as Flexmark's {@link TextCollectingVisitor} collects it. */
    public static String plainText(Node n) {
        String plain = plainRun(n);
        if (plain == null) plain = collected(n);
        return plain != null ? plain : new TextCollectingVisitor().collectAndGetText(n);
    }

    /**
     * What {@link TextCollectingVisitor} collects from a block made of the nodes briefings are written with
     * (paragraphs whose text holds links and line breaks, captions, headings, lists, quotes), walked the way the
     * visitor walks them: the text of each Text node and line break as written, a "\n" before each block after
     * the first character, and one after a paragraph followed by a blank line. Null when the block holds any other
     * node, or a text the visitor would unescape: the visitor (a sequence builder, a walk up the parents per node)
     * was most of {@code plainText}'s 2% of a 10,000-article build, on paragraphs that hold an entity link.
     */
    static String collected(Node n) {
        if (n.isOrDescendantOfType(com.vladsch.flexmark.util.ast.DoNotCollectText.class)) return null;
        StringBuilder out = new StringBuilder();
        return collect(n, out) ? out.toString() : null;
    }

    private static boolean collect(Node n, StringBuilder out) {
        Class<?> c = n.getClass();
        if (c == Text.class || c == com.vladsch.flexmark.ast.SoftLineBreak.class) {
            String s = string(n.getChars());
            // The visitor unescapes a Text's backslash escapes and entities, and reads a NUL as U+FFFD.
            if (s.indexOf('\\') >= 0 || s.indexOf('&') >= 0 || s.indexOf('\0') >= 0) return false;
            out.append(s);
            return true;
        }
        if (!(c == Link.class || c == Paragraph.class || c == Heading.class || c == BlankLine.class
                || c == com.vladsch.flexmark.ast.BulletList.class || c == com.vladsch.flexmark.ast.OrderedList.class
                || c == com.vladsch.flexmark.ast.BulletListItem.class || c == com.vladsch.flexmark.ast.OrderedListItem.class
                || c == com.vladsch.flexmark.ast.BlockQuote.class)) {
            return false;
        }
        if (n instanceof com.vladsch.flexmark.util.ast.Block && !out.isEmpty()) out.append('\n');
        for (Node child = n.getFirstChild(); child != null; child = child.getNext()) {
            if (!collect(child, out)) return false;
        }
        if (n instanceof Paragraph p && p.isTrailingBlankLine()) out.append('\n');
        return true;
    }

    /**
     * The text of a paragraph or heading that holds nothing but plain text, as {@link TextCollectingVisitor}
     * collects it: its text as written, and a paragraph followed by a blank line ends in "\n". Null for any other
     * node, and for a text with a backslash escape or an entity, which the visitor unescapes. Most blocks of a
     * briefing are such paragraphs, and the visitor (a sequence builder, a walk up the parents per node) was a
     * sixth of the load's parse of a body in a profile of a 10,000-article archive-shaped build.
     */
    static String plainRun(Node n) {
        if (!(n instanceof Paragraph || n instanceof Heading)) return null;
        Node c = n.getFirstChild();
        if (c == null) return null;
        String text = null;
        for (; c != null; c = c.getNext()) {
            if (c.getClass() != Text.class) return null;
            String s = string(c.getChars());
            if (s.indexOf('\\') >= 0 || s.indexOf('&') >= 0) return null;
            text = text == null ? s : text + s;
        }
        if (n.isOrDescendantOfType(com.vladsch.flexmark.util.ast.DoNotCollectText.class)) return null;
        return n instanceof Paragraph p && p.isTrailingBlankLine() ? text + "\n" : text;
    }
}
