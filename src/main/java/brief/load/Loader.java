package brief.load;

import brief.annotations.AnnotationLoader;
import brief.annotations.Annotations;
import brief.config.ConfigLoader;
import brief.config.SiteConfig;
import brief.content.ArticleLoader;
import brief.content.Article;
import brief.content.MarkdownParser;
import brief.diag.Code;
import brief.source.SourceFile;
import brief.content.SourceLinks;
import brief.diag.Diagnostics;
import brief.output.RenderedPage;
import brief.theme.Theme;
import brief.theme.ThemeLoader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** The load stage: reads and parses every source file. Problems go to the diagnostics. */
public final class Loader {
    private static final Set<Path> ANNOTATION_FILES = Set.of(AnnotationLoader.SERIES, AnnotationLoader.SUMMITS,
            AnnotationLoader.LEADERS, AnnotationLoader.EVENTS, AnnotationLoader.TOPICS);
    private static final Path THEMES = Path.of("themes");

    private final MarkdownParser markdown = new MarkdownParser();

    /**
     * A load, with what a later {@link #reload} needs to reuse it: each entry of content/articles with the
     * diagnostics its files gave, and the diagnostics of the annotation files and of the theme. Reusing a part
     * replays its diagnostics, so a reload reports exactly what a clean load would.
     */
    public record Snapshot(Sources sources, Map<Path, Entry> entries, Diagnostics annotationDiags,
                           Diagnostics themeDiags) {}

    /** One entry of content/articles: the article it made (if any) and its load diagnostics (null: none). */
    public record Entry(Optional<Article> article, Diagnostics diags) {}

    public Optional<Sources> load(Path root, Diagnostics diags, Map<Path, SourceFile> files) {
        if (!SourceLinks.check(root, SourceLinks.READ, diags)) return Optional.empty();
        Optional<SiteConfig> config = new ConfigLoader().load(root, diags);
        if (config.isEmpty()) return Optional.empty();
        List<Article> articles = new ArticleLoader(config.get(), markdown).load(root, diags, files);
        Annotations annotations = new AnnotationLoader(config.get()).load(root, diags, files);
        Optional<Theme> theme = new ThemeLoader().load(root, config.get(), diags, files);
        if (theme.isEmpty()) return Optional.empty();
        return Optional.of(new Sources(root, config.get(), articles, annotations, theme.get(), files,
                assets(root, theme.get(), diags)));
    }

    /** As {@link #load}, keeping what {@link #reload} reuses; the diagnostics are those of {@link #load}. */
    public Optional<Snapshot> loadSnapshot(Path root, Diagnostics diags) {
        if (!SourceLinks.check(root, SourceLinks.READ, diags)) return Optional.empty();
        Optional<SiteConfig> config = new ConfigLoader().load(root, diags);
        if (config.isEmpty()) return Optional.empty();
        ArticleLoader articles = new ArticleLoader(config.get(), markdown);
        Map<Path, Entry> entries = new ConcurrentHashMap<>();
        articles.entries(root, diags).parallelStream().forEach(e -> entries.put(e, entry(root, e, articles)));
        Map<Path, SourceFile> files = newFileMap();
        Diagnostics annotationDiags = Diagnostics.forSource(root);
        Annotations annotations = new AnnotationLoader(config.get()).load(root, annotationDiags, files);
        return finish(root, config.get(), new TreeMap<>(entries), annotations, annotationDiags, files, diags);
    }

    /**
     * Loads again after the files {@code changed} changed (paths relative to the source folder), re-reading only
     * those: an article folder's files, the annotation files, or the theme. Every other article is the previous
     * object, parsed once. Anything else (site.yaml, an unknown file, a folder above these) means a full load.
     * The result and the diagnostics equal those of a clean {@link #loadSnapshot}.
     */
    public Optional<Snapshot> reload(Snapshot previous, Collection<Path> changed, Diagnostics diags) {
        Path root = previous.sources().root();
        boolean annotationsChanged = false;
        Set<Path> folders = new java.util.TreeSet<>();
        for (Path p : changed) {
            if (p.getNameCount() >= 3 && p.startsWith(ArticleLoader.DIR)) {
                folders.add(p.subpath(0, 3));
            } else if (ANNOTATION_FILES.contains(p)) {
                annotationsChanged = true;
            } else if (!(p.getNameCount() >= 2 && p.startsWith(THEMES))) {
                return loadSnapshot(root, diags);
            }
        }
        // Only what changed can hold a new link: the rest was checked by the load this one follows.
        Set<Path> toCheck = new java.util.TreeSet<>(folders);
        for (Path p : changed) if (!p.startsWith(ArticleLoader.DIR)) toCheck.add(p.startsWith(THEMES) ? THEMES : p);
        if (!SourceLinks.check(root, toCheck, diags)) return Optional.empty();
        // Site.yaml did not change, so its diagnostics (warnings) are those of last time: read it again, it is small.
        Optional<SiteConfig> again = new ConfigLoader().load(root, diags);
        if (again.isEmpty()) return Optional.empty();
        // The site's own pages (content/pages) come with the configuration: an edit to one is in the new reading.
        SiteConfig config = again.get().pages().equals(previous.sources().config().pages())
                ? previous.sources().config() : again.get();
        ArticleLoader articles = new ArticleLoader(config, markdown);
        Map<Path, Entry> entries = new TreeMap<>(previous.entries());
        for (Path f : folders) {
            if (java.nio.file.Files.exists(root.resolve(f))) entries.put(f, entry(root, f, articles));
            else entries.remove(f);
        }
        Map<Path, SourceFile> files = newFileMap();
        Annotations annotations;
        Diagnostics annotationDiags;
        if (annotationsChanged) {
            annotationDiags = Diagnostics.forSource(root);
            annotations = new AnnotationLoader(config).load(root, annotationDiags, files);
        } else {
            annotationDiags = previous.annotationDiags();
            annotations = previous.sources().annotations();
            for (Path p : ANNOTATION_FILES) {
                SourceFile sf = previous.sources().files().get(p);
                if (sf != null) files.put(p, sf);
            }
        }
        return finish(root, config, entries, annotations, annotationDiags, files, diags);
    }

    private Optional<Snapshot> finish(Path root, SiteConfig config, Map<Path, Entry> entries, Annotations annotations,
                                      Diagnostics annotationDiags, Map<Path, SourceFile> files, Diagnostics diags) {
        List<Article> list = new java.util.ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.diags() != null) diags.addAll(e.diags());
            e.article().ifPresent(list::add);
        }
        list.sort(java.util.Comparator.comparing(Article::id));
        diags.addAll(annotationDiags);
        // The theme is small (strings, template and static file lists): read it whole each time.
        Diagnostics themeDiags = Diagnostics.forSource(root);
        Optional<Theme> theme = new ThemeLoader().load(root, config, themeDiags, files);
        List<RenderedPage> assets = theme.isEmpty() ? List.of() : assets(root, theme.get(), themeDiags);
        diags.addAll(themeDiags);
        if (theme.isEmpty()) return Optional.empty();
        Sources s = new Sources(root, config, list, annotations, theme.get(), files, assets);
        return Optional.of(new Snapshot(s, Map.copyOf(entries), annotationDiags, themeDiags));
    }

    private Entry entry(Path root, Path rel, ArticleLoader articles) {
        Diagnostics d = Diagnostics.forSource(root);
        Optional<Article> a = articles.loadFolder(root, rel, d, new HashMap<>());
        return new Entry(a, d.all().isEmpty() ? null : d);
    }

    /** The theme's static files, as they will be written under assets/. */
    private static List<RenderedPage> assets(Path root, Theme theme, Diagnostics diags) {
        List<RenderedPage> out = new java.util.ArrayList<>();
        for (Path p : theme.staticFiles()) {
            try {
                String rel = theme.staticDir().relativize(p).toString().replace('\\', '/');
                byte[] bytes = java.nio.file.Files.readAllBytes(root.resolve(p));
                out.add(new RenderedPage("assets/" + brief.theme.Assets.name(rel, bytes), bytes));
            } catch (java.io.IOException e) {
                diags.error(Code.FILE_UNREADABLE, brief.diag.SourcePos.of(p), "cannot read theme file: %s", brief.diag.Causes.plain(e));
            }
        }
        return out;
    }

    /** A map for the loaded files that several threads may fill. */
    public static Map<Path, SourceFile> newFileMap() {
        return new ConcurrentHashMap<>();
    }
}
