package brief.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import brief.testing.Sites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build key tells an edited source from the one it was, even where the edit keeps the file's length: the
 * cases a check of the bytes weaker than SHA-256 (BuildKey#hashFile) must still catch.
 */
class BuildKeyTest {
    @TempDir
    Path dir;

    static final String ARTICLE = """
            ---
            title: Hội đàm thương mại
            date: 2025-10-20
            ---
            Kim ngạch đạt 7 tỷ USD trong năm nay.
            """;

    private Path site() {
        return Sites.inline(dir,
                "content/site.yaml", Sites.TWO_LANGUAGE_SITE_YAML,
                "content/articles/2025-10-20-trade/vi.md", ARTICLE);
    }

    private String keyAfter(String path, String text) throws IOException {
        Files.writeString(dir.resolve(path), text, StandardCharsets.UTF_8);
        return BuildKey.of(dir, false);
    }

    @Test
    void theSameSourcesGiveTheSameKey() {
        Path root = site();
        assertEquals(BuildKey.of(root, false), BuildKey.of(root, false));
    }

    @Test
    void anEditThatKeepsTheLengthGivesAnotherKey() throws IOException {
        String before = BuildKey.of(site(), false);
        String article = "content/articles/2025-10-20-trade/vi.md";
        // One digit, two letters swapped, a diacritic for another of the same UTF-8 length, the first and last byte.
        for (String edited : new String[] {ARTICLE.replace("7 tỷ", "8 tỷ"), ARTICLE.replace("năm nay", "nmă nay"),
                ARTICLE.replace("Hội", "Hồi"), "+" + ARTICLE.substring(1), ARTICLE.substring(0, ARTICLE.length() - 1) + " "}) {
            assertEquals(ARTICLE.getBytes(StandardCharsets.UTF_8).length, edited.getBytes(StandardCharsets.UTF_8).length);
            assertNotEquals(before, keyAfter(article, edited), edited);
        }
        assertEquals(before, keyAfter(article, ARTICLE), "back as it was, back to its key");
    }

    @Test
    void aNewFileARenamedFileAndATemplateEditGiveOtherKeys() throws IOException {
        Path root = site();
        String before = BuildKey.of(root, false);
        Files.writeString(root.resolve("content/leaders.yaml"), "[]\n");
        String added = BuildKey.of(root, false);
        assertNotEquals(before, added);
        Files.move(root.resolve("content/leaders.yaml"), root.resolve("content/events.yaml"));
        assertNotEquals(added, BuildKey.of(root, false), "same bytes under another name");
        Path template = root.resolve("themes/default/templates/base.peb");
        String theme = BuildKey.of(root, false);
        Files.writeString(template, Files.readString(template) + "\n");
        assertNotEquals(theme, BuildKey.of(root, false));
    }

    @Test
    void aDraftsBuildHasAnotherKey() {
        Path root = site();
        assertNotEquals(BuildKey.of(root, false), BuildKey.of(root, true));
    }
}
