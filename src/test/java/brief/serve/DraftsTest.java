package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.build.Pipeline;
import brief.diag.Diagnostics;
import brief.output.RenderedPage;
import brief.testing.Sites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts show in the preview with --drafts, with a banner, and never in a build without --drafts. */
class DraftsTest {
    @TempDir
    Path dir;

    @Test
    void draftsAreServedWithABannerOnlyWhenAskedAndNeverBuiltWithoutDrafts() {
        ServeSupport.site(dir);
        Path vi = dir.resolve("content/articles").resolve(ServeSupport.ARTICLE).resolve("vi.md");
        Sites.replaceIn(vi, "outlet: ĐNO\n", "outlet: ĐNO\ndraft: true\n");
        String url;
        try (ServeSupport.Running withDrafts = new ServeSupport.Running(dir, true, false)) {
            url = withDrafts.server.site().orElseThrow().model().urls().article("en", ServeSupport.ARTICLE);
            var r = withDrafts.get(url);
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("class=\"draft-banner\""), "the draft banner");
            assertTrue(withDrafts.get("/briefings/en/").body().contains("class=\"draft-banner\""), "every page says drafts are shown");
        }
        try (ServeSupport.Running without = new ServeSupport.Running(dir, false, false)) {
            assertEquals(404, without.get(url).statusCode());
            assertFalse(without.get("/briefings/en/").body().contains("class=\"draft-banner\""));
        }
        Pipeline.Result built = Sites.pipeline(Pipeline.Options.build(dir), new Diagnostics());
        String rel = url.substring("/briefings/".length()) + "index.html";
        for (RenderedPage p : built.pages()) {
            assertFalse(p.path().equals(rel), "the draft's page is not built");
            if (p.path().endsWith(".html")) {
                assertFalse(new String(p.bytes(), StandardCharsets.UTF_8).contains("class=\"draft-banner\""), p.path());
            }
        }
    }
}
