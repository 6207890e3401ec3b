package brief.cli;

import brief.diag.Diagnostic;
import brief.diag.Diagnostics;
import brief.diag.Severity;
import java.io.PrintStream;
import java.util.List;

/**
 * Prints diagnostics for people (one line each, with the source line and a hint) or as JSON for tools. For
 * people, warnings and notes of one kind beyond the first {@link #SHOWN_PER_KIND} are summarised in one line
 * with their count: an archive can give thousands of one warning, and a terminal full of them hides the rest.
 * Errors are always all shown; JSON always has everything.
 */
final class Report {
    enum Format { text, json }

    /** How many warnings (or notes) of one kind are shown before the rest are counted. */
    static final int SHOWN_PER_KIND = 5;

    private Report() {}

    static void print(Diagnostics diags, Format format, PrintStream out, boolean showNotes) {
        print(diags, format, out, showNotes, false, "--all-warnings");
    }

    /**
     * @param allWarnings show every warning, none summarised
     * @param howToListAll what the summary line tells the user to add to see them all
     */
    static void print(Diagnostics diags, Format format, PrintStream out, boolean showNotes, boolean allWarnings,
                      String howToListAll) {
        List<Diagnostic> all = diags.all().stream().filter(d -> showNotes || d.severity() != Severity.NOTE).toList();
        if (format == Format.json) {
            out.println(json(all));
            return;
        }
        out.print(text(all, allWarnings, howToListAll));
        out.flush();
    }

    /** The text report, built in one piece and written at once (one write, not one per line). */
    static String text(List<Diagnostic> all, boolean allWarnings, String howToListAll) {
        StringBuilder sb = new StringBuilder();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        java.util.Map<String, Diagnostic> hidden = new java.util.LinkedHashMap<>();
        for (Diagnostic d : all) {
            String key = d.severity() + " " + d.kind();
            int n = seen.merge(key, 1, Integer::sum);
            if (allWarnings || d.severity() == Severity.ERROR || n <= SHOWN_PER_KIND) {
                sb.append(d.format()).append('\n');
            } else {
                hidden.putIfAbsent(key, d);
            }
        }
        hidden.forEach((key, d) -> {
            int more = seen.get(key) - SHOWN_PER_KIND;
            sb.append(String.format(java.util.Locale.ROOT, "%s: %,d more %s%s like \"%s\" not shown; add %s to list them all%n",
                    d.severity().label(), more, d.severity().label(), more == 1 ? "" : "s", d.message(), howToListAll));
        });
        return sb.toString();
    }

    static String json(List<Diagnostic> all) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < all.size(); i++) {
            Diagnostic d = all.get(i);
            if (i > 0) sb.append(',');
            sb.append("\n  {\"file\": ").append(q(d.pos().file().toString().replace('\\', '/')))
                    .append(", \"line\": ").append(d.pos().line())
                    .append(", \"column\": ").append(d.pos().col())
                    .append(", \"severity\": ").append(q(d.severity().label()))
                    .append(", \"code\": ").append(q(d.code().id()))
                    .append(", \"message\": ").append(q(d.message()))
                    .append(", \"hint\": ").append(d.hint() == null ? "null" : q(d.hint()))
                    .append(", \"source\": ").append(d.sourceLine() == null ? "null" : q(d.sourceLine()))
                    .append('}');
        }
        return sb.append(all.isEmpty() ? "]" : "\n]").toString();
    }

    static String q(String s) {
        return brief.render.Escape.json(s);
    }

    static String summary(Diagnostics diags) {
        long e = diags.count(Severity.ERROR);
        long w = diags.count(Severity.WARNING);
        return e + " error" + (e == 1 ? "" : "s") + ", " + w + " warning" + (w == 1 ? "" : "s");
    }
}
