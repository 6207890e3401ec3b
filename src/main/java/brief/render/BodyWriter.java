package brief.render;

import brief.content.MarkdownParser;
import brief.photo.Photo;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * Writes an article body's HTML from its Flexmark tree, byte for byte what {@link BodyRenderer}'s Flexmark
 * {@code HtmlRenderer} writes (its own handlers over Flexmark's core, table and strikethrough renderers), without
 * that renderer's per-character line formatting, attribute providers and link contexts, which took a ninth of the
 * CPU of a cold 10,000-article build (profiled). It knows the node kinds of CommonMark, tables and strikethrough
 * under the renderer's options; given any other node, or output it does not model (a blank line outside
 * preformatted text, where Flexmark's blank-line rules apply), it gives up and the caller has Flexmark write the
 * whole body. {@code BodyWriterTest} pins the two against each other on every node kind.
 *
 * <p>One writer serves one render at a time: {@link #write} is not reentrant, and a writer is made per render.
 */
final class BodyWriter {
    /** Thrown, without a stack trace, when the tree holds what this writer does not write. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    /** What the writer needs of the renderer's options, read once per build. */
    static final class Options {
        final DataHolder options;
        final HtmlRendererOptions html;
        final ListOptions lists;
        final String tableClass;
        final boolean columnSpans;
        /** Whether the renderer's options are the ones this writer writes like; when not, Flexmark writes every body. */
        final boolean supported;

        Options(DataHolder options) {
            this.options = options;
            this.html = new HtmlRendererOptions(options);
            this.lists = ListOptions.get(options);
            this.tableClass = TablesExtension.CLASS_NAME.get(options);
            this.columnSpans = TablesExtension.COLUMN_SPANS.get(options);
            HtmlRendererOptions h = html;
            this.supported = h.indentSize == 0 && h.formatFlags == LineAppendable.F_TRIM_LEADING_WHITESPACE
                    && h.softBreak.equals("\n") && h.hardBreak.equals("<br />\n")
                    && h.emphasisStyleHtmlOpen == null && h.strongEmphasisStyleHtmlOpen == null
                    && h.codeStyleHtmlOpen == null && !h.percentEncodeUrls && !h.doNotRenderLinksInDocument
                    && !h.renderHeaderId && h.sourcePositionAttribute.isEmpty() && !h.sourcePositionParagraphLines
                    && !h.sourceWrapHtmlBlocks && h.htmlBlockOpenTagEol && h.htmlBlockCloseTagEol && !h.noPTagsUseBr
                    && !HtmlRenderer.OBFUSCATE_EMAIL.get(options) && !HtmlRenderer.RECHECK_UNDEFINED_REFERENCES.get(options)
                    && !Parser.FENCED_CODE_CONTENT_BLOCK.get(options) && !Parser.CODE_SOFT_LINE_BREAKS.get(options);
        }
    }

    private final Options o;
    private final BiFunction<String, String, String> resolve;
    private final String lang;
    private final BodyRenderer.Figures figures;
    private final IntFunction<String> permalink;

    // The output, and the line being written: where it starts, whether it holds only white space so far, and how
    // deep in preformatted text (raw HTML, code blocks) the writer is. These are the state of Flexmark's
    // LineAppendableImpl under the renderer's options (no indent; white space at the start of a line dropped).
    private final StringBuilder out = new StringBuilder(4096);
    private int lineStart;
    private boolean blank = true;
    private int pre;

    BodyWriter(Options o, BiFunction<String, String, String> resolve, String lang, BodyRenderer.Figures figures,
               IntFunction<String> permalink) {
        this.o = o;
        this.resolve = resolve;
        this.lang = lang;
        this.figures = figures;
        this.permalink = permalink;
    }

    /** The body's HTML, or null when it holds something this writer does not write (Flexmark then writes it). */
    String write(Document doc) {
        if (!o.supported) return null;
        try {
            children(doc);
            line();
            return out.toString();
        } catch (GiveUp g) {
            return null;
        }
    }

    // ---- the output, as Flexmark's line appendable builds it

    private void append(CharSequence s) {
        append(s, 0, s.length());
    }

    private void append(CharSequence s, int from, int to) {
        while (from < to) {
            int end = from;
            while (end < to && s.charAt(end) != '\n') end++;
            appendInLine(s, from, end);
            if (end == to) return;
            eol();
            from = end + 1;
        }
    }

    /**
     * Characters without a line end. At the start of a line Flexmark drops spaces (keeping them in preformatted
     * text) and keeps tabs, and the line stays blank until another character comes.
     */
    private void appendInLine(CharSequence s, int from, int to) {
        if (blank) {
            for (; from < to; from++) {
                char c = s.charAt(from);
                if (c == ' ') {
                    if (pre > 0) out.append(' ');
                } else if (c == '\t') {
                    out.append('\t');
                } else {
                    break;
                }
            }
            if (from == to) return;
            blank = false;
        }
        out.append(s, from, to);
    }

    /** A line end. */
    private void eol() {
        // A blank line outside preformatted text is where Flexmark collapses and trims: not modelled.
        if (pre == 0 && out.length() == lineStart) throw GIVE_UP;
        out.append('\n');
        lineStart = out.length();
        blank = true;
    }

    /** Ends the line, unless it is empty. */
    private void line() {
        if (pre > 0 || out.length() != lineStart) eol();
    }

    /** Raw HTML, written as preformatted text. */
    private void rawPre(String s) {
        pre++;
        append(s);
        pre--;
    }

    /** Text, HTML-escaped as Flexmark escapes it ({@code & < > "}). */
    private void text(CharSequence s) {
        append(needsEscape(s, 0, s.length()) ? Escaping.escapeHtml(s, false) : s);
    }

    private static boolean needsEscape(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') return true;
        }
        return false;
    }

    /** An attribute, as Flexmark writes it: escaped keeping entities, left out when an empty id or class. */
    private void attr(String name, CharSequence value) {
        if (value.length() == 0 && (name.equals("id") || name.equals("class") || name.equals("name")
                || name.equals("style"))) return;
        append(" ");
        append(name);
        append("=\"");
        append(needsEscape(value, 0, value.length()) ? Escaping.escapeHtml(value, true) : value);
        append("\"");
    }

    /** An element without attributes around a node's children. */
    private void inline(String tag, Node n) {
        append("<");
        append(tag);
        append(">");
        children(n);
        append("</");
        append(tag);
        append(">");
    }

    // ---- the nodes

    private void children(Node n) {
        for (Node c = n.getFirstChild(); c != null; ) {
            Node next = c.getNext();
            node(c);
            c = next;
        }
    }

    /** Flexmark picks a node's renderer by its exact class: so does this writer. */
    private void node(Node n) {
        Class<?> k = n.getClass();
        if (k == Text.class) text((Text) n);
        else if (k == SoftLineBreak.class) eol();
        else if (k == Paragraph.class) paragraph((Paragraph) n);
        else if (k == Link.class) link((Link) n);
        else if (k == BulletListItem.class || k == OrderedListItem.class) listItem((ListItem) n);
        else if (k == Heading.class) heading((Heading) n);
        else if (k == StrongEmphasis.class) inline("strong", n);
        else if (k == Emphasis.class) inline("em", n);
        else if (k == BulletList.class) list("ul", n);
        else if (k == OrderedList.class) orderedList((OrderedList) n);
        else if (k == BlockQuote.class) blockQuote(n);
        else if (k == BlankLine.class || k == Reference.class || k == TableSeparator.class) {
            // Flexmark writes nothing for these.
        } else if (k == TextBase.class) children(n);
        else if (k == Code.class) code((Code) n);
        else if (k == Strikethrough.class) inline("del", n);
        else if (k == HardLineBreak.class) append("<br />\n");
        else if (k == Image.class) image((Image) n);
        else if (k == LinkRef.class) linkRef((LinkRef) n);
        else if (k == AutoLink.class) autoLink((AutoLink) n);
        else if (k == MailLink.class) mailLink((MailLink) n);
        else if (k == HtmlEntity.class) htmlEntity(n);
        else if (k == HtmlInline.class) inlineHtml(n, o.html.suppressInlineHtml, o.html.escapeInlineHtml);
        else if (k == HtmlInlineComment.class)
            inlineHtml(n, o.html.suppressInlineHtmlComments, o.html.escapeInlineHtmlComments);
        else if (k == HtmlBlock.class) htmlBlock((HtmlBlock) n);
        else if (k == HtmlCommentBlock.class) htmlCommentBlock(n);
        else if (k == ThematicBreak.class) {
            line();
            append("<hr />");
            line();
        } else if (k == FencedCodeBlock.class) fencedCode((FencedCodeBlock) n);
        else if (k == IndentedCodeBlock.class) indentedCode((IndentedCodeBlock) n);
        else if (k == TableBlock.class) table(n);
        else if (k == TableHead.class) lineElement("thead", n);
        else if (k == TableBody.class) lineElement("tbody", n);
        else if (k == TableRow.class) lineElement("tr", n);
        else if (k == TableCaption.class) lineElement("caption", n);
        else if (k == TableCell.class) tableCell((TableCell) n);
        else throw GIVE_UP;
    }

    /**
     * Text as Flexmark writes it: unescaped, line ends normalised, HTML-escaped; straight from the parsed text
     * when there is nothing to unescape, normalise or escape, as in most text of a briefing.
     */
    private void text(Text n) {
        BasedSequence chars = n.getChars();
        if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
            int from = chars.getStartOffset();
            int to = chars.getEndOffset();
            boolean plain = true;
            for (int i = from; i < to && plain; i++) {
                char c = base.charAt(i);
                plain = c != '\\' && c != '&' && c != '\r' && c != '<' && c != '>' && c != '"';
            }
            if (plain) {
                append(base, from, to);
                return;
            }
        }
        text(Escaping.normalizeEOL(chars.unescape()));
    }

    /** BodyRenderer's paragraphs: top-level ones numbered, photos and captions as figures, permalinks. */
    private void paragraph(Paragraph p) {
        if (!(p.getParent() instanceof Document)) {
            plainParagraph(p, null);
            return;
        }
        int n = MarkdownParser.blockIndex(p);
        String id = "p-" + n;
        Photo alone = figures.alone(p);
        if (alone != null) {
            Image i = (Image) p.getFirstChild();
            String caption = MarkdownParser.plainText(i).strip();
            figureOpen(id, "photo");
            append(figures.img(alone, caption));
            if (!caption.isEmpty()) {
                append("<figcaption>");
                children(i);
                append("</figcaption>");
            }
            append("</figure>");
            line();
            return;
        }
        if (!BodyRenderer.isCaption(p)) {
            if (permalink == null) {
                plainParagraph(p, id);
                return;
            }
            append("<p");
            attr("id", id);
            append(">");
            children(p);
            append(BodyRenderer.permalink(n, permalink.apply(n)));
            append("</p>");
            line();
            return;
        }
        String name = MarkdownParser.figureName(p);
        Photo photo = name == null ? null : figures.get(name);
        figureOpen(id, photo == null ? "caption" : "photo");
        if (photo != null) append(figures.img(photo, BodyRenderer.figureBlockCaption(p)));
        Node first = p.getFirstChild();
        Node last = p.getLastChild();
        // Skip the "::: caption" line and its line break, and the closing ":::" line.
        Node from = first == null ? null : first.getNext() == null ? null : first.getNext().getNext();
        Node until = last == null ? null : last.getPrevious();
        if (from == null || from == last || from == until) {
            append("</figure>"); // a figure block without a caption
            line();
            return;
        }
        append("<figcaption>");
        for (Node c = from; c != null && c != until && c != last; c = c.getNext()) node(c);
        append("</figcaption>");
        append("</figure>");
        line();
    }

    private void figureOpen(String id, String cssClass) {
        append("<figure");
        attr("id", id);
        attr("class", cssClass);
        append(">");
    }

    /** A paragraph as Flexmark's core writes it: nothing when it shows nothing, no p in a tight list item. */
    private void plainParagraph(Paragraph p, String id) {
        if (p.getFirstChildAnyNot(NonRenderingInline.class) == null) return;
        if (p.getParent() instanceof ParagraphItemContainer c && c.isParagraphWrappingDisabled(p, o.lists, o.options)) {
            children(p);
            return;
        }
        line();
        append("<p");
        if (id != null) attr("id", id);
        append(">");
        children(p);
        append("</p>");
        line();
    }

    private void heading(Heading h) {
        line();
        String tag = "h" + h.getLevel();
        append("<");
        append(tag);
        attr("id", MarkdownParser.headingId(h));
        append(">");
        children(h);
        append("</");
        append(tag);
        append(">");
        line();
    }

    private void blockQuote(Node n) {
        line();
        append("<blockquote>");
        line();
        children(n);
        line();
        append("</blockquote>");
        line();
    }

    private void list(String tag, Node n) {
        line();
        append("<");
        append(tag);
        append(">");
        line();
        children(n);
        line();
        append("</");
        append(tag);
        append(">");
        line();
    }

    private void orderedList(OrderedList n) {
        int start = n.getStartNumber();
        if (!(o.lists.isOrderedListManualStart() && start != 1)) {
            list("ol", n);
            return;
        }
        line();
        append("<ol");
        attr("start", String.valueOf(start));
        append(">");
        line();
        children(n);
        line();
        append("</ol>");
        line();
    }

    private void listItem(ListItem n) {
        line();
        append("<li>");
        text(n.getMarkerSuffix().unescape());
        children(n);
        append("</li>");
        line();
    }

    /** An element on lines of its own, its children inside on the same line (Flexmark's tagLine). */
    private void lineElement(String tag, Node n) {
        line();
        inline(tag, n);
        line();
    }

    private void code(Code n) {
        append("<code>");
        text(Escaping.collapseWhitespace(n.getText(), true));
        append("</code>");
    }

    private boolean suppressed(CharSequence url) {
        return o.html.suppressedLinks != null && o.html.suppressedLinks.matcher(url).matches();
    }

    /** What the renderer's link resolver makes of a URL: an internal link's page, or the URL itself. */
    private String resolved(String url) {
        if (url.isEmpty()) return url;
        String r = resolve.apply(lang, url);
        return r == null ? url : r;
    }

    private void link(Link n) {
        String url = MarkdownParser.string(n.getUrl());
        // Flexmark resolves the unescaped URL; most URLs have nothing to unescape, and are resolved once.
        String target = url.indexOf('\\') < 0 && url.indexOf('&') < 0 ? url : n.getUrl().unescape();
        String page = url.isEmpty() ? null : resolve.apply(lang, url);
        // A link to a page the site does not have is written as its text alone (see BodyRenderer.UNLINKED).
        if (url.indexOf(':') > 0 && BodyRenderer.UNLINKED.equals(page) || suppressed(url)) {
            children(n);
            return;
        }
        append("<a");
        attr("href", target.equals(url) ? (page == null ? url : page) : resolved(target));
        if (n.getTitle().isNotNull()) attr("title", n.getTitle().unescape());
        append(">");
        children(n);
        append("</a>");
    }

    /**
     * Brackets that name no reference ("[1]", "[Ảnh]"): their text as written, unless the link resolver makes a
     * page of the bracketed text. A reference that is defined is left to Flexmark.
     */
    private void linkRef(LinkRef n) {
        if (n.isDefined()) throw GIVE_UP;
        String ref = n.getReference().unescape();
        String url = ref.isEmpty() ? null : resolve.apply(lang, ref);
        if (url == null || url.isEmpty()) {
            if (!n.hasChildren()) {
                text(n.getChars().unescape());
            } else {
                text(n.getChars().prefixOf(n.getChildChars()).unescape());
                children(n);
                text(n.getChars().suffixOf(n.getChildChars()).unescape());
            }
            return;
        }
        append("<a");
        attr("href", url);
        append(">");
        children(n);
        append("</a>");
    }

    /** A local image as a photo with its variants; any other image as Flexmark writes it. */
    private void image(Image n) {
        String url = n.getUrl().toString();
        Photo p = MarkdownParser.isLocalPhoto(url) ? figures.get(url) : null;
        if (p != null) {
            append(figures.img(p, MarkdownParser.plainText(n)));
            return;
        }
        if (suppressed(n.getUrl())) return;
        if (!n.getUrlContent().isEmpty()) throw GIVE_UP;
        String alt = MarkdownParser.plainText(n);
        append("<img");
        attr("src", resolved(n.getUrl().unescape()));
        attr("alt", alt);
        if (n.getTitle().isNotNull()) attr("title", n.getTitle().unescape());
        append(" />");
    }

    private void autoLink(AutoLink n) {
        String text = n.getText().toString();
        if (suppressed(n.getUrl())) {
            text(text);
            return;
        }
        String url = resolved(text);
        anchor(url.startsWith("www.") ? o.html.autolinkWwwPrefix + url : url, text);
    }

    private void mailLink(MailLink n) {
        String text = n.getText().unescape();
        if (suppressed(n.getUrl())) {
            text(text);
            return;
        }
        anchor("mailto:" + resolved(text), text);
    }

    /** A link written as Flexmark writes an autolink or a mail link: the address, then its text, escaped. */
    private void anchor(String href, String text) {
        append("<a");
        attr("href", href);
        append(">");
        text(text);
        append("</a>");
    }

    private void htmlEntity(Node n) {
        if (o.html.unescapeHtmlEntities) text(n.getChars().unescape());
        else append(n.getChars().unescapeNoEntities());
    }

    private void inlineHtml(Node n, boolean suppress, boolean escape) {
        if (suppress) return;
        String s = n.getChars().normalizeEOL();
        if (escape) text(s);
        else rawPre(s);
    }

    private void htmlBlock(HtmlBlock n) {
        if (n.hasChildren()) throw GIVE_UP; // inner blocks: a parser option brief does not use
        line();
        if (!o.html.suppressHtmlBlocks) {
            line();
            String s = n.getContentChars().normalizeEOL();
            if (o.html.escapeHtmlBlocks) {
                if (!s.isEmpty() && s.charAt(s.length() - 1) == '\n') s = s.substring(0, s.length() - 1);
                append("<p>");
                text(s);
                append("</p>");
            } else {
                rawPre(s);
            }
            line();
        }
        line();
    }

    private void htmlCommentBlock(Node n) {
        if (o.html.suppressHtmlCommentBlocks) return;
        String s = n.getChars().normalizeEOL();
        if (o.html.escapeHtmlCommentBlocks) text(s);
        else rawPre(s);
    }

    private void fencedCode(FencedCodeBlock n) {
        line();
        append("<pre>");
        pre++;
        append("<code");
        BasedSequence info = n.getInfo();
        if (info.isNotNull() && !info.isBlank()) {
            String language = n.getInfoDelimitedByAny(o.html.languageDelimiterSet).unescape();
            attr("class", o.html.languageClassMap.getOrDefault(language, o.html.languageClassPrefix + language));
        } else {
            attr("class", o.html.noLanguageClass.trim());
        }
        append(">");
        text(n.getContentChars().normalizeEOL());
        append("</code></pre>");
        pre--;
        line();
    }

    private void indentedCode(IndentedCodeBlock n) {
        line();
        append("<pre>");
        pre++;
        append("<code");
        attr("class", o.html.noLanguageClass.trim());
        append(">");
        text(n.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
        append("</code></pre>");
        pre--;
        line();
    }

    private void table(Node n) {
        line();
        append("<table");
        attr("class", o.tableClass);
        append(">");
        line();
        children(n);
        line();
        line();
        append("</table>");
        line();
        line();
    }

    /** A cell; BodyRenderer turns Flexmark's obsolete align attribute into a class. */
    private void tableCell(TableCell n) {
        String tag = n.isHeader() ? "th" : "td";
        append("<");
        append(tag);
        if (o.columnSpans && n.getSpan() > 1) attr("colspan", String.valueOf(n.getSpan()));
        if (n.getAlignment() != null) attr("class", "align-" + switch (n.getAlignment()) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
        });
        append(">");
        children(n);
        append("</");
        append(tag);
        append(">");
    }
}
