package brief.render;

import brief.content.Body;
import brief.content.MarkdownParser;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Renders article bodies to HTML: top-level paragraphs get ids (p-1, p-2…) for citations, captions become
 * figures, headings get ASCII ids, raw HTML is escaped unless the site allows it, and internal links
 * (article:, summit:, leader:) become the URL of that page in the article's language. With an
 * {@link EntityLinker}, the first mention of each leader and summit becomes such a link too.
 */
public final class BodyRenderer {
    private static final DataKey<String> LANG = new DataKey<>("BRIEF_LANG", "");

    private final HtmlRenderer renderer;
    private final EntityLinker linker;

    /** @param resolve (language, "summit:asean-us-13#x") → URL, or null when it is not an internal link */
    public BodyRenderer(MarkdownParser parser, boolean allowRawHtml, BiFunction<String, String, String> resolve) {
        this(parser, allowRawHtml, resolve, null);
    }

    /**
     * @param linker links first mentions of leaders and summits; null for none
     */
    BodyRenderer(MarkdownParser parser, boolean allowRawHtml, BiFunction<String, String, String> resolve,
                 EntityLinker linker) {
        this.linker = linker;
        MutableDataSet o = new MutableDataSet(parser.options());
        o.set(HtmlRenderer.ESCAPE_HTML, !allowRawHtml);
        o.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.renderer = HtmlRenderer.builder(o)
                .nodeRendererFactory(options -> new BlockRenderer())
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public com.vladsch.flexmark.html.AttributeProvider apply(LinkResolverContext context) {
                        return BodyRenderer::attributes;
                    }
                })
                .linkResolverFactory(new IndependentLinkResolverFactory() {
                    @Override
                    public LinkResolver apply(LinkResolverBasicContext context) {
                        return (node, ctx, link) -> {
                            String lang = LANG.get(ctx.getDocument());
                            String url = resolve.apply(lang, link.getUrl());
                            return url == null ? link : link.withStatus(LinkStatus.VALID).withUrl(url);
                        };
                    }
                })
                .build();
    }

    /**
     * Renders a body. Entity links are added to the tree of the body's first parse, which the body gives up
     * ({@link Body#takeDocument}); a body rendered again (the preview) is parsed again.
     */
    public String render(Body body, String lang) {
        if (linker == null) {
            Document doc = body.document();
            synchronized (doc) {
                doc.set(LANG, lang);
                return renderer.render(doc);
            }
        }
        Document doc = body.takeDocument();
        linker.link(doc);
        doc.set(LANG, lang);
        return renderer.render(doc);
    }

    /**
     * {@link MarkdownParser#isCaption}, without copying the text of every paragraph that cannot be one: a
     * caption's first character that is not white space is the ':' of "::: caption".
     */
    static boolean isCaption(Node n) {
        if (!(n instanceof Paragraph)) return false;
        var chars = n.getChars();
        for (int i = 0, len = chars.length(); i < len; i++) {
            char c = chars.charAt(i);
            if (Character.isWhitespace(c)) continue;
            return c == ':' && MarkdownParser.isCaption(n);
        }
        return false;
    }

    private static void attributes(Node node, AttributablePart part, MutableAttributes attrs) {
        if (part != AttributablePart.NODE) return;
        if (node instanceof Heading h) {
            attrs.replaceValue("id", MarkdownParser.headingId(h));
        } else if (node instanceof Paragraph && node.getParent() instanceof Document) {
            attrs.replaceValue("id", "p-" + MarkdownParser.blockIndex(node));
        }
        // Table cells: the obsolete align attribute becomes a class.
        String align = attrs.getValue("align");
        if (align != null && !align.isEmpty()) {
            attrs.remove("align");
            attrs.addValue("class", "align-" + align);
        }
    }

    /** Renders captions as figures; every other paragraph the usual way. */
    private static final class BlockRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
                    new NodeRenderingHandler<>(Text.class, this::text));
        }

        /**
         * Text as Flexmark writes it (unescaped, line ends normalised, then HTML-escaped), without its copies
         * when there is nothing to unescape, normalise or escape: most text of a briefing has no '\\', '&',
         * CR, '<', '>' or quote.
         */
        private void text(Text node, NodeRendererContext context, HtmlWriter html) {
            String s = MarkdownParser.string(node.getChars());
            if (s.indexOf('\\') >= 0 || s.indexOf('&') >= 0 || s.indexOf('\r') >= 0) {
                context.delegateRender();
            } else if (s.indexOf('<') >= 0 || s.indexOf('>') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\'') >= 0) {
                html.text(s);
            } else {
                html.raw(s); // nothing to escape: text() would run its escaping regular expression for nothing
            }
        }

        private void paragraph(Paragraph node, NodeRendererContext context, HtmlWriter html) {
            if (!(node.getParent() instanceof Document) || !isCaption(node)) {
                context.delegateRender();
                return;
            }
            html.attr("id", "p-" + MarkdownParser.blockIndex(node)).attr("class", "caption").withAttr().tag("figure");
            html.tag("figcaption");
            Node first = node.getFirstChild();
            Node last = node.getLastChild();
            // Skip the "::: caption" line and its line break, and the closing ":::" line.
            Node from = first == null ? null : first.getNext() == null ? null : first.getNext().getNext();
            Node until = last == null ? null : last.getPrevious();
            for (Node c = from; c != null && c != until && c != last; c = c.getNext()) {
                context.render(c);
            }
            html.closeTag("figcaption");
            html.closeTag("figure").line();
        }
    }
}
