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
        // By hand, not by regular expressions: every title and heading is slugged (SlugsTest compares the two).
        StringBuilder unmarked = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                unmarked.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        s = unmarked.toString();
        s = s.replace('ß', 's').replace('Ø', 'O').replace('ø', 'o').replace('Ł', 'L').replace('ł', 'l');
        s = s.toLowerCase(java.util.Locale.ROOT);
        // Runs of anything but a-z and 0-9 become one hyphen; none at either end.
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && out.length() > 0) out.append('-');
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        s = out.toString();
        if (s.length() > 80) s = s.substring(0, 80).replaceAll("-[^-]*$", "");
        return s;
    }

    /** The same, with regular expressions: the reference the hand-written {@link #slugify} is tested against. */
    static String slugifyByPattern(String text) {
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
