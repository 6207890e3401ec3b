package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.bench.SiteGenerator;
import brief.diag.Code;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import brief.testing.Sites;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thousands of warnings of one kind are counted, not printed one by one; errors and JSON keep everything. */
class ReportTest {
    @TempDir
    Path tmp;

    private static SourcePos at(String file, int line) {
        return new SourcePos(Path.of(file), line, 1);
    }

    @Test
    void warningsOfOneKindAfterTheFirstFiveAreCountedInOneLine() {
        Diagnostics d = new Diagnostics();
        for (int i = 1; i <= 8; i++) d.warning(Code.LEADER_NOT_NAMED, at("content/articles/a/vi.md", i), "leader 'l-%d' is never named", i);
        d.warning(Code.AMBIGUOUS_ALIAS, at("content/leaders.yaml", 3), "ambiguous alias '%s'", "Son");
        for (int i = 1; i <= 7; i++) d.error(Code.UNKNOWN_COUNTRY, at("content/summits.yaml", i), "unknown country '%s'", "X" + i);

        String text = Report.text(d.all(), false, "--all-warnings");

        List<String> lines = text.lines().toList();
        assertEquals(5 + 1 + 7 + 1, lines.size(), text);
        assertEquals("content/articles/a/vi.md:5:1: warning: leader 'l-5' is never named", lines.get(4));
        assertEquals(7, lines.stream().filter(l -> l.contains(": error: unknown country")).count(), "errors: all of them");
        assertEquals("content/leaders.yaml:3:1: warning: ambiguous alias 'Son'", lines.get(5));
        assertEquals("warning: 3 more warnings like \"leader 'l-6' is never named\" not shown; add --all-warnings to list"
                + " them all", lines.get(lines.size() - 1));
    }

    @Test
    void allWarningsPrintsEveryOne() {
        Diagnostics d = new Diagnostics();
        for (int i = 1; i <= 6; i++) d.warning(Code.LEADER_NOT_NAMED, at("content/articles/a/vi.md", i), "leader 'l-%d' is never named", i);
        String text = Report.text(d.all(), true, "--all-warnings");
        assertEquals(6, text.lines().count(), text);
        assertTrue(text.contains("leader 'l-6' is never named"), text);
    }

    @Test
    void checkOfAnArchiveSummarisesItsThousandsOfWarningsAndJsonKeepsThemAll() throws IOException {
        Path site = tmp.resolve("archive");
        SiteGenerator.Shape d = SiteGenerator.Shape.archive(60);
        new SiteGenerator(new SiteGenerator.Options(60, 42, List.of("vi", "en"), SiteGenerator.Format.BRIEF,
                Sites.projectRoot().resolve("themes/default"),
                new SiteGenerator.Shape(true, d.leaders(), d.summits(), d.topics(), 2, 5, 300, 50))).write(site);

        var json = new ObjectMapper().readTree(Sites.brief("check", "--source", site.toString(), "--format", "json").out());
        // Notes (a caption waiting for its photo) are not warnings.
        int total = 0;
        for (var entry : json) if ("warning".equals(entry.path("severity").asText())) total++;
        assertTrue(total > 20, "warnings: " + total);

        Sites.Run text = Sites.brief("check", "--source", site.toString());
        assertEquals(0, text.exit(), text.toString());
        assertEquals(5, text.err().lines().filter(l -> l.contains(": warning: article '")).count(), text.err());
        assertTrue(text.err().contains("warning: " + (total - 5) + " more warnings like \"article '"), text.err());
        assertTrue(text.err().contains("not shown; add --all-warnings (or --format json) to list them all"), text.err());
        assertTrue(text.err().contains("check passed: 0 errors, " + total + " warnings"), text.err());

        Sites.Run all = Sites.brief("check", "--source", site.toString(), "--all-warnings");
        assertEquals(total, all.err().lines().filter(l -> l.contains(": warning: article '")).count(), all.err());
    }
}
