package brief.cli;

import brief.build.Pipeline;
import brief.diag.BriefException;
import brief.diag.Diagnostics;
import brief.i18n.Language;
import brief.render.RenderedPage;
import brief.serve.GitBuild;
import brief.serve.SiteDiff;
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
        description = "Shows what the current sources change in the built site: pages added, removed and changed, per language, with a text diff of each changed page's main content. Compares with a folder of an earlier build (default: <source>/site) or with the sources at a git revision (built in a temporary folder). Writes nothing.")
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
        Pipeline.Result now = new Pipeline().build(root, null, false, diags);
        if (!now.ok()) {
            Report.print(diags, Report.Format.text, System.err, false);
            System.err.println("diff failed: the current sources do not build (" + Report.summary(diags) + ")");
            return Main.CONTENT_ERRORS;
        }
        Map<String, byte[]> after = new LinkedHashMap<>();
        for (RenderedPage p : now.pages()) after.put(p.path(), p.bytes());
        Map<String, byte[]> before;
        String label;
        if (against != null && against.rev != null) {
            before = GitBuild.build(root, against.rev);
            label = "git " + against.rev;
        } else {
            Path dir = against != null && against.dir != null ? against.dir.toAbsolutePath().normalize() : root.resolve("site");
            if (!Files.isDirectory(dir)) {
                throw new BriefException("no earlier build at " + dir + ": run './brief build' first, or pass --against DIR"
                        + " or --git REV", Main.USAGE);
            }
            before = SiteDiff.readFolder(dir);
            label = BuildCommand.displayPath(root, dir);
        }
        var langs = now.model().get().languages().stream().map(Language::code).toList();
        System.out.print(SiteDiff.compare(before, after, langs, label, "the current sources").text());
        return 0;
    }
}
