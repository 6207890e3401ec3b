package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import brief.build.Pipeline;
import brief.diag.Diagnostics;
import brief.render.RenderedPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
        ServeSupport.copySite(dir);
        IncrementalBuilder b = new IncrementalBuilder(dir, false);
        assertTrue(b.buildAll().ok());
        Path art = dir.resolve("content/articles").resolve(ServeSupport.ARTICLE);
        Path en = art.resolve("en.md");
        Path vi = art.resolve("vi.md");

        IncrementalBuilder.Outcome body = edit(b, en, "ASEAN leaders highly appreciated the role", "ASEAN leaders warmly appreciated the role");
        assertTrue(body.rendered() < body.total() / 2,
                "a body edit renders only the pages that depend on the article: " + body.rendered() + " of " + body.total());
        System.out.println("incremental: body edit rendered " + body.rendered() + " of " + body.total() + " files in "
                + body.millis() + " ms");

        edit(b, en, "title: \"Prime Minister Pham Minh Chinh attends 13th ASEAN–US Summit\"",
                "title: \"Prime Minister Pham Minh Chinh at the 13th ASEAN–US Summit\"");
        edit(b, vi, "leaders: [pham-minh-chinh, donald-trump]", "leaders: [pham-minh-chinh]");
        edit(b, vi, "summits: [asean-us-13]", "summits: [asean-us-12]");
        edit(b, dir.resolve("themes/default/templates/article.peb"), "{% block content %}",
                "{% block content %}<p class=\"edited\">edited article template</p>");
        edit(b, dir.resolve("themes/default/templates/base.peb"), "</head>", "<meta name=\"x-edit\" content=\"1\">\n</head>");
        edit(b, dir.resolve("content/summits.yaml"), "en: \"13th ASEAN–US Summit\"", "en: \"The 13th ASEAN–US Summit\"");
        String css = ServeSupport.read(dir.resolve("themes/default/static/style.css"));
        ServeSupport.write(dir.resolve("themes/default/static/style.css"), css + "\n/* edited */\n");
        step(b, Set.of(Path.of("themes/default/static/style.css")));

        Path copy = dir.resolve("content/articles/2025-10-27-copy");
        ServeSupport.copyTree(art, copy);
        ServeSupport.replace(copy.resolve("vi.md"), "title: \"", "title: \"Bản sao: ");
        ServeSupport.replace(copy.resolve("en.md"), "title: \"", "title: \"Copy: ");
        step(b, Set.of(dir.relativize(copy.resolve("vi.md")), dir.relativize(copy.resolve("en.md"))));

        edit(b, copy.resolve("vi.md"), "draft: false", "draft: true");
        for (Path p : new TreeSet<>(Set.of(copy.resolve("vi.md"), copy.resolve("en.md")))) Files.delete(p);
        Files.delete(copy);
        step(b, Set.of(dir.relativize(copy.resolve("vi.md")), dir.relativize(copy.resolve("en.md"))));

        // And the same as `brief build` writes.
        Pipeline.Result clean = new Pipeline().build(dir, null, false, new Diagnostics());
        Map<String, byte[]> pipeline = new TreeMap<>();
        for (RenderedPage p : clean.pages()) pipeline.put(p.path(), p.bytes());
        assertSame(pipeline, b.current().files(), "pipeline build");
    }

    private IncrementalBuilder.Outcome edit(IncrementalBuilder b, Path file, String from, String to) {
        ServeSupport.replace(file, from, to);
        return step(b, Set.of(dir.relativize(file)));
    }

    private IncrementalBuilder.Outcome step(IncrementalBuilder b, Set<Path> changed) {
        IncrementalBuilder.Site[] early = new IncrementalBuilder.Site[1];
        IncrementalBuilder.Outcome o = b.build(changed, s -> early[0] = s);
        if (!o.ok()) fail("rebuild after " + changed + " failed: " + o.errors());
        // What the preview shows first has the final pages already; only whole-site files (the index) come later.
        for (var j : o.site().jobs()) {
            assertTrue(Arrays.equals(o.site().files().get(j.path()), early[0].files().get(j.path())), "early " + j.path());
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
