package brief.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.load.Loader;
import brief.content.Article;
import brief.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serve mode's incremental load and check: an edit re-reads only its files and re-checks only the articles
 * whose inputs changed, and still reports what a clean check reports.
 */
class ArticleChecksTest {
    static final String ARTICLE = "2025-10-26-asean-us-summit-13";

    @TempDir
    Path dir;

    @Test
    void anEditReparsesAndRechecksOnlyWhatItChanged() throws IOException {
        SiteFixture.copyTree(Path.of("content"), dir.resolve("content"));
        SiteFixture.copyTree(SiteFixture.THEME, dir.resolve("themes").resolve("default"));
        Loader loader = new Loader();
        ArticleChecks cache = new ArticleChecks();
        Validator validator = new Validator(cache);

        Diagnostics d0 = Diagnostics.forSource(dir);
        Loader.Snapshot first = loader.loadSnapshot(dir, d0).orElseThrow();
        validator.validate(first.sources(), d0);
        int n = first.sources().articles().size();
        assertEquals(n, cache.lastRechecked(), "the first check checks every article");

        // One article's translation: only it is parsed and checked again.
        Path en = dir.resolve("content/articles").resolve(ARTICLE).resolve("en.md");
        Files.writeString(en, Files.readString(en).replace("highly appreciated", "warmly appreciated"));
        Diagnostics d1 = Diagnostics.forSource(dir);
        Loader.Snapshot second = loader.reload(first, Set.of(dir.relativize(en)), d1).orElseThrow();
        validator.validate(second.sources(), d1);
        assertEquals(1, cache.lastRechecked());
        Map<String, Article> before = byId(first);
        for (Article a : second.sources().articles()) {
            if (a.id().equals(ARTICLE)) assertNotSame(before.get(a.id()), a, "the edited article is parsed again");
            else assertSame(before.get(a.id()), a, "an unchanged article is reused: " + a.id());
        }
        assertEquals(clean(), d1.all());

        // A leader's bio: the articles annotated with that leader are checked again, and no other.
        Path leaders = dir.resolve("content/leaders.yaml");
        Files.writeString(leaders, Files.readString(leaders).replace("Donald Trump was born in 1946", "Donald Trump, born in 1946"));
        Diagnostics d2 = Diagnostics.forSource(dir);
        Loader.Snapshot third = loader.reload(second, Set.of(dir.relativize(leaders)), d2).orElseThrow();
        validator.validate(third.sources(), d2);
        long naming = third.sources().articles().stream()
                .filter(a -> a.source().leaders().stream().anyMatch(r -> r.id().equals("donald-trump"))).count();
        assertTrue(naming > 0 && naming < n, "the fixture has articles with and without the leader: " + naming);
        assertEquals(naming, cache.lastRechecked());
        assertEquals(clean(), d2.all());
    }

    /** What `brief check` reports on the folder now. */
    private java.util.List<brief.diag.Diagnostic> clean() {
        Diagnostics d = Diagnostics.forSource(dir);
        new brief.build.Pipeline().run(brief.build.Pipeline.Options.check(dir), d).checked();
        return d.all();
    }

    private static Map<String, Article> byId(Loader.Snapshot s) {
        return s.sources().articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }
}
