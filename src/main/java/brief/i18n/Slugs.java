package brief.i18n;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** ASCII slugs for URLs: "Phạm Minh Chính" → "pham-minh-chinh", "Đà Nẵng" → "da-nang". */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    /**
     * What NFD and the removal of marks make of each Latin letter (U+0080–U+024F, U+1E00–U+1EFF, the letters of
     * Vietnamese and most Latin-script languages): its base letter, or 0 where that is not one character, or
     * {@link #UNKNOWN} until first needed (worked out then: a build that slugs little does not pay for all). Each
     * of these is a starter that decomposes into a base and marks, so a text made of them and ASCII loses its marks
     * letter by letter exactly as it does in one NFD of the whole text.
     */
    private static final char[] UNMARKED = new char[0x1F00];
    private static final char UNKNOWN = '\uFFFF';

    static {
        java.util.Arrays.fill(UNMARKED, UNKNOWN);
        java.util.Arrays.fill(UNMARKED, 0x250, 0x1E00, (char) 0);
    }

    public static String slugify(String text) {
        // Đ/đ is a letter of its own, not D with a mark: NFD would not take it apart.
        String s = text.replace('Đ', 'D').replace('đ', 'd');
        // Letter by letter from the table when it knows every letter (titles and headings: every one is slugged),
        // else NFD and the marks removed by hand, not by regular expressions (SlugsTest compares the two).
        String byTable = unmarkedByTable(s);
        s = byTable != null ? byTable : unmark(Normalizer.normalize(s, Normalizer.Form.NFD));
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

    /** {@code s} without its marks (NFD text: its diacritics); the same string when it has none. */
    private static String unmark(String s) {
        StringBuilder unmarked = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (mark(Character.getType(cp))) {
                if (unmarked == null) unmarked = new StringBuilder(s.length()).append(s, 0, i);
            } else if (unmarked != null) {
                unmarked.appendCodePoint(cp);
            }
            i += len;
        }
        return unmarked == null ? s : unmarked.toString();
    }

    private static boolean mark(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** {@link #UNMARKED}'s entry for {@code c}. */
    private static char base(char c) {
        if (mark(Character.getType(c))) return 0;
        String d = unmark(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD));
        return d.length() == 1 && d.charAt(0) != UNKNOWN ? d.charAt(0) : 0;
    }

    /** {@code s} with each letter replaced by its {@link #UNMARKED} base; null when a character is not in the table. */
    private static String unmarkedByTable(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) < 0x80) i++;
        if (i == s.length()) return s;
        char[] out = new char[s.length()];
        s.getChars(0, i, out, 0);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[i] = c;
            } else {
                char base = c < UNMARKED.length ? UNMARKED[c] : 0;
                if (base == UNKNOWN) base = UNMARKED[c] = base(c);
                if (base == 0) return null;
                out[i] = base;
            }
        }
        return new String(out);
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
