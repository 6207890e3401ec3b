package brief.build;

import brief.annotations.AnnotationLoader;
import brief.annotations.Annotations;
import brief.config.ConfigLoader;
import brief.config.SiteConfig;
import brief.content.ArticleLoader;
import brief.content.Article;
import brief.content.MarkdownParser;
import brief.content.SourceFile;
import brief.diag.Diagnostics;
import brief.render.RenderedPage;
import brief.render.Theme;
import brief.render.ThemeLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The load stage: reads and parses every source file. Problems go to the diagnostics. */
public final class Loader {
    private final MarkdownParser markdown = new MarkdownParser();

    public Optional<Sources> load(Path root, Diagnostics diags, Map<Path, SourceFile> files) {
        Optional<SiteConfig> config = new ConfigLoader().load(root, diags);
        if (config.isEmpty()) return Optional.empty();
        List<Article> articles = new ArticleLoader(config.get(), markdown).load(root, diags, files);
        Annotations annotations = new AnnotationLoader(config.get()).load(root, diags, files);
        Optional<Theme> theme = new ThemeLoader().load(root, config.get(), diags, files);
        if (theme.isEmpty()) return Optional.empty();
        return Optional.of(new Sources(root, config.get(), articles, annotations, theme.get(), files,
                assets(root, theme.get(), diags)));
    }

    /** The theme's static files, as they will be written under assets/. */
    private static List<RenderedPage> assets(Path root, Theme theme, Diagnostics diags) {
        List<RenderedPage> out = new java.util.ArrayList<>();
        for (Path p : theme.staticFiles()) {
            try {
                String rel = theme.staticDir().relativize(p).toString().replace('\\', '/');
                out.add(new RenderedPage("assets/" + rel, java.nio.file.Files.readAllBytes(root.resolve(p))));
            } catch (java.io.IOException e) {
                diags.error(brief.diag.SourcePos.of(p), "cannot read theme file: %s", e.getMessage());
            }
        }
        return out;
    }

    /** A map for the loaded files that several threads may fill. */
    public static Map<Path, SourceFile> newFileMap() {
        return new ConcurrentHashMap<>();
    }
}
