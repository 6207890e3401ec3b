package brief.serve;

import brief.diag.ExitCode;
import brief.testing.Sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.cli.Main;
import java.io.IOException;
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

    /** One article with summaries of its own, so an edit of its second paragraph changes its page alone. */
    static final String SITE = """
            -- content/articles/2025-10-26-asean-us-summit-13/vi.md --
            ---
            title: "Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13"
            date: "2025-10-26"
            outlet: TTXVN
            summary: "Thủ tướng dự Hội nghị tại Kuala Lumpur."
            ---
            Chiều 26/10, Thủ tướng dự Hội nghị tại Kuala Lumpur.

            Phát biểu tại Hội nghị, lãnh đạo các nước ASEAN đánh giá cao vai trò của Hoa Kỳ.
            -- content/articles/2025-10-26-asean-us-summit-13/en.md --
            ---
            title: "13th ASEAN–US Summit"
            summary: "The Prime Minister attended the summit in Kuala Lumpur."
            ---
            On 26 October, the Prime Minister attended the summit in Kuala Lumpur.

            Speaking at the Summit, ASEAN leaders highly appreciated the role of the United States.
            """;


    private Path en() {
        return dir.resolve("content/articles").resolve(ServeSupport.ARTICLE).resolve("en.md");
    }

    @Test
    void diffAgainstThePublishedFolderNamesTheChangedPageAndShowsItsText() {
        Sites.site(dir, SITE);
        assertEquals(0, Sites.brief("build", "--quiet", "--source", dir.toString()).exit());
        Sites.Run same = Sites.brief("diff", "--source", dir.toString());
        assertEquals(0, same.exit(), same.err());
        assertTrue(same.out().contains("no page changed"), same.out());

        Sites.replaceIn(en(), "ASEAN leaders highly appreciated the role", "ASEAN leaders warmly appreciated the role");
        Sites.Run r = Sites.brief("diff", "--source", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("comparing site → the current sources"), r.out());
        assertTrue(r.out().contains("pages: 1 changed\n  articles\n    changed  en/articles/"), r.out());
        assertTrue(r.out().contains("-Speaking at the Summit, ASEAN leaders highly appreciated"), r.out());
        assertTrue(r.out().contains("+Speaking at the Summit, ASEAN leaders warmly appreciated"), r.out());
        assertFalse(r.out().contains("changed  vi/"), "nothing Vietnamese changed: " + r.out());
    }

    @Test
    void diffWithoutAnEarlierBuildSaysHowToMakeOne() {
        Sites.site(dir, SITE);
        Sites.Run r = Sites.brief("diff", "--source", dir.toString());
        assertEquals(ExitCode.USAGE.code(), r.exit());
        assertTrue(r.err().contains("no earlier build at"), r.err());
        assertTrue(r.err().contains("./brief build"), r.err());
    }

    @Test
    void diffAgainstAGitRevisionBuildsThatRevisionAndLeavesTheWorkingTreeAlone() throws Exception {
        Sites.site(dir, SITE);
        git("init", "-q");
        git("add", "content", "themes");
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "start");
        Sites.replaceIn(en(), "ASEAN leaders highly appreciated the role", "ASEAN leaders warmly appreciated the role");
        String before = Sites.read(en());
        Sites.Run r = Sites.brief("diff", "--git", "HEAD", "--source", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("comparing git HEAD → the current sources"), r.out());
        assertTrue(r.out().contains("+Speaking at the Summit, ASEAN leaders warmly appreciated"), r.out());
        assertEquals(before, Sites.read(en()), "the working tree is untouched");
        assertFalse(Files.exists(dir.resolve("site")), "diff writes nothing");

        Sites.Run bad = Sites.brief("diff", "--git", "no-such-rev", "--source", dir.toString());
        assertEquals(ExitCode.USAGE.code(), bad.exit());
        assertTrue(bad.err().contains("error: git rev-parse failed"), bad.err());
        Sites.Run option = Sites.brief("diff", "--git=--output=/tmp/x", "--source", dir.toString());
        assertEquals(ExitCode.USAGE.code(), option.exit(), "a revision that looks like an option is refused");
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }
}
