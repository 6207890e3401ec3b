package brief.check;

import brief.diag.Code;
import brief.content.Article;
import brief.content.ArticleText;
import brief.content.Block;
import brief.content.Body;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import brief.photo.Photo;
import brief.yaml.Suggest;
import java.util.HashSet;
import java.util.Set;

/**
 * The photos an article shows: each named file is in the article's folder, is an image brief can read, and is
 * wide enough for the article column on a high-density screen. Captions without a photo (what the importer
 * makes of wire text) are noted once per article: they are shown as a caption line, and a note does not fail
 * {@code --strict}, because the text is publishable as it is.
 */
final class PhotoRule {
    private PhotoRule() {}

    static void checkArticle(Article a, Diagnostics d) {
        for (ArticleText t : a.texts().values()) {
            Set<Integer> figures = new HashSet<>();
            for (Body.PhotoAt at : t.body().photos()) {
                if (at.figure()) figures.add(at.block());
                check(a, t, at, d);
            }
            if (t.lang().equals(a.sourceLang())) captionsWithoutPhoto(a, t, figures, d);
        }
    }

    private static void check(Article a, ArticleText t, Body.PhotoAt at, Diagnostics d) {
        SourcePos pos = new SourcePos(t.file(), at.line(), at.column());
        String folder = a.dir().toString().replace('\\', '/') + "/";
        if (!brief.content.MarkdownParser.isLocalPhoto(at.name())) {
            notInFolder(at, pos, folder, d);
            return;
        }
        Photo p = a.photos().get(at.name());
        if (p == null) {
            String near = Suggest.nearest(at.name(), a.photos().keySet()).map(n -> "did you mean '" + n + "'? ").orElse("");
            d.errorWithHint(Code.PHOTO_MISSING, pos, near + "put the photo in " + folder + " (JPEG or PNG), or correct its name",
                    "photo '%s' is not in the article's folder", at.name());
        } else if (!p.ok()) {
            d.errorWithHint(Code.PHOTO_UNUSABLE, pos, "open it in a photo editor and export it again as JPEG (or PNG)",
                    "photo '%s' cannot be used: %s", at.name(), p.problem().get());
        } else if (p.width() < Photo.MIN_WIDTH) {
            d.warningWithHint(Code.PHOTO_TOO_SMALL, pos, "use the original from the agency, at least " + Photo.MIN_WIDTH + " px wide (1600 px is best)",
                    "photo '%s' is %d px wide, too small for the article column (at least %d px)",
                    at.name(), p.width(), Photo.MIN_WIDTH);
        }
    }

    /**
     * An image named by a URL or a path. A remote one would make every reader's browser ask another host for it
     * (the site promises none, and the photo would change or vanish with that host); a path leaves the
     * article's folder, from which alone photos are published.
     */
    private static void notInFolder(Body.PhotoAt at, SourcePos pos, String folder, Diagnostics d) {
        String url = at.name();
        String file = url.replaceAll("[?#].*$", "").replaceAll("^.*[/\\\\]", "");
        String name = Photo.isPhotoName(file) ? file : "photo.jpg";
        String write = at.figure() ? "'::: figure " + name + "'" : "'![…](" + name + ")'";
        if (url.matches("(?i)^([a-z][a-z0-9+.-]*:)?//.*")) {
            d.errorWithHint(Code.PHOTO_REMOTE, pos, "download the photo, put it in " + folder + " and write " + write + " instead",
                    "photo '%s' is on another site: pages load nothing from other hosts", url);
        } else {
            d.errorWithHint(Code.PHOTO_MISSING, pos, "put the photo in " + folder + " and write " + write + ", its file name alone",
                    "photo '%s' is not a file of the article's folder", url);
        }
    }

    private static void captionsWithoutPhoto(Article a, ArticleText t, Set<Integer> figures, Diagnostics d) {
        Block first = null;
        int count = 0;
        for (Block b : t.body().blocks()) {
            if (b.kind() != Block.Kind.CAPTION || figures.contains(b.index())) continue;
            if (first == null) first = b;
            count++;
        }
        if (first == null) return;
        d.add(Code.CAPTION_WITHOUT_PHOTO, brief.diag.Severity.NOTE, new SourcePos(t.file(), first.line(), 1),
                "to show the photo, put it in " + a.dir().toString().replace('\\', '/')
                        + "/ and write '::: figure photo.jpg' in place of '::: caption'",
                count == 1 ? "a caption has no photo; it is shown as a caption line"
                        : "%d captions have no photo; they are shown as caption lines", count);
    }
}
