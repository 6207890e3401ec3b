package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.build.Pipeline;
import brief.diag.Diagnostics;
import brief.output.RenderedPage;
import brief.testing.Sites;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server end to end: real HTTP on a free port, real file edits, the event stream. */
class PreviewServerTest {
    @TempDir
    Path dir;

    ServeSupport.Running run;
    Path en;
    String page;

    @BeforeEach
    void start() {
        ServeSupport.site(dir);
        run = new ServeSupport.Running(dir, false, true);
        en = dir.resolve("content/articles").resolve(ServeSupport.ARTICLE).resolve("en.md");
        page = run.server.site().orElseThrow(() -> new AssertionError("the first build failed:\n" + run.console())).model().urls().article("en", ServeSupport.ARTICLE);
    }

    @AfterEach
    void stop() {
        run.close();
    }

    @Test
    void editingAnArticleChangesItsPageAndSendsAReloadEvent() throws Exception {
        assertFalse(run.get(page).body().contains("warmly appreciated"));
        try (ServeSupport.Events events = run.events()) {
            events.next("hello", 10);
            long t0 = System.nanoTime();
            Sites.replaceIn(en, "ASEAN leaders highly appreciated the role", "ASEAN leaders warmly appreciated the role");
            ServeSupport.Event reload = events.next("reload", 30);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            // The reload goes out before the search index is remade; the console line comes after it.
            for (int i = 0; i < 200 && !run.console().contains("rebuilt "); i++) Thread.sleep(50);
            System.out.println("serve: one-article edit → reload event in " + ms + " ms (save → watcher → rebuild → event); "
                    + lastRebuildLine(run.console()));
            assertTrue(reload.data().matches("\\d+"), reload.data());
        }
        HttpResponse<String> r = run.get(page);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("ASEAN leaders warmly appreciated the role"));
        assertTrue(run.console().contains("rebuilt "), run.console());
        assertTrue(run.console().contains("changed: content/articles/" + ServeSupport.ARTICLE + "/en.md"), run.console());
    }

    @Test
    void afterATemplateEditThePageBeingViewedIsRenderedBeforeTheReload() throws Exception {
        Path template = dir.resolve("themes/default/templates/leader.peb");
        var urls = run.server.site().orElseThrow().model().urls();
        String viewed = urls.leader("en", "pham-minh-chinh");
        String other = urls.leader("vi", "pham-minh-chinh");
        assertEquals(200, run.get(viewed).statusCode()); // the reviewer has this leader's English page open
        try (ServeSupport.Events events = run.events()) {
            events.next("hello", 10);
            Sites.replaceIn(template, "{% block content %}", "{% block content %}<p class=\"marker\">edited</p>");
            events.next("reload", 30);
            // The page viewed is rendered before the first reload; the template's other pages may follow it.
            assertTrue(run.get(viewed).body().contains("class=\"marker\""), "the viewed page at the first reload");
            for (int i = 0; i < 200 && !run.console().contains("rebuilt "); i++) Thread.sleep(50);
        }
        assertTrue(run.get(other).body().contains("class=\"marker\""), "every page of the template, once done");
        assertTrue(lastRebuildLine(run.console()).contains("reload sent after"),
                "the reload went out before the rebuild ended: " + run.console());
    }

    @Test
    void brokenYamlShowsItsPositionInAnErrorEventWhileTheLastGoodSiteStaysServed() throws Exception {
        Path summits = dir.resolve("content/summits.yaml");
        String good = Sites.read(summits);
        try (ServeSupport.Events events = run.events()) {
            events.next("hello", 10);
            Sites.writeText(summits, good.replaceFirst("ordinal: 13", "ordinal: [13"));
            ServeSupport.Event error;
            try {
                error = events.next("error", 30);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; console:\n" + run.console(), e);
            }
            assertTrue(Pattern.compile("content/summits\\.yaml:\\d+:\\d+").matcher(error.data()).find(), error.data());

            HttpResponse<String> during = run.get(page);
            assertEquals(200, during.statusCode(), "the last good page is still served");
            assertTrue(during.body().contains("ASEAN leaders highly appreciated the role"));
            assertTrue(during.body().contains("show(["), "a page loaded during the error shows the overlay at once");
            assertTrue(during.body().contains("content/summits.yaml:"));

            // A second client connecting now is told about the error straight away.
            try (ServeSupport.Events late = run.events()) {
                late.next("hello", 10);
                assertTrue(late.next("error", 10).data().contains("content/summits.yaml:"));
            }

            Sites.writeText(summits, good);
            events.next("reload", 30);
        }
        HttpResponse<String> after = run.get(page);
        assertFalse(after.body().contains("show(["), "the overlay is gone once the error is fixed");
    }

    @Test
    void servedPagesCarryTheLiveReloadScriptButBuiltFilesDoNot() {
        assertTrue(run.get(page).body().contains(LiveReload.EVENTS));
        Pipeline.Result built = Sites.pipeline(Pipeline.Options.build(dir), new Diagnostics());
        for (RenderedPage p : built.pages()) {
            assertFalse(new String(p.bytes(), StandardCharsets.UTF_8).contains("_brief/"), p.path());
        }
        // The preview serves exactly the built bytes, plus the script before </body>.
        byte[] file = run.server.site().orElseThrow().files().get("en/index.html");
        String served = run.get("/briefings/en/").body();
        String original = new String(file, StandardCharsets.UTF_8);
        assertEquals(original, served.replaceFirst("<script>/\\* brief serve: live reload[^\\n]*\\n", ""));
    }

    @Test
    void contentTypesAreRightAndUtf8ForText() {
        assertEquals("text/html; charset=utf-8", type("/briefings/en/"));
        // The stylesheet's name is its hash (style.1a2b3c4d.css): the one the home page links to.
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/briefings/assets/style\\.[0-9a-f]{8}\\.css)\"")
                .matcher(run.get("/briefings/en/").body());
        assertTrue(css.find(), "the home page links a fingerprinted stylesheet");
        assertEquals("text/css; charset=utf-8", type(css.group(1)));
        assertEquals("application/atom+xml; charset=utf-8", type("/briefings/en/atom.xml"));
        assertEquals("application/xml; charset=utf-8", type("/briefings/sitemap.xml"));
        assertEquals("text/plain; charset=utf-8", type("/briefings/robots.txt"));
        String json = run.server.site().orElseThrow().files().keySet().stream().filter(p -> p.endsWith(".json"))
                .findFirst().orElse(null);
        if (json != null) assertEquals("application/json; charset=utf-8", type("/briefings/" + json));
    }

    private String type(String path) {
        HttpResponse<String> r = run.get(path);
        assertEquals(200, r.statusCode(), path);
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void foldersServeTheirIndexAndUnknownPathsTheSites404Page() {
        HttpResponse<String> home = run.get("/briefings/en/");
        assertEquals(200, home.statusCode());
        String en404 = new String(run.server.site().orElseThrow().files().get("en/404.html"), StandardCharsets.UTF_8);
        String title = en404.substring(en404.indexOf("<title>"), en404.indexOf("</title>"));
        HttpResponse<String> missing = run.get("/briefings/en/no-such-page/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains(title), "the English 404 page for an English path");
        HttpResponse<String> rootMissing = run.get("/briefings/nothing-here.html");
        assertEquals(404, rootMissing.statusCode());
        assertTrue(rootMissing.body().contains("<html"), "the site's root 404 page");
        HttpResponse<String> noSlash = run.get("/briefings/en");
        assertEquals(302, noSlash.statusCode());
        assertEquals("/briefings/en/", noSlash.headers().firstValue("Location").orElse(""));
        assertEquals(302, run.get("/").statusCode(), "the server root leads to the site's base path");
    }

    @Test
    void traversalAndOddPathsAnswer404() {
        for (String target : List.of("/../etc/passwd", "/briefings/../../etc/passwd", "/briefings/%2e%2e/%2e%2e/etc/passwd",
                "/briefings/%2E%2E/", "/briefings/..%2f..%2fetc/passwd", "/briefings/en/..%2F..%2F..%2Fetc%2Fpasswd",
                "/briefings/%252e%252e/etc/passwd", "//etc/passwd", "/briefings//etc/passwd", "/briefings/en/%00",
                "/briefings/en/index.html%00.css", "/briefings/..\\..\\etc\\passwd", "/briefings/%5c..%5c..%5cetc",
                "/briefings/C:/Windows/win.ini", "/briefings/en/%c0%ae%c0%ae/", "/briefings/./en/")) {
            int status = run.rawStatus("GET", target);
            // A backslash is not allowed in a URI at all: the HTTP layer answers 400 before brief sees it.
            assertEquals(target.contains("\\") ? 400 : 404, status, target);
        }
    }

    @Test
    void onlyGetAndHeadAreAllowed() {
        for (String m : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
            HttpResponse<String> r = run.send(HttpRequest.newBuilder(run.uri("/briefings/en/"))
                    .method(m, HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(405, r.statusCode(), m);
            assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""), m);
        }
        HttpResponse<String> head = run.send(HttpRequest.newBuilder(run.uri("/briefings/en/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void reviewShowsSourceAndTranslationSideBySideAndFlagsOutdatedParagraphs() {
        String url = "/_review/" + ServeSupport.ARTICLE + "/";
        HttpResponse<String> before = run.get(url);
        assertEquals(200, before.statusCode());
        assertTrue(before.body().contains("ASEAN leaders highly appreciated the role"), "the English paragraph");
        assertFalse(before.body().contains("class=\"flag outdated\""), "a fresh translation has no outdated paragraph");
        Path vi = dir.resolve("content/articles").resolve(ServeSupport.ARTICLE).resolve("vi.md");
        String text = Sites.read(vi);
        int body = text.indexOf("\n---\n", 4) + 5;
        Sites.writeText(vi, text.substring(0, body) + "Một câu mới ở đầu. " + text.substring(body));
        run.server.rebuild(java.util.Set.of(dir.relativize(vi)));
        String after = run.get(url).body();
        assertTrue(after.contains("Một câu mới ở đầu."));
        assertTrue(after.contains("<tr id=\"p-1\"><td class=\"num\">1</td><td>Một câu mới ở đầu.")
                || after.contains("Một câu mới ở đầu."), after);
        assertTrue(after.contains("class=\"flag outdated\""), "paragraph 1 changed in the source since the translation");
        assertEquals(200, run.get("/_review/").statusCode());
        assertEquals(404, run.get("/_review/no-such-article/").statusCode());
    }

    @Test
    void reviewFlagsAMissingTranslation() throws Exception {
        java.nio.file.Files.delete(en);
        run.server.rebuild(java.util.Set.of(dir.relativize(en)));
        String body = run.get("/_review/" + ServeSupport.ARTICLE + "/").body();
        assertTrue(body.contains("missing translation"), body);
        assertTrue(body.contains("class=\"flag missing\""));
    }

    @Test
    void changesPageListsWhatAnEditChangesComparedWithThePublishedBuild() {
        Sites.pipeline(Pipeline.Options.build(dir).writingTo(dir.resolve("site")), new Diagnostics());
        assertTrue(run.get("/_changes/").body().contains("No page changed."));
        Sites.replaceIn(en, "ASEAN leaders highly appreciated the role", "ASEAN leaders warmly appreciated the role");
        run.server.rebuild(java.util.Set.of(dir.relativize(en)));
        String changes = run.get("/_changes/").body();
        assertTrue(changes.contains("<h2>Articles (1)</h2>"), changes);
        assertTrue(changes.contains("changed <a href=\"" + page + "\">"), changes);
        assertTrue(changes.contains("<span class=\"add\">+Speaking at the Summit, ASEAN leaders warmly appreciated"), changes);
        assertTrue(changes.contains("<span class=\"del\">-Speaking at the Summit, ASEAN leaders highly appreciated"), changes);
        assertFalse(changes.contains("vi/bai-viet/"), "the Vietnamese pages did not change");
    }

    static String lastRebuildLine(String console) {
        String[] lines = console.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) if (lines[i].startsWith("rebuilt")) return lines[i];
        return "(no rebuild line)";
    }
}
