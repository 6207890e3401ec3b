package brief.render;

import brief.photo.Photo;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The attributes of a photo's img: srcset of its variants, sizes for the article column, width and height (so
 * nothing moves when it loads), and lazy loading for all but the first photo of a page.
 */
final class PhotoMarkup {
    private PhotoMarkup() {}

    /** The article column: 46rem less the 1rem padding each side (style.css .wrap), the screen less it below. */
    static final String BODY_SIZES = "(min-width: 46rem) 44rem, calc(100vw - 2rem)";
    /** A list item's thumbnail (style.css .card .lead). */
    static final String LIST_SIZES = "8rem";

    static String srcset(Photo p, String root) {
        return p.variants().stream().map(v -> root + v.path() + " " + v.width() + "w").collect(Collectors.joining(", "));
    }

    /** The fallback src for browsers without srcset: the column-sized variant, or the largest below it. */
    static Photo.Variant fallback(Photo p) {
        Photo.Variant pick = p.variants().get(0);
        for (Photo.Variant v : p.variants()) if (v.width() <= 800) pick = v;
        return pick;
    }

    /** An img element (HTML-escaped), eager when {@code lead}: the first photo is above the fold. */
    static String img(Photo p, String root, String alt, String sizes, boolean lead) {
        Photo.Variant largest = p.largest();
        StringBuilder sb = new StringBuilder("<img src=\"").append(escape(root + fallback(p).path()))
                .append("\" srcset=\"").append(escape(srcset(p, root)))
                .append("\" sizes=\"").append(sizes)
                .append("\" width=\"").append(largest.width()).append("\" height=\"").append(largest.height())
                .append("\" alt=\"").append(escape(alt)).append('"');
        if (!lead) sb.append(" loading=\"lazy\" decoding=\"async\"");
        return sb.append('>').toString();
    }

    /** What a list template needs of an article's lead photo. */
    static Items.ListImage listView(Photo p, String root) {
        Photo.Variant largest = p.largest();
        return new Items.ListImage(root + p.variants().get(0).path(), srcset(p, root), LIST_SIZES,
                largest.width(), largest.height());
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static List<Photo.Variant> all(Photo p) {
        List<Photo.Variant> out = new java.util.ArrayList<>(p.variants());
        out.add(p.share());
        return out;
    }
}
