package brief.cli;

import brief.load.Sources;
import brief.content.Outdated;
import brief.content.Article;
import brief.i18n.Language;
import java.io.PrintStream;

/** `brief check --translations`: every article per language, translated, missing or outdated. */
final class TranslationReport {
    private TranslationReport() {}

    static void print(Sources s, PrintStream out) {
        for (Language l : s.config().languages()) {
            if (l.source()) continue;
            int ok = 0;
            int missing = 0;
            int outdated = 0;
            int unknown = 0;
            out.println("== " + l.code() + " (" + l.name() + ")");
            for (Article a : s.articles()) {
                var t = a.in(l.code());
                String state;
                if (t.isEmpty()) {
                    state = "missing";
                    missing++;
                } else {
                    var o = Outdated.of(a, t.get());
                    if (o.isPresent()) {
                        state = "outdated, " + o.get().count() + " paragraph(s) behind: " + o.get().describe();
                        outdated++;
                    } else if (t.get().translatedFrom().isEmpty()) {
                        state = "unknown (freshness unknown, never stamped: check it, then run ./brief stamp " + a.id()
                                + " --lang " + l.code() + ")";
                        unknown++;
                    } else {
                        state = "translated";
                        ok++;
                    }
                }
                out.printf("  %-12s %s%n", state.split(",")[0].split(" ")[0], a.id() + (state.contains(" ") ? "  (" + state + ")" : ""));
            }
            out.printf("  %d translated, %d outdated, %d unknown, %d missing%n", ok, outdated, unknown, missing);
        }
    }
}
