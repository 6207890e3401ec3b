package brief.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * brief refuses an output folder that would put the sources or the user's files at risk, with exit 2 and a
 * one-line reason, and touches neither that folder nor the previous output.
 */
class OutputFolderTest {
    @TempDir
    Path tmp;
    Path root;
    Map<String, String> previous;

    @BeforeEach
    void buildTheMinimalSiteOnce() throws IOException {
        root = SiteFixture.copyMinimal(tmp.resolve("src"));
        Run good = SiteFixture.run("build", "--source", root.toString(), "--quiet");
        assertEquals(0, good.exit(), good.toString());
        previous = SiteFixture.hashes(root.resolve("site"));
    }

    private void assertRefused(Path out, String reason) throws IOException {
        Map<String, String> sources = SiteFixture.hashes(root.resolve("content"));
        Map<String, String> target = SiteFixture.hashes(out);
        Run r = SiteFixture.run("build", "--source", root.toString(), "--out", out.toString());
        BadInputTest.assertNoStackTrace(r);
        assertEquals(2, r.exit(), r.toString());
        String expected = "error: refusing to use '" + out.toAbsolutePath().normalize() + "' as the output folder: " + reason;
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith(expected)), "expected\n  " + expected + "\n" + r);
        SiteFixture.assertSameFiles(target, SiteFixture.hashes(out), "the refused folder is left as it was");
        SiteFixture.assertSameFiles(sources, SiteFixture.hashes(root.resolve("content")), "the sources are left as they were");
        SiteFixture.assertSameFiles(previous, SiteFixture.hashes(root.resolve("site")), "the previous output is left as it was");
    }

    @Test
    void theSourceFolderIsRefused() throws IOException {
        assertRefused(root, "it is the source folder");
    }

    @Test
    void aFolderThatContainsTheSourceIsRefused() throws IOException {
        assertRefused(tmp, "it contains the source folder");
    }

    @Test
    void aFolderInsideContentIsRefused() throws IOException {
        assertRefused(root.resolve("content").resolve("site"), "it is inside content/ or themes/");
        assertRefused(root.resolve("content"), "it is inside content/ or themes/");
    }

    @Test
    void aFolderInsideThemesIsRefused() throws IOException {
        assertRefused(root.resolve("themes").resolve("default").resolve("out"), "it is inside content/ or themes/");
    }

    @Test
    void aNonEmptyFolderWithoutBriefsMarkerIsRefused() throws IOException {
        Path foreign = tmp.resolve("my-documents");
        Files.createDirectories(foreign.resolve("taxes"));
        Files.writeString(foreign.resolve("taxes").resolve("2025.txt"), "keep me");
        Files.writeString(foreign.resolve("notes.md"), "keep me too");
        assertRefused(foreign, "it is a folder brief did not create and it is not empty");
    }

    @Test
    void aFileIsRefused() throws IOException {
        Path file = tmp.resolve("out.html");
        Files.writeString(file, "<p>mine</p>");
        Run r = SiteFixture.run("build", "--source", root.toString(), "--out", file.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("it is a file"), r.toString());
        assertEquals("<p>mine</p>", Files.readString(file));
    }

    @Test
    void theFileSystemRootIsRefused() throws IOException {
        Run r = SiteFixture.run("build", "--source", root.toString(), "--out", "/");
        BadInputTest.assertNoStackTrace(r);
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("refusing to use '/' as the output folder: it is the root of the file system"), r.toString());
    }

    @Test
    void theHomeFolderIsRefused() throws IOException {
        Path home = tmp.resolve("home");
        Files.createDirectories(home);
        String old = System.getProperty("user.home");
        try {
            System.setProperty("user.home", home.toString());
            assertRefused(home, "it is your home folder");
        } finally {
            System.setProperty("user.home", old);
        }
    }

    @Test
    void anEmptyFolderOrBriefsOwnOutputIsAccepted() throws IOException {
        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        Run first = SiteFixture.run("build", "--source", root.toString(), "--out", empty.toString(), "--quiet");
        assertEquals(0, first.exit(), first.toString());
        assertTrue(Files.exists(empty.resolve(".brief-output")));
        Run again = SiteFixture.run("build", "--source", root.toString(), "--out", empty.toString(), "--quiet");
        assertEquals(0, again.exit(), again.toString());
    }
}
