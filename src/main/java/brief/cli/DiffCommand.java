package brief.cli;

import brief.build.Pipeline;
import brief.diag.BriefException;
import brief.diag.Diagnostics;
import brief.diag.ExitCode;
import brief.diag.Severity;
import brief.output.RenderedPage;
import brief.diff.BuiltFolder;
import brief.diff.GitBuild;
import brief.diff.SiteDiff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Shows what the current sources change in the built site: the pages added, removed and changed, grouped by kind (articles, summits, leaders, chronology, other pages), with a text diff of each changed page's main content; machine files (search index, feeds, sitemap, assets) are counted in one line; then the warnings that stand. Compares with a folder of an earlier build (default: <source>/site) or with the sources at a git revision (built in a temporary folder). Writes nothing.")
final class DiffCommand implements Callable<Integer> {
    @Mixin
    SourceOption source;

    static final class Against {
        @Option(names = "--against", paramLabel = "DIR", description = "A folder written by 'brief build' (default: <source>/site).")
        Path dir;

        @Option(names = "--git", paramLabel = "REV", description = "A git revision (commit, branch, tag) of the sources.")
        String rev;
    }

    @ArgGroup(exclusive = true)
    Against against;

    @Override
    public Integer call() {
        Path root = source.root();
        Diagnostics diags = Diagnostics.forSource(root);
        Pipeline.Result now = new Pipeline().run(Pipeline.Options.build(root), diags);
        if (!now.ok()) {
            Report.print(diags, Report.Format.text, System.err, false);
            System.err.println("diff failed: the current sources do not build (" + Report.summary(diags) + ")");
            return ExitCode.CONTENT_ERRORS.code();
        }
        Map<String, byte[]> after = new LinkedHashMap<>();
        for (RenderedPage p : now.pages()) after.put(p.path(), p.bytes());
        SiteDiff diff = new SiteDiff();
        Map<String, SiteDiff.Entry> before;
        String label;
        if (against != null && against.rev != null) {
            before = diff.entries(GitBuild.build(root, against.rev));
            label = "git " + against.rev;
        } else {
            Path dir = against != null && against.dir != null ? against.dir.toAbsolutePath().normalize() : root.resolve("site");
            if (!Files.isDirectory(dir)) {
                throw new BriefException("no earlier build at " + dir + ": run './brief build' first, or pass --against DIR"
                        + " or --git REV", ExitCode.USAGE);
            }
            // Read lazily: a file is read only when its size matches the new one's, or when its text is diffed.
            before = new BuiltFolder(dir).scan();
            label = BuildCommand.displayPath(root, dir);
        }
        SiteDiff.Report report = diff.compareEntries(before, new SiteDiff().entries(after), now.model().get().config(),
                label, "the current sources");
        System.out.print(report.text());
        // The warnings that stand with these sources, one line each: what a reviewer should look at besides the text.
        var warnings = diags.all().stream().filter(d -> d.severity() == Severity.WARNING).toList();
        if (!warnings.isEmpty()) {
            System.out.println();
            System.out.println(warnings.size() + (warnings.size() == 1 ? " warning" : " warnings") + " (./brief check shows hints):");
            warnings.forEach(d -> System.out.println("  " + d.headline()));
        }
        return ExitCode.OK.code();
    }
}
