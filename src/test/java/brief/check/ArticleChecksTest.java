package brief.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.load.Loader;
import brief.content.Article;
import brief.diag.Diagnostics;
import brief.testing.Sites;
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

    /** Three articles, two of them annotated with the leader whose biography the test edits. */
    static final String SITE = """
            -- content/leaders.yaml --
            - id: donald-trump
              name: {vi: "Donald Trump", en: "Donald Trump"}
              country: US
              roles:
                - title: {vi: "Tổng thống Hoa Kỳ", en: "President of the United States"}
                  from: "2025-01-20"
              bio:
                vi: "Ông Donald Trump sinh năm 1946 tại New York."
                en: "Donald Trump was born in 1946 in New York."
            -- content/articles/2025-10-26-asean-us-summit-13/vi.md --
            ---
            title: "Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13"
            date: "2025-10-26"
            outlet: TTXVN
            leaders: [donald-trump]
            ---
            Lãnh đạo ASEAN đánh giá cao vai trò của Hoa Kỳ.
            -- content/articles/2025-10-26-asean-us-summit-13/en.md --
            ---
            title: "13th ASEAN–US Summit"
            ---
            ASEAN leaders highly appreciated the role of the United States.
            -- content/articles/2025-10-26-pm-meets-trump/vi.md --
            ---
            title: "Thủ tướng gặp Tổng thống Donald Trump"
            date: "2025-10-26"
            outlet: TTXVN
            leaders: [donald-trump]
            ---
            Thủ tướng gặp Tổng thống Donald Trump.
            -- content/articles/2025-10-26-pm-meets-trump/en.md --
            ---
            title: "Prime Minister meets President Donald Trump"
            ---
            The Prime Minister met President Donald Trump.
            -- content/articles/2025-07-10-amm-58/vi.md --
            ---
            title: "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58"
            date: "2025-07-10"
            outlet: TTXVN
            ---
            Hội nghị khai mạc tại Kuala Lumpur.
            -- content/articles/2025-07-10-amm-58/en.md --
            ---
            title: "58th ASEAN Foreign Ministers' Meeting"
            ---
            The meeting opened in Kuala Lumpur.
            """;

    @TempDir
    Path dir;

    @Test
    void anEditReparsesAndRechecksOnlyWhatItChanged() throws IOException {
        Sites.site(dir, SITE);
        Loader loader = new Loader();
        ArticleChecks cache = new ArticleChecks();
        Validator validator = new Validator(cache);

        Diagnostics d0 = Diagnostics.forSource(dir);
        Loader.Snapshot first = loader.load(dir, Loader.EVERYTHING, d0).orElseThrow();
        validator.validate(first.sources(), d0);
        int n = first.sources().articles().size();
        assertEquals(n, cache.lastRechecked(), "the first check checks every article");

        // One article's translation: only it is parsed and checked again.
        Path en = dir.resolve("content/articles").resolve(ARTICLE).resolve("en.md");
        Files.writeString(en, Files.readString(en).replace("highly appreciated", "warmly appreciated"));
        Diagnostics d1 = Diagnostics.forSource(dir);
        Loader.Snapshot second = loader.load(dir, new Loader.Changed(first, Set.of(dir.relativize(en))), d1).orElseThrow();
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
        Loader.Snapshot third = loader.load(dir, new Loader.Changed(second, Set.of(dir.relativize(leaders))), d2).orElseThrow();
        validator.validate(third.sources(), d2);
        long naming = third.sources().articles().stream()
                .filter(a -> a.source().leaders().stream().anyMatch(r -> r.id().equals("donald-trump"))).count();
        assertTrue(naming > 0 && naming < n, "the fixture has articles with and without the leader: " + naming);
        assertEquals(naming, cache.lastRechecked());
        assertEquals(clean(), d2.all());
    }

    /**
     * The cache is keyed by content, not by object: a file saved again unchanged is read again into a new article
     * object, equal to the last, and nothing is checked again.
     */
    @Test
    void anArticleReadAgainUnchangedIsNotCheckedAgain() throws IOException {
        Sites.site(dir, SITE);
        Loader loader = new Loader();
        ArticleChecks cache = new ArticleChecks();
        Validator validator = new Validator(cache);
        Loader.Snapshot first = loader.load(dir, Loader.EVERYTHING, Diagnostics.forSource(dir)).orElseThrow();
        validator.validate(first.sources(), Diagnostics.forSource(dir));

        Path en = dir.resolve("content/articles").resolve(ARTICLE).resolve("en.md");
        Files.writeString(en, Files.readString(en));
        Diagnostics d = Diagnostics.forSource(dir);
        Loader.Snapshot again = loader.load(dir, new Loader.Changed(first, Set.of(dir.relativize(en))), d).orElseThrow();
        validator.validate(again.sources(), d);
        Article before = byId(first).get(ARTICLE);
        Article after = byId(again).get(ARTICLE);
        assertNotSame(before, after, "the saved article is read again");
        assertEquals(before, after, "and equals the one before");
        assertEquals(0, cache.lastRechecked(), "an equal article keeps its findings");
        assertEquals(clean(), d.all());
    }

    /**
     * The reference and link rules look only at what an edit changed: an edited article, and the articles whose
     * anchored links point at it (counted, not timed); the findings still equal a clean check's.
     */
    @Test
    void anEditLooksAgainOnlyAtTheEditedArticleAndThoseLinkingToIt() throws IOException {
        Sites.site(dir, SITE + """
                -- content/articles/2025-07-11-amm-58-outcome/vi.md --
                ---
                title: "Kết quả Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58"
                date: "2025-07-11"
                outlet: TTXVN
                ---
                Xem [đoạn thứ hai](article:2025-07-10-amm-58#p-2).
                -- content/articles/2025-07-11-amm-58-outcome/en.md --
                ---
                title: "Outcome of the 58th ASEAN Foreign Ministers' Meeting"
                ---
                See [the second paragraph](article:2025-07-10-amm-58#p-2).
                """);
        Path amm = dir.resolve("content/articles/2025-07-10-amm-58");
        Files.writeString(amm.resolve("vi.md"), Files.readString(amm.resolve("vi.md")) + "\nCác bộ trưởng ra tuyên bố chung.\n");
        Files.writeString(amm.resolve("en.md"), Files.readString(amm.resolve("en.md")) + "\nThe ministers issued a joint statement.\n");
        Loader loader = new Loader();
        ArticleChecks cache = new ArticleChecks();
        Validator validator = new Validator(cache);
        Diagnostics d0 = Diagnostics.forSource(dir);
        Loader.Snapshot last = loader.load(dir, Loader.EVERYTHING, d0).orElseThrow();
        validator.validate(last.sources(), d0);
        assertEquals(4, cache.lastReferencesChecked(), "the first check looks at every article");
        assertEquals(clean(), d0.all());

        // An article no other links to: it alone is looked at, twice in a row.
        Path pm = dir.resolve("content/articles/2025-10-26-pm-meets-trump/en.md");
        for (String words : new String[] {"met with", "held talks with"}) {
            Files.writeString(pm, Files.readString(pm).replaceFirst("met( with)?|held talks with", words));
            Diagnostics d = Diagnostics.forSource(dir);
            last = loader.load(dir, new Loader.Changed(last, Set.of(dir.relativize(pm))), d).orElseThrow();
            validator.validate(last.sources(), d);
            assertEquals(1, cache.lastRechecked());
            assertEquals(1, cache.lastReferencesChecked(), "only the edited article: " + words);
            assertEquals(1, validator.annotationRuns(), "no annotation quotes it: the annotation rules do not run again");
            assertEquals(clean(), d.all());
        }

        // The linked article loses its second paragraph: it and the one linking to it, whose link now breaks.
        Files.writeString(amm.resolve("en.md"), Files.readString(amm.resolve("en.md")).replace("The ministers issued a joint statement.\n", ""));
        Files.writeString(amm.resolve("vi.md"), Files.readString(amm.resolve("vi.md")).replace("Các bộ trưởng ra tuyên bố chung.\n", ""));
        Diagnostics d = Diagnostics.forSource(dir);
        last = loader.load(dir, new Loader.Changed(last, Set.of(dir.relativize(amm.resolve("en.md")),
                dir.relativize(amm.resolve("vi.md")))), d).orElseThrow();
        validator.validate(last.sources(), d);
        assertEquals(2, cache.lastReferencesChecked());
        assertTrue(d.all().stream().anyMatch(x -> x.headline().equals("content/articles/2025-07-11-amm-58-outcome/en.md:4:5: "
                + "error: link to article '2025-07-10-amm-58#p-2': no such anchor in that article")), d.all().toString());
        assertEquals(clean(), d.all());
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
