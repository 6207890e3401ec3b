package brief.check;

import brief.content.Article;
import brief.content.ArticleText;
import brief.content.Block;
import brief.content.Outdated;
import brief.diag.Code;
import brief.diag.Diagnostics;
import brief.diag.Severity;
import brief.diag.SourcePos;
import java.util.List;
import java.util.Optional;

/** The outdated-translation findings of a translation: what {@link Outdated} found, reported where it is. */
final class OutdatedReport {
    private OutdatedReport() {}

    /**
     * One warning (or error, by the site's setting) per changed paragraph, at the translated paragraph's own
     * line (the one the alignment pairs it with), quoting the source paragraph as it is now and, when git has
     * the stamped version, what changed.
     */
    static void report(Article a, ArticleText tr, SourceHistory history, boolean asError, String stamp, Diagnostics d) {
        List<Block> src = a.source().body().blocks();
        List<Block> blocks = tr.body().blocks();
        List<String> then = tr.translatedFrom().get().blockHashes();
        String srcName = a.source().file().getFileName().toString();
        Severity severity = asError ? Severity.ERROR : Severity.WARNING;
        int lastTranslated = 0;
        for (Outdated.Row r : Outdated.rows(a, tr)) {
            if (r.then() > 0) lastTranslated = r.then();
            if (r.state() == Outdated.State.SAME) continue;
            // A new source paragraph has no translation yet: point where it belongs, after the last one that has.
            int at = r.then() > 0 ? r.then() : lastTranslated + 1;
            int line = blocks.isEmpty() ? 1 : blocks.get(Math.max(1, Math.min(at, blocks.size())) - 1).line();
            SourcePos pos = new SourcePos(tr.file(), line, 1);
            if (r.state() == Outdated.State.REMOVED) {
                d.add(Code.TRANSLATION_OUTDATED, severity, pos, "remove the translation of it, then run " + stamp,
                        "outdated translation: the source's paragraph %d (#p-%d as translated) was removed since it was"
                                + " translated", r.then(), r.then());
                continue;
            }
            int n = r.now();
            Block now = src.get(n - 1);
            String hint = "update paragraph " + n + " here, then run " + stamp;
            String what = "was added";
            if (r.state() == Outdated.State.CHANGED) {
                what = "changed";
                Optional<SourceHistory.Found> was = history.find(then.get(r.then() - 1));
                if (was.isPresent()) {
                    hint = "since the stamp (git " + was.get().commit() + ", " + was.get().date() + "): "
                            + SourceHistory.change(was.get().text(), now.text()) + "; " + hint;
                }
            }
            d.add(Code.TRANSLATION_OUTDATED, severity, pos, hint, "outdated translation: the source's paragraph %d (#p-%d, %s:%d) %s since it was"
                    + " translated: \"%s\"", n, n, srcName, now.line(), what, quote(now.text()));
        }
    }

    private static String quote(String text) {
        String s = brief.content.Passages.collapseSpaces(text).strip();
        return s.length() > 120 ? s.substring(0, 120).strip() + "…" : s;
    }
}
