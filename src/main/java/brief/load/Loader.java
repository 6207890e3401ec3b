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

/**
 * The load stage: reads and parses every source file, or after an edit the files it changed. Problems go to the
 * diagnostics.
 */
public final class Loader {
    /** The annotation files, in the order of {@link Annotations}' lists. */
    private static final List<Path> ANNOTATION_FILES = List.of(AnnotationLoader.SERIES, AnnotationLoader.SUMMITS,
            AnnotationLoader.LEADERS, AnnotationLoader.EVENTS, AnnotationLoader.TOPICS);
    private static final Path THEMES = Path.of("themes");

    private final MarkdownParser markdown = new MarkdownParser();

    /**
     * A load, with what a later {@link #reload} needs to reuse it: each entry of content/articles with the
     * diagnostics its files gave, the diagnostics of each annotation file and each file's entries as read, and
     * the theme's diagnostics. Reusing a part replays its diagnostics, so a reload reports exactly what a clean
     * load would.
     */
    public record Snapshot(Sources sources, Map<Path, Entry> entries, Map<Path, Diagnostics> annotationDiags,
                           Map<Path, AnnotationLoader.Parsed> annotationsRead, Diagnostics themeDiags) {}

    /** One entry of content/articles: the article it made (if any) and its load diagnostics (null: none). */
    public record Entry(Optional<Article> article, Diagnostics diags) {}

    /** What to read: everything ({@link #EVERYTHING}), or what changed since a last load ({@link Changed}). */
    public sealed interface Since permits Everything, Changed {}

    /** Everything, as a build does and as the preview does first. */
    public record Everything() implements Since {}

    /** The files changed since {@code last}, relative to the source folder. */
    public record Changed(Snapshot last, Set<Path> paths) implements Since {
        public Changed {
            paths = Set.copyOf(paths);
        }
    }

    public static final Since EVERYTHING = new Everything();

    /**
     * Reads and parses the sources under {@code root}: all of them, or after a last load only the files changed
     * since (an article's folder, an annotation file, the theme), reusing the rest of that load. Either way the
     * sources and the diagnostics are those of reading everything. Empty when the sources cannot be loaded.
     */
    public Optional<Snapshot> load(Path root, Since since, Diagnostics diags) {
        return since instanceof Changed c ? reload(c.last(), c.paths(), diags) : loadAll(root, diags);
    }

    private Optional<Snapshot> loadAll(Path root, Diagnostics diags) {
        if (!SourceLinks.check(root, SourceLinks.READ, diags)) return Optional.empty();
        Optional<SiteConfig> config = new ConfigLoader().load(root, diags);
        if (config.isEmpty()) return Optional.empty();
        ArticleLoader articles = new ArticleLoader(config.get(), markdown);
        Map<Path, Entry> entries = new ConcurrentHashMap<>();
        articles.entries(root, diags).parallelStream().forEach(e -> entries.put(e, entry(root, e, articles)));
        Map<Path, SourceFile> files = newFileMap();
        Map<Path, Diagnostics> annotationDiags = new HashMap<>();
        Map<Path, AnnotationLoader.Parsed> read = new HashMap<>();
        Annotations annotations = annotations(root, config.get(), null, Set.copyOf(ANNOTATION_FILES), annotationDiags,
                read, files);
        return finish(root, config.get(), new TreeMap<>(entries), null, annotations, annotationDiags, read, files, null,
                diags);
    }

    /**
     * Loads again after the files {@code changed} changed (paths relative to the source folder), re-reading only
     * those: an article folder's files, an annotation file, or the theme. Every other article is the previous
     * object, parsed once. Anything else (site.yaml, an unknown file, a folder above these) means a full load.
     * The result and the diagnostics equal those of a clean load.
     */
    private Optional<Snapshot> reload(Snapshot previous, Collection<Path> changed, Diagnostics diags) {
        Path root = previous.sources().root();
        Set<Path> annotationsChanged = new java.util.HashSet<>();
        Set<Path> folders = new java.util.TreeSet<>();
        for (Path p : changed) {
            if (p.getNameCount() >= 3 && p.startsWith(ArticleLoader.DIR)) {
                folders.add(p.subpath(0, 3));
            } else if (ANNOTATION_FILES.contains(p)) {
                annotationsChanged.add(p);
            } else if (!(p.getNameCount() >= 2 && p.startsWith(THEMES))) {
                return loadAll(root, diags);
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
        // An edit to annotations alone keeps the last load's 10,000 entries as they are, without copying them.
        Map<Path, Entry> entries = folders.isEmpty() ? previous.entries() : new TreeMap<>(previous.entries());
        for (Path f : folders) {
            if (java.nio.file.Files.exists(root.resolve(f))) entries.put(f, entry(root, f, articles));
            else entries.remove(f);
        }
        Map<Path, SourceFile> files = newFileMap();
        Map<Path, Diagnostics> annotationDiags = new HashMap<>();
        Map<Path, AnnotationLoader.Parsed> read = new HashMap<>();
        Annotations annotations = annotations(root, config, previous, annotationsChanged, annotationDiags, read, files);
        // No theme file changed and the configuration is last load's: last load's theme, assets and diagnostics.
        boolean themeChanged = changed.stream().anyMatch(p -> p.startsWith(THEMES));
        Snapshot theme = !themeChanged && config == previous.sources().config() ? previous : null;
        return finish(root, config, entries, folders.isEmpty() ? previous.sources().articles() : null, annotations,
                annotationDiags, read, files, theme, diags);
    }

    /**
     * The annotations: the files {@code reread} read and parsed again, each with diagnostics of its own (put in
     * {@code diags}, each file's entries as read in {@code read}), the others as {@code previous} had them (null:
     * none). At 10,000 articles the annotation files are megabytes of YAML; an edit to leaders.yaml parses that
     * file alone, and of it the entries whose text changed.
     */
    private static Annotations annotations(Path root, SiteConfig config, Snapshot previous, Set<Path> reread,
                                           Map<Path, Diagnostics> diags, Map<Path, AnnotationLoader.Parsed> read,
                                           Map<Path, SourceFile> files) {
        AnnotationLoader loader = new AnnotationLoader(config);
        Annotations before = previous == null ? Annotations.EMPTY : previous.sources().annotations();
        if (previous != null && reread.isEmpty()) {
            diags.putAll(previous.annotationDiags());
            read.putAll(previous.annotationsRead());
            for (Path p : ANNOTATION_FILES) {
                SourceFile sf = previous.sources().files().get(p);
                if (sf != null) files.put(p, sf);
            }
            return before;
        }
        List<List<?>> lists = new java.util.ArrayList<>();
        for (int i = 0; i < ANNOTATION_FILES.size(); i++) {
            Path p = ANNOTATION_FILES.get(i);
            if (previous != null && !reread.contains(p)) {
                diags.put(p, previous.annotationDiags().get(p));
                AnnotationLoader.Parsed was = previous.annotationsRead().get(p);
                if (was != null) read.put(p, was);
                SourceFile sf = previous.sources().files().get(p);
                if (sf != null) files.put(p, sf);
                lists.add(listOf(before, i));
                continue;
            }
            Diagnostics d = Diagnostics.forSource(root);
            Optional<SourceFile> sf = java.nio.file.Files.exists(root.resolve(p))
                    ? SourceFile.read(root, p, SourceFile.MAX_ANNOTATION_BYTES, d) : Optional.empty();
            sf.ifPresent(f -> files.put(p, f));
            AnnotationLoader.Parsed parsed = sf.isEmpty() ? null
                    : loader.parseFile(sf.get(), d, previous == null ? null : previous.annotationsRead().get(p));
            if (parsed != null) read.put(p, parsed);
            List<?> values = parsed == null ? List.of() : parsed.values();
            // Entries kept from last reading are its objects already; a file read whole is matched by value.
            boolean whole = parsed == null || parsed.entries().isEmpty();
            lists.add(previous == null || !whole ? values : keptIfEqual(listOf(before, i), values));
            diags.put(p, d);
        }
        @SuppressWarnings("unchecked")
        Annotations out = new Annotations((List<brief.annotations.Series>) lists.get(0),
                (List<brief.annotations.Summit>) lists.get(1), (List<brief.annotations.Leader>) lists.get(2),
                (List<brief.annotations.Event>) lists.get(3), (List<brief.annotations.Topic>) lists.get(4));
        return out;
    }

    /**
     * The entries {@code read}, each replaced by an equal one of {@code before} where there is one: after an edit to
     * leaders.yaml, the 999 leaders it did not change are last load's objects, so that every later comparison of
     * them (the check cache, the model, the search index, the page plan) is decided by its first reference.
     */
    private static List<?> keptIfEqual(List<?> before, List<?> read) {
        Map<Object, Object> byValue = new HashMap<>(before.size() * 2);
        for (Object o : before) byValue.putIfAbsent(o, o);
        List<Object> out = new java.util.ArrayList<>(read.size());
        for (Object o : read) out.add(byValue.getOrDefault(o, o));
        return out;
    }

    /** The list of {@code a} read from the {@code i}th of {@link #ANNOTATION_FILES}. */
    private static List<?> listOf(Annotations a, int i) {
        return switch (i) {
            case 0 -> a.series();
            case 1 -> a.summits();
            case 2 -> a.leaders();
            case 3 -> a.events();
            default -> a.topics();
        };
    }

    /**
     * The sources; {@code articles} are those of {@code entries} when the caller has them (null: made here);
     * {@code themeFrom}: the load whose theme is still the theme (null: read it).
     */
    private Optional<Snapshot> finish(Path root, SiteConfig config, Map<Path, Entry> entries, List<Article> articles,
                                      Annotations annotations, Map<Path, Diagnostics> annotationDiags,
                                      Map<Path, AnnotationLoader.Parsed> read, Map<Path, SourceFile> files,
                                      Snapshot themeFrom, Diagnostics diags) {
        List<Article> list = articles == null ? new java.util.ArrayList<>() : articles;
        for (Entry e : entries.values()) {
            if (e.diags() != null) diags.addAll(e.diags());
            if (articles == null) e.article().ifPresent(list::add);
        }
        if (articles == null) list.sort(java.util.Comparator.comparing(Article::id));
        for (Path p : ANNOTATION_FILES) diags.addAll(annotationDiags.get(p));
        // The theme is small (strings, template and static file lists), but reading it and hashing its static
        // files was a tenth of a one-article edit at 10,000 articles: read again only when a theme file changed.
        Diagnostics themeDiags;
        Optional<Theme> theme;
        List<RenderedPage> assets;
        if (themeFrom != null) {
            themeDiags = themeFrom.themeDiags();
            theme = Optional.of(themeFrom.sources().theme());
            assets = themeFrom.sources().assets();
            themeFrom.sources().files().forEach((p, f) -> {
                if (p.startsWith(THEMES)) files.put(p, f);
            });
        } else {
            themeDiags = Diagnostics.forSource(root);
            theme = new ThemeLoader().load(root, config, themeDiags, files);
            assets = theme.isEmpty() ? List.of() : assets(root, theme.get(), themeDiags);
        }
        diags.addAll(themeDiags);
        if (theme.isEmpty()) return Optional.empty();
        Sources s = new Sources(root, config, list, annotations, theme.get(), files, assets);
        // Kept sorted: the next reload copies it into a tree without comparing 10,000 paths again.
        java.util.SortedMap<Path, Entry> sorted = entries instanceof java.util.SortedMap<Path, Entry> m ? m : new TreeMap<>(entries);
        return Optional.of(new Snapshot(s, java.util.Collections.unmodifiableSortedMap(sorted),
                Map.copyOf(annotationDiags), Map.copyOf(read), themeDiags));
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
    private static Map<Path, SourceFile> newFileMap() {
        return new ConcurrentHashMap<>();
    }
}
