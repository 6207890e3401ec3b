package brief.yaml;

import brief.diag.Code;
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

    /** The quotes a CURLY value opens with. */
    private static final String OPENING = "\u201C\u201D\u201E\u2018\u2019\u00AB";
    /** Every character one of the warnings is about. */
    private static final String SUSPECT = OPENING + ZERO_WIDTH + NO_BREAK;

    private PastedCharacters() {}

    private static boolean hasAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // All of them are above U+00A0: plain ASCII letters and punctuation are passed over at once.
            if (c >= '\u00A0' && chars.indexOf(c) >= 0) return true;
        }
        return false;
    }

    static void check(Path file, String text, int lineOffset, Diagnostics d) {
        // Most front matter holds none of these characters: one scan then saves splitting it into lines and
        // running the pattern over each (a twentieth of the load stage at 10,000 articles, measured).
        if (!hasAny(text, SUSPECT)) return;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1 + lineOffset;
            // CURLY can match only a line with an opening curly quote.
            boolean quoted = hasAny(line, OPENING);
            Matcher m = CURLY.matcher(line);
            while (quoted && m.find()) {
                String v = m.group(1);
                String straight = "\"" + v.substring(1, v.length() - 1).replace("\"", "\\\"") + "\"";
                d.warningWithHint(Code.PASTED_CHARACTER, new SourcePos(file, lineNo, m.start(1) + 1),
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

    private static void report(Path file, int lineNo, int c, char ch, String line, String what, Diagnostics d) {
        String fixed = line.strip().replaceAll("[" + ZERO_WIDTH + "]", "").replaceAll("[" + NO_BREAK + "]", " ")
                .replaceAll(" +(?=[:,\\]}]|$)", "").replaceAll("(?<=[\\[{]) +", "").replaceAll(" {2,}", " ");
        d.warningWithHint(Code.PASTED_CHARACTER, new SourcePos(file, lineNo, c + 1), "delete it and retype any space: " + fixed,
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
