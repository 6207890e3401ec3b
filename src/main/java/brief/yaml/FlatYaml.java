package brief.yaml;

import brief.diag.SourcePos;
import brief.yaml.YNode.YList;
import brief.yaml.YNode.YMap;
import brief.yaml.YNode.YScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the flat YAML nearly every article's front matter is, without SnakeYAML: lines of {@code key: "text"},
 * {@code key: [id, 123]}, {@code key: true} or {@code key: false}, and nothing else. SnakeYAML (through Jackson)
 * was nearly a fifth of reading an article in a profile of a 10,000-article archive-shaped build (3.7% of all its
 * CPU), and this reader a sixth of that.
 *
 * <p>It gives exactly the tree {@link YamlReader} would, positions and kinds included, or null when the text is
 * anything else (a comment, a blank line, an escape, a quote inside a value, a mapping, a duplicate key, a value
 * YAML could read as a number, a date or a null…): then {@link YamlReader} reads it, and reports what is wrong.
 * So it never reports anything itself and never accepts what SnakeYAML would refuse. {@code FlatYamlTest} compares
 * both readers on the real content, a generated archive and mutated front matter.
 */
final class FlatYaml {
    /** Plain words YAML 1.1 reads as a boolean or null rather than as text. */
    private static final Set<String> NOT_TEXT = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private FlatYaml() {}

    /** The tree of {@code text}, or null when it is not flat YAML of the kinds above. */
    static YNode read(Path file, String text, int lineOffset) {
        if (!printable(text)) return null;
        Map<String, YNode> entries = new LinkedHashMap<>();
        Map<String, SourcePos> keys = new LinkedHashMap<>();
        int line = lineOffset + 1;
        for (int start = 0; start < text.length(); line++) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            int colon = keyEnd(text, start, end);
            if (colon < 0) return null;
            String key = text.substring(start, colon);
            if (NOT_TEXT.contains(key) || entries.containsKey(key)) return null;
            YNode value = value(text, colon + 2, end, file, line, colon + 2 - start + 1);
            if (value == null) return null;
            entries.put(key, value);
            keys.put(key, new SourcePos(file, line, 1));
            start = end + 1;
        }
        if (entries.isEmpty()) return null;
        return new YMap(entries, keys, new SourcePos(file, lineOffset + 1, 1));
    }

    /**
     * Where the ": " after a key at the start of the line is: a key of lower-case ASCII letters, digits and '_',
     * from a letter; -1 otherwise.
     */
    private static int keyEnd(String text, int start, int end) {
        int i = start;
        if (i >= end || !lower(text.charAt(i))) return -1;
        while (i < end && (lower(text.charAt(i)) || digit(text.charAt(i)) || text.charAt(i) == '_')) i++;
        // SnakeYAML takes no implicit key past 1,024 characters.
        return i - start < 100 && i + 2 < end && text.charAt(i) == ':' && text.charAt(i + 1) == ' ' ? i : -1;
    }

    /** The value from {@code from} to the end of its line ({@code column} 1-based), or null. */
    private static YNode value(String text, int from, int end, Path file, int line, int column) {
        SourcePos pos = new SourcePos(file, line, column);
        char first = text.charAt(from);
        if (first == '"') {
            // A double-quoted text with no escape and no quote in it, closed at the end of the line.
            if (end - from < 3 || text.charAt(end - 1) != '"') return null;
            for (int i = from + 1; i < end - 1; i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') return null;
            }
            return new YScalar(text.substring(from + 1, end - 1), YScalar.Kind.STRING, pos);
        }
        if (first == '[') {
            // A flow list of words, "[a, b-2]": items apart by ", ".
            if (text.charAt(end - 1) != ']' || end - from < 3) return null;
            List<YNode> items = new ArrayList<>();
            int i = from + 1;
            while (true) {
                int stop = i;
                while (stop < end - 1 && text.charAt(stop) != ',') stop++;
                YScalar.Kind kind = word(text, i, stop) ? YScalar.Kind.STRING : integer(text, i, stop) ? YScalar.Kind.INTEGER
                        : number(text, i, stop);
                if (kind == null) return null;
                items.add(new YScalar(text.substring(i, stop), kind, new SourcePos(file, line, column + i - from)));
                if (stop == end - 1) break;
                if (text.charAt(stop + 1) != ' ') return null;
                i = stop + 2;
            }
            return new YList(items, pos);
        }
        String plain = text.substring(from, end);
        if (plain.equals("true") || plain.equals("false")) return new YScalar(plain, YScalar.Kind.BOOLEAN, pos);
        return null;
    }

    /**
     * Whether the text from {@code from} to {@code to} is a word YAML reads as text whatever its schema: lower-case
     * ASCII letters, digits and '-', not from a '-', and not a number ("2025", "1e5", "0x1f", "0b1", "0o7"), a
     * boolean or a null ("no", "on"…). A translation's paragraph hashes are such words, "5254e0e562" among them.
     */
    private static boolean word(String text, int from, int to) {
        if (from >= to || text.charAt(from) == '-') return false;
        if (text.charAt(from) == '0' && from + 1 < to && "xob".indexOf(text.charAt(from + 1)) >= 0) return false;
        boolean letter = false;
        boolean dash = false;
        int es = 0;
        int lastE = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == 'e') {
                es++;
                lastE = i;
            } else if (lower(c)) {
                letter = true;
            } else if (c == '-') {
                dash = true;
            } else if (!digit(c)) {
                return false;
            }
        }
        // Of digits and 'e' only, a word is a number unless its 'e's cannot make an exponent: none, one between
        // digits ("1e5"), or a sign after one, are numbers.
        if (!letter && (dash || es == 0 || es == 1 && lastE > from && lastE < to - 1)) return false;
        return !NOT_TEXT.contains(text.substring(from, to));
    }

    /** Whether the text from {@code from} to {@code to} is a decimal integer not from '0' (that are octal, or text). */
    private static boolean integer(String text, int from, int to) {
        if (from >= to || text.charAt(from) == '0') return false;
        for (int i = from; i < to; i++) {
            if (!digit(text.charAt(i))) return false;
        }
        return true;
    }

    /**
     * The kind the YAML reader gives the numbers {@link #word} and {@link #integer} leave: digits from a '0' are an
     * octal integer when every digit is below 8 ("0", "0755"), else text ("0332655680"); digits, an 'e' and digits
     * are a decimal ("46784131e7", "0e5"). Null for anything else. One translation in sixteen of an archive has a
     * paragraph hash of either kind, and SnakeYAML read its front matter at ten times the cost (1.8% of a
     * 10,000-article build).
     */
    private static YScalar.Kind number(String text, int from, int to) {
        if (to - from > 2 && text.charAt(from) == '0' && "xob".indexOf(text.charAt(from + 1)) >= 0) return prefixed(text, from, to);
        int e = -1;
        boolean octal = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == 'e' && e < 0 && i > from && i < to - 1) {
                e = i;
            } else if (!digit(c)) {
                return null;
            } else if (c > '7') {
                octal = false;
            }
        }
        if (e >= 0) return YScalar.Kind.DECIMAL;
        if (from >= to || text.charAt(from) != '0') return null;
        return octal ? YScalar.Kind.INTEGER : YScalar.Kind.STRING;
    }

    /**
     * The kind of "0b", "0x" or "0o" and lower-case letters and digits, as the YAML reader gives it: an integer when
     * the rest are binary or hexadecimal digits, else text ("0b198f61a0"; YAML 1.1 has no "0o"); null otherwise.
     */
    private static YScalar.Kind prefixed(String text, int from, int to) {
        char base = text.charAt(from + 1);
        boolean digits = base != 'o';
        for (int i = from + 2; i < to; i++) {
            char c = text.charAt(i);
            if (!lower(c) && !digit(c)) return null;
            if (base == 'b' ? c != '0' && c != '1' : !digit(c) && (c < 'a' || c > 'f')) digits = false;
        }
        return digits ? YScalar.Kind.INTEGER : YScalar.Kind.STRING;
    }

    /**
     * Whether every character is one SnakeYAML reads as itself: printable, no tab, no line break but '\n' (it
     * takes U+0085, U+2028 and U+2029 for line breaks), no byte-order mark and no surrogate.
     */
    private static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' : c > 0x7E && (c < 0xA0 || c >= 0xD800 && c < 0xE000 || c == 0x2028 || c == 0x2029
                    || c >= 0xFEFF)) {
                return false;
            }
        }
        return true;
    }

    private static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
