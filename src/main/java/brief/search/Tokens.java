package brief.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text is cut into search tokens and folded. search.js does exactly the same (same regular
 * expression, same folding), so both sides agree on which shard holds a token.
 */
public final class Tokens {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SAFE = Pattern.compile("[a-z0-9]+");

    private Tokens() {}

    /** The tokens of a text in their exact form: NFC, lower case. */
    public static List<String> exact(String text) {
        List<String> out = new ArrayList<>();
        scan(text, (chars, start, end, hash) -> out.add(new String(chars, start, end - start)));
        return out;
    }

    /** Receives each token of a text as a range of characters in exact form, without making a string of it. */
    interface Sink {
        /**
         * @param chars the token's characters between {@code start} and {@code end}: valid only during the call
         * @param hash the {@link String#hashCode} the token's string would have, computed while scanning it
         */
        void token(char[] chars, int start, int end, int hash);
    }

    /** {@link Scanner#scan} with a scanner of its own. */
    static void scan(String text, Sink sink) {
        new Scanner().scan(text, sink);
    }

    /**
     * Cuts texts into tokens in one buffer it keeps from text to text: the index makes one per language (one
     * thread each) and hands it every text of the language.
     */
    static final class Scanner {
        private char[] buf = new char[1024];
        /** The tokens of the text cut last: start, end and hash of each (a start below 0: see {@link #lowered}). */
        private int[] cuts = new int[3 * 256];
        /** The tokens lowered as strings (none in Unicode 16): a token whose start is -1-k is the k-th. */
        private final List<String> lowered = new ArrayList<>();

        /**
         * Cuts a text into tokens, handing each to {@code sink} as a range of characters in exact form (NFC,
         * lower case). The index takes tokens this way: making a string of each of the millions of words of a
         * large site, to look up the few thousand distinct ones, was most of its time.
         */
        void scan(String text, Sink sink) {
            // Sources are read in NFC: a text of characters that are NFC whatever comes before them is taken as it
            // is, seen while cutting it (Normalizer.isNormalized, which ends in the same answer, was half of the
            // scan's time). İ and Σ are left out of that table: lower case letter by letter is String's lower
            // case but for them, as they depend on their neighbours (final sigma) or become two characters (İ).
            int count = cut(text, true, true);
            if (count < 0) {
                String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
                // A text with one of the two is lowered whole.
                boolean lower = nfc.indexOf('\u0130') < 0 && nfc.indexOf('\u03A3') < 0;
                count = cut(lower ? nfc : nfc.toLowerCase(Locale.ROOT), lower, false);
            }
            int[] c = cuts;
            char[] b = buf;
            for (int k = 0; k < count; k++) {
                int start = c[3 * k];
                if (start >= 0) {
                    sink.token(b, start, c[3 * k + 1], c[3 * k + 2]);
                } else {
                    String t = lowered.get(-1 - start);
                    sink.token(t.toCharArray(), 0, t.length(), c[3 * k + 2]);
                }
            }
            lowered.clear();
        }

        /**
         * Cuts {@code text} into {@link #cuts}, lowering each token in place in {@link #buf} when {@code lower},
         * and gives how many; or -1 as soon as a character is not {@link #plainNfc(char)} when {@code plain}.
         */
        private int cut(String text, boolean lower, boolean plain) {
            // A hand-written scan of what TOKEN matches in the lower-cased text, on a copy of the text's
            // characters that each token is lowered in, in place (TokensTest compares the two). Lowering a
            // character never moves it in or out of TOKEN's class. A character of the Basic Multilingual Plane
            // is decided and lowered by one look-up in LOWER (Character.getType and toLowerCase were most of
            // the scan's time on Vietnamese text), and each token's hash is made on the way, so that the
            // index's table need not read the token again.
            int n = text.length();
            if (buf.length < n) buf = new char[Math.max(n, buf.length * 2)];
            char[] b = buf;
            text.getChars(0, n, b, 0);
            char[] table = LOWER;
            byte[][] pages = PLAIN;
            int count = 0;
            int i = 0;
            while (true) {
                i = tokenFrom(b, i, n, plain);
                if (i < 0) return -1;
                if (i >= n) return count;
                int start = i;
                int hash = 0;
                // Whether a character's lower case has another length (none has in Unicode 16): the token is
                // then lowered as a string, as String.toLowerCase does it.
                boolean resized = false;
                while (i < n) {
                    char c = b[i];
                    if (plain && c >= 0x130 && !plainNfc(pages, c)) return -1;
                    char l = table[c];
                    if (l == 0) break;
                    if (l != OTHER) {
                        if (lower) b[i] = l;
                        else l = c;
                        hash = 31 * hash + l;
                        i++;
                        continue;
                    }
                    int cp = Character.codePointAt(b, i, n);
                    if (!tokenChar(cp)) break;
                    int chars = Character.charCount(cp);
                    int lc = lower ? Character.toLowerCase(cp) : cp;
                    if (Character.isBmpCodePoint(lc)) {
                        hash = 31 * hash + lc;
                    } else {
                        hash = 31 * (31 * hash + Character.highSurrogate(lc)) + Character.lowSurrogate(lc);
                    }
                    if (Character.charCount(lc) != chars) resized = true;
                    else if (!resized) Character.toChars(lc, b, i);
                    i += chars;
                }
                if (3 * count + 3 > cuts.length) cuts = java.util.Arrays.copyOf(cuts, cuts.length * 2);
                if (resized) lowered.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                cuts[3 * count] = resized ? -lowered.size() : start;
                cuts[3 * count + 1] = i;
                cuts[3 * count + 2] = hash;
                count++;
            }
        }

        /**
         * Where the first token at or after {@code i} starts, or the text's length; -1 when a character before it
         * is not {@link #plainNfc(char)} and {@code plain} asks.
         */
        private static int tokenFrom(char[] b, int i, int n, boolean plain) {
            char[] table = LOWER;
            byte[][] pages = PLAIN;
            for (; i < n; i++) {
                char c = b[i];
                if (plain && c >= 0x130 && !plainNfc(pages, c)) return -1;
                char l = table[c];
                if (l == 0) continue;
                if (l != OTHER) return i;
                int cp = Character.codePointAt(b, i, n);
                if (tokenChar(cp)) return i;
                i += Character.charCount(cp) - 1;
            }
            return n;
        }
    }

    /** {@link #plainNfc(char)}, looked up in {@code pages} ({@link #PLAIN}) when its block is made. */
    private static boolean plainNfc(byte[][] pages, char c) {
        byte[] page = pages[c >>> 8];
        return page != null && page[c & 0xFF] != 0 || plainNfc(c);
    }

    /**
     * Whether a character is NFC whatever comes before it and stays as it is in lower case letter by letter:
     * below U+0300 (where Unicode's quick check starts), or neither a surrogate, a mark, a Hangul jamo, nor a
     * character NFC changes (what composes with the character before it is a mark or a jamo: TokensTest checks
     * it over the whole plane), and not İ or Σ (see {@link Scanner#scan}). Decided once per block of 256.
     */
    static boolean plainNfc(char c) {
        byte[] page = PLAIN[c >>> 8];
        if (page == null) PLAIN[c >>> 8] = page = plainPage(c >>> 8);
        // A page another thread made may be seen before its bytes: a 0 read then only sends the text to the
        // Normalizer, which gives the same answer.
        return page[c & 0xFF] != 0;
    }

    /** {@link #plainNfc(char)} by block of 256 characters, made when a text first holds one of the block. */
    private static final byte[][] PLAIN = new byte[256][];

    private static byte[] plainPage(int page) {
        byte[] p = new byte[256];
        for (int k = 0; k < 256; k++) {
            char c = (char) (page << 8 | k);
            boolean plain;
            if (c == '\u0130' || c == '\u03A3') {
                plain = false;
            } else if (c < 0x300) {
                plain = true;
            } else if (Character.isSurrogate(c) || (c >= 0x1100 && c <= 0x11FF)) {
                plain = false;
            } else {
                int type = Character.getType(c);
                plain = type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                        && type != Character.ENCLOSING_MARK && Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC);
            }
            p[k] = (byte) (plain ? 1 : 0);
        }
        return p;
    }

    /** In {@link #LOWER}: a character decided by its code point (a surrogate, or one whose lower case is not in the BMP). */
    private static final char OTHER = '\uFFFF';

    /**
     * Each character of the Basic Multilingual Plane: 0 when it is not in TOKEN's class, else its lower case, or
     * {@link #OTHER}. U+0000 and U+FFFF are in no token, so neither value is a token character's lower case.
     */
    private static final char[] LOWER = lowerTable();

    private static char[] lowerTable() {
        char[] t = new char[0x10000];
        for (int c = 0; c < t.length; c++) {
            if (Character.isSurrogate((char) c)) {
                t[c] = OTHER;
            } else if (tokenChar(c)) {
                int l = Character.toLowerCase(c);
                t[c] = Character.isBmpCodePoint(l) && l != 0 && l != OTHER ? (char) l : OTHER;
            }
        }
        return t;
    }

    /** Whether a code point is in TOKEN's class: a letter, a number or a mark (\p{L}, \p{N}, \p{M}). */
    static boolean tokenChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /** The tokens as the regular expression TOKEN finds them: the reference {@link #exact} must agree with. */
    static List<String> exactByPattern(String text) {
        String norm = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(norm);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** A token without diacritics: NFD, marks removed, đ → d (NFD leaves đ whole). */
    public static String fold(String token) {
        String nfd = Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return MARKS.matcher(nfd).replaceAll("").replace('đ', 'd').replace('Đ', 'd');
    }

    /** The shard a folded token lives in: its first two code points. */
    public static String shardKey(String folded) {
        int end = folded.offsetByCodePoints(0, Math.min(2, folded.codePointCount(0, folded.length())));
        return folded.substring(0, end);
    }

    /** A file-name-safe spelling of a key: itself when plain a–z0–9, else "_" and hex code points. */
    public static String safe(String key) {
        if (SAFE.matcher(key).matches()) return key;
        StringBuilder b = new StringBuilder("_");
        key.codePoints().forEach(cp -> b.append(Integer.toHexString(cp)).append('_'));
        return b.toString();
    }
}
