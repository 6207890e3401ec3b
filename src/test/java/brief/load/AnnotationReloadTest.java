package brief.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.annotations.AnnotationLoader;
import brief.annotations.Leader;
import brief.diag.Diagnostic;
import brief.diag.Diagnostics;
import brief.testing.Sites;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After an edit to leaders.yaml the loader parses only the entries whose text changed, and reports what a
 * clean load of the edited file reports, at the same positions.
 */
class AnnotationReloadTest {
    private static final String LEADERS = """
            # Leaders named in the briefings.
            - id: luong-cuong
              name: {vi: Lương Cường, en: Luong Cuong}
              country: VN
              bio: {vi: "Chủ tịch nước.", en: "President of Viet Nam."}

            - id: donald-trump
              name: Donald Trump
              country: US
              bio: {vi: "Tổng thống Hoa Kỳ.", en: "President of the United States."}
            # A comment between entries stays with the entry above it.
            - id: anthony-albanese
              name: Anthony Albanese
              country: AU
            """;

    @TempDir Path dir;

    private final Loader loader = new Loader();

    private Path site() {
        return Sites.writeSite(dir, "content/site.yaml", Sites.TWO_LANGUAGE_SITE_YAML, "content/leaders.yaml", LEADERS);
    }

    private Loader.Snapshot load(Loader.Since since, Diagnostics diags) {
        return loader.load(dir, since, diags).orElseThrow();
    }

    private Loader.Snapshot reload(Loader.Snapshot last, Diagnostics diags) {
        return load(new Loader.Changed(last, Set.of(AnnotationLoader.LEADERS)), diags);
    }

    @Test
    void anEditToOneLeaderParsesThatEntryAloneAndKeepsTheOthers() {
        site();
        Loader.Snapshot before = load(Loader.EVERYTHING, Diagnostics.forSource(dir));
        Sites.replaceIn(dir.resolve("content/leaders.yaml"), "President of the United States.", "The 47th president.");
        Loader.Snapshot after = reload(before, Diagnostics.forSource(dir));

        List<AnnotationLoader.Entry> was = before.annotationsRead().get(AnnotationLoader.LEADERS).entries();
        List<AnnotationLoader.Entry> is = after.annotationsRead().get(AnnotationLoader.LEADERS).entries();
        assertEquals(3, is.size());
        assertSame(was.get(0), is.get(0), "the first entry, with the file's leading comment, is kept");
        assertNotSame(was.get(1), is.get(1), "the edited entry is parsed again");
        assertSame(was.get(2), is.get(2), "the entry after it is kept");
        List<Leader> leaders = after.sources().annotations().leaders();
        assertSame(before.sources().annotations().leaders().get(0), leaders.get(0));
        assertEquals("The 47th president.", leaders.get(1).bio().in("en").orElseThrow());
        assertEquals(new brief.diag.SourcePos(AnnotationLoader.LEADERS, 7, 3), leaders.get(1).pos());
    }

    @Test
    void anEditThatMovesLinesParsesTheEntriesBelowItAgainAtTheirNewLines() {
        site();
        Loader.Snapshot before = load(Loader.EVERYTHING, Diagnostics.forSource(dir));
        Sites.replaceIn(dir.resolve("content/leaders.yaml"), "  country: VN\n", "  country: VN\n  aliases: {vi: [Chủ tịch Lương Cường]}\n");
        Loader.Snapshot after = reload(before, Diagnostics.forSource(dir));

        List<Leader> leaders = after.sources().annotations().leaders();
        assertEquals(List.of("Chủ tịch Lương Cường"), leaders.get(0).aliases().get("vi"));
        assertEquals(8, leaders.get(1).pos().line());
        assertEquals(13, leaders.get(2).pos().line());
        assertEquals(clean().sources().annotations(), after.sources().annotations());
    }

    @Test
    void aSyntaxErrorInAnEditedEntryIsReportedWhereACleanLoadReportsIt() {
        site();
        Loader.Snapshot before = load(Loader.EVERYTHING, Diagnostics.forSource(dir));
        // A quote left open in the second entry runs on through the third in the whole file: the error is where the
        // whole file's reading puts it, not where the entry read alone would.
        Sites.replaceIn(dir.resolve("content/leaders.yaml"), "en: \"President of the United States.\"",
                "en: \"President of the United States.");
        Diagnostics diags = Diagnostics.forSource(dir);
        loader.load(dir, new Loader.Changed(before, Set.of(AnnotationLoader.LEADERS)), diags);
        Diagnostics clean = Diagnostics.forSource(dir);
        loader.load(dir, Loader.EVERYTHING, clean);

        assertEquals(clean.all(), diags.all());
        Diagnostic first = diags.all().get(0);
        assertEquals("content/leaders.yaml:10:39: error: YAML syntax: while scanning a quoted scalar: found unexpected end of stream",
                first.headline());
    }

    @Test
    void anEntryWithAnUnknownKeyKeepsItsWarningWhenAnotherEntryIsEdited() {
        site();
        Sites.replaceIn(dir.resolve("content/leaders.yaml"), "  country: AU\n", "  country: AU\n  contry: AU\n");
        Diagnostics first = Diagnostics.forSource(dir);
        Loader.Snapshot before = load(Loader.EVERYTHING, first);
        Sites.replaceIn(dir.resolve("content/leaders.yaml"), "Chủ tịch nước.", "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam.");
        Diagnostics again = Diagnostics.forSource(dir);
        reload(before, again);

        assertTrue(again.all().stream().anyMatch(d -> d.headline().startsWith("content/leaders.yaml:15:3: error: unknown key 'contry'")),
                again.all().toString());
        Diagnostics clean = Diagnostics.forSource(dir);
        loader.load(dir, Loader.EVERYTHING, clean);
        assertEquals(clean.all(), again.all());
    }

    private Loader.Snapshot clean() {
        return new Loader().load(dir, Loader.EVERYTHING, Diagnostics.forSource(dir)).orElseThrow();
    }
}
