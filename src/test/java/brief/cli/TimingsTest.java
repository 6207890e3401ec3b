package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brief build --timings}: where a build's time went, stage by stage and page kind by page kind. */
class TimingsTest {
    @Test
    void timingsNameEveryStageAndEveryKindOfPageInAlphabeticalOrder(@TempDir Path tmp) {
        Path site = Sites.copyRealSite(tmp.resolve("site"));
        Sites.Run run = Sites.brief("build", "--source", site.toString(), "--out", tmp.resolve("out").toString(),
                "--timings");
        assertEquals(0, run.exit(), run.toString());
        String stages = line(run.err(), "timings:");
        for (String stage : List.of("load", "validate", "resolve", "render", "write")) {
            assertTrue(Pattern.compile(" " + stage + " \\d+ ms").matcher(stages).find(), stage + " in " + stages);
        }
        String kinds = line(run.err(), "render time by page kind (all threads):");
        Matcher m = Pattern.compile(" ([a-z0-9-]+) \\d+ ms").matcher(kinds);
        List<String> named = m.results().map(r -> r.group(1)).toList();
        assertTrue(named.containsAll(List.of("article", "summit", "leader", "chronology", "home", "sitemap")), kinds);
        assertEquals(named.stream().sorted().toList(), named, "sorted by name: " + kinds);
        assertTrue(!kinds.contains("kind:") && !stages.contains("article"), "stages and page kinds apart: " + run.err());
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting '" + start + "' in:\n" + text));
    }
}
