package brief.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All problems of a run are reported together, sorted by file and line, as text and as JSON. */
class CheckReportTest {
    private static final Pattern HEADLINE = Pattern.compile("^(\\S+?):(\\d+):(\\d+): (error|warning|note): (.*)$");

    @TempDir
    Path tmp;
    Path root;

    /** Five mistakes in four files, written in an order that is not the sorted one. */
    @BeforeEach
    void aSiteWithSeveralMistakes() throws IOException {
        root = SiteFixture.copyMinimal(tmp.resolve("src"));
        BadInputTest.replace(BadInputTest.SUMMITS, "country: MY", "country: VNM").apply(root);
        BadInputTest.replace(BadInputTest.A, "outlet:", "outlett:").apply(root);
        BadInputTest.replace(BadInputTest.LEADERS, "from: \"2024-10-21\"", "from: \"2024-13-21\"").apply(root);
        BadInputTest.replace(BadInputTest.A, "summits: [asean-us-13]", "summits: [asean-us-31]").apply(root);
        // A number no key figure quotes: a warning (a figure's own number missing from a translation is an error).
        BadInputTest.replace(BadInputTest.AE, "11.8% of", "11.9% of").apply(root);
    }

    record Headline(String file, int line, int col, String severity, String message) {}

    @Test
    void everyProblemIsReportedInOneRunSortedByFileAndLine() {
        Run r = SiteFixture.run("check", "--source", root.toString());
        assertEquals(1, r.exit(), r.toString());
        List<Headline> found = new ArrayList<>();
        for (String l : r.err().lines().toList()) {
            Matcher m = HEADLINE.matcher(l);
            if (m.matches()) {
                found.add(new Headline(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4), m.group(5)));
            }
        }
        List<String> where = found.stream().map(h -> h.file() + ":" + h.line() + ":" + h.col() + " " + h.severity()).toList();
        assertEquals(List.of(
                BadInputTest.AE + ":13:1 warning",
                BadInputTest.A + ":4:1 error",
                BadInputTest.A + ":5:11 error",
                BadInputTest.A + ":11:1 note",
                BadInputTest.LEADERS + ":14:13 error",
                BadInputTest.SUMMITS + ":8:12 error"), where, r.toString());
        List<Headline> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Headline::file).thenComparingInt(Headline::line).thenComparingInt(Headline::col));
        assertEquals(sorted, found);
        assertTrue(r.err().contains("check failed: 4 errors, 1 warning"), r.toString());
    }

    @Test
    void jsonCarriesFileLineColumnSeverityCodeMessageAndHint() throws IOException {
        Run r = SiteFixture.run("check", "--source", root.toString(), "--format", "json");
        assertEquals(1, r.exit(), r.toString());
        JsonNode all = new ObjectMapper().readTree(r.out());
        assertTrue(all.isArray(), r.out());
        assertEquals(6, all.size(), r.out());
        JsonNode first = all.get(1);
        assertEquals(BadInputTest.A, first.get("file").asText());
        assertEquals(4, first.get("line").asInt());
        assertEquals(1, first.get("column").asInt());
        assertEquals("error", first.get("severity").asText());
        assertEquals("unknown-key", first.get("code").asText());
        assertEquals("unknown key 'outlett' in the front matter of " + BadInputTest.A, first.get("message").asText());
        assertEquals("did you mean 'outlet'?", first.get("hint").asText());
        assertEquals("outlett: \"TTXVN\"", first.get("source").asText());
        assertEquals("a caption has no photo; it is shown as a caption line", all.get(3).get("message").asText());
        assertEquals("note", all.get(3).get("severity").asText());
        JsonNode country = all.get(5);
        assertEquals(BadInputTest.SUMMITS, country.get("file").asText());
        assertEquals("use 'VN'", country.get("hint").asText());
        JsonNode warning = all.get(0);
        assertEquals("warning", warning.get("severity").asText());
        assertTrue(warning.get("hint").asText().contains("11.9%"), warning.toString());
        assertEquals("", r.err().strip(), "JSON mode prints nothing else on the terminal");
    }

    @Test
    void aCleanSiteGivesAJsonListWithoutErrorsOrWarnings() throws IOException {
        Path clean = SiteFixture.copyMinimal(tmp.resolve("clean"));
        Run r = SiteFixture.run("check", "--source", clean.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.toString());
        // Only the note that its caption has no photo yet, which a press office reads as a reminder, not a fault.
        JsonNode all = new ObjectMapper().readTree(r.out());
        assertEquals(1, all.size(), r.out());
        assertEquals("note", all.get(0).get("severity").asText());
    }

    @Test
    void theTranslationReportListsEachArticleAsTranslatedOutdatedOrMissing() throws IOException {
        Path site = SiteFixture.copyMinimal(tmp.resolve("translations"));
        BadInputTest.replace(BadInputTest.A, "Chiều 26/10, Thủ tướng", "Chiều ngày 26/10, Thủ tướng").apply(site);
        BadInputTest.delete(BadInputTest.BE).apply(site);
        Run r = SiteFixture.run("check", "--source", site.toString(), "--translations");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(
                "== en (English)",
                "  outdated     2025-10-26-asean-us-summit  (outdated, 1 paragraph(s) behind: #p-1)",
                "  missing      2025-10-29-apec-meeting",
                "  0 translated, 1 outdated, 0 unknown, 1 missing"), r.out().lines().toList(), r.toString());
        assertTrue(r.err().contains("check passed: 0 errors, 2 warnings"), r.toString());
    }

    @Test
    void aSourceFolderThatDoesNotExistIsAUsageError() {
        Run r = SiteFixture.run("check", "--source", tmp.resolve("nowhere").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().startsWith("error: --source " + tmp.resolve("nowhere") + " is not a folder"), r.toString());
        BadInputTest.assertNoStackTrace(r);
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run r = SiteFixture.run("check", "--source", root.toString(), "--format", "xml");
        assertEquals(2, r.exit(), r.toString());
        BadInputTest.assertNoStackTrace(r);
    }
}
