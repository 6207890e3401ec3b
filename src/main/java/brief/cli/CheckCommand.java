package brief.cli;

import brief.build.Pipeline;
import brief.diag.Diagnostics;
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

    @Option(names = "--all-warnings", description = "Print every warning; by default, warnings of one kind after the first "
            + Report.SHOWN_PER_KIND + " are counted in one line (the JSON report always has them all).")
    boolean allWarnings;

    @Option(names = "--translations", description = "Report, per language, which articles are translated, missing or outdated.")
    boolean translations;

    @Override
    public Integer call() {
        Path root = source.root();
        Diagnostics diags = Diagnostics.forSource(root);
        var validated = new Pipeline().check(root, diags);
        if (translations && validated.isPresent()) {
            TranslationReport.print(validated.get().sources(), System.out);
        }
        Report.print(diags, format, format == Report.Format.json ? System.out : System.err, true, allWarnings,
                "--all-warnings (or --format json)");
        boolean failed = diags.hasErrors() || strict && diags.count(Severity.WARNING) > 0;
        if (format == Report.Format.text) {
            System.err.println((failed ? "check failed: " : "check passed: ") + Report.summary(diags));
        }
        return failed ? Main.CONTENT_ERRORS : 0;
    }
}
