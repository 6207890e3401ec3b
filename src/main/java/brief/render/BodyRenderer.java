package brief.render;

import brief.content.Body;
import brief.content.MarkdownParser;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
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
import java.util.Map;
import java.util.Set;
import brief.photo.Photo;
import java.util.function.BiFunction;

/**
 * Renders article bodies to HTML: top-level paragraphs get ids (p-1, p-2…) for citations, captions become
 * figures, headings get ASCII ids, raw HTML is escaped unless the site allows it, and internal links
 * (article:, summit:, leader:) become the URL of that page in the article's language. With an
 * {@link EntityLinker}, the first mention of each leader and summit becomes such a link too.
 */
public final class BodyRenderer {
    private static final DataKey<String> LANG = new DataKey<>("BRIEF_LANG", "");
    /** Paragraph number → the localized name of its permalink, or null for no permalinks (the preview). */
    private static final DataKey<java.util.function.IntFunction<String>> PERMALINK =
            new DataKey<>("BRIEF_PERMALINK", (java.util.function.IntFunction<String>) null);
    /** The photos of the article being rendered, set for the time of one render (see {@link Figures}). */
    private static final DataKey<Figures> FIGURES = new DataKey<>("BRIEF_FIGURES", new Figures(Map.of(), "/"));

    /** An article's photos by file name, the site's root URL, and how many photos this render wrote so far. */
    static final class Figures {
        final Map<String, Photo> photos;
        final String root;
        int written;

        Figures(Map<String, Photo> photos, String root) {
            this.photos = photos;
            this.root = root;
        }

        /** The photo a name stands for, when it can be shown. */
        Photo get(String name) {
            Photo p = photos.get(name);
            return p != null && p.ok() ? p : null;
        }

        /** The img of a photo; the first of the page loads at once, the others when scrolled near. */
        String img(Photo p, String alt) {
            return PhotoMarkup.img(p, root, alt, PhotoMarkup.BODY_SIZES, written++ == 0);
        }

        /** The photo of a top-level paragraph that is one local image alone, or null. */
        Photo alone(Paragraph node) {
            if (!(node.getFirstChild() instanceof Image i) || i.getNext() != null) return null;
            String url = i.getUrl().toString();
            return MarkdownParser.isLocalPhoto(url) ? get(url) : null;
        }
    }

    private final HtmlRenderer renderer;
    private final BodyWriter.Options writing;
    private final BiFunction<String, String, String> resolve;
    private final EntityLinker linker;

    /**
     * What a link resolver returns for an internal link to a page the site does not have (an article held back):
     * the link's text is written without the link, so that no page carries its id or slug.
     */
    public static final String UNLINKED = "";

    /**
     * @param resolve (language, "summit:asean-us-13#x") → URL, or null when it is not an internal link, or
     *                {@link #UNLINKED}
     */
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
                .nodeRendererFactory(options -> new BlockRenderer(resolve))
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
        this.writing = new BodyWriter.Options(renderer.getOptions());
        this.resolve = resolve;
    }

    /**
     * Renders a body. Entity links are added to the tree of the body's first parse, which the body gives up
     * ({@link Body#takeDocument}); a body rendered again (the preview) is parsed again.
     */
    public String render(Body body, String lang) {
        return render(body, lang, Map.of(), "/");
    }

    /** As {@link #render(Body, String)}, showing the article's {@code photos} (by file name) under {@code root}. */
    public String render(Body body, String lang, Map<String, Photo> photos, String root) {
        return render(body, lang, photos, root, null);
    }

    /**
     * As {@link #render(Body, String, Map, String)}, each body paragraph ending in a permalink to itself that
     * a reader can copy to cite it, named {@code permalink.apply(n)} for the paragraph {@code p-n}.
     */
    public String render(Body body, String lang, Map<String, Photo> photos, String root,
                         java.util.function.IntFunction<String> permalink) {
        if (linker == null) {
            Document doc = body.document();
            synchronized (doc) {
                return render(doc, lang, photos, root, permalink);
            }
        }
        Document doc = body.takeDocument();
        linker.link(doc);
        return render(doc, lang, photos, root, permalink);
    }

    /** The HTML of a tree, by {@link BodyWriter}; by Flexmark's renderer when the tree holds what it does not write. */
    private String render(Document doc, String lang, Map<String, Photo> photos, String root,
                          java.util.function.IntFunction<String> permalink) {
        String html = written(doc, lang, photos, root, permalink);
        return html != null ? html : flexmark(doc, lang, photos, root, permalink);
    }

    /** The HTML {@link BodyWriter} writes, or null when the tree holds what it does not write. */
    String written(Document doc, String lang, Map<String, Photo> photos, String root,
                   java.util.function.IntFunction<String> permalink) {
        return new BodyWriter(writing, resolve, lang, new Figures(photos, root), permalink).write(doc);
    }

    /** The HTML Flexmark's renderer writes, with this class's handlers: what {@link BodyWriter} must match. */
    String flexmark(Document doc, String lang, Map<String, Photo> photos, String root,
                    java.util.function.IntFunction<String> permalink) {
        doc.set(PERMALINK, permalink);
        doc.set(LANG, lang);
        doc.set(FIGURES, new Figures(photos, root));
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

    /** The plain text between a figure block's "::: figure name" line and its closing ":::" line. */
    static String figureBlockCaption(Paragraph node) {
        // Strip first: a block followed by more text ends with a line break after its closing ":::",
        // and the alt text would have kept that ":::".
        String text = MarkdownParser.plainText(node).strip();
        int from = text.indexOf('\n');
        int to = text.lastIndexOf('\n');
        return from < to ? text.substring(from + 1, to).strip() : "";
    }

    /** What ends paragraph {@code n}: a permalink to itself, named {@code label}, that a reader can copy to cite it. */
    static String permalink(int n, String label) {
        return " <a class=\"permalink\" href=\"#p-" + n + "\" aria-label=\"" + Escape.xml(label) + "\">¶</a>";
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
        private final BiFunction<String, String, String> resolve;

        BlockRenderer(BiFunction<String, String, String> resolve) {
            this.resolve = resolve;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
                    new NodeRenderingHandler<>(Text.class, this::text),
                    new NodeRenderingHandler<>(Link.class, this::link),
                    new NodeRenderingHandler<>(Image.class, this::image));
        }

        /** A local image as a photo with its variants; any other image as Flexmark writes it. */
        private void image(Image node, NodeRendererContext context, HtmlWriter html) {
            Photo p = MarkdownParser.isLocalPhoto(node.getUrl().toString())
                    ? FIGURES.get(node.getDocument()).get(node.getUrl().toString()) : null;
            if (p == null) {
                context.delegateRender();
                return;
            }
            html.raw(FIGURES.get(node.getDocument()).img(p, MarkdownParser.plainText(node)));
        }

        /** A link to a page the site does not have is written as its text alone (see {@link #UNLINKED}). */
        private void link(Link node, NodeRendererContext context, HtmlWriter html) {
            String url = node.getUrl().toString();
            if (url.indexOf(':') > 0 && UNLINKED.equals(resolve.apply(LANG.get(node.getDocument()), url))) {
                context.renderChildren(node);
            } else {
                context.delegateRender();
            }
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
            if (!(node.getParent() instanceof Document)) {
                context.delegateRender();
                return;
            }
            Photo alone = FIGURES.get(node.getDocument()).alone(node);
            if (alone != null) {
                // ![caption](photo.jpg) on its own line: a figure, its text the caption, as in a figure block.
                Image i = (Image) node.getFirstChild();
                String caption = MarkdownParser.plainText(i).strip();
                html.attr("id", "p-" + MarkdownParser.blockIndex(node)).attr("class", "photo").withAttr().tag("figure");
                html.raw(FIGURES.get(node.getDocument()).img(alone, caption));
                if (!caption.isEmpty()) {
                    html.tag("figcaption");
                    context.renderChildren(i);
                    html.closeTag("figcaption");
                }
                html.closeTag("figure").line();
                return;
            }
            if (!isCaption(node)) {
                java.util.function.IntFunction<String> permalink = PERMALINK.get(node.getDocument());
                if (permalink == null) {
                    context.delegateRender();
                    return;
                }
                int n = MarkdownParser.blockIndex(node);
                html.withAttr().tag("p");
                context.renderChildren(node);
                html.raw(permalink(n, permalink.apply(n)));
                html.closeTag("p").line();
                return;
            }
            String name = MarkdownParser.figureName(node);
            Photo photo = name == null ? null : FIGURES.get(node.getDocument()).get(name);
            html.attr("id", "p-" + MarkdownParser.blockIndex(node)).attr("class", photo == null ? "caption" : "photo")
                    .withAttr().tag("figure");
            if (photo != null) {
                html.raw(FIGURES.get(node.getDocument()).img(photo, figureBlockCaption(node)));
            }
            Node first = node.getFirstChild();
            Node last = node.getLastChild();
            // Skip the "::: caption" line and its line break, and the closing ":::" line.
            Node from = first == null ? null : first.getNext() == null ? null : first.getNext().getNext();
            Node until = last == null ? null : last.getPrevious();
            if (from == null || from == last || from == until) {
                html.closeTag("figure").line(); // a figure block without a caption
                return;
            }
            html.tag("figcaption");
            for (Node c = from; c != null && c != until && c != last; c = c.getNext()) {
                context.render(c);
            }
            html.closeTag("figcaption");
            html.closeTag("figure").line();
        }
    }
}
