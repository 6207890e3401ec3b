package brief.cli;

import brief.diag.Diagnostic;
import brief.diag.Diagnostics;
import brief.diag.Severity;
import java.io.PrintStream;
import java.util.List;

/** Prints diagnostics for people (one line each, with the source line and a hint) or as JSON for tools. */
final class Report {
    enum Format { text, json }

    private Report() {}

    static void print(Diagnostics diags, Format format, PrintStream out, boolean showNotes) {
        List<Diagnostic> all = diags.all().stream().filter(d -> showNotes || d.severity() != Severity.NOTE).toList();
        if (format == Format.json) {
            out.println(json(all));
            return;
        }
        for (Diagnostic d : all) out.println(d.format());
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
