package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import brief.build.Pipeline;
import brief.diag.Diagnostics;
import brief.plan.Page;
import brief.plan.PageKey;
import brief.plan.PageKind;
import brief.output.RenderedPage;
import brief.testing.Sites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental rebuilds render fewer pages yet give exactly the site a clean build gives. */
class IncrementalBuilderTest {
    @TempDir
    Path dir;

    @Test
    void afterASequenceOfEditsTheIncrementalSiteEqualsACleanBuildByteForByte() throws IOException {
        IncrementalBuilder b = builtCopy();
        Path art = article();
        Path en = art.resolve("en.md");
        Path vi = art.resolve("vi.md");

        IncrementalBuilder.Outcome body = edit(b, en, "ASEAN leaders highly appreciated the role", "ASEAN leaders warmly appreciated the role");
        assertTrue(body.rendered() < body.total() / 2,
                "a body edit renders only the pages that depend on the article: " + body.rendered() + " of " + body.total());
        assertEquals(ownPagesAndFeeds(b, ServeSupport.ARTICLE), new java.util.TreeSet<>(keys(body)), "a body edit");

        edit(b, en, "title: \"Prime Minister Pham Minh Chinh attends 13th ASEAN–US Summit\"",
                "title: \"Prime Minister Pham Minh Chinh at the 13th ASEAN–US Summit\"");
        edit(b, vi, "leaders: [pham-minh-chinh, donald-trump]", "leaders: [pham-minh-chinh]");
        IncrementalBuilder.Outcome moved = edit(b, vi, "summits: [asean-us-13]", "summits: [asean-us-12]");
        for (String su : List.of("asean-us-13", "asean-us-12")) {
            for (String l : List.of("vi", "en")) {
                assertTrue(moved.pages().contains(new PageKey(PageKind.SUMMIT, su, l)), "moved: the summit it left and joined " + su);
            }
        }
        edit(b, dir.resolve("themes/default/templates/article.peb"), "{% block content %}",
                "{% block content %}<p class=\"edited\">edited article template</p>");
        edit(b, dir.resolve("themes/default/templates/base.peb"), "</head>", "<meta name=\"x-edit\" content=\"1\">\n</head>");
        edit(b, dir.resolve("content/summits.yaml"), "en: \"13th ASEAN–US Summit\"", "en: \"The 13th ASEAN–US Summit\"");
        // A leader's bio: that leader's pages are shown first, every other page follows.
        IncrementalBuilder.Outcome bio = edit(b, dir.resolve("content/leaders.yaml"), "Pham Minh Chinh was born in 1958",
                "Pham Minh Chinh was born in the year 1958");
        assertTrue(bio.rendered() > 2, "a leaders.yaml edit re-renders more than the leader's pages: " + bio.rendered());
        String css = Sites.read(dir.resolve("themes/default/static/style.css"));
        Sites.writeText(dir.resolve("themes/default/static/style.css"), css + "\n/* edited */\n");
        step(b, Set.of(Path.of("themes/default/static/style.css")));
        // The About page comes with the configuration, and its title is in every page's footer.
        edit(b, dir.resolve("content/pages/about/en.md"), "title: About these briefings", "title: About the briefings");

        Path copy = dir.resolve("content/articles/2025-10-27-copy");
        Sites.copyTree(art, copy);
        Sites.replaceIn(copy.resolve("vi.md"), "title: \"", "title: \"Bản sao: ");
        Sites.replaceIn(copy.resolve("en.md"), "title: \"", "title: \"Copy: ");
        step(b, Set.of(dir.relativize(copy.resolve("vi.md")), dir.relativize(copy.resolve("en.md"))));

        edit(b, copy.resolve("vi.md"), "draft: false", "draft: true");
        for (Path p : new TreeSet<>(Set.of(copy.resolve("vi.md"), copy.resolve("en.md")))) Files.delete(p);
        Files.delete(copy);
        step(b, Set.of(dir.relativize(copy.resolve("vi.md")), dir.relativize(copy.resolve("en.md"))));

        // And the same as `brief build` writes.
        Pipeline.Result clean = new Pipeline().run(Pipeline.Options.build(dir), new Diagnostics());
        Map<String, byte[]> pipeline = new TreeMap<>();
        for (RenderedPage p : clean.pages()) pipeline.put(p.path(), p.bytes());
        assertSame(pipeline, b.current().files(), "pipeline build");
    }

    /**
     * Topic pages, the topics index and the related briefings of other articles follow edits to an article's
     * topics and to topics.yaml (a name, so a topic page's URL; a description; a topic no article uses any
     * more, whose page goes and which is noted): after each, the site and the diagnostics equal a clean build's.
     */
    @Test
    void editsToTopicsAndToAnArticlesTopicsEqualACleanBuild() throws IOException {
        IncrementalBuilder b = builtCopy();
        Path vi = article().resolve("vi.md");
        Path topics = dir.resolve("content/topics.yaml");
        edit(b, vi, "topics: [asean-us, trade, security]", "topics: [asean-us, trade, ai]");
        IncrementalBuilder.Outcome unused = checked(b, Set.of(dir.relativize(vi)), true);
        assertTrue(messages(unused).contains("topic 'security' is not used by any article"), messages(unused));
        assertTrue(!b.current().files().containsKey("en/topics/security/index.html"), "an unused topic has no page");
        edit(b, vi, "topics: [asean-us, trade, ai]", "topics: [trade, asean-us, security, ai]");
        checked(b, edit(topics, "name: {vi: Thương mại, en: Trade}", "name: {vi: Thương mại, en: Trade and investment}"), true);
        assertTrue(b.current().files().containsKey("en/topics/trade-and-investment/index.html"), "the page moves with its name");
        checked(b, edit(topics, "en: Regional and maritime security", "en: Regional security"), true);
        IncrementalBuilder.Outcome nameless = checked(b, edit(topics, "name: {vi: An ninh, en: Security}", "name: {vi: An ninh}"), false);
        assertTrue(messages(nameless).contains("has no text in language 'en'"), messages(nameless));
        checked(b, edit(topics, "name: {vi: An ninh}", "name: {vi: An ninh, en: Security}"), true);
        // Another article's summary, which this article's related briefings print.
        Path other = dir.resolve("content/articles/2025-10-26-pm-meets-trump-asean-us-13/vi.md");
        String text = Sites.read(other);
        int at = text.indexOf("summary: \"") + "summary: \"".length();
        edit(b, other, text.substring(at, at + 12), "Mới: " + text.substring(at, at + 12));
    }

    /**
     * An edit to an article's text that no other page shows remakes only its pages, its feeds and the search
     * index; one that changes what other pages show (its summary, which lists print; a new paragraph before a
     * passage a key figure and an event quote, which moves their anchors) plans the whole site. The site equals
     * a clean build after each (see step).
     */
    @Test
    void anEditNoOtherPageShowsRemakesOnlyTheArticlesPagesFeedsAndIndex() throws IOException {
        IncrementalBuilder b = builtCopy();
        Path vi = article().resolve("vi.md");
        Path en = article().resolve("en.md");
        IncrementalBuilder.Outcome sentence = edit(b, en, "ASEAN leaders highly appreciated the role",
                "ASEAN leaders warmly appreciated the role");
        assertEquals(ownPagesAndFeeds(b, ServeSupport.ARTICLE), new java.util.TreeSet<>(keys(sentence)), "a sentence");

        // A paragraph is added to the source and its translation together (one alone would misalign them).
        Sites.replaceIn(vi, "\nPhát biểu tại Hội nghị,", "\nMột đoạn mới.\n\nPhát biểu tại Hội nghị,");
        Sites.replaceIn(en, "\nSpeaking at the Summit,", "\nA new paragraph.\n\nSpeaking at the Summit,");
        IncrementalBuilder.Outcome moved = step(b, Set.of(dir.relativize(vi), dir.relativize(en)));
        assertTrue(moved.pages().containsAll(quoting(b, ServeSupport.ARTICLE)) && !quoting(b, ServeSupport.ARTICLE).isEmpty(),
                "a paragraph before quoted ones renders the pages that quote them: " + moved.pages());
        // Lists show no quote: the home page and the article index are not rendered again.
        assertTrue(moved.pages().stream().noneMatch(k -> k.kind() == PageKind.HOME || k.kind() == PageKind.ARTICLES),
                "and no list: " + moved.pages());
        Sites.replaceIn(vi, "\nMột đoạn mới.\n\n", "\n");
        Sites.replaceIn(en, "\nA new paragraph.\n\n", "\n");
        IncrementalBuilder.Outcome back = step(b, Set.of(dir.relativize(vi), dir.relativize(en)));
        assertTrue(back.pages().containsAll(quoting(b, ServeSupport.ARTICLE)), "and removed again: " + back.pages());

        IncrementalBuilder.Outcome summary = edit(b, vi, "summary: \"Chiều 26/10 tại Kuala Lumpur,",
                "summary: \"Chiều ngày 26/10 tại Kuala Lumpur,");
        for (String l : List.of("vi", "en")) {
            assertTrue(summary.pages().contains(new PageKey(PageKind.HOME, "", l))
                    && summary.pages().contains(new PageKey(PageKind.ARTICLES, "", l)), "the summary is on lists: " + summary.pages());
        }
    }

    @Test
    void warmingUpChangesNothingAndTheNextEditStillEqualsACleanBuild() throws IOException {
        IncrementalBuilder b = builtCopy();
        IncrementalBuilder.Site before = b.current();
        b.warmUp();
        b.warmUp();
        assertTrue(before == b.current(), "the site served is the same object");
        Path en = article().resolve("en.md");
        IncrementalBuilder.Outcome o = edit(b, en, "ASEAN leaders highly appreciated the role", "ASEAN leaders warmly appreciated the role");
        assertEquals(ownPagesAndFeeds(b, ServeSupport.ARTICLE), new java.util.TreeSet<>(keys(o)),
                "the edit after a warm-up renders what it would without");
    }

    @Test
    void aTemplateThatFailsWhileRenderingKeepsTheLastGoodSite() throws IOException {
        IncrementalBuilder b = builtCopy();
        IncrementalBuilder.Site before = b.current();
        Path template = dir.resolve("themes/default/templates/leader.peb");
        Sites.replaceIn(template, "{% block content %}", "{% block content %}{{ page.noSuchKey.deeper }}");
        IncrementalBuilder.Outcome o = b.build(Set.of(dir.relativize(template)), s -> { });
        assertTrue(!o.ok(), "the rebuild fails");
        assertTrue(o.errors().stream().anyMatch(d -> d.message().startsWith("template error")
                && d.pos().file().toString().replace('\\', '/').endsWith("templates/leader.peb")), messages(o));
        assertTrue(before == b.current(), "the last good site is kept");
    }

    /**
     * The incremental loader and the per-article check cache: after each kind of edit (an article's text, a new
     * and a removed article, leaders.yaml, a template, site.yaml, a broken and a mended file) the rebuild reports
     * exactly the diagnostics of a clean check and gives the site of a clean build.
     */
    @Test
    void incrementalLoadAndCheckReportWhatACleanCheckReportsAfterEveryKindOfEdit() throws IOException {
        IncrementalBuilder b = builtCopy();
        Path art = article();
        Path en = art.resolve("en.md");
        Path leaders = dir.resolve("content/leaders.yaml");

        // A new paragraph in the translation: its alignment error comes from the re-parsed file only.
        IncrementalBuilder.Outcome para = checked(b, edit(en, "Speaking at the Summit, ASEAN leaders",
                "A new paragraph.\n\nSpeaking at the Summit, ASEAN leaders"), false);
        assertTrue(messages(para).contains("the translation has"), "the new error is reported: " + messages(para));
        checked(b, edit(en, "A new paragraph.\n\n", ""), true);

        // leaders.yaml: a leader no article names any more; every article annotated with him is checked again.
        String before = Sites.read(leaders);
        IncrementalBuilder.Outcome renamed = checked(b, edit(leaders,
                "name: {vi: \"Donald Trump\", en: \"Donald Trump\"}\n  aliases:\n    vi: [\"Trump\"]\n    en: [\"Trump\"]",
                "name: {vi: \"Donny Tester\", en: \"Donny Tester\"}"), true);
        assertTrue(messages(renamed).contains("whom its text never names"), messages(renamed));
        Sites.writeText(leaders, before);
        IncrementalBuilder.Outcome back = checked(b, Set.of(dir.relativize(leaders)), true);
        assertTrue(!messages(back).contains("'donald-trump', whom its text never names"), messages(back));

        // A new article, then the same removed.
        Path copy = dir.resolve("content/articles/2025-10-27-copy");
        Sites.copyTree(art, copy);
        Sites.replaceIn(copy.resolve("vi.md"), "title: \"", "title: \"Bản sao: ");
        Sites.replaceIn(copy.resolve("en.md"), "title: \"", "title: \"Copy: ");
        checked(b, Set.of(dir.relativize(copy)), true);
        for (Path p : new TreeSet<>(Set.of(copy.resolve("vi.md"), copy.resolve("en.md")))) Files.delete(p);
        Files.delete(copy);
        checked(b, Set.of(dir.relativize(copy.resolve("vi.md")), dir.relativize(copy.resolve("en.md")), dir.relativize(copy)), true);

        // A twin with the same titles (the same URLs: an error in each language), retitled, given one of the
        // original's titles again by an edit of its text, then removed: the slug check reused between runs
        // reports exactly what a clean check reports.
        Path twin = dir.resolve("content/articles/2025-10-27-twin");
        Sites.copyTree(art, twin);
        IncrementalBuilder.Outcome same = checked(b, Set.of(dir.relativize(twin)), false);
        assertTrue(messages(same).contains("have the same URL"), messages(same));
        Sites.replaceIn(twin.resolve("vi.md"), "title: \"", "title: \"Song sinh: ");
        Sites.replaceIn(twin.resolve("en.md"), "title: \"", "title: \"Twin: ");
        checked(b, Set.of(dir.relativize(twin.resolve("vi.md")), dir.relativize(twin.resolve("en.md"))), true);
        IncrementalBuilder.Outcome again = checked(b, edit(twin.resolve("en.md"), "title: \"Twin: ", "title: \""), false);
        assertTrue(messages(again).contains("have the same URL /en/"), messages(again));
        for (Path p : new TreeSet<>(Set.of(twin.resolve("vi.md"), twin.resolve("en.md")))) Files.delete(p);
        Files.delete(twin);
        checked(b, Set.of(dir.relativize(twin.resolve("vi.md")), dir.relativize(twin.resolve("en.md")), dir.relativize(twin)), true);

        // A template, and site.yaml (a full load).
        checked(b, edit(dir.resolve("themes/default/templates/article.peb"), "{% block content %}",
                "{% block content %}<p class=\"edited\">edited</p>"), true);
        checked(b, edit(dir.resolve("content/site.yaml"), "en: Foreign Affairs Briefings", "en: Foreign Affairs Notes"), true);

        // A broken front matter fails the rebuild with a clean check's errors; mending it rebuilds.
        IncrementalBuilder.Outcome broken = checked(b, edit(en, "---\ntitle:", "---\ntitle: [unclosed"), false);
        assertTrue(!broken.errors().isEmpty());
        checked(b, edit(en, "---\ntitle: [unclosed", "---\ntitle:"), true);
    }

    /** A copy of the real site in the temporary folder, built once by a new builder. */
    private IncrementalBuilder builtCopy() {
        Sites.copyRealSite(dir);
        IncrementalBuilder b = new IncrementalBuilder(dir, false);
        assertTrue(b.buildAll().ok());
        return b;
    }

    private Path article() {
        return dir.resolve("content/articles").resolve(ServeSupport.ARTICLE);
    }

    /** The pages rendered, as sortable text ("article en 2025-…"). */
    private static List<String> keys(IncrementalBuilder.Outcome o) {
        return o.pages().stream().map(IncrementalBuilderTest::name).toList();
    }

    private static String name(PageKey k) {
        return k.kind().label + " " + k.lang() + " " + k.id();
    }

    /**
     * What an edit to an article's body alone renders: its page in every language, and the feeds that print it
     * (the site's, its summits' and their parents'), in every language. Not its summits' pages, nor any list.
     */
    private static java.util.TreeSet<String> ownPagesAndFeeds(IncrementalBuilder b, String id) {
        var m = b.current().model();
        var a = m.articlesById().get(id);
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (var lang : m.languages()) {
            String l = lang.code();
            out.add(name(new PageKey(PageKind.ARTICLE, id, l)));
            out.add(name(new PageKey(PageKind.FEED, "", l)));
            for (var r : a.source().summits()) {
                out.add(name(new PageKey(PageKind.FEED, r.id(), l)));
                m.summits().get(r.id()).parent().ifPresent(p -> out.add(name(new PageKey(PageKind.FEED, p.id(), l))));
            }
        }
        return out;
    }

    /** The summit and briefing pages whose key figures quote the article, in every language. */
    private static Set<PageKey> quoting(IncrementalBuilder b, String id) {
        var m = b.current().model();
        Set<PageKey> out = new java.util.HashSet<>();
        for (var su : m.summits().values()) {
            if (su.figures().stream().noneMatch(f -> f.sources().stream().anyMatch(q -> q.articleId().equals(id)))) continue;
            for (var lang : m.languages()) {
                out.add(new PageKey(PageKind.SUMMIT, su.id(), lang.code()));
                out.add(new PageKey(PageKind.BRIEFING, su.id(), lang.code()));
            }
        }
        return out;
    }

    private Set<Path> edit(Path file, String from, String to) {
        Sites.replaceIn(file, from, to);
        return Set.of(dir.relativize(file));
    }

    /** Rebuilds after {@code changed}; asserts the outcome, diagnostics and files equal a clean build's. */
    private IncrementalBuilder.Outcome checked(IncrementalBuilder b, Set<Path> changed, boolean ok) {
        IncrementalBuilder.Outcome o = b.build(changed);
        assertEquals(ok, o.ok(), "rebuild after " + changed + ": " + o.errors());
        IncrementalBuilder.Outcome clean = new IncrementalBuilder(dir, false).buildAll();
        assertEquals(clean.diagnostics(), o.diagnostics(), "diagnostics after " + changed);
        Diagnostics check = Diagnostics.forSource(dir);
        new Pipeline().run(Pipeline.Options.check(dir), check).checked();
        assertEquals(check.all(), o.diagnostics(), "diagnostics of ./brief check after " + changed);
        if (ok) assertSame(clean.site().files(), o.site().files(), "after " + changed);
        return o;
    }

    private static String messages(IncrementalBuilder.Outcome o) {
        return String.join("\n", o.diagnostics().stream().map(d -> d.format()).toList());
    }

    private IncrementalBuilder.Outcome edit(IncrementalBuilder b, Path file, String from, String to) {
        Sites.replaceIn(file, from, to);
        return step(b, Set.of(dir.relativize(file)));
    }

    private IncrementalBuilder.Outcome step(IncrementalBuilder b, Set<Path> changed) {
        IncrementalBuilder.Site[] early = new IncrementalBuilder.Site[1];
        Map<String, byte[]> before = b.current().files();
        var beforeModel = b.current().model();
        // The page the reviewer has open: the English page of the article the edits are about.
        Set<String> viewed = Set.of(beforeModel.urls().file(beforeModel.urls().article("en", ServeSupport.ARTICLE)));
        IncrementalBuilder.Outcome o = b.build(changed, viewed, s -> early[0] = s);
        if (!o.ok()) fail("rebuild after " + changed + " failed: " + o.errors());
        // What the preview shows first has the final pages the edit is about already (the edited article's, or
        // the edited leaders' and summits', and the page viewed); any other page is either final or as it was
        // before the edit (remade right after); whole-site files (the index) come later.
        Set<PageKey> first = new java.util.HashSet<>(o.shownFirst());
        for (Page j : o.site().plan().pages()) {
            byte[] shown = early[0].files().get(j.path());
            boolean fin = Arrays.equals(o.site().files().get(j.path()), shown);
            if (first.contains(j.key())) assertTrue(fin, "early " + j.path());
            else assertTrue(fin || Arrays.equals(before.get(j.path()), shown), "early " + j.path());
            if (viewed.contains(j.path()) && o.pages().contains(j.key())) {
                assertTrue(first.contains(j.key()), "the page viewed is among the first after " + changed);
            }
        }
        IncrementalBuilder.Outcome clean = new IncrementalBuilder(dir, false).buildAll();
        assertTrue(clean.ok());
        assertSame(clean.site().files(), o.site().files(), "after " + changed);
        return o;
    }

    static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String when) {
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()), when + ": the same files");
        for (var e : expected.entrySet()) {
            if (!Arrays.equals(e.getValue(), actual.get(e.getKey()))) {
                fail(when + ": " + e.getKey() + " differs from a clean build");
            }
        }
    }
}
