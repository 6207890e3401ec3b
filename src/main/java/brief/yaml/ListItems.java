package brief.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The items of a YAML file that is one top-level block list ("- id: …" at the start of a line, each item's
 * other lines indented, comments and blank lines between them), as pieces of its text: an annotation file of a
 * large archive is hundreds of kilobytes, and after an edit only the items whose text changed need parsing.
 */
public final class ListItems {
    private static final char[] LINE_BREAKS = {'\r', '\u0085', '\u2028', '\u2029'};

    private ListItems() {}

    /**
     * One item: its text, from its "- " line up to the next item's (the comments and blank lines before the first
     * item belong to it), and the number of lines of the file before it.
     */
    public record Item(String text, int lineOffset) {}

    /**
     * The items of {@code text}, or empty when the text is not one plain top-level block list (a document marker,
     * a flow list, a line at column 0 that neither starts an item nor is a comment): then parse it whole. Each
     * item read alone gives what it gives in the whole text as long as it reads without a syntax error (a quote
     * or bracket that an item leaves open is one): no construct of YAML crosses a "- " at column 0 otherwise.
     */
    public static Optional<List<Item>> split(String text) {
        // YAML also breaks lines at a lone CR, NEL and the Unicode separators: positions would then be counted otherwise.
        for (char brk : LINE_BREAKS) if (text.indexOf(brk) >= 0) return Optional.empty();
        List<Integer> starts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int line = 0;
        for (int o = 0; o < text.length(); line++) {
            int end = text.indexOf('\n', o);
            if (end < 0) end = text.length();
            char c = o < end ? text.charAt(o) : '\n';
            if (c == '-' && (o + 1 == end || text.charAt(o + 1) == ' ')) {
                starts.add(starts.isEmpty() ? 0 : o);
                lines.add(starts.size() == 1 ? 0 : line);
            } else if (starts.isEmpty() ? !text.substring(o, end).isBlank() && !text.substring(o, end).strip().startsWith("#")
                    : c != '\n' && c != ' ' && c != '#') {
                return Optional.empty();
            }
            o = end + 1;
        }
        if (starts.isEmpty()) return Optional.empty();
        List<Item> out = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            int to = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            out.add(new Item(text.substring(starts.get(i), to), lines.get(i)));
        }
        return Optional.of(out);
    }
}
