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
        scan(text, (norm, start, end, hash) -> out.add(norm.substring(start, end)));
        return out;
    }

    /** Receives each token of a text as a range of the text in exact form, without making a string of it. */
    interface Sink {
        /** @param hash the {@link String#hashCode} the token's string would have, computed while scanning it */
        void token(String norm, int start, int end, int hash);
    }

    /**
     * Cuts a text into tokens, handing each to {@code sink} as a range of a string in exact form (NFC, lower
     * case). The index takes tokens this way: making a string of each of the millions of words of a large
     * site, to look up the few thousand distinct ones, was most of its time.
     */
    static void scan(String text, Sink sink) {
        // Sources are read in NFC: checking costs a pass, normalising a copy of every text.
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        // Lower case letter by letter is String's lower case but for these two, which depend on their
        // neighbours (final sigma) or become two characters (İ): a text with one is lowered whole.
        if (nfc.indexOf('\u0130') >= 0 || nfc.indexOf('\u03A3') >= 0) {
            scanLowered(nfc.toLowerCase(Locale.ROOT), sink);
            return;
        }
        // A hand-written scan of what TOKEN matches in the lower-cased text, lowering each token on the way
        // rather than copying every text: only a token with a capital is copied (TokensTest compares the two).
        // Lowering a character never moves it in or out of TOKEN's class. ASCII is decided without
        // Character.getType, and each token's hash is made on the way, so that the index's table need not
        // read the token again.
        int n = nfc.length();
        int i = 0;
        while ((i = tokenFrom(nfc, i)) < n) {
            int start = i;
            int hash = 0;
            boolean capital = false;
            while (i < n) {
                char c = nfc.charAt(i);
                if (c < 0x80) {
                    if (!asciiTokenChar(c)) break;
                    if (c <= 'Z' && c >= 'A') {
                        capital = true;
                        c += 'a' - 'A';
                    }
                    hash = 31 * hash + c;
                    i++;
                } else {
                    int cp = nfc.codePointAt(i);
                    if (!tokenChar(cp)) break;
                    int lower = Character.toLowerCase(cp);
                    if (lower != cp) capital = true;
                    if (Character.isBmpCodePoint(lower)) {
                        hash = 31 * hash + lower;
                    } else {
                        hash = 31 * (31 * hash + Character.highSurrogate(lower)) + Character.lowSurrogate(lower);
                    }
                    i += Character.charCount(cp);
                }
            }
            if (!capital) {
                sink.token(nfc, start, i, hash);
            } else {
                String lowered = nfc.substring(start, i).toLowerCase(Locale.ROOT);
                sink.token(lowered, 0, lowered.length(), hash);
            }
        }
    }

    /** {@link #scan} of a text already in exact form. */
    private static void scanLowered(String norm, Sink sink) {
        int n = norm.length();
        int i = 0;
        while ((i = tokenFrom(norm, i)) < n) {
            int start = i;
            int hash = 0;
            while (i < n) {
                int step;
                char c = norm.charAt(i);
                if (c < 0x80) {
                    if (!asciiTokenChar(c)) break;
                    step = 1;
                } else {
                    int cp = norm.codePointAt(i);
                    if (!tokenChar(cp)) break;
                    step = Character.charCount(cp);
                }
                for (int k = 0; k < step; k++) hash = 31 * hash + norm.charAt(i + k);
                i += step;
            }
            sink.token(norm, start, i, hash);
        }
    }

    /** Where the first token at or after {@code i} starts, or the text's length. */
    private static int tokenFrom(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (asciiTokenChar(c)) return i;
                i++;
            } else {
                int cp = text.codePointAt(i);
                if (tokenChar(cp)) return i;
                i += Character.charCount(cp);
            }
        }
        return n;
    }

    /** {@link #tokenChar} of an ASCII character: a letter or a digit. */
    private static boolean asciiTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
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
