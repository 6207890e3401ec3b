package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.diag.BriefException;
import brief.diag.Diagnostic;
import brief.output.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        ServeSupport.site(dir);
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
        ServeSupport.site(dir);
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
        OutputWriter writer = new OutputWriter();

        assertThrows(BriefException.class, () -> writer.update(copy, Map.of("vi/index.html", bytes("ours")), List.of()));
        assertThrows(BriefException.class, () -> writer.update(copy, Map.of(), List.of("vi/index.html")));
        assertEquals("theirs", Files.readString(outside.resolve("index.html")));

        // A link where a file goes is replaced by the file, not written through.
        Files.createSymbolicLink(copy.resolve("en.html"), outside.resolve("index.html"));
        writer.update(copy, Map.of("en.html", bytes("ours")), List.of());
        assertFalse(Files.isSymbolicLink(copy.resolve("en.html")));
        assertEquals("ours", Files.readString(copy.resolve("en.html")));
        assertEquals("theirs", Files.readString(outside.resolve("index.html")));

        // The copy's folder itself a link: refused too.
        Path linkedCopy = Files.createSymbolicLink(dir.resolve("linked-copy"), outside);
        assertThrows(BriefException.class, () -> writer.update(linkedCopy, Map.of("a/b.html", bytes("ours")), List.of()));
        assertFalse(Files.exists(outside.resolve("a")));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
