package brief.content;

import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;

/** Finds a quoted passage in an article body, after NFC and whitespace normalisation. */
public final class Passages {

    private Passages() {}

    public static String normalise(String s) {
        // Sources are read in NFC: checking costs a pass, normalising a copy.
        String nfc = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        // Most short texts need nothing more: a scan for white space other than single plain spaces
        // (checks normalise every article on every build).
        int n = nfc.length();
        boolean clean = n == 0 || !edge(nfc.charAt(0)) && !edge(nfc.charAt(n - 1));
        for (int i = 0; clean && i < n; i++) {
            char c = nfc.charAt(i);
            if (c == ' ') {
                clean = i + 1 < n && !isSpace(nfc.charAt(i + 1));
            } else if (isSpace(c)) {
                clean = false;
            }
        }
        if (clean) return nfc;
        // Runs of white space become one space and the ends are stripped, in one pass: what the regular
        // expression [\\s\\u00A0]+ → " " then strip() gave (PassagesTest compares the two).
        // Character by character into a copy of the text, in place (what is written never passes what is read):
        // appending each word to a builder cost twice as much (checks normalise every article's text).
        char[] out = nfc.toCharArray();
        int w = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = out[i];
            if ((c <= ' ' || c == '\u00A0') && isSpace(c)) {
                space = true;
                continue;
            }
            if (space && w > 0) out[w++] = ' ';
            space = false;
            out[w++] = c;
        }
        return new String(out, 0, w).strip();
    }

    /**
     * {@code s.replaceAll("\\s+", " ")} without a regular expression: every run of Java's \\s (ASCII white space)
     * becomes one space. Block hashes take it for every block of every text on each build, where the regular
     * expression was most of the cost of aligning translations (the profile at 10,000 articles).
     */
    public static String collapseSpaces(String s) {
        int n = s.length();
        int i = 0;
        // Nothing to change, as in most blocks: no white space other than single plain spaces.
        while (i < n) {
            char c = s.charAt(i);
            // Most characters are above the space, and none of those is white space here.
            if (c > ' ') {
                i++;
                continue;
            }
            if (c == ' ' ? i + 1 < n && isAsciiSpace(s.charAt(i + 1)) : isAsciiSpace(c)) break;
            i++;
        }
        if (i == n) return s;
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i++);
            if (!isAsciiSpace(c)) {
                out.append(c);
                continue;
            }
            out.append(' ');
            while (i < n && isAsciiSpace(s.charAt(i))) i++;
        }
        return out.toString();
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What strip() removes at either end, besides the white space that becomes a plain space. */
    private static boolean edge(char c) {
        return isSpace(c) || Character.isWhitespace(c);
    }

    /** White space as a run of it is collapsed: Java's \\s (ASCII white space) and the no-break space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0';
    }

    /** The block that contains the quote, if any. */
    public static Optional<Block> find(Body body, String quote) {
        String q = normalise(quote);
        if (q.isEmpty()) return Optional.empty();
        return body.blocks().stream().filter(b -> normalise(b.text()).contains(q)).findFirst();
    }

    /** The sentence of the body most like the quote, to show when the quote is not found. */
    public static Optional<String> closest(Body body, String quote) {
        Set<String> words = words(quote);
        String best = null;
        double bestScore = 0;
        for (Block b : body.blocks()) {
            for (String sentence : normalise(b.text()).split("(?<=[.!?…])\\s+")) {
                Set<String> w = words(sentence);
                long common = w.stream().filter(words::contains).count();
                double score = common / (double) Math.max(1, Math.max(w.size(), words.size()));
                if (score > bestScore) {
                    bestScore = score;
                    best = sentence;
                }
            }
        }
        return bestScore > 0.2 ? Optional.ofNullable(best) : Optional.empty();
    }

    private static Set<String> words(String s) {
        // Not Set.of(array): it throws on the repeated words every real sentence has.
        return java.util.Arrays.stream(normalise(s).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).collect(java.util.stream.Collectors.toSet());
    }
}
