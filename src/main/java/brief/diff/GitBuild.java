package brief.diff;

import brief.build.Pipeline;
import brief.diag.BriefException;
import brief.diag.Diagnostic;
import brief.diag.Diagnostics;
import brief.diag.ExitCode;
import brief.output.RenderedPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the sources as they were at a git revision, in memory: {@code git archive} into a temporary folder,
 * build there with today's brief, delete the folder. The working tree is never touched.
 */
public final class GitBuild {
    private GitBuild() {}

    public static Map<String, byte[]> build(Path root, String rev) {
        if (rev.isBlank() || rev.startsWith("-")) throw new BriefException("--git: not a revision: '" + rev + "'", ExitCode.USAGE);
        String top = git(root, "rev-parse", "--show-toplevel").strip();
        String prefix = git(root, "rev-parse", "--show-prefix").strip();
        git(root, "rev-parse", "--verify", "--quiet", rev + "^{commit}");
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("brief-diff-");
            Path tar = tmp.resolve("sources.tar");
            Path tree = Files.createDirectories(tmp.resolve("tree"));
            git(Path.of(top), "archive", "--format=tar", "-o", tar.toString(), rev);
            run(tmp, List.of("tar", "-xf", tar.toString(), "-C", tree.toString()), "tar");
            Path oldRoot = prefix.isEmpty() ? tree : tree.resolve(prefix);
            Diagnostics diags = new Diagnostics();
            Pipeline.Result r = new Pipeline().run(Pipeline.Options.build(oldRoot), diags);
            if (!r.ok()) {
                StringBuilder sb = new StringBuilder("the sources at " + rev + " do not build:");
                for (Diagnostic d : diags.all()) if (d.severity() == brief.diag.Severity.ERROR) sb.append("\n  ").append(d.headline());
                throw new BriefException(sb.toString(), ExitCode.CONTENT_ERRORS);
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (RenderedPage p : r.pages()) files.put(p.path(), p.bytes());
            return files;
        } catch (IOException e) {
            throw new BriefException("cannot build revision " + rev + ": " + e.getMessage(), ExitCode.IO);
        } finally {
            if (tmp != null) delete(tmp);
        }
    }

    /**
     * The output of a git command run in {@code dir}, or empty when it fails: not a repository, no such file
     * at that revision, git not installed. For optional information only (the old text of a paragraph).
     */
    public static java.util.Optional<String> tryGit(Path dir, String... args) {
        try {
            return java.util.Optional.of(git(dir, args));
        } catch (BriefException e) {
            return java.util.Optional.empty();
        }
    }

    private static String git(Path dir, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        return run(dir, cmd, "git " + args[0]);
    }

    private static String run(Path dir, List<String> cmd, String what) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new BriefException(what + " failed in " + dir + ": " + out.strip(), ExitCode.USAGE);
            }
            return out;
        } catch (IOException e) {
            throw new BriefException("cannot run " + what + " (is it installed?): " + e.getMessage(), ExitCode.IO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BriefException(what + " was interrupted", ExitCode.IO);
        }
    }

    private static void delete(Path dir) {
        // A temporary folder left behind is harmless; the diff itself succeeded or already failed.
        org.apache.commons.io.FileUtils.deleteQuietly(dir.toFile());
    }
}
