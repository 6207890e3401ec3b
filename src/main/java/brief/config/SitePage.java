package brief.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * A page of the site that is neither an article nor an annotation (content/pages/&lt;id&gt;/&lt;lang&gt;.md):
 * the About page and the accessibility statement. Each language's text is its title and its Markdown body.
 */
public record SitePage(String id, Map<String, Text> texts) {
    public SitePage {
        texts = Map.copyOf(texts);
    }

    public record Text(String title, String markdown, int bodyLine, Path file) {}
}
