package brief.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Freshness that cannot be skipped, and failed inputs said first: what check prints, in what order, on the
 * minimal site with one change.
 */
class TranslationFreshnessTest {
    @TempDir
    Path tmp;

    @Test
    void inAGitRepositoryTheOutdatedWarningShowsWhatChangedSinceTheStamp() throws Exception {
        Path root = SiteFixture.copyMinimal(tmp.resolve("src"));
        Assumptions.assumeTrue(git(root, "init", "-q") == 0, "git is not installed");
        git(root, "add", "-A");
        assertEquals(0, git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "stamped"));
        BadInputTest.replace(BadInputTest.A, "Chiều 26/10, Thủ tướng", "Chiều ngày 26/10, Thủ tướng").apply(root);
        Run r = SiteFixture.run("check", "--source", root.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.hasLine(BadInputTest.AE + ":5:1: warning: outdated translation: the source's paragraph 1 (#p-1, vi.md:9)"
                + " changed since it was translated: \"Chiều ngày 26/10, Thủ tướng Phạm Minh Chính và Tổng thống Donald"
                + " Trump dự Hội nghị.\""), r.toString());
        String hint = r.all().lines().filter(l -> l.contains("= hint: since the stamp")).findFirst().orElse("");
        assertTrue(hint.matches("    = hint: since the stamp \\(git [0-9a-f]{7,}, \\d{4}-\\d\\d-\\d\\d\\): Chiều \\{\\+ngày\\+\\}"
                + " 26/10, Thủ tướng …; update paragraph 1 here, then run ./brief stamp"
                + " 2025-10-26-asean-us-summit --lang en"), r.toString());
    }

    @Test
    void outsideGitTheWarningIsGivenWithoutTheChange() throws IOException {
        Path root = SiteFixture.copyMinimal(tmp.resolve("src"));
        BadInputTest.replace(BadInputTest.A, "Chiều 26/10, Thủ tướng", "Chiều ngày 26/10, Thủ tướng").apply(root);
        Run r = SiteFixture.run("check", "--source", root.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.all().contains("    = hint: update paragraph 1 here, then run ./brief stamp 2025-10-26-asean-us-summit --lang en"),
                r.toString());
    }

    @Test
    void anUnstampedTranslationIsListedAsUnknownByTheTranslationReport() throws IOException {
        Path root = SiteFixture.copyMinimal(tmp.resolve("src"));
        BadInputTest.transform(BadInputTest.BE, x -> x.replaceAll("translated_from: .*\n", "").getBytes(StandardCharsets.UTF_8))
                .apply(root);
        Run r = SiteFixture.run("check", "--source", root.toString(), "--translations");
        assertTrue(r.out().contains("  unknown      2025-10-29-apec-meeting  (unknown (freshness unknown, never stamped:"
                + " check it, then run ./brief stamp 2025-10-29-apec-meeting --lang en))"), r.toString());
        assertTrue(r.out().contains("  1 translated, 0 outdated, 1 unknown, 0 missing"), r.toString());
    }

    @Test
    void stampingAfterCheckingMakesTheTranslationFresh() throws IOException {
        Path root = SiteFixture.copyMinimal(tmp.resolve("src"));
        BadInputTest.transform(BadInputTest.BE, x -> x.replaceAll("translated_from: .*\n", "").getBytes(StandardCharsets.UTF_8))
                .apply(root);
        assertEquals(1, SiteFixture.run("check", "--source", root.toString(), "--strict").exit());
        assertEquals(0, SiteFixture.run("stamp", "2025-10-29-apec-meeting", "--lang", "en", "--source", root.toString()).exit());
        Run r = SiteFixture.run("check", "--source", root.toString(), "--strict");
        assertEquals(0, r.exit(), r.toString());
    }

    @Test
    void aFailedAnnotationFileIsTheFirstThingSaidAndWhatFollowsIsSummedUp() throws IOException {
        Path root = SiteFixture.copyMinimal(tmp.resolve("src"));
        Files.writeString(root.resolve("content/leaders.yaml"), "", StandardCharsets.UTF_8);
        // An unrelated error in a file that sorts before content/leaders.yaml.
        BadInputTest.replace(BadInputTest.B, "(summit:asean-us-13)", "(summit:asean-us-31)").apply(root);
        Run r = SiteFixture.run("check", "--source", root.toString());
        assertEquals(1, r.exit(), r.toString());
        List<String> headlines = r.all().lines().filter(l -> l.startsWith("content/") && !l.contains(": note: ")).toList();
        assertEquals(List.of(
                "content/leaders.yaml:1:1: error: the file is empty",
                "content/leaders.yaml:1:1: error: 9 references to leaders fail because content/leaders.yaml is empty",
                BadInputTest.B + ":12:61: error: unknown summit 'asean-us-31'"), headlines, r.toString());
        assertTrue(r.err().contains("check failed: 3 errors, 0 warnings"), r.toString());
    }

    private static int git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
