package brief.check;

import brief.content.Article;
import brief.content.ArticleText;
import brief.content.Block;
import brief.content.Lcs;
import brief.diag.Diagnostics;
import brief.diag.Severity;
import brief.diag.SourcePos;
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

    private static List<Row> rows(Article a, ArticleText translation) {
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

    /**
     * One warning (or error, by the site's setting) per changed paragraph, at the translated paragraph's own
     * line (the one the alignment pairs it with), quoting the source paragraph as it is now and, when git has
     * the stamped version, what changed.
     */
    void report(Article a, ArticleText tr, SourceHistory history, boolean asError, String stamp, Diagnostics d) {
        List<Block> src = a.source().body().blocks();
        List<Block> blocks = tr.body().blocks();
        List<String> then = tr.translatedFrom().get().blockHashes();
        String srcName = a.source().file().getFileName().toString();
        Severity severity = asError ? Severity.ERROR : Severity.WARNING;
        int lastTranslated = 0;
        for (Row r : rows(a, tr)) {
            if (r.then() > 0) lastTranslated = r.then();
            if (r.state() == State.SAME) continue;
            // A new source paragraph has no translation yet: point where it belongs, after the last one that has.
            int at = r.then() > 0 ? r.then() : lastTranslated + 1;
            int line = blocks.isEmpty() ? 1 : blocks.get(Math.max(1, Math.min(at, blocks.size())) - 1).line();
            SourcePos pos = new SourcePos(tr.file(), line, 1);
            if (r.state() == State.REMOVED) {
                d.add(severity, pos, "remove the translation of it, then run " + stamp,
                        "outdated translation: the source's paragraph %d (#p-%d as translated) was removed since it was"
                                + " translated", r.then(), r.then());
                continue;
            }
            int n = r.now();
            Block now = src.get(n - 1);
            String hint = "update paragraph " + n + " here, then run " + stamp;
            String what = "was added";
            if (r.state() == State.CHANGED) {
                what = "changed";
                Optional<SourceHistory.Found> was = history.find(then.get(r.then() - 1));
                if (was.isPresent()) {
                    hint = "since the stamp (git " + was.get().commit() + ", " + was.get().date() + "): "
                            + SourceHistory.change(was.get().text(), now.text()) + "; " + hint;
                }
            }
            d.add(severity, pos, hint, "outdated translation: the source's paragraph %d (#p-%d, %s:%d) %s since it was"
                    + " translated: \"%s\"", n, n, srcName, now.line(), what, quote(now.text()));
        }
    }

    private static String quote(String text) {
        String s = text.replaceAll("\\s+", " ").strip();
        return s.length() > 120 ? s.substring(0, 120).strip() + "…" : s;
    }
}
