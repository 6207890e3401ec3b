package brief.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The source paragraphs that changed since a translation was stamped, numbered as readers see them (paragraph
 * N is {@code #p-N}; captions and sub-headings are numbered too, as their anchors are): {@code changed} are
 * today's numbers of the source paragraphs that are new or different, {@code removed} the numbers (in the
 * stamped source, which the translation follows) of those that are gone. Found by content, not position: the
 * stamp's hashes are aligned with today's (longest common subsequence), so one paragraph inserted flags that
 * paragraph alone.
 */
public record Outdated(List<Integer> changed, List<Integer> removed) {
    public Outdated {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    /** How a source paragraph of today relates to the one the translation was made from. */
    public enum State { SAME, CHANGED, ADDED, REMOVED }

    /**
     * One row of the alignment: {@code now} is today's paragraph number (0 when it was removed), {@code then}
     * the stamped one, which is also the translation's (0 when the paragraph is new).
     */
    public record Row(State state, int now, int then) {}

    public static Optional<Outdated> of(Article a, ArticleText translation) {
        if (translation.translatedFrom().isEmpty()) return Optional.empty();
        List<Integer> changed = new ArrayList<>();
        List<Integer> removed = new ArrayList<>();
        for (Row r : rows(a, translation)) {
            if (r.state() == State.CHANGED || r.state() == State.ADDED) changed.add(r.now());
            else if (r.state() == State.REMOVED) removed.add(r.then());
        }
        return changed.isEmpty() && removed.isEmpty() ? Optional.empty() : Optional.of(new Outdated(changed, removed));
    }

    /** Today's source paragraphs aligned with the stamped ones, in order. */
    public static List<Row> rows(Article a, ArticleText translation) {
        return align(translation.translatedFrom().get().blockHashes(), a.source().body().blocks());
    }

    /**
     * Today's source blocks aligned with the hashes they had when the translation was stamped. Within a run of
     * differences, removed and added paragraphs are paired in order as changed ones; the rest stay added or
     * removed. Rows are in the order of the text.
     */
    public static List<Row> align(List<String> stamped, List<Block> now) {
        List<String> hashes = now.stream().map(Block::hash).toList();
        List<Row> rows = new ArrayList<>();
        List<Integer> gone = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        for (Lcs.Step s : Lcs.align(stamped, hashes)) {
            switch (s.kind()) {
                case REMOVED -> gone.add(s.a() + 1);
                case ADDED -> added.add(s.b() + 1);
                case SAME -> {
                    flush(rows, gone, added);
                    rows.add(new Row(State.SAME, s.b() + 1, s.a() + 1));
                }
            }
        }
        flush(rows, gone, added);
        return rows;
    }

    private static void flush(List<Row> rows, List<Integer> gone, List<Integer> added) {
        int pairs = Math.min(gone.size(), added.size());
        for (int i = 0; i < pairs; i++) rows.add(new Row(State.CHANGED, added.get(i), gone.get(i)));
        for (int i = pairs; i < added.size(); i++) rows.add(new Row(State.ADDED, added.get(i), 0));
        for (int i = pairs; i < gone.size(); i++) rows.add(new Row(State.REMOVED, 0, gone.get(i)));
        gone.clear();
        added.clear();
    }

    /** How many paragraphs the translation is behind. */
    public int count() {
        return changed.size() + removed.size();
    }

    /** "#p-3, #p-7", and the paragraphs removed since: "#p-3, removed #p-5". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (int i : changed) parts.add("#p-" + i);
        for (int i : removed) parts.add("removed #p-" + i);
        return String.join(", ", parts);
    }

    /** The warning's words: "source paragraph #5 changed", "source paragraphs #5, #9 changed and #2 removed". */
    public String sentence() {
        List<String> c = changed.stream().map(i -> "#" + i).toList();
        List<String> r = removed.stream().map(i -> "#" + i).toList();
        if (c.isEmpty()) {
            return "source paragraph" + (r.size() == 1 ? " " : "s ") + String.join(", ", r) + " (as numbered when "
                    + "translated) " + (r.size() == 1 ? "was" : "were") + " removed";
        }
        return "source paragraph" + (c.size() == 1 ? " " : "s ") + String.join(", ", c) + " changed"
                + (r.isEmpty() ? "" : " and " + String.join(", ", r) + " (as numbered when translated) removed");
    }
}
