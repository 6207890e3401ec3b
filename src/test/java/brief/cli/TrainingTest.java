package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's training run (one JVM that records Java 25's start-up cache) runs every command line it is
 * given, so that a failing one does not leave the cache without what the others would have taught it.
 */
class TrainingTest {
    @Test
    void runsEveryCommandLineAndExitsWithTheFirstFailure(@TempDir Path dir) throws Exception {
        Path site = Sites.writeSite(dir.resolve("src"),
                "content/site.yaml", Sites.TWO_LANGUAGE_SITE_YAML,
                "content/articles/2025-03-01-hop-tac/vi.md", """
                        ---
                        title: "Hợp tác kinh tế"
                        date: "2025-03-01"
                        outlet: ĐNO
                        ---
                        Hai bên nhất trí tăng cường hợp tác.
                        """);
        Path first = dir.resolve("first"), second = dir.resolve("second");

        int code = Training.runAll("build", "--quiet", "--source", site.toString(), "--out", first.toString(),
                "--", "buidl",
                "--", "build", "--quiet", "--source", site.toString(), "--out", second.toString());

        assertEquals(2, code, "the misspelt command's usage error");
        assertTrue(Files.isRegularFile(first.resolve("vi/index.html")), "the first build ran");
        assertTrue(Files.isRegularFile(second.resolve("vi/index.html")), "the build after the failing line ran too");
    }
}
