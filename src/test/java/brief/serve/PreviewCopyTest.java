package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.output.OutputWriter;
import brief.testing.Sites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk copy of the preview, updated file by file after each edit, always holds exactly the served site. */
class PreviewCopyTest {
    @TempDir
    Path dir;

    @Test
    void afterEditsTheCopyOnDiskHoldsExactlyTheSiteBeingServed() throws IOException {
        Path src = ServeSupport.site(dir.resolve("src"));
        Path out = dir.resolve("copy");
        try (ServeSupport.Running run = new ServeSupport.Running(src, false, false, out)) {
            assertCopy(run, out);
            Path en = src.resolve("content/articles").resolve(ServeSupport.ARTICLE).resolve("en.md");
            Sites.replaceIn(en, "ASEAN leaders highly appreciated the role", "ASEAN leaders warmly appreciated the role");
            assertTrue(run.server.rebuild(Set.of(src.relativize(en))).ok());
            assertCopy(run, out);
            // A removed article: its pages leave the copy too.
            Path copy = src.resolve("content/articles/2025-10-27-copy");
            Sites.copyTree(en.getParent(), copy);
            Sites.replaceIn(copy.resolve("vi.md"), "title: \"", "title: \"Bản sao: ");
            Sites.replaceIn(copy.resolve("en.md"), "title: \"", "title: \"Copy: ");
            assertTrue(run.server.rebuild(Set.of(src.relativize(copy))).ok());
            assertCopy(run, out);
            Files.delete(copy.resolve("vi.md"));
            Files.delete(copy.resolve("en.md"));
            Files.delete(copy);
            assertTrue(run.server.rebuild(Set.of(src.relativize(copy))).ok());
            assertCopy(run, out);
        }
    }

    private static void assertCopy(ServeSupport.Running run, Path out) throws IOException {
        Map<String, byte[]> site = run.server.site().orElseThrow().files();
        Map<String, byte[]> disk = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(p).toString().replace('\\', '/');
                if (!rel.equals(OutputWriter.MARKER)) disk.put(rel, Files.readAllBytes(p));
            }
        }
        IncrementalBuilderTest.assertSame(site, disk, "the copy on disk");
        assertEquals(site.size(), disk.size());
    }
}
