package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.build.Pipeline;
import brief.diag.Diagnostics;
import brief.testing.Sites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the preview shows reviewers: warnings on the pages they concern, /_changes/, /_review/, and brief diff. */
class ReviewerTest {
    @TempDir
    Path dir;

    private Path article(String lang) {
        return dir.resolve("content/articles").resolve(ServeSupport.ARTICLE).resolve(lang + ".md");
    }

    private void publish() {
        Sites.pipeline(Pipeline.Options.build(dir).writingTo(dir.resolve("site")), new Diagnostics());
    }

    @Test
    void aWarningShowsOnThePagesItConcernsAndInChangesButNeverInTheBuild() throws Exception {
        ServeSupport.site(dir);
        publish();
        try (ServeSupport.Running run = new ServeSupport.Running(dir, false, false)) {
            var urls = run.server.site().orElseThrow().model().urls();
            String en = urls.article("en", ServeSupport.ARTICLE);
            String vi = urls.article("vi", ServeSupport.ARTICLE);
            String leader = urls.leader("en", "donald-trump");
            assertFalse(run.get(en).body().contains(PreviewPages.PANEL_ID), "no warning yet");

            // A number the translation gets wrong: a warning about en.md, nothing that stops the build.
            Sites.replaceIn(article("en"), "USD 453 billion", "USD 435 billion");
            assertTrue(run.server.rebuild(Set.of(dir.relativize(article("en")))).ok(), run.console());

            String page = run.get(en).body();
            String panel = panel(page);
            assertTrue(panel.contains("1 warning about this page (preview only)"), panel);
            assertTrue(panel.contains("<code>content/articles/" + ServeSupport.ARTICLE + "/en.md:"), panel);
            assertTrue(panel.contains("[435 billion]"), panel);
            assertTrue(panel.contains("href=\"/_review/" + ServeSupport.ARTICLE + "/\""), panel);
            assertTrue(panel.contains("lang=\"en\" aria-label=\"brief preview: warnings about this page\""), panel);
            assertTrue(page.indexOf(panel) < page.lastIndexOf("</body>"), "inside the body");
            assertTrue(run.get(vi).body().contains(PreviewPages.PANEL_ID), "the article's page in every language");
            assertFalse(run.get(leader).body().contains(PreviewPages.PANEL_ID), "not on a page the warning is not about");

            String changes = run.get("/_changes/").body();
            assertTrue(changes.contains("<h2>Warnings (1)</h2>"), changes);
            assertTrue(changes.contains("[435 billion]"), changes);
            assertTrue(changes.contains("<a href=\"" + en + "\">"), "the warning links to its pages: " + changes);
            assertTrue(changes.contains("changed <a href=\"" + en + "\">"), changes);
            assertTrue(Pattern.compile("changed <a href=\"" + Pattern.quote(en) + "\">[^<]*</a>[^\\n]*1 warning</span>")
                    .matcher(changes).find(), "the changed page says it has a warning: " + changes);
        }
        // What brief build writes never has the panel, warnings or not.
        Path out = dir.resolve("out");
        assertEquals(0, Sites.brief("build", "--quiet", "--source", dir.toString(), "--out", out.toString()).exit());
        try (var files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(f).contains(PreviewPages.PANEL_ID), f.toString());
            }
        }
    }

    @Test
    void aWarningAboutAnAnnotationEntryShowsOnThatLeadersPages() {
        ServeSupport.site(dir);
        // The site gives no warning about leaders.yaml: one is made, on a line inside the first entry.
        IncrementalBuilder b = new IncrementalBuilder(dir, false);
        var site = b.buildAll().site();
        var leader = site.sources().annotations().leaders().get(0);
        var d = new brief.diag.Diagnostic(brief.diag.Severity.WARNING, leader.pos().atLine(leader.pos().line() + 1, 3),
                "a warning about this entry", null, null, "a warning about this entry", brief.diag.Code.INVALID_VALUE);
        var withWarning = new IncrementalBuilder.Site(site.version(), site.files(), site.sources(), site.model(), site.plan(), List.of(d));
        List<String> pages = PageWarnings.of(withWarning).all().get(0).pages();
        List<String> expected = site.model().languages().stream()
                .map(l -> site.model().urls().file(site.model().urls().leader(l.code(), leader.id()))).toList();
        assertEquals(Set.copyOf(expected), Set.copyOf(pages));
    }

    @Test
    void addingAnArticleListsItsPagesFirstAndMachineFilesInOneLine() throws Exception {
        Sites.copyRealSite(dir);
        publish();
        Path copy = dir.resolve("content/articles/2025-11-01-new-briefing");
        Files.createDirectories(copy);
        for (String lang : List.of("vi", "en")) {
            String text = Files.readString(article(lang));
            text = text.replaceFirst("title: \"", "title: \"" + (lang.equals("vi") ? "Mới: " : "New: "))
                    .replace("date: \"2025-10-26\"", "date: \"2025-11-01\"");
            Files.writeString(copy.resolve(lang + ".md"), text);
        }
        IncrementalBuilder b = new IncrementalBuilder(dir, false);
        var site = b.buildAll().site();
        String changes = new Reviewer(dir).changes(site);
        // Its two pages, and those of the four articles that now list it among their related briefings (the
        // other article of its summit, whose "next" link is now the new one, among them): the fifth shares nothing.
        int articles = changes.indexOf("<h2>Articles (10)</h2>");
        int machine = changes.indexOf("<h2>Machine files</h2>");
        assertTrue(articles > 0 && machine > articles, changes);
        String pages = changes.substring(0, machine);
        assertFalse(pages.contains(".json") || pages.contains("atom.xml") || pages.contains("sitemap.xml"),
                "no machine file among the pages: " + pages);
        assertTrue(pages.contains("added <a href=\"/briefings/en/articles/new-"), pages);
        for (String kind : List.of("Summits", "Leaders", "Chronology", "Topics", "Other pages")) {
            int at = changes.indexOf("<h2>" + kind + " (");
            assertTrue(at > articles && at < machine, kind + " between the articles and the machine files");
        }
        assertFalse(changes.contains("markup only"));

        Sites.Run r = Sites.brief("diff", "--source", dir.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        int list = lines.indexOf("  articles");
        int machineLine = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("machine files, not diffed: ")) machineLine = i;
        assertTrue(list > 0 && machineLine > list, r.out());
        // 42 pages: besides the lists, summit, leaders and chronology, the related briefings of four articles and
        // the pages of the new article's three topics and the topics index, in two languages; under six headings.
        assertTrue(machineLine <= 50, "the list of pages and the machine files fit on one screen: " + machineLine + " lines");
        assertTrue(lines.get(machineLine).matches("machine files, not diffed: \\d+ files: search index \\d+ changed; feeds 4 changed; sitemap 1 changed"),
                lines.get(machineLine));
        assertFalse(lines.stream().anyMatch(l -> l.endsWith(".json") || l.endsWith(".xml")), "no machine file listed");
    }

    @Test
    void changesDoesNotReadUnchangedPublishedFilesAgain() throws IOException {
        ServeSupport.site(dir);
        publish();
        IncrementalBuilder b = new IncrementalBuilder(dir, false);
        var site = b.buildAll().site();
        Reviewer reviewer = new Reviewer(dir);
        assertTrue(reviewer.changes(site).contains("No page changed."));
        long first = reviewer.published().reads();
        long published;
        try (var files = Files.walk(dir.resolve("site"))) {
            published = files.filter(f -> Files.isRegularFile(f)
                    && !f.getFileName().toString().equals(brief.output.OutputWriter.MARKER)).count();
        }
        assertEquals(published, first, "the first request reads each published file once");
        reviewer.changes(site);
        assertEquals(first, reviewer.published().reads(), "a second request reads nothing");

        Sites.replaceIn(article("en"), "ASEAN leaders highly appreciated the role", "ASEAN leaders warmly appreciated the role");
        var edited = b.build(Set.of(dir.relativize(article("en")))).site();
        String changes = reviewer.changes(edited);
        assertTrue(changes.contains("<h2>Articles (1)</h2>"), changes);
        assertTrue(reviewer.published().reads() - first <= 2,
                "after an edit, only the edited page's published text is read: " + (reviewer.published().reads() - first));
        // Publishing the edit (a new folder and marker) is seen at the next request.
        publish();
        assertTrue(reviewer.changes(edited).contains("No page changed."));
    }

    @Test
    void insertingASourceParagraphFlagsThatParagraphAloneAndKeepsTheColumnsAligned() {
        ServeSupport.site(dir);
        IncrementalBuilder b = new IncrementalBuilder(dir, false);
        b.buildAll();
        Sites.replaceIn(article("vi"), "\nPhát biểu tại Hội nghị,", "\nMột đoạn văn mới được chèn vào đây.\n\nPhát biểu tại Hội nghị,");
        // Not yet translated: the translation no longer lines up with its source, so nothing is published.
        var untranslated = b.build(Set.of(dir.relativize(article("vi"))));
        assertFalse(untranslated.ok());
        assertTrue(untranslated.diagnostics().stream().anyMatch(d -> d.message().contains("the source's paragraph 2")),
                untranslated.diagnostics().toString());
        Sites.replaceIn(article("en"), "\nSpeaking at the Summit,", "\nA new paragraph inserted here.\n\nSpeaking at the Summit,");
        var o = b.build(Set.of(dir.relativize(article("vi")), dir.relativize(article("en"))));
        assertTrue(o.ok(), o.diagnostics().toString());
        String page = new Reviewer(dir).review(o.site(), ServeSupport.ARTICLE + "/").orElseThrow();
        assertEquals(1, count(page, "class=\"flag outdated\""), "the inserted paragraph alone awaits a check: " + page);
        assertEquals(0, count(page, "class=\"flag removed\""), page);
        String inserted = row(page, 2);
        assertTrue(inserted.contains("Một đoạn văn mới được chèn vào đây."), inserted);
        assertTrue(inserted.contains("A new paragraph inserted here."), inserted);
        // The rows after it pair each source paragraph with its own translation.
        String next = row(page, 3);
        assertTrue(next.contains("Phát biểu tại Hội nghị, các nhà lãnh đạo ASEAN"), next);
        assertTrue(next.contains("Speaking at the Summit, ASEAN leaders"), next);
        assertFalse(next.contains("(en #"), next);
        assertTrue(page.contains("source paragraph #2 changed since it was translated"), page);
        // The check names the same paragraph, at the translation's own line, not every one after it.
        var outdated = o.diagnostics().stream().filter(d -> d.message().startsWith("outdated translation")).toList();
        assertEquals(1, outdated.size(), outdated.toString());
        assertTrue(outdated.get(0).message().startsWith("outdated translation: the source's paragraph 2 (#p-2, vi.md:"), outdated.toString());
        assertTrue(outdated.get(0).message().contains("was added since it was translated"), outdated.toString());
    }

    @Test
    void aChangedParagraphShowsItsWordsChangedSinceTheStampFromGit() throws Exception {
        ServeSupport.site(dir);
        git("init", "-q");
        git("add", "content", "themes");
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "start");
        Sites.replaceIn(article("vi"), "Phạm Minh Chính và Tổng thống", "Phạm Minh Chính cùng Tổng thống");
        IncrementalBuilder b = new IncrementalBuilder(dir, false);
        var o = b.buildAll();
        String page = new Reviewer(dir).review(o.site(), ServeSupport.ARTICLE + "/").orElseThrow();
        String changed = row(page, 1);
        assertTrue(changed.contains("Chính <del>và</del><ins>cùng</ins> Tổng thống"), changed);
        assertTrue(changed.contains("class=\"flag outdated\""), changed);
        assertEquals(1, count(page, "class=\"flag outdated\""), page);
        assertFalse(page.contains("not in a git repository"), page);
    }

    @Test
    void theReviewIndexGivesEachArticlesStatusPerLanguage() throws Exception {
        Sites.Site site = Sites.site(dir, ServeSupport.SITE + """
                -- content/articles/2025-10-29-trade-talks/vi.md --
                ---
                title: "Hội đàm thương mại"
                date: "2025-10-29"
                outlet: ĐNO
                ---
                Hai bên hội đàm về thương mại.
                -- content/articles/2025-10-30-closing/vi.md --
                ---
                title: "Bế mạc"
                date: "2025-10-30"
                outlet: ĐNO
                ---
                Hội nghị bế mạc.
                -- content/articles/2025-10-30-closing/en.md --
                ---
                title: "Closing"
                ---
                The meeting closed.
                """).stamp("en", ServeSupport.ARTICLE, "2025-10-30-closing");
        site.replace("content/articles/" + ServeSupport.ARTICLE + "/vi.md", "Phạm Minh Chính và Tổng thống", "Phạm Minh Chính cùng Tổng thống");
        var built = new IncrementalBuilder(dir, false).buildAll().site();
        String index = new Reviewer(dir).review(built, "").orElseThrow();
        assertEquals(3, count(index, "<tr><td><a href=\"/_review/"), index);
        assertTrue(index.contains("<code>" + ServeSupport.ARTICLE + "</code></td><td>2025-10-26</td><td class=\"outdated\">outdated: #p-1</td>"), index);
        assertTrue(index.contains("<code>2025-10-29-trade-talks</code></td><td>2025-10-29</td><td class=\"missing\">missing</td>"), index);
        assertTrue(index.contains("<code>2025-10-30-closing</code></td><td>2025-10-30</td><td>translated</td>"), index);
        // Not a git repository: the page says which paragraph changed, and that the old text cannot be shown.
        String page = new Reviewer(dir).review(built, ServeSupport.ARTICLE + "/").orElseThrow();
        assertTrue(row(page, 1).contains("changed since the translation (the old text is in git history only"), row(page, 1));
        assertTrue(page.contains("The sources are not in a git repository"), page);
    }

    private static String panel(String page) {
        Matcher m = Pattern.compile("<aside id=\"" + PreviewPages.PANEL_ID + "\".*?</aside>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "no warnings panel in the page");
        return m.group();
    }

    /** The table row of source paragraph n. */
    private static String row(String page, int n) {
        int at = page.indexOf("<tr id=\"p-" + n + "\">");
        assertTrue(at >= 0, "no row p-" + n);
        return page.substring(at, page.indexOf("</tr>", at));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }
}
