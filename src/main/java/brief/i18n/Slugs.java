package brief.i18n;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** ASCII slugs for URLs: "Phạm Minh Chính" → "pham-minh-chinh", "Đà Nẵng" → "da-nang". */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    public static String slugify(String text) {
        // Đ/đ is a letter of its own, not D with a mark: NFD would not take it apart.
        String s = text.replace('Đ', 'D').replace('đ', 'd');
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('ß', 's').replace('Ø', 'O').replace('ø', 'o').replace('Ł', 'L').replace('ł', 'l');
        s = s.toLowerCase(java.util.Locale.ROOT);
        s = NON_ALNUM.matcher(s).replaceAll("-");
        s = s.replaceAll("^-+|-+$", "");
        if (s.length() > 80) s = s.substring(0, 80).replaceAll("-[^-]*$", "");
        return s;
    }

    /** Whether text is usable as an id or slug as written: lower-case ASCII letters, digits and hyphens. */
    public static boolean isValid(String id) {
        return id.matches("[a-z0-9]+(?:-[a-z0-9]+)*");
    }
}
