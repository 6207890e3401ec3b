package brief.annotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of new, commented entries of the annotation files ({@code brief new summit|leader|event|figure}),
 * and where they go: appended to a file, or under a summit's {@code figures:}. Only lines are added; every
 * other byte of the file stays as it was, comments and blank lines included.
 */
public final class Scaffolds {
    private Scaffolds() {}

    /** A new text: where the entry starts (1-based line) and the whole file after the insertion. */
    public record Edit(String text, int line) {}

    /** A YAML double-quoted string: the only quoting staff need never think about. */
    public static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** {vi: "…", en: "…"} in the site's language order. */
    public static String localized(List<String> languages, Map<String, String> byLanguage) {
        StringBuilder sb = new StringBuilder("{");
        for (String l : languages) {
            if (sb.length() > 1) sb.append(", ");
            sb.append(l).append(": ").append(quote(byLanguage.getOrDefault(l, "")));
        }
        return sb.append('}').toString();
    }

    /** An example {vi: "…", en: "…"} for a comment. */
    public static String example(List<String> languages) {
        StringBuilder sb = new StringBuilder("{");
        for (String l : languages) sb.append(sb.length() > 1 ? ", " : "").append(l).append(": \"…\"");
        return sb.append('}').toString();
    }

    /** [a, b] */
    public static String list(List<String> ids) {
        return "[" + String.join(", ", ids) + "]";
    }

    /** Whether the file already has an entry (or a figure) with this id. */
    public static boolean hasId(String text, String id) {
        return Pattern.compile("(?m)^\\s*- id: *[\"']?" + Pattern.quote(id) + "[\"']? *(#.*)?$").matcher(text).find();
    }

    /** The file with {@code entry} (whole lines) appended after a blank line. */
    public static Edit append(String text, String entry) {
        // A file saved with Windows line ends keeps them: the new lines are written the same way.
        if (text.contains("\r\n")) entry = entry.replace("\n", "\r\n");
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        StringBuilder sb = new StringBuilder(text);
        if (!text.isEmpty() && !text.endsWith("\n")) sb.append(nl);
        if (!text.isBlank() && !text.endsWith(nl + nl)) sb.append(nl);
        int line = (int) sb.chars().filter(c -> c == '\n').count() + 1;
        sb.append(entry);
        return new Edit(sb.toString(), line);
    }

    /**
     * summits.yaml with {@code figure} (lines indented for a list item at column 0) added as the last of the
     * figures of summit {@code summitId}; a summit without figures gets a {@code figures:} key at the end of its
     * entry. Empty when the file has no such summit.
     */
    public static Optional<Edit> addFigure(String text, String summitId, String figure) {
        String cr = text.contains("\r\n") ? "\r" : "";
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n", -1)) lines.add(cr.isEmpty() ? l : l.replaceAll("\r$", ""));
        int start = -1;
        Pattern head = Pattern.compile("^- id: *[\"']?" + Pattern.quote(summitId) + "[\"']? *(#.*)?$");
        for (int i = 0; i < lines.size(); i++) {
            if (head.matcher(lines.get(i)).matches()) {
                start = i;
                break;
            }
        }
        if (start < 0) return Optional.empty();
        // The entry runs to the next top-level item; its last line is the last indented, non-blank one.
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("- ")) end++;
        int last = end - 1;
        while (last > start && (lines.get(last).isBlank() || !lines.get(last).startsWith(" "))) last--;
        int figures = -1;
        for (int i = start + 1; i <= last; i++) {
            if (lines.get(i).matches("^  figures:\\s*(#.*)?$")) figures = i;
            // "figures: []" becomes the block form, the one line this changes, so the figure can go under it.
            if (lines.get(i).matches("^  figures:\\s*\\[\\s*\\]\\s*(#.*)?$")) {
                lines.set(i, "  figures:");
                figures = i;
            }
        }
        String indent = "    ";
        int insertAt;
        List<String> add = new ArrayList<>();
        if (figures < 0) {
            add.add("  figures:");
            insertAt = last + 1;
        } else {
            // After the last line that belongs to the figures block: indented deeper than the key.
            int i = figures + 1;
            int lastFigureLine = figures;
            while (i <= last) {
                String l = lines.get(i);
                if (!l.isBlank() && !l.startsWith("   ") && !l.matches("^  - .*")) break;
                if (!l.isBlank()) lastFigureLine = i;
                Matcher m = Pattern.compile("^(\\s+)- ").matcher(l);
                if (i == figures + 1 && m.find()) indent = m.group(1);
                i++;
            }
            insertAt = lastFigureLine + 1;
        }
        for (String l : figure.split("\n")) add.add(l.isEmpty() ? l : indent + l);
        int line = insertAt + add.size() - figure.split("\n").length + 1;
        lines.addAll(insertAt, add);
        return Optional.of(new Edit(String.join(cr + "\n", lines), line));
    }
}
