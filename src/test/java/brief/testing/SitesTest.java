package brief.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inline test sites themselves: how a txtar block becomes files, and what a build of one shows. */
class SitesTest {
    @TempDir
    Path dir;

    @Test
    void eachMarkerStartsAFileThatRunsToTheNextAndLeadingTextIsAComment() {
        Map<String, String> files = Sites.parseTxtar("""
                A comment about the site.
                -- content/a.yaml --
                a: 1

                -- content/b.md --
                b
                """);
        assertEquals(Map.of("content/a.yaml", "a: 1\n\n", "content/b.md", "b\n"), files);
        assertEquals(List.of("content/a.yaml", "content/b.md"), List.copyOf(files.keySet()));
    }

    @Test
    void aFileNamedTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Sites.parseTxtar("-- a --\n-- a --\n"));
    }

    @Test
    void aSiteOfOneArticleBuildsWithTheDefaultSiteYamlAndTheme() {
        Sites.Built built = Sites.site(dir, """
                -- content/articles/2025-03-01-hop-tac/vi.md --
                ---
                title: "Hợp tác kinh tế"
                date: "2025-03-01"
                outlet: TTXVN
                ---
                Hai bên thúc đẩy hợp tác.
                -- content/articles/2025-03-01-hop-tac/en.md --
                ---
                title: "Economic cooperation"
                ---
                The two sides promote cooperation.
                """).build();
        assertEquals(0, built.run().exit(), built.run().toString());
        Document en = built.page("en/articles/economic-cooperation/");
        assertEquals("Economic cooperation", en.selectFirst("h1").text());
        assertEquals(Sites.BASE_URL + "en/articles/economic-cooperation/", en.location());
        assertEquals(List.of(), built.errors());
        assertEquals(List.of("content/articles/2025-03-01-hop-tac/en.md:1:1: warning: freshness unknown: the translation"
                + " was never stamped (no 'translated_from'), so a change to its source would go unnoticed",
                "content/site.yaml:2:11: warning: base_url is still the example address 'https://example.org/briefings/':"
                + " feeds, the sitemap and shared links will point there"), built.warnings());
    }

    @Test
    void anUnknownSummitIsAnErrorWhereItIsWritten() {
        Sites.Built built = Sites.site(dir, """
                -- content/articles/2025-03-01-hop-tac/vi.md --
                ---
                title: "Hợp tác kinh tế"
                date: "2025-03-01"
                outlet: TTXVN
                summits: [apec-99]
                ---
                Hai bên thúc đẩy hợp tác.
                -- content/articles/2025-03-01-hop-tac/en.md --
                ---
                title: "Economic cooperation"
                ---
                The two sides promote cooperation.
                """).build();
        assertEquals(1, built.run().exit());
        assertEquals(List.of("content/articles/2025-03-01-hop-tac/vi.md:5:11: error: unknown summit 'apec-99'"), built.errors());
        assertTrue(built.run().hasLine("    = hint: define it in content/summits.yaml"), built.run().toString());
        assertEquals(List.of(), built.files("html"), "nothing is written");
    }

    @Test
    void anEditedSourceIsWhatTheNextCheckReadsAndAnEditOfAbsentTextFails() {
        Sites.Site site = Sites.site(dir, """
                -- content/leaders.yaml --
                - id: le-van-a
                  name: {vi: "Lê Văn A", en: "Le Van A"}
                  country: VN
                  roles:
                    - title: {vi: "Bộ trưởng", en: "Minister"}
                      from: "2021-04-08"
                """);
        assertEquals(List.of(), site.check().errors());
        site.replace("content/leaders.yaml", "country: VN", "country: VNM");
        assertEquals(1, site.check().errors().size(), site.check().run().toString());
        assertTrue(site.check().errors().get(0).startsWith("content/leaders.yaml:3:12: error: "), site.check().errors().toString());
        assertThrows(AssertionError.class, () -> site.replace("content/leaders.yaml", "country: XX", "country: VN"));
    }
}
