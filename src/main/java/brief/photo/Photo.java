package brief.photo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A photo of an article's folder, as read at load: its file (relative to the source folder), the hash of its
 * bytes, its size as shown (orientation applied) and its EXIF orientation; or, for a file that cannot be read as
 * an image, {@code problem} says why. The variants' sizes follow from the size alone, so pages can be rendered
 * before (or without) encoding any pixel.
 */
public record Photo(String name, Path file, String hash, int width, int height, int orientation, Optional<String> problem) {
    /** The widths made, at most: a phone's, a tablet's, the article column at 2x, a wide screen's at 2x. */
    public static final List<Integer> WIDTHS = List.of(480, 800, 1200, 1600);
    /** The share crop link previews (Open Graph, Twitter, Zalo) show. */
    public static final int SHARE_WIDTH = 1200;
    public static final int SHARE_HEIGHT = 630;
    /** Narrower than this, a photo is blurred across the article column on a 2x screen: a warning. */
    public static final int MIN_WIDTH = 800;
    /** The folder of the output that holds every variant. */
    public static final String DIR = "photos/";

    /** One JPEG made from the photo: its output path (relative to the site root) and its size. */
    public record Variant(String path, int width, int height) {}

    public boolean ok() {
        return problem.isEmpty();
    }

    /** The widths of {@link #WIDTHS} narrower than the photo, and the photo's own width when under the largest. */
    public List<Variant> variants() {
        List<Variant> out = new ArrayList<>();
        for (int w : WIDTHS) {
            if (w >= width) break;
            out.add(variant(w));
        }
        int last = Math.min(width, WIDTHS.get(WIDTHS.size() - 1));
        if (out.isEmpty() || out.get(out.size() - 1).width() < last) out.add(variant(last));
        return List.copyOf(out);
    }

    /** The largest variant: the src of an img, for browsers without srcset. */
    public Variant largest() {
        List<Variant> v = variants();
        return v.get(v.size() - 1);
    }

    /** A 1200×630 centre crop (scaled to cover first). */
    public Variant share() {
        return new Variant(DIR + hash + "-share.jpg", SHARE_WIDTH, SHARE_HEIGHT);
    }

    private Variant variant(int w) {
        int h = Math.max(1, (int) Math.round((double) height * w / width));
        return new Variant(DIR + hash + "-" + w + ".jpg", w, h);
    }

    /** The extensions read as photos in an article's folder. */
    public static boolean isPhotoName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png") || n.endsWith(".gif")
                || n.endsWith(".webp") || n.endsWith(".avif") || n.endsWith(".heic") || n.endsWith(".tif")
                || n.endsWith(".tiff") || n.endsWith(".bmp");
    }
}
