package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.plan.PageKey;
import brief.testing.Sites;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which pages an edit renders, counted page by page (Hugo's AssertRenderCountPage is the model): the page plan
 * says what each page reads, and an edit renders exactly the pages that read what it changed. After each edit
 * the site equals a clean build.
 */
class RenderCountTest {
    static final String LEADERS = """
            - id: bui-thanh-son
              name: {vi: Bùi Thanh Sơn, en: Bui Thanh Son}
              country: VN
            - id: takeshi-iwaya
              name: Takeshi Iwaya
              country: JP
            """;
    static final String SUMMITS = """
            - id: mekong-japan-fmm-16
              name: {vi: Hội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần thứ 16, en: 16th Mekong–Japan Foreign Ministers' Meeting}
              start: "2025-07-10"
              city: Kuala Lumpur
              country: MY
              participants: [bui-thanh-son, takeshi-iwaya]
            - id: apec-2025
              name: {vi: Tuần lễ Cấp cao APEC 2025, en: APEC Economic Leaders' Week 2025}
              start: "2025-10-27"
              city: Gyeongju
              country: KR
            """;
    static final String MEKONG_VI = """
            ---
            title: "Hội nghị Mekong - Nhật Bản"
            date: "2025-07-10"
            outlet: ĐNO
            summits: [mekong-japan-fmm-16]
            leaders: [bui-thanh-son]
            ---
            Bộ trưởng Bùi Thanh Sơn dự Hội nghị tại Kuala Lumpur.

            Hội nghị thông qua tuyên bố chung.
            """;
    static final String MEKONG_EN = """
            ---
            title: "Mekong–Japan meeting"
            ---
            Minister Bui Thanh Son attended the meeting in Kuala Lumpur.

            The meeting adopted a joint statement.
            """;
    static final String APEC_VI = """
            ---
            title: "Tuần lễ APEC"
            date: "2025-10-27"
            outlet: ĐNO
            summits: [apec-2025]
            ---
            Tuần lễ Cấp cao APEC khai mạc tại Gyeongju.
            """;

    @TempDir
    Path dir;
    IncrementalBuilder builder;

    @BeforeEach
    void build() {
        Sites.writeSite(dir, "content/site.yaml", Sites.TWO_LANGUAGE_SITE_YAML, "content/leaders.yaml", LEADERS,
                "content/summits.yaml", SUMMITS, "content/articles/mekong/vi.md", MEKONG_VI,
                "content/articles/mekong/en.md", MEKONG_EN, "content/articles/apec/vi.md", APEC_VI);
        builder = new IncrementalBuilder(dir, false);
        assertTrue(builder.buildAll().ok());
    }

    @Test
    void editingOneArticlesBodyRendersItsLanguagePagesAndItsFeedsNotItsSummitPage() {
        Set<String> rendered = edit("content/articles/mekong/en.md", "adopted a joint statement", "adopted a joint declaration");
        assertEquals(Set.of("article en mekong", "article vi mekong", "feed en ", "feed vi ",
                "feed en mekong-japan-fmm-16", "feed vi mekong-japan-fmm-16"), rendered);
    }

    @Test
    void editingAnArticlesTitleRendersTheListsThatShowItButNotTheOtherSummit() {
        Set<String> rendered = edit("content/articles/mekong/en.md", "title: \"Mekong–Japan meeting\"",
                "title: \"The Mekong–Japan meeting\"");
        assertTrue(rendered.containsAll(Set.of("home en ", "articles en ", "summit en mekong-japan-fmm-16",
                "leader en bui-thanh-son", "chronology en ")), rendered.toString());
        assertFalse(rendered.contains("summit en apec-2025"), rendered.toString());
        assertFalse(rendered.contains("leader en takeshi-iwaya"), rendered.toString());
    }

    @Test
    void editingATemplateRendersOnlyThePagesThatUseIt() {
        Set<String> rendered = edit("themes/default/templates/leader.peb", "{% block content %}",
                "{% block content %}<p class=\"edited\">edited</p>");
        assertEquals(Set.of("leader en bui-thanh-son", "leader vi bui-thanh-son", "leader en takeshi-iwaya",
                "leader vi takeshi-iwaya"), rendered);
    }

    @Test
    void aLeaderRenamedAfterAnEditOfAnotherFieldStillRelabelsTheChronologysFilters() {
        // The first edit leaves the chronology's filters as they were, and the next plan takes them over.
        Set<String> first = edit("content/leaders.yaml", "country: VN", "country: VN\n  bio: {vi: Bộ trưởng., en: Minister.}");
        assertFalse(first.contains("chronology en "), first.toString());
        Set<String> renamed = edit("content/leaders.yaml", "en: Bui Thanh Son}", "en: Bùi Thanh Sơn}");
        assertTrue(renamed.containsAll(Set.of("chronology en ", "chronology en oldest-first",
                "chronology-filter en leader:bui-thanh-son")), renamed.toString());
    }

    @Test
    void editingALeadersNameRendersThePagesThatShowTheLeader() {
        Set<String> rendered = edit("content/leaders.yaml", "name: Takeshi Iwaya", "name: Iwaya Takeshi");
        assertTrue(rendered.containsAll(Set.of("leader en takeshi-iwaya", "leader vi takeshi-iwaya", "leaders en ",
                "summit en mekong-japan-fmm-16", "briefing vi mekong-japan-fmm-16")), rendered.toString());
        // Article pages link the names their text mentions, so they read every leader's name; lists of articles
        // and the other summit do not show him.
        assertFalse(rendered.contains("summit en apec-2025"), rendered.toString());
        assertFalse(rendered.contains("home en "), rendered.toString());
        assertFalse(rendered.contains("articles en "), rendered.toString());
        assertFalse(rendered.contains("leader en bui-thanh-son"), rendered.toString());
    }

    @Test
    void editingALeadersCountryRendersThePagesThatShowTheLeaderButNoArticleThatDoesNotNameHim() {
        Set<String> rendered = edit("content/leaders.yaml", "country: JP", "country: KR");
        assertTrue(rendered.containsAll(Set.of("leader en takeshi-iwaya", "leader vi takeshi-iwaya", "leaders en ",
                "summit en mekong-japan-fmm-16")), rendered.toString());
        // The names article texts link are unchanged: no article page reads his country.
        assertFalse(rendered.contains("article en mekong"), rendered.toString());
        assertFalse(rendered.contains("article vi apec"), rendered.toString());
    }

    @Test
    void editingTheTitleOfAnArticleOlderThanTheHomePagesListRendersNeitherTheHomePageNorTheSiteFeeds() {
        // Eleven newer briefings: the home page lists the newest ten, the site's feeds print the newest fifty.
        for (int i = 1; i <= 11; i++) {
            Sites.writeSite(dir, "content/articles/n%02d/vi.md".formatted(i), """
                    ---
                    title: "Bản tin %d"
                    date: "2025-11-%02d"
                    outlet: ĐNO
                    ---
                    Bản tin số %d.
                    """.formatted(i, i, i));
        }
        builder = new IncrementalBuilder(dir, false);
        assertTrue(builder.buildAll().ok());
        Set<String> rendered = edit("content/articles/mekong/en.md", "title: \"Mekong–Japan meeting\"",
                "title: \"The Mekong–Japan meeting\"");
        assertTrue(rendered.containsAll(Set.of("articles en ", "summit en mekong-japan-fmm-16")), rendered.toString());
        assertFalse(rendered.contains("home en "), rendered.toString());
        assertFalse(rendered.contains("home vi "), rendered.toString());
        // Its summit's feed and the site's feeds (the newest fifty: it is the thirteenth) print it.
        assertTrue(rendered.containsAll(Set.of("feed en mekong-japan-fmm-16", "feed en ")), rendered.toString());
    }

    /** Edits a file, rebuilds, checks the result against a clean build, and names the pages rendered. */
    private Set<String> edit(String file, String from, String to) {
        Sites.replaceIn(dir.resolve(file), from, to);
        IncrementalBuilder.Outcome o = builder.build(Set.of(Path.of(file)));
        assertTrue(o.ok(), o.errors().toString());
        IncrementalBuilder.Outcome clean = new IncrementalBuilder(dir, false).buildAll();
        IncrementalBuilderTest.assertSame(clean.site().files(), o.site().files(), "after editing " + file);
        assertEquals(o.pages().size(), new TreeSet<>(o.pages().stream().map(RenderCountTest::name).toList()).size(),
                "no page is rendered twice");
        return o.pages().stream().map(RenderCountTest::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String name(PageKey k) {
        return k.kind().label + " " + k.lang() + " " + k.id();
    }

}
