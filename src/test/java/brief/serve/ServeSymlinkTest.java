package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.diag.BriefException;
import brief.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview never serves a file through a link that leaves the project, and never writes its copy through one. */
class ServeSymlinkTest {
    static final String LINK = "themes/default/static/x.css";
    static final String MESSAGE = LINK + ": error: symbolic link points outside the project, to '/etc/passwd'";

    @TempDir
    Path dir;

    @Test
    void aLinkAddedWhileServingFailsTheRebuildAndItsTargetIsNeverServed() throws IOException {
        ServeSupport.copySite(dir);
        IncrementalBuilder b = new IncrementalBuilder(dir, false);
        assertTrue(b.buildAll().ok());
        Files.createSymbolicLink(dir.resolve(LINK), Path.of("/etc/passwd"));

        IncrementalBuilder.Outcome o = b.build(Set.of(Path.of(LINK)));
        assertFalse(o.ok());
        assertEquals(MESSAGE, o.errors().get(0).format().lines().findFirst().orElseThrow(), o.errors().toString());
        assertFalse(b.current().files().containsKey("assets/x.css"), "the last good site is served, without the file");
        // An unrelated edit next: the link is still refused (the next load is a whole one).
        IncrementalBuilder.Outcome next = b.build(Set.of(Path.of("content/leaders.yaml")));
        assertFalse(next.ok());
        assertEquals(MESSAGE, next.errors().get(0).format().lines().findFirst().orElseThrow());
    }

    @Test
    void aPreviewStartedWithTheLinkReportsIt() throws IOException {
        ServeSupport.copySite(dir);
        Files.createSymbolicLink(dir.resolve(LINK), Path.of("/etc/passwd"));
        IncrementalBuilder.Outcome o = new IncrementalBuilder(dir, false).buildAll();
        assertFalse(o.ok());
        assertTrue(o.errors().stream().map(Diagnostic::format).anyMatch(f -> f.startsWith(MESSAGE + "\n")), o.errors().toString());
    }

    @Test
    void theCopyOnDiskIsNeverWrittenOrDeletedThroughALink() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("serve-site"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("index.html"), "theirs");
        Files.createSymbolicLink(copy.resolve("vi"), outside);
        Set<Path> checked = new HashSet<>();

        assertThrows(BriefException.class, () -> NoFollow.write(copy, "vi/index.html", bytes("ours"), checked));
        assertThrows(BriefException.class, () -> NoFollow.delete(copy, "vi/index.html", checked));
        assertEquals("theirs", Files.readString(outside.resolve("index.html")));

        // A link where a file goes is replaced by the file, not written through.
        Files.createSymbolicLink(copy.resolve("en.html"), outside.resolve("index.html"));
        NoFollow.write(copy, "en.html", bytes("ours"), checked);
        assertFalse(Files.isSymbolicLink(copy.resolve("en.html")));
        assertEquals("ours", Files.readString(copy.resolve("en.html")));
        assertEquals("theirs", Files.readString(outside.resolve("index.html")));

        // The copy's folder itself a link: refused too.
        Path linkedCopy = Files.createSymbolicLink(dir.resolve("linked-copy"), outside);
        assertThrows(BriefException.class, () -> NoFollow.write(linkedCopy, "a/b.html", bytes("ours"), new HashSet<>()));
        assertFalse(Files.exists(outside.resolve("a")));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
