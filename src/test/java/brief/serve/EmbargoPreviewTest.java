package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview shows an article under embargo, with a banner in the page's language, and never writes site/. */
class EmbargoPreviewTest {
    @TempDir
    Path dir;

    private Path site(String embargo) {
        return Sites.inline(dir,
                "content/site.yaml", Sites.TWO_LANGUAGE_SITE_YAML,
                "content/articles/2025-10-26-secret-deal/vi.md", """
                        ---
                        title: "Thỏa thuận Zanthoria được ký kết"
                        date: "2025-10-26"
                        embargo: "%s"
                        outlet: TTXVN
                        ---
                        Hai bên ký thỏa thuận Zanthoria.
                        """.formatted(embargo),
                "content/articles/2025-10-26-secret-deal/en.md", """
                        ---
                        title: "Zanthoria accord signed"
                        ---
                        The two sides signed the Zanthoria accord.
                        """);
    }

    @Test
    void anEmbargoedArticleIsPreviewedWithABannerInEachLanguageAndNothingIsWrittenToSite() {
        Path root = site("2999-10-26T18:00+07:00");
        Path copy = dir.resolve("target/serve-site");
        try (ServeSupport.Running preview = new ServeSupport.Running(root, false, false, copy)) {
            var en = preview.get("/briefings/en/articles/zanthoria-accord-signed/");
            assertEquals(200, en.statusCode());
            assertTrue(en.body().contains("<p class=\"draft-banner embargo-banner\" role=\"status\">Embargoed until"
                    + " 26 October 2999, 18:00 (UTC+07:00): shown in the preview only.</p>"), en.body());
            var vi = preview.get("/briefings/vi/articles/thoa-thuan-zanthoria-duoc-ky-ket/");
            assertEquals(200, vi.statusCode());
            assertTrue(vi.body().contains(">Cấm công bố trước 18:00 ngày 26 tháng 10 năm 2999 (UTC+07:00):"
                    + " chỉ hiện trong bản xem trước.</p>"), vi.body());
            assertTrue(preview.get("/briefings/en/").body().contains("Zanthoria accord signed"), "listed in the preview");
        }
        assertTrue(Files.isDirectory(copy), "the preview keeps its own copy");
        assertFalse(Files.exists(root.resolve("site")), "the preview never writes site/");
    }

    @Test
    void theBannerGoesAtTheMomentTheEmbargoLifts() {
        Path root = site("2025-10-26T18:00+07:00");
        String page = "en/articles/zanthoria-accord-signed/index.html";
        Instant moment = Instant.parse("2025-10-26T11:00:00Z");
        var before = new IncrementalBuilder(root, false, Clock.fixed(moment.minusSeconds(1), ZoneOffset.UTC)).buildAll();
        assertTrue(before.ok(), before.diagnostics().toString());
        assertTrue(text(before.site().files().get(page)).contains("embargo-banner"));
        var after = new IncrementalBuilder(root, false, Clock.fixed(moment, ZoneOffset.UTC)).buildAll();
        assertTrue(after.ok(), after.diagnostics().toString());
        assertFalse(text(after.site().files().get(page)).contains("embargo-banner"));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
