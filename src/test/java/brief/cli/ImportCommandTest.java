package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.diag.ExitCode;
import brief.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brief import} as a staffer meets it: what it says it did is what it did. */
class ImportCommandTest {
    static final Path WIRE = Sites.projectRoot().resolve("src/test/resources/wire/vn-au-fmm-6.txt");

    @Test
    void aRefusedImportPrintsTheErrorAloneWithNoArrowAndNoDecisions(@TempDir Path dir) throws Exception {
        Path root = Sites.site(dir, "").root();
        Path wire = dir.resolve("no-date.txt");
        Files.writeString(wire, "Tiêu đề\n\nMột đoạn văn.\n");
        Sites.Run r = Sites.brief("import", wire.toString(), "--source", root.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertEquals(wire + ": error: the text has no date line; run again with --date YYYY-MM-DD\n", r.err());
    }

    @Test
    void aDryRunSaysNothingWasWrittenAndWritesNothing(@TempDir Path dir) throws Exception {
        Path root = Sites.site(dir, """
                -- content/leaders.yaml --
                - id: bui-thanh-son
                  name: {vi: "Bùi Thanh Sơn", en: "Bui Thanh Son"}
                  country: VN
                  roles:
                    - title: {vi: "Bộ trưởng Bộ Ngoại giao", en: "Minister of Foreign Affairs"}
                      from: "2021-04-08"
                """).root();
        var before = Sites.hashes(root.resolve("content"));
        Sites.Run r = Sites.brief("import", WIRE.toString(), "--dry-run", "--source", root.toString());
        assertEquals(0, r.exit(), r.all());
        assertEquals(before, Sites.hashes(root.resolve("content")));
        assertTrue(r.out().startsWith(WIRE + ": nothing written (--dry-run); it would write"
                + " content/articles/2025-03-05-viet-nam-australia-6/vi.md:\n"
                + "  id:       2025-03-05-viet-nam-australia-6 (proposed: the date and the meeting)\n"
                + "  title:    \"Bộ trưởng Ngoại giao Bùi Thanh Sơn dự Hội nghị Bộ trưởng Ngoại giao Việt Nam - Australia lần thứ 6\""
                + " (proposed)\n"), r.out());
        assertTrue(r.out().contains("  decided: removed 2 non-breaking spaces (empty lines and line ends made of them)\n"), r.out());
        assertTrue(r.out().contains("  decided: dropped page boilerplate: \"Bình luận\"\n"), r.out());
        assertFalse(r.out().lines().filter(l -> l.startsWith("  title:")).findFirst().orElseThrow().contains("…"),
                "the proposed title is not a sentence cut with '…'");
    }

    @Test
    void theSameTextImportedUnderAnotherIdIsWarnedAbout(@TempDir Path dir) throws Exception {
        // The real content: its article is this seed as imported and edited by staff.
        Path root = Sites.copyRealSite(dir);
        Path seed = Sites.SEEDS.resolve("000_527f1a0ee52fb5c9.txt");
        Sites.Run r = Sites.brief("import", seed.toString(), "--id", "2025-10-26-again", "--source", root.toString());
        assertEquals(0, r.exit(), r.all());
        assertEquals(seed + ": warning: the same text was already imported as"
                + " content/articles/2025-10-26-asean-us-summit-13/vi.md (9 of 9 paragraphs are the same);"
                + " remove one of the two before you publish\n", r.err());
        assertTrue(r.out().startsWith("wrote content/articles/2025-10-26-again/vi.md from " + seed + "\n"), r.out());
    }

    @Test
    void aMistypedKindOfNewGetsTheNearest() {
        Sites.Run r = Sites.brief("new", "artcle");
        assertEquals(ExitCode.USAGE.code(), r.exit());
        assertTrue(r.err().startsWith("error: unknown command 'artcle'; did you mean 'article'?\n"), r.err());
    }
}
