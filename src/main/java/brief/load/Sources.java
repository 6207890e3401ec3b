package brief.load;

import brief.annotations.Annotations;
import brief.config.SiteConfig;
import brief.content.Article;
import brief.source.SourceFile;
import brief.theme.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything read from the source folder; nothing after the load stage reads the sources again. {@code files}
 * holds the YAML files as read (site.yaml, annotations, theme strings); article texts live in {@code articles}
 * only, so that a large site's Markdown is held once.
 */
public record Sources(Path root, SiteConfig config, List<Article> articles, Annotations annotations, Theme theme,
                      Map<Path, SourceFile> files, List<brief.output.RenderedPage> assets) {
    public Sources {
        articles = List.copyOf(articles);
        files = Map.copyOf(files);
        assets = List.copyOf(assets);
    }
}
