package brief.yaml;

import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a word processor leaves in YAML pasted from it: curly quotes around a whole value (“…” is not YAML
 * quoting, so they become part of the title), zero-width characters, and non-breaking spaces where a space
 * is structure or where no space belongs (in a key, an id, a date). Each is a warning with the fix; the text
 * itself is read as written. A non-breaking space inside prose is typography and is left alone.
 */
final class PastedCharacters {
    /** A value wrapped whole in curly quotes, after "key:", "- " or a flow separator; group 1 is the value. */
    private static final Pattern CURLY = Pattern.compile(
            "(?:^\\s*(?:-\\s+)?[^\\s:#\"'{\\[][^:#]*:\\s+|^\\s*-\\s+|[{\\[,]\\s*(?:[^\\s:,{}\\[\\]\"']+:\\s+)?)"
                    + "([\u201C\u201D\u201E\u2018\u2019\u00AB][^\u201C\u201D\u2018\u2019\u00AB\u00BB,{}\\[\\]]*[\u201C\u201D\u2018\u2019\u00BB])"
                    + "\\s*(?=$|[,}\\]]|\\s#)");
    private static final String ZERO_WIDTH = "\u200B\u200C\u200D\u2060\uFEFF";
    private static final String NO_BREAK = "\u00A0\u202F\u2007";

    private PastedCharacters() {}

    static void check(Path file, String text, int lineOffset, Diagnostics d) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1 + lineOffset;
            // The pattern is slow on long lines, and a value wrapped in curly quotes starts with one.
            Matcher m = opensCurly(line) ? CURLY.matcher(line) : null;
            while (m != null && m.find()) {
                String v = m.group(1);
                String straight = "\"" + v.substring(1, v.length() - 1).replace("\"", "\\\"") + "\"";
                d.warningWithHint(new SourcePos(file, lineNo, m.start(1) + 1),
                        "use straight quotes, as YAML does: " + straight,
                        "the value is wrapped in curly quotes %s…%s, which become part of the text (pasted from a"
                                + " word processor?)", v.charAt(0), v.charAt(v.length() - 1));
            }
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (ZERO_WIDTH.indexOf(ch) >= 0 && !(c == 0 && i == 0 && ch == '\uFEFF')) {
                    report(file, lineNo, c, ch, line, "an invisible character", d);
                } else if (NO_BREAK.indexOf(ch) >= 0 && structural(line, c)) {
                    report(file, lineNo, c, ch, line, "a non-breaking space", d);
                }
            }
        }
    }

    /** Whether the line has a character that {@link #CURLY}'s value can start with. */
    private static boolean opensCurly(String line) {
        for (int c = 0; c < line.length(); c++) if (OPENING.indexOf(line.charAt(c)) >= 0) return true;
        return false;
    }

    private static final String OPENING = "\u201C\u201D\u201E\u2018\u2019\u00AB";

    private static void report(Path file, int lineNo, int c, char ch, String line, String what, Diagnostics d) {
        String fixed = line.strip().replaceAll("[" + ZERO_WIDTH + "]", "").replaceAll("[" + NO_BREAK + "]", " ")
                .replaceAll(" +(?=[:,\\]}]|$)", "").replaceAll("(?<=[\\[{]) +", "").replaceAll(" {2,}", " ");
        d.warningWithHint(new SourcePos(file, lineNo, c + 1), "delete it and retype any space: " + fixed,
                "%s (U+%04X) here, where it does not belong (pasted from a word processor?)", what, (int) ch);
    }

    /**
     * Whether a non-breaking space at {@code c} stands where a space is structure or none belongs: in the key,
     * at either end of a value or next to the YAML's own punctuation (',', '[', '{', a quote), or in a value of
     * one word (an id, a date, a code). Between two words of a text it is typography, and is left alone.
     */
    private static boolean structural(String line, int c) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            // A list item of one word ("- pham-minh-chinh"); other lines without a key continue a text.
            String item = line.strip();
            return item.startsWith("-") && item.substring(1).strip().indexOf(' ') < 0;
        }
        if (c < colon) return true; // in the key
        char before = c > 0 ? line.charAt(c - 1) : ' ';
        char after = c + 1 < line.length() ? line.charAt(c + 1) : ' ';
        if (YAML_PUNCTUATION.indexOf(before) >= 0 || YAML_PUNCTUATION.indexOf(after) >= 0) return true;
        if (Character.isWhitespace(before) || Character.isWhitespace(after)) return true;
        return line.substring(colon + 1).strip().indexOf(' ') < 0;
    }

    private static final String YAML_PUNCTUATION = ",[]{}\"'";
}
