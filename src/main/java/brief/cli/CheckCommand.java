package brief.cli;

import brief.build.Pipeline;
import brief.diag.Diagnostics;
import brief.diag.ExitCode;
import brief.diag.Severity;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Runs every validation without writing the site. Exit 0: no errors (and no warnings with --strict); 1: content errors; 2: usage error.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SourceOption source;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text (default) or json.")
    Report.Format format;

    @Option(names = "--site", paramLabel = "URL|DIR",
            description = "Instead of checking the sources, crawl a built site (a folder such as site/, or http://127.0.0.1:PORT/… of a server on this machine) and report every broken internal link, #anchor and asset.")
    String site;

    @Option(names = "--all-warnings", description = "Print every warning; by default, warnings of one kind after the first "
            + Report.SHOWN_PER_KIND + " are counted in one line (the JSON report always has them all).")
    boolean allWarnings;

    @Option(names = "--translations", description = "Report, per language, which articles are translated, missing or outdated.")
    boolean translations;

    @Override
    public Integer call() {
        if (site != null) return checkSite();
        Path root = source.root();
        Diagnostics diags = Diagnostics.forSource(root);
        var validated = new Pipeline().run(Pipeline.Options.check(root), diags).checked();
        if (translations && validated.isPresent()) {
            TranslationReport.print(validated.get().sources(), System.out);
        }
        Report.print(diags, format, format == Report.Format.json ? System.out : System.err, true, allWarnings,
                "--all-warnings (or --format json)");
        boolean failed = diags.hasErrors() || strict && diags.count(Severity.WARNING) > 0;
        if (format == Report.Format.text) {
            System.err.println((failed ? "check failed: " : "check passed: ") + Report.summary(diags));
        }
        return (failed ? ExitCode.CONTENT_ERRORS : ExitCode.OK).code();
    }

    private Integer checkSite() {
        // A folder's pages show the line of each broken link; pages read over HTTP are not kept.
        Diagnostics diags = site.contains("://") ? new Diagnostics() : Diagnostics.forSource(Path.of(site));
        brief.publish.SiteCheck.Result r = new brief.publish.SiteCheck(diags).check(site);
        Report.print(diags, format, format == Report.Format.json ? System.out : System.err, true);
        if (format == Report.Format.text) {
            System.err.printf("%s: %d pages, %d links checked, %d broken%n", r.broken() > 0 ? "check failed" : "check passed",
                    r.pages(), r.links(), r.broken());
        }
        return (r.broken() > 0 ? ExitCode.CONTENT_ERRORS : ExitCode.OK).code();
    }
}
