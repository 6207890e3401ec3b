package brief.serve;

import brief.load.Loader;
import brief.load.Sources;
import brief.check.Validated;
import brief.check.Validator;
import brief.content.Article;
import brief.content.MarkdownParser;
import brief.diag.Diagnostic;
import brief.diag.Diagnostics;
import brief.diag.Severity;
import brief.output.RenderedPage;
import brief.render.Renderer;
import brief.render.TemplateEngine;
import brief.plan.Change;
import brief.plan.Input;
import brief.plan.Page;
import brief.plan.PageKey;
import brief.plan.PagePlan;
import brief.plan.Rebuild;
import brief.site.Resolver;
import brief.site.SiteModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Builds the site in memory and rebuilds it after edits, rendering again only the pages an edit can change.
 * The result of a rebuild must equal a clean build byte for byte (a test checks it), so when in doubt a page
 * is rendered again. Not thread-safe: the server calls it from its single rebuild thread.
 */
public final class IncrementalBuilder {
    /**
     * A successful build: every output file, what it was made from, and the warnings its sources gave (the
     * preview shows them on the pages they concern). Immutable once published.
     */
    public record Site(long version, Map<String, byte[]> files, Sources sources, SiteModel model,
                       PagePlan plan, List<Diagnostic> warnings) {
        public Site {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * What one (re)build did. {@code site} is the last good site (the new one when {@code ok}); {@code pages}
     * are the pages rendered, the first {@code first} of them before the early site was shown; {@code stages}
     * the time of each step, for people.
     */
    public record Outcome(boolean ok, int rendered, int total, long millis, List<Diagnostic> diagnostics,
                          boolean changed, Site site, Map<String, Long> stages, List<PageKey> pages, int first) {
        public Outcome {
            pages = List.copyOf(pages);
        }

        /** The pages rendered before the early site was shown. */
        public List<PageKey> shownFirst() {
            return pages.subList(0, first);
        }

        public List<Diagnostic> errors() {
            return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        }
    }

    private final Path root;
    private final boolean drafts;
    private final java.time.Clock clock;
    private final Loader loader = new Loader();
    private final brief.check.ArticleChecks checks = new brief.check.ArticleChecks();
    private final Validator validator = new Validator(checks);
    // Reuses the slugs the check made for each unchanged article.
    private final Resolver resolver = new Resolver(checks::slugs);
    private final MarkdownParser markdown = new MarkdownParser();
    /** The entity linker, kept while the leaders and summits are equal. */
    private final Renderer.Linkers linkers = new Renderer.Linkers();
    /** Kept between builds: an edit re-makes only the index files its words fall in. */
    private final brief.search.SearchIndex searchIndex = new brief.search.SearchIndex();
    /** Kept between builds: an edit to an article without photos makes none again. */
    private final brief.build.Pipeline.Photos photos = new brief.build.Pipeline.Photos();
    private TemplateEngine templates;
    private Site current;
    /** The files of {@link #current} made from the whole site that are neither pages nor assets (the index). */
    private Map<String, byte[]> wholeSite = Map.of();
    /** The last load, good or not, for the next incremental reload; null: load everything. */
    private Loader.Snapshot loaded;
    /** How many warm-up runs were made. */
    private int warmUps;

    public IncrementalBuilder(Path root, boolean drafts) {
        this(root, drafts, java.time.Clock.systemUTC());
    }

    /** A builder whose preview marks the articles under embargo at {@code clock}'s moment of each rebuild. */
    public IncrementalBuilder(Path root, boolean drafts, java.time.Clock clock) {
        this.root = root;
        this.drafts = drafts;
        this.clock = clock;
    }

    /** What the preview shows: embargoed articles too (marked), drafts with --drafts. */
    private brief.site.Publication publication() {
        return brief.site.Publication.preview(clock, drafts);
    }

    public Site current() {
        return current;
    }

    /** A full build, as on start-up. */
    public Outcome buildAll() {
        return build(null);
    }

    /**
     * Rebuilds after the given source files changed (paths relative to the source folder); {@code null} means
     * "anything may have changed" and renders every page.
     */
    public Outcome build(Set<Path> changed) {
        return build(changed, null);
    }

    /**
     * As {@link #build(Set)}; when the new pages are rendered, and before the files made from the whole site
     * (the search index) are made again, {@code early} receives a site with the new pages and the previous index.
     * The preview shows that one at once: the index is not on any page, and at scale it is the slowest part.
     */
    public Outcome build(Set<Path> changed, Consumer<Site> early) {
        return build(changed, Set.of(), early);
    }

    /**
     * As {@link #build(Set, Consumer)}; the pages {@code viewed} (output files the browser asked for last) are
     * among those rendered before {@code early} is called.
     */
    public Outcome build(Set<Path> changed, Set<String> viewed, Consumer<Site> early) {
        long t0 = System.nanoTime();
        Diagnostics diags = Diagnostics.forSource(root);
        try {
            return rebuild(changed, viewed, early, Set.of(), true, diags, t0);
        } catch (TemplateEngine.TemplateFailure e) {
            // A template that fails on some page, whichever pass rendered it: the last good site stays.
            diags.errorWithHint(brief.diag.Code.TEMPLATE_ERROR, e.pos, e.hint, "template error: %s", e.getMessage());
            return failed(diags, t0);
        }
    }

    /**
     * The one way a build or an edit goes: load what changed, check, resolve (patching the last model when
     * only articles' files changed and nothing moved), then let the rule of {@link Rebuild} say which pages to
     * render, render those of what was edited and those viewed first, show them through {@code early}, render
     * the rest, and bring the whole-site files up to date. {@code forced} inputs count as changed; with
     * {@code publish} false nothing is kept (the warm-up).
     */
    private Outcome rebuild(Set<Path> changed, Set<String> viewed, Consumer<Site> early, Set<Input> forced,
                            boolean publish, Diagnostics diags, long t0) {
        Map<String, Long> stages = new LinkedHashMap<>();
        Set<Change> changes = Change.classify(current == null ? null : changed, brief.theme.Assets::fingerprinted);
        boolean everything = changes.stream().anyMatch(c -> c instanceof Change.Everything);
        // Only the files an edit touched are read and parsed again; the rest of the last load is reused.
        Optional<Loader.Snapshot> snapshot = loader.load(root, everything || loaded == null ? Loader.EVERYTHING
                : new Loader.Changed(loaded, changed), diags);
        if (publish) loaded = snapshot.orElse(null);
        Optional<Sources> sources = snapshot.map(Loader.Snapshot::sources);
        long t = lap(stages, "load", t0);
        if (sources.isEmpty()) return failed(diags, t0);
        Optional<Validated> checked = validator.validate(sources.get(), diags);
        TemplateEngine te = templatesFor(changes, everything, sources.get(), publish, diags);
        t = lap(stages, "check", t);
        if (checked.isEmpty() || te == null || diags.hasErrors()) return failed(diags, t0);
        // Sorted once: nothing adds to them after the checks but a failure, and a site has thousands of warnings.
        List<Diagnostic> found = diags.all();
        List<Diagnostic> warnings = found.stream().filter(x -> x.severity() == Severity.WARNING).toList();
        SiteModel model = resolve(changes, checked.get());
        t = lap(stages, "resolve", t);
        Renderer renderer = new Renderer(te, markdown, linkers);
        Rebuild.Decision d = Rebuild.decide(current == null ? null : current.plan(), changes, forced,
                scope -> renderer.plan(model, scope), viewed);
        t = lap(stages, "plan", t);
        Map<String, byte[]> first = render(d.first());
        boolean earlyDifferent = false;
        if (early != null && current != null) {
            for (var e : first.entrySet()) earlyDifferent |= !Arrays.equals(e.getValue(), current.files().get(e.getKey()));
            early.accept(new Site(current.version() + (earlyDifferent ? 1 : 0), new Overlay(current.files(), first),
                    sources.get(), model, d.plan(), warnings));
        }
        t = lap(stages, "first", t);
        Map<String, byte[]> rest = render(d.rest());
        t = lap(stages, "rest", t);
        // After an early site that differed, whether the rest changes anything too (then the preview reloads again).
        boolean restChanged = false;
        if (earlyDifferent) {
            for (var e : rest.entrySet()) restChanged |= !Arrays.equals(e.getValue(), current.files().get(e.getKey()));
        }
        TreeMap<String, byte[]> next = pages(d, first, rest);
        List<PageKey> rendered = new ArrayList<>();
        for (Page p : d.first()) rendered.add(p.key());
        for (Page p : d.rest()) rendered.add(p.key());
        if (!publish) {
            wholeSiteFiles(sources.get(), model, next);
            return new Outcome(true, rendered.size(), next.size(), millis(t0), found, false, current, stages, rendered, d.first().size());
        }
        // The last site's whole-site files, for those the index keeps.
        next.putAll(wholeSite);
        Map<String, byte[]> whole = wholeSiteFiles(sources.get(), model, next);
        lap(stages, "index", t);
        return finish(te, whole, sources.get(), model, d.plan(), next, earlyDifferent, restChanged && earlyDifferent,
                rendered, d.first().size(), found, warnings, stages, t0);
    }

    /** Last run's templates, unless the edit may have changed the theme (they are made from the theme alone). */
    private TemplateEngine templatesFor(Set<Change> changes, boolean everything, Sources sources, boolean publish,
                                        Diagnostics diags) {
        boolean themeChanged = everything || templates == null || changes.stream().anyMatch(
                c -> !(c instanceof Change.Article) && !(c instanceof Change.Static) && !(c instanceof Change.Annotations));
        if (!themeChanged) return templates;
        TemplateEngine te = TemplateEngine.compile(root, sources.theme(), diags).orElse(null);
        // The theme as it is now, even if this build fails on something else; null: compile it again next time.
        if (publish) templates = te;
        return te;
    }

    /** The last site's files with the pages rendered in their place, and without those the new plan has not. */
    private TreeMap<String, byte[]> pages(Rebuild.Decision d, Map<String, byte[]> first, Map<String, byte[]> rest) {
        TreeMap<String, byte[]> next = current == null ? new TreeMap<>()
                : current.files() instanceof java.util.SortedMap<String, byte[]> sorted ? new TreeMap<>(sorted) : new TreeMap<>(current.files());
        if (current != null && d.replanned()) {
            // Pages the new plan no longer has (a removed article, a title that moved its page) go.
            Set<String> paths = new HashSet<>();
            for (Page p : d.plan().pages()) paths.add(p.path());
            for (Page p : current.plan().pages()) if (!paths.contains(p.path())) next.remove(p.path());
        }
        // The theme's assets are copied again below, under names that change with their content.
        if (current != null) for (RenderedPage p : current.sources().assets()) next.remove(p.path());
        next.putAll(first);
        next.putAll(rest);
        return next;
    }

    /**
     * The new model, from the last one and the articles edited since; the resolver patches the last one when the
     * edit moved nothing (the same dates, summits, leaders, slugs; annotations changed in leaders only), which at
     * 10,000 articles is most of an edit's time saved. Any other change resolves everything.
     */
    private SiteModel resolve(Set<Change> changes, Validated checked) {
        boolean patchable = current != null && !changes.isEmpty()
                && changes.stream().allMatch(c -> c instanceof Change.Article || c instanceof Change.Annotations);
        Set<String> ids = new java.util.TreeSet<>();
        for (Change c : changes) if (c instanceof Change.Article a) ids.add(a.id());
        return resolver.resolve(checked, publication(), patchable
                ? new Resolver.Last(current.model(), current.sources().annotations(), ids) : Resolver.EVERYTHING);
    }

    /**
     * Puts the files made from the whole site (assets, search index) into {@code next}, which holds the last
     * site's, in their place, and returns those that are not assets. A file the index kept (the same bytes
     * object) is left as it is: an edit changes a few of the thousands of index files, and {@code next} is a tree.
     */
    private Map<String, byte[]> wholeSiteFiles(Sources sources, SiteModel model, Map<String, byte[]> next) {
        Map<String, byte[]> whole = new java.util.HashMap<>();
        for (RenderedPage p : brief.build.Pipeline.derivedFiles(sources, model, searchIndex, photos)) whole.put(p.path(), p.bytes());
        for (String path : wholeSite.keySet()) if (!whole.containsKey(path)) next.remove(path);
        whole.forEach((path, bytes) -> {
            if (wholeSite.get(path) != bytes) next.put(path, bytes);
        });
        for (RenderedPage p : sources.assets()) whole.remove(p.path());
        return whole;
    }

    /** Publishes the new site: a new version when a file differs from the last site's, or from the early one. */
    private Outcome finish(TemplateEngine te, Map<String, byte[]> whole, Sources sources, SiteModel model,
                           PagePlan plan, TreeMap<String, byte[]> next, boolean earlyDifferent,
                           boolean laterChanged, List<PageKey> rendered, int first, List<Diagnostic> found,
                           List<Diagnostic> warnings, Map<String, Long> stages, long t0) {
        Map<String, byte[]> files = Collections.unmodifiableSortedMap(next);
        boolean different = current == null || !sameFiles(current.files(), files);
        // A list page that changed after the early site went out makes a new version: the preview reloads again.
        long version = current == null ? 1
                : current.version() + (different || earlyDifferent ? 1 : 0) + (earlyDifferent && laterChanged ? 1 : 0);
        templates = te;
        wholeSite = whole;
        current = new Site(version, files, sources, model, plan, warnings);
        return new Outcome(true, rendered.size(), files.size(), millis(t0), found, different, current, stages,
                rendered, first);
    }

    /**
     * Runs an edit of the first article's source file, as it is, through the same rebuild as a real edit with
     * its text counted as changed, keeping nothing: the reviewer's first edit then runs code the JIT has
     * compiled. The check and index caches may hold the re-read article, which is equal to the one they replace.
     */
    public void warmUp() {
        if (current == null || loaded == null || templates == null || current.model().articles().isEmpty()) return;
        Article a = current.model().articles().get(0);
        Set<Path> changed = Set.of(a.dir().resolve(a.sourceLang() + ".md"));
        Set<Input> forced = Set.of(new Input.ArticleText(a.id()));
        // One run in five reads leaders.yaml again and compares the leaders, which an edit of a leader does.
        if (++warmUps % 5 == 0 && loaded.sources().files().containsKey(brief.annotations.AnnotationLoader.LEADERS)) {
            changed = Set.of(brief.annotations.AnnotationLoader.LEADERS);
            forced = Set.of();
        }
        long t0 = System.nanoTime();
        try {
            rebuild(changed, Set.of(), null, forced, false, Diagnostics.forSource(root), t0);
        } catch (TemplateEngine.TemplateFailure e) {
            // The site as it is renders; a failure here is the next real edit's to report.
        }
    }

    private static Map<String, byte[]> render(List<Page> pages) {
        Map<String, byte[]> out = new java.util.concurrent.ConcurrentHashMap<>();
        pages.parallelStream().forEach(p -> out.put(p.path(), p.render().get()));
        return new java.util.HashMap<>(out);
    }

    private static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (a.size() != b.size()) return false;
        if (a instanceof java.util.SortedMap<String, byte[]> x && b instanceof java.util.SortedMap<String, byte[]> y
                && x.comparator() == null && y.comparator() == null) {
            // Two sites in path order: one walk through both, where 24,000 lookups in a tree took milliseconds.
            var i = x.entrySet().iterator();
            for (var e : y.entrySet()) {
                var f = i.next();
                if (!f.getKey().equals(e.getKey())) return false;
                if (f.getValue() != e.getValue() && !Arrays.equals(f.getValue(), e.getValue())) return false;
            }
            return true;
        }
        if (!a.keySet().equals(b.keySet())) return false;
        for (var e : a.entrySet()) {
            if (e.getValue() != b.get(e.getKey()) && !Arrays.equals(e.getValue(), b.get(e.getKey()))) return false;
        }
        return true;
    }

    private Outcome failed(Diagnostics diags, long t0) {
        return new Outcome(false, 0, current == null ? 0 : current.files().size(), millis(t0), diags.all(), false, current,
                Map.of(), List.of(), 0);
    }

    private static long lap(Map<String, Long> stages, String stage, long since) {
        long now = System.nanoTime();
        stages.put(stage, (now - since) / 1_000_000);
        return now;
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
