package brief.content;

import com.vladsch.flexmark.util.ast.Document;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A parsed Markdown body: its text, its blocks, the links it writes and its heading ids, and the file line
 * the body starts on. The Flexmark document is not kept for the life of the build: the trees of a
 * 10,000-article site held ~110 MB that nothing needs after the checks (pages re-parse their Markdown to
 * add entity links). {@link #document()} gives the tree of the parse while it is still in memory, and parses
 * the text again when it is not; both trees are alike.
 */
public final class Body {
    /** A link as written: its URL, and the 1-based line and column of the link in the file. */
    public record LinkAt(String url, int line, int column) {}

    /**
     * A photo the body shows: the file name as written, where it is written (1-based), the index of its figure
     * block (0 for a Markdown image, which may sit inside a paragraph), and whether it is a figure block.
     */
    public record PhotoAt(String name, int line, int column, int block, boolean figure) {}

    /** A top-level heading: its level (2 for "##"), its id in the page, its text, and its block's index. */
    public record HeadingAt(int level, String id, String text, int block) {}

    private final String markdown;
    private final List<Block> blocks;
    private final int firstLine;
    private final List<LinkAt> links;
    private final List<String> headingIds;
    private final List<HeadingAt> headings;
    private final List<PhotoAt> photos;
    private final Supplier<Document> reparse;
    private volatile WeakReference<Document> document;
    /**
     * The tree of the first parse, when kept until a page takes it to add entity links ({@link #takeDocument}):
     * it saves the second parse of the body (see {@link MarkdownParser#KEPT_TREES} for how many are kept).
     */
    private volatile Document unrendered;

    public Body(String markdown, Document document, List<Block> blocks, int firstLine, List<LinkAt> links,
                List<String> headingIds, Supplier<Document> reparse) {
        this(markdown, document, blocks, firstLine, links, headingIds, List.of(), List.of(), reparse, false);
    }

    public Body(String markdown, Document document, List<Block> blocks, int firstLine, List<LinkAt> links,
                List<String> headingIds, List<PhotoAt> photos, Supplier<Document> reparse) {
        this(markdown, document, blocks, firstLine, links, headingIds, List.of(), photos, reparse, false);
    }

    /** @param keep hold the tree until {@link #takeDocument} (else it is held weakly only) */
    Body(String markdown, Document document, List<Block> blocks, int firstLine, List<LinkAt> links,
         List<String> headingIds, List<HeadingAt> headings, List<PhotoAt> photos, Supplier<Document> reparse,
         boolean keep) {
        this.photos = List.copyOf(photos);
        this.markdown = Objects.requireNonNull(markdown);
        this.blocks = List.copyOf(blocks);
        this.firstLine = firstLine;
        this.links = List.copyOf(links);
        this.headingIds = List.copyOf(headingIds);
        this.headings = List.copyOf(headings);
        this.reparse = reparse;
        this.document = new WeakReference<>(document);
        this.unrendered = keep ? document : null;
    }

    /**
     * The tree of the first parse for the caller to change (entity links), and no longer this body's; a fresh
     * parse when it was taken before. Both are alike, so what is rendered from them is the same.
     */
    public Document takeDocument() {
        Document d;
        synchronized (this) {
            d = unrendered;
            unrendered = null;
            if (d != null) document = new WeakReference<>(null);
        }
        return d != null ? d : reparse.get();
    }

    public String markdown() {
        return markdown;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public int firstLine() {
        return firstLine;
    }

    /** The links of the body ([text](url)), in the order written. */
    public List<LinkAt> links() {
        return links;
    }

    /**
     * The photos the body shows (figure blocks and images), in the order written; the first of the article's
     * folder is the lead. An image with a URL or a path is listed too, for the check to refuse.
     */
    public List<PhotoAt> photos() {
        return photos;
    }

    /** The ids the body's headings get (see {@link MarkdownParser#headingId}), in document order. */
    public List<String> headingIds() {
        return headingIds;
    }

    /** The top-level headings, in document order. */
    public List<HeadingAt> headings() {
        return headings;
    }

    /**
     * What a contents list at the top of the article links to: its "##" headings when there are at least three,
     * or two when the text under the first runs past {@link #LONG_SECTION} characters of paragraphs, and none
     * otherwise. This is GOV.UK's rule (government-frontend's ContentsList: more than two h2, or two with a
     * first section over 415 characters): a list of one or two short sections saves the reader no scrolling.
     */
    public List<HeadingAt> contents() {
        List<HeadingAt> h2 = headings.stream().filter(h -> h.level() == 2).toList();
        if (h2.size() >= 3) return h2;
        if (h2.size() < 2) return List.of();
        int first = h2.get(0).block();
        int next = h2.get(1).block();
        int chars = blocks.stream().filter(b -> b.index() > first && b.index() < next && b.kind() == Block.Kind.PARAGRAPH)
                .mapToInt(Block::length).sum();
        return chars > LONG_SECTION ? h2 : List.of();
    }

    /** GOV.UK's CHARACTER_LIMIT for the first section of a two-heading page. */
    static final int LONG_SECTION = 415;

    /** The Flexmark tree of the body; may be a fresh parse, so treat it as read-only and do not rely on identity. */
    public Document document() {
        Document d = unrendered;
        if (d != null) return d;
        d = document.get();
        if (d == null) {
            d = reparse.get();
            document = new WeakReference<>(d);
        }
        return d;
    }

    /**
     * Equal by content: the same text from the same line, read alike. The check cache and the preview compare
     * articles by value, and an article read again from an unchanged file must be equal to the one before.
     * The tree is not compared: it is made from the text.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) return true;
        return o instanceof Body b && firstLine == b.firstLine && markdown.equals(b.markdown) && blocks.equals(b.blocks)
                && links.equals(b.links) && headingIds.equals(b.headingIds) && headings.equals(b.headings)
                && photos.equals(b.photos);
    }

    @Override
    public int hashCode() {
        return 31 * markdown.hashCode() + firstLine;
    }
}
