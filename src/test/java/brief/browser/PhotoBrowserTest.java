package brief.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.build.Pipeline;
import brief.diag.Diagnostics;
import brief.testing.Sites;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Which photo variant Chromium downloads: on a 375 px phone the 480 px one, on a 1280 px screen the one that
 * fills the 44rem column (800 px), from the srcset and sizes the build writes. A fresh browser each time, so
 * that a larger variant in its cache does not decide.
 */
class PhotoBrowserTest {
    @TempDir
    static Path dir;

    static Path out;

    @org.junit.jupiter.api.BeforeAll
    static void build() throws Exception {
        Path root = brief.photo.PhotosTest.site(dir);
        out = dir.resolve("out");
        Sites.pipeline(Pipeline.Options.build(root).writingTo(out), new Diagnostics());
    }

    @Test
    void pagesWithPhotosAreValidHtml() throws Exception {
        nu.validator.client.EmbeddedValidator validator = new nu.validator.client.EmbeddedValidator();
        validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.JSON);
        validator.setNoLangDetect(true);
        java.util.List<String> errors = new java.util.ArrayList<>();
        for (String page : java.util.List.of("vi/bai-viet/hoi-dam-co-anh/index.html", "en/articles/talks-with-photos/index.html",
                "vi/bai-viet/index.html", "vi/index.html")) {
            var result = new com.fasterxml.jackson.databind.ObjectMapper().readTree(validator.validate(out.resolve(page)));
            for (var m : result.path("messages")) {
                String type = m.path("type").asText();
                if (type.equals("error") || type.equals("non-document-error")) errors.add(page + ": " + m.path("message").asText());
            }
        }
        assertEquals(java.util.List.of(), errors);
    }

    @Test
    void chromiumPicksTheVariantThatFitsTheScreen() throws Exception {
        try (StaticServer server = new StaticServer(out, "/briefings/")) {
            assertTrue(picked(server, 375).endsWith("-480.jpg"), picked(server, 375));
            String wide = picked(server, 1280);
            assertTrue(wide.endsWith("-800.jpg"), wide);
        }
    }

    /** The URL of the lead photo the browser chose, at a window {@code width} px wide (device pixel ratio 1). */
    private static String picked(StaticServer server, int width) {
        ChromeDriver driver = Browser.open();
        try {
            driver.manage().window().setSize(new Dimension(width, 900));
            driver.get(server.base() + "vi/bai-viet/hoi-dam-co-anh/");
            JavascriptExecutor js = driver;
            assertEquals(1L, ((Number) js.executeScript("return window.devicePixelRatio")).longValue());
            return (String) js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const img = document.querySelector('main figure.photo img');
                    if (img.complete) done(img.currentSrc); else img.onload = () => done(img.currentSrc);""");
        } finally {
            driver.quit();
        }
    }
}
