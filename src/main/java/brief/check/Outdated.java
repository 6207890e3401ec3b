package brief.check;

import brief.content.Article;
import brief.content.ArticleText;
import brief.content.Block;
import brief.diag.Diagnostics;
import brief.diag.Severity;
import brief.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The source paragraphs that changed since a translation was stamped, numbered as readers see them (paragraph
 * N is {@code #p-N}; captions and sub-headings are numbered too, as their anchors are).
 */
public record Outdated(List<Integer> changed) {

    public static Optional<Outdated> of(Article a, ArticleText translation) {
        if (translation.translatedFrom().isEmpty()) return Optional.empty();
        List<String> then = translation.translatedFrom().get().blockHashes();
        List<Block> now = a.source().body().blocks();
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < Math.max(then.size(), now.size()); i++) {
            String h = i < now.size() ? now.get(i).hash() : null;
            String old = i < then.size() ? then.get(i) : null;
            if (h == null || !h.equals(old)) changed.add(i + 1);
        }
        return changed.isEmpty() ? Optional.empty() : Optional.of(new Outdated(changed));
    }

    public String describe() {
        List<String> parts = new ArrayList<>();
        for (int i : changed) parts.add("#p-" + i);
        return String.join(", ", parts);
    }

    /**
     * One warning (or error, by the site's setting) per changed paragraph, at the translated paragraph's own
     * line, quoting the source paragraph as it is now and, when git has the stamped version, what changed.
     */
    void report(Article a, ArticleText tr, SourceHistory history, boolean asError, String stamp, Diagnostics d) {
        List<Block> src = a.source().body().blocks();
        List<Block> blocks = tr.body().blocks();
        List<String> then = tr.translatedFrom().get().blockHashes();
        String srcName = a.source().file().getFileName().toString();
        for (int n : changed) {
            int line = blocks.isEmpty() ? 1 : blocks.get(Math.min(n, blocks.size()) - 1).line();
            SourcePos pos = new SourcePos(tr.file(), line, 1);
            Severity severity = asError ? Severity.ERROR : Severity.WARNING;
            if (n > src.size()) {
                d.add(severity, pos, "remove the translation of it, then run " + stamp,
                        "outdated translation: the source's paragraph %d (#p-%d) was removed since it was translated", n, n);
                continue;
            }
            Block now = src.get(n - 1);
            String hint = "update paragraph " + n + " here, then run " + stamp;
            String what;
            if (n > then.size()) {
                what = "was added";
            } else {
                what = "changed";
                Optional<SourceHistory.Found> was = history.find(then.get(n - 1));
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
