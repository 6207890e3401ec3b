package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `brief diff` against a built folder and against a git revision. */
class DiffCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static synchronized Run brief(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path en() {
        return dir.resolve("content/articles").resolve(ServeSupport.ARTICLE).resolve("en.md");
    }

    @Test
    void diffAgainstThePublishedFolderNamesTheChangedPageAndShowsItsText() {
        ServeSupport.copySite(dir);
        assertEquals(0, brief("build", "--quiet", "--source", dir.toString()).exit());
        Run same = brief("diff", "--source", dir.toString());
        assertEquals(0, same.exit(), same.err());
        assertTrue(same.out().contains("no page changed"), same.out());

        ServeSupport.replace(en(), "ASEAN leaders highly appreciated the role", "ASEAN leaders warmly appreciated the role");
        Run r = brief("diff", "--source", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("comparing site → the current sources"), r.out());
        assertTrue(r.out().contains("language en: 0 added, 0 removed,"), r.out());
        assertTrue(r.out().contains("changed  en/articles/"), r.out());
        assertTrue(r.out().contains("-Speaking at the Summit, ASEAN leaders highly appreciated"), r.out());
        assertTrue(r.out().contains("+Speaking at the Summit, ASEAN leaders warmly appreciated"), r.out());
        assertFalse(r.out().contains("language vi:"), "nothing Vietnamese changed: " + r.out());
    }

    @Test
    void diffWithoutAnEarlierBuildSaysHowToMakeOne() {
        ServeSupport.copySite(dir);
        Run r = brief("diff", "--source", dir.toString());
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("no earlier build at"), r.err());
        assertTrue(r.err().contains("./brief build"), r.err());
    }

    @Test
    void diffAgainstAGitRevisionBuildsThatRevisionAndLeavesTheWorkingTreeAlone() throws Exception {
        ServeSupport.copySite(dir);
        git("init", "-q");
        git("add", "content", "themes");
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "start");
        ServeSupport.replace(en(), "ASEAN leaders highly appreciated the role", "ASEAN leaders warmly appreciated the role");
        String before = ServeSupport.read(en());
        Run r = brief("diff", "--git", "HEAD", "--source", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("comparing git HEAD → the current sources"), r.out());
        assertTrue(r.out().contains("+Speaking at the Summit, ASEAN leaders warmly appreciated"), r.out());
        assertEquals(before, ServeSupport.read(en()), "the working tree is untouched");
        assertFalse(Files.exists(dir.resolve("site")), "diff writes nothing");

        Run bad = brief("diff", "--git", "no-such-rev", "--source", dir.toString());
        assertEquals(Main.USAGE, bad.exit());
        assertTrue(bad.err().contains("error: git rev-parse failed"), bad.err());
        Run option = brief("diff", "--git=--output=/tmp/x", "--source", dir.toString());
        assertEquals(Main.USAGE, option.exit(), "a revision that looks like an option is refused");
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }
}
