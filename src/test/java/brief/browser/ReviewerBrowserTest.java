package brief.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.serve.PreviewServer;
import brief.testing.Sites;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The reviewer's views in headless Chromium: the warnings panel opens from the keyboard and shows the
 * warning, and axe-core finds no accessibility violation on a page with the panel, on /_changes/ and on
 * /_review/ (with an outdated paragraph, so every kind of cell is there).
 */
class ReviewerBrowserTest {
    static final String ARTICLE = "2025-10-26-asean-us-summit-13";

    @TempDir
    Path dir;

    @Test
    void theWarningsPanelOpensFromTheKeyboardAndTheReviewerPagesPassAxe() throws Exception {
        Path axePath = Path.of(System.getProperty("brief.axe", System.getenv().getOrDefault("BRIEF_AXE",
                "target/axe/node_modules/axe-core/axe.min.js"))).toAbsolutePath();
        Browser.require(Files.isRegularFile(axePath), "axe-core (" + axePath + ")",
                "mkdir -p target/axe && cd target/axe && npm install --prefix . axe-core@4.14.1");
        String axe = Files.readString(axePath);
        Sites.copyRealSite(dir);
        Path articleDir = dir.resolve("content/articles").resolve(ARTICLE);
        Files.writeString(articleDir.resolve("en.md"), Files.readString(articleDir.resolve("en.md"))
                .replace("Kuala Lumpur on 26 October 2025", "Kuala Lumpur on 27 October 2025")
                .replace("\nASEAN leaders especially appreciated", "\nA new paragraph.\n\nASEAN leaders especially appreciated"));
        Files.writeString(articleDir.resolve("vi.md"), Files.readString(articleDir.resolve("vi.md"))
                .replace("Đặc biệt, ASEAN và Hoa Kỳ đã hoàn tất", "Đặc biệt, ASEAN và Hoa Kỳ vừa hoàn tất")
                .replace("\nLãnh đạo các nước ASEAN đặc biệt", "\nMột đoạn mới.\n\nLãnh đạo các nước ASEAN đặc biệt"));
        PrintStream console = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ChromeDriver driver = Browser.open();
        try (PreviewServer server = PreviewServer.start(new PreviewServer.Options(dir, "127.0.0.1", 0, false, null, false), console)) {
            String origin = "http://127.0.0.1:" + server.port();
            String page = server.site().orElseThrow().model().urls().article("en", ARTICLE);
            driver.get(origin + page);
            WebElement summary = driver.findElement(By.cssSelector("#brief-warnings summary"));
            assertTrue(summary.getText().matches("\\d+ warnings? about this page \\(preview only\\)"), summary.getText());
            WebElement list = driver.findElement(By.cssSelector("#brief-warnings ul"));
            assertFalse(list.isDisplayed(), "closed until asked for");
            summary.sendKeys(Keys.ENTER);
            assertTrue(list.isDisplayed(), "Enter on the summary opens it");
            assertTrue(list.getText().contains("outdated translation: the source's paragraph 4 (#p-4, vi.md:"), list.getText());
            assertTrue(list.getText().contains("outdated translation: the source's paragraph 7 (#p-7, vi.md:"), list.getText());
            assertTrue(list.getText().contains("numbers differ"), list.getText());

            // /_changes/: one line per page, its diff opened from the keyboard.
            driver.get(origin + "/_changes/");
            WebElement diff = driver.findElement(By.cssSelector("ul.pages details summary"));
            WebElement pre = driver.findElement(By.cssSelector("ul.pages details pre"));
            assertFalse(pre.isDisplayed());
            diff.sendKeys(Keys.ENTER);
            assertTrue(pre.isDisplayed(), "the diff shows once its summary is activated");
            assertTrue(pre.getText().startsWith("--- a/"), pre.getText());

            List<String> failures = new ArrayList<>();
            for (String url : List.of(page, "/_changes/", "/_review/", "/_review/" + ARTICLE + "/")) {
                driver.get(origin + url);
                driver.executeScript(axe);
                Object result = driver.executeAsyncScript(AccessibilityTest.AXE_RUN);
                assertTrue(result instanceof List<?>, "axe answered on " + url + ": " + result);
                for (Object v : (List<?>) result) failures.add(url + ": " + v);
            }
            assertEquals(List.of(), failures, failures.size() + " axe violations:\n" + String.join("\n", failures));
        } finally {
            driver.quit();
        }
    }
}
