package brief.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of the built real site passes the W3C Nu HTML Checker (run offline, in-process) with no error. */
class HtmlValidityTest {
    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void build() {
        out = BuiltSite.build(dir);
    }

    @Test
    void everyPageOfTheRealSiteIsValidHtml() throws Exception {
        List<String> pages = BuiltSite.files(out, "html");
        assertTrue(pages.size() > 50, "the real site has its pages: " + pages.size());
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setNoLangDetect(true);
        ObjectMapper json = new ObjectMapper();
        List<String> errors = new ArrayList<>();
        for (String page : pages) {
            JsonNode result = json.readTree(validator.validate(out.resolve(page)));
            for (JsonNode m : result.path("messages")) {
                String type = m.path("type").asText();
                if (type.equals("error") || type.equals("non-document-error")) {
                    errors.add(page + ":" + m.path("lastLine").asInt() + ":" + m.path("firstColumn").asInt(m.path("lastColumn").asInt())
                            + ": " + m.path("message").asText() + "\n    " + m.path("extract").asText().replace("\n", "⏎"));
                }
            }
        }
        assertTrue(errors.isEmpty(), errors.size() + " HTML errors in " + pages.size() + " pages:\n" + String.join("\n", errors));
    }
}
