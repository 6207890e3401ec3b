package brief.cli;

import brief.diag.Code;
import brief.diag.ExitCode;
import brief.output.OutputGuard;
import brief.build.Pipeline;
import brief.diag.Diagnostics;
import brief.diag.Severity;
import brief.i18n.Language;
import brief.output.RenderedPage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site from content/ and the theme into the output folder. Runs every check first (see 'brief check'); on an error nothing is written and the previous output stays as it was.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SourceOption source;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the site (default: <source>/site, or <source>/site-portable with --portable).")
    Path out;

    @Option(names = "--portable", description = "Write a copy that works opened from disk (file://), without a web server: every link relative, search included.")
    boolean portable;

    @Option(names = "--drafts", description = "Include articles marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--quiet", description = "Print only problems.")
    boolean quiet;

    @Option(names = "--timings", description = "Print how long each stage of the build took.")
    boolean timings;

    @Option(names = "--all-warnings", description = "Print every warning; by default, warnings of one kind after the first "
            + Report.SHOWN_PER_KIND + " are counted in one line.")
    boolean allWarnings;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path root = source.root();
        Path target = out != null ? out.toAbsolutePath().normalize() : root.resolve(portable ? "site-portable" : "site");
        OutputGuard.check(root, target);
        Diagnostics diags = Diagnostics.forSource(root);
        Progress progress = Progress.start(System.err, quiet);
        Pipeline.Result r;
        try {
            r = new Pipeline().run(Pipeline.Options.build(root).writingTo(target).withDrafts(drafts).withStrict(strict)
                    .as(portable ? Pipeline.Form.PORTABLE : Pipeline.Form.WEB), diags);
        } finally {
            progress.stop();
        }
        Report.print(diags, Report.Format.text, System.err, false, allWarnings, "--all-warnings");
        boolean strictFailed = strict && diags.count(Severity.WARNING) > 0;
        if (r.ok()) {
            Diagnostics example = exampleAddress(root, r.model().get().config().baseUrl());
            Report.print(example, Report.Format.text, System.err, false);
            diags.addAll(example);
        }
        if (timings) {
            StringBuilder stages = new StringBuilder("timings:");
            StringBuilder kinds = new StringBuilder("render time by page kind (all threads):");
            r.millis().forEach((stage, ms) -> stages.append(' ').append(stage).append(' ').append(ms).append(" ms"));
            r.renderMillisByKind().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey(
                            java.util.Comparator.comparing((brief.plan.PageKind k) -> k.label)))
                    .forEach(e -> kinds.append(' ').append(e.getKey().label).append(' ').append(e.getValue()).append(" ms"));
            System.err.println(stages);
            if (kinds.indexOf(" ms") > 0) System.err.println(kinds);
        }
        if (!r.ok() || strictFailed) {
            System.err.println("build failed: " + Report.summary(diags) + "; nothing was written"
                    + (strict && r.ok() ? " (--strict)" : ""));
            return ExitCode.CONTENT_ERRORS.code();
        }
        if (!quiet) {
            r.model().get().heldBack().report().forEach(System.out::println);
            StringBuilder perLang = new StringBuilder();
            for (Language l : r.model().get().languages()) {
                long n = r.pages().stream().map(RenderedPage::path)
                        .filter(p -> p.startsWith(l.code() + "/") && p.endsWith(".html")).count();
                perLang.append(perLang.length() == 0 ? "" : ", ").append(l.code()).append(' ').append(n);
            }
            var w = r.written().get();
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "built %d files in %s (pages: %s); %s; %s in %.2f s%n", w.files(),
                    root.relativize(target).toString().isEmpty() ? target : displayPath(root, target), perLang,
                    w.touched() ? w.written() + " written, " + w.unchanged() + " unchanged, " + w.removed() + " removed"
                            : "nothing changed, no file written",
                    Report.summary(diags), secs);
        }
        return ExitCode.OK.code();
    }

    /** The hosts that only ever stand for an address (RFC 2606): a site built for them has feeds and share links that lead nowhere. */
    private static final java.util.regex.Pattern EXAMPLE_HOST =
            java.util.regex.Pattern.compile("^https?://([^/]+\\.)?example\\.(org|com|net)(:\\d+)?/.*");

    /**
     * A warning while base_url is still the example address. The summary counts it, but --strict does not fail
     * on it: it is about where the site will be published, not about the content, and the example content and
     * tests build with it.
     */
    static Diagnostics exampleAddress(Path root, String baseUrl) {
        Diagnostics d = Diagnostics.forSource(root);
        if (!EXAMPLE_HOST.matcher(baseUrl).matches()) return d;
        Path file = Path.of("content", "site.yaml");
        int line = 1;
        int col = 1;
        try {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(root.resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("base_url:")) {
                    line = i + 1;
                    col = lines.get(i).indexOf(baseUrl.substring(0, baseUrl.length() - 1)) + 1;
                    if (col < 1) col = "base_url: ".length() + 1;
                    break;
                }
            }
        } catch (java.io.IOException e) {
            // the file was read moments ago; without it the warning points at its first line
        }
        d.warningWithHint(Code.EXAMPLE_BASE_URL, new brief.diag.SourcePos(file, line, col),
                "set base_url to the address readers will open, before you publish (see docs/publishing.md)",
                "base_url is still the example address '%s': feeds, the sitemap and shared links will point there", baseUrl);
        return d;
    }

    static String displayPath(Path root, Path target) {
        return target.startsWith(root) ? root.relativize(target).toString() : target.toString();
    }
}
