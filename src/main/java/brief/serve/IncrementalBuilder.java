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
import brief.i18n.Language;
import brief.output.RenderedPage;
import brief.render.Renderer;
import brief.render.TemplateEngine;
import brief.site.Resolver;
import brief.site.SiteModel;
import brief.yaml.Fields.Ref;
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
import java.util.function.Predicate;

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
                       List<Renderer.PageJob> jobs, List<Diagnostic> warnings) {
        public Site {
            warnings = List.copyOf(warnings);
        }
    }

    private static final String FILTER_KIND = "chronology-filter";
    /**
     * The page kinds rendered before the early site is shown (see {@link #build(Set, Consumer)}): the edited
     * article's own pages. Other pages the edit touches (lists, its summits and leaders, the chronology; at
     * 10,000 articles some are megabytes) are remade right after, and the preview reloads again if they changed.
     */
    static final Set<String> FIRST = Set.of("article");

    /** What one (re)build did. {@code site} is the last good site (the new one when {@code ok}). */
    public record Outcome(boolean ok, int rendered, int total, long millis, List<Diagnostic> diagnostics,
                          boolean changed, Site site, Map<String, Long> stages) {
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
    /** Kept between builds: an edit re-makes only the index files its words fall in. */
    private final brief.search.SearchIndex searchIndex = new brief.search.SearchIndex();
    private TemplateEngine templates;
    private Site current;
    /** The files of {@link #current} made from the whole site that are neither pages nor assets (the index). */
    private Map<String, byte[]> wholeSite = Map.of();
    /** The last load, good or not, for the next incremental reload; null: load everything. */
    private Loader.Snapshot loaded;

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
            return rebuild(changed, viewed, early, diags, t0);
        } catch (TemplateEngine.TemplateFailure e) {
            // A template that fails on some page, whichever pass rendered it: the last good site stays.
            diags.errorWithHint(e.pos, e.hint, "template error: %s", e.getMessage());
            return failed(diags, t0);
        }
    }

    private Outcome rebuild(Set<Path> changed, Set<String> viewed, Consumer<Site> early, Diagnostics diags, long t0) {
        Map<String, Long> stages = new LinkedHashMap<>();
        // Only the files an edit touched are read and parsed again; the rest of the last load is reused.
        Optional<Loader.Snapshot> snapshot = changed == null || loaded == null
                ? loader.loadSnapshot(root, diags) : loader.reload(loaded, changed, diags);
        loaded = snapshot.orElse(null);
        Optional<Sources> sources = snapshot.map(Loader.Snapshot::sources);
        long t = lap(stages, "load", t0);
        if (sources.isEmpty()) return failed(diags, t0);
        Optional<Validated> checked = validator.validate(sources.get(), diags);
        boolean themeChanged = changed == null || templates == null || current == null
                || changed.stream().anyMatch(p -> !isArticle(p) && !isPlainStatic(p));
        TemplateEngine te = templates;
        if (themeChanged) te = TemplateEngine.compile(root, sources.get().theme(), diags).orElse(null);
        t = lap(stages, "check", t);
        if (checked.isEmpty() || te == null || diags.hasErrors()) return failed(diags, t0);
        // An edit to the text of articles that moves nothing (same dates, summits, leaders, slugs): patch the
        // last model, render those articles' pages and show them before listing and planning the whole site.
        SiteModel model = null;
        Map<String, byte[]> firstPages = Map.of();
        boolean earlyShown = false;
        boolean earlyDifferent = false;
        Set<String> edited = early != null && current != null && !themeChanged ? editedArticles(changed) : null;
        if (edited != null) {
            model = resolver.patch(current.model(), current.sources().annotations(), checked.get(), publication(), edited)
                    .orElse(null);
        }
        if (model != null) {
            t = lap(stages, "resolve", t);
            firstPages = new java.util.HashMap<>();
            for (RenderedPage p : render(new Renderer(te, markdown).articleJobs(model, edited))) {
                firstPages.put(p.path(), p.bytes());
            }
            t = lap(stages, "render", t);
            for (var e : firstPages.entrySet()) earlyDifferent |= !Arrays.equals(e.getValue(), current.files().get(e.getKey()));
            early.accept(new Site(current.version() + (earlyDifferent ? 1 : 0), new Overlay(current.files(), firstPages),
                    sources.get(), model, current.jobs(), warnings(diags)));
            earlyShown = true;
            t = lap(stages, "shown", t);
            if (shownOnlyOnOwnPages(edited, model)) {
                return ownPagesEdited(edited, te, sources.get(), model, firstPages, earlyDifferent, stages, diags, t0, t);
            }
        } else {
            model = resolver.resolve(checked.get(), publication());
            t = lap(stages, "resolve", t);
        }
        List<Renderer.PageJob> jobs = new Renderer(te, markdown).jobs(model);
        Set<String> filterKeys = new HashSet<>();
        for (Renderer.PageJob j : jobs) if (j.kind().equals(FILTER_KIND)) filterKeys.add(j.key());
        t = lap(stages, "jobs", t);

        Predicate<Renderer.PageJob> stale = plan(changed, model, filterKeys);
        TreeMap<String, byte[]> next = new TreeMap<>();
        List<Renderer.PageJob> todo = new ArrayList<>();
        // Pages already served once that are not the edited article's: shown as they were until remade below.
        List<Renderer.PageJob> later = new ArrayList<>();
        boolean split = early != null && current != null;
        Predicate<Renderer.PageJob> firstKinds = split ? shownFirst(changed, current.model(), model, viewed) : j -> true;
        for (Renderer.PageJob j : jobs) {
            byte[] old = current == null ? null : current.files().get(j.path());
            byte[] first = firstPages.get(j.path());
            if (first != null) next.put(j.path(), first);
            else if (old != null && !stale.test(j)) next.put(j.path(), old);
            else if (split && old != null && (earlyShown || !firstKinds.test(j))) later.add(j);
            else todo.add(j);
        }
        List<RenderedPage> rendered = render(todo);
        for (RenderedPage p : rendered) next.put(p.path(), p.bytes());
        if (!earlyShown) t = lap(stages, "render", t);
        if (early != null && current != null && !earlyShown) {
            // A hash map: it is shown, never written in order, and copying 24,000 entries into a tree costs more.
            Map<String, byte[]> shown = new java.util.HashMap<>(next);
            for (RenderedPage p : sources.get().assets()) shown.put(p.path(), p.bytes());
            // The previous whole-site files (the index): kept until remade below.
            wholeSite.forEach(shown::putIfAbsent);
            for (Renderer.PageJob j : later) shown.put(j.path(), current.files().get(j.path()));
            earlyDifferent = !sameFiles(current.files(), shown);
            early.accept(new Site(current.version() + (earlyDifferent ? 1 : 0), Collections.unmodifiableMap(shown),
                    sources.get(), model, jobs, warnings(diags)));
            t = lap(stages, "shown", t);
        }
        boolean laterChanged = false;
        if (!later.isEmpty()) {
            List<RenderedPage> remade = render(later);
            for (RenderedPage p : remade) {
                laterChanged |= !Arrays.equals(p.bytes(), current.files().get(p.path()));
                next.put(p.path(), p.bytes());
            }
            rendered = new ArrayList<>(rendered);
            rendered.addAll(remade);
            t = lap(stages, "lists", t);
        }
        // The last site's whole-site files, for those the index keeps.
        next.putAll(wholeSite);
        Map<String, byte[]> whole = wholeSiteFiles(sources.get(), model, next);
        lap(stages, "index", t);
        return finish(te, whole, sources.get(), model, jobs, next, earlyDifferent, laterChanged,
                rendered.size() + firstPages.size(), diags, stages, t0);
    }

    /** Whether no page but the articles' own shows anything that changed (see Renderer#shownElsewhere). */
    private boolean shownOnlyOnOwnPages(Set<String> ids, SiteModel model) {
        for (String id : ids) {
            if (!model.articlesById().containsKey(id)
                    || !Renderer.shownElsewhere(current.model(), id).equals(Renderer.shownElsewhere(model, id))) {
                return false;
            }
        }
        return !ids.isEmpty();
    }

    /**
     * The rest of an edit that changed only what the articles' own pages show ({@code firstPages}, already
     * rendered): their feeds and the search index are made again, every other file is the last site's. Listing
     * and planning the 24,000 pages of a large site would take longer than all of this.
     */
    private Outcome ownPagesEdited(Set<String> ids, TemplateEngine te, Sources sources, SiteModel model,
                                   Map<String, byte[]> firstPages, boolean earlyDifferent, Map<String, Long> stages,
                                   Diagnostics diags, long t0, long t) {
        Renderer renderer = new Renderer(te, markdown);
        Set<String> summits = new java.util.TreeSet<>();
        for (String id : ids) summits.addAll(summitsListing(model, model.articlesById().get(id)));
        List<Renderer.PageJob> remade = renderer.feedJobs(model, summits);
        TreeMap<String, byte[]> next = current.files() instanceof java.util.SortedMap<String, byte[]> sorted
                ? new TreeMap<>(sorted) : new TreeMap<>(current.files());
        next.putAll(firstPages);
        List<RenderedPage> rendered = render(remade);
        for (RenderedPage p : rendered) next.put(p.path(), p.bytes());
        t = lap(stages, "feeds", t);
        // The jobs of the pages remade replace the last site's, whose model is no longer this one.
        Map<String, Renderer.PageJob> replaced = new java.util.HashMap<>();
        for (Renderer.PageJob j : renderer.articleJobs(model, ids)) replaced.put(j.path(), j);
        for (Renderer.PageJob j : remade) replaced.put(j.path(), j);
        List<Renderer.PageJob> jobs = new ArrayList<>(current.jobs().size());
        for (Renderer.PageJob j : current.jobs()) jobs.add(replaced.getOrDefault(j.path(), j));
        Map<String, byte[]> whole = wholeSiteFiles(sources, model, next);
        lap(stages, "index", t);
        return finish(te, whole, sources, model, jobs, next, earlyDifferent, false,
                firstPages.size() + rendered.size(), diags, stages, t0);
    }

    /**
     * Puts the files made from the whole site (assets, search index) into {@code next}, which holds the last
     * site's, in their place, and returns those that are not assets. A file the index kept (the same bytes
     * object) is left as it is: an edit changes a few of the thousands of index files, and {@code next} is a tree.
     */
    private Map<String, byte[]> wholeSiteFiles(Sources sources, SiteModel model, Map<String, byte[]> next) {
        Map<String, byte[]> whole = new java.util.HashMap<>();
        for (RenderedPage p : brief.build.Pipeline.derivedFiles(sources, model, searchIndex)) whole.put(p.path(), p.bytes());
        for (String path : wholeSite.keySet()) if (!whole.containsKey(path)) next.remove(path);
        whole.forEach((path, bytes) -> {
            if (wholeSite.get(path) != bytes) next.put(path, bytes);
        });
        for (RenderedPage p : sources.assets()) whole.remove(p.path());
        return whole;
    }

    /** Publishes the new site: a new version when a file differs from the last site's, or from the early one. */
    private Outcome finish(TemplateEngine te, Map<String, byte[]> whole, Sources sources, SiteModel model,
                           List<Renderer.PageJob> jobs, TreeMap<String, byte[]> next, boolean earlyDifferent,
                           boolean laterChanged, int rendered, Diagnostics diags, Map<String, Long> stages, long t0) {
        Map<String, byte[]> files = Collections.unmodifiableSortedMap(next);
        boolean different = current == null || !sameFiles(current.files(), files);
        // A list page that changed after the early site went out makes a new version: the preview reloads again.
        long version = current == null ? 1
                : current.version() + (different || earlyDifferent ? 1 : 0) + (earlyDifferent && laterChanged ? 1 : 0);
        templates = te;
        wholeSite = whole;
        current = new Site(version, files, sources, model, jobs, warnings(diags));
        return new Outcome(true, rendered, files.size(), millis(t0), diags.all(), different, current, stages);
    }

    /**
     * Runs the short way of an edit to an article's text (re-read, check, patch, render its pages, its feeds,
     * bring the index up to date) on the first article as it is, so that the reviewer's first edit runs code the
     * JIT has compiled. The site is left as it was; the check and index caches may hold the re-read article,
     * which is equal to the one they replace.
     */
    public void warmUp() {
        if (current == null || loaded == null || templates == null || current.model().articles().isEmpty()) return;
        Article a = current.model().articles().get(0);
        Set<Path> changed = Set.of(a.dir().resolve(a.sourceLang() + ".md"));
        Diagnostics d = Diagnostics.forSource(root);
        // The check cache keeps an entry for the re-read article; the next rebuild's re-read replaces it.
        Optional<Validated> v = loader.reload(loaded, changed, d).flatMap(snap -> validator.validate(snap.sources(), d));
        Set<String> ids = editedArticles(changed);
        v.flatMap(x -> resolver.patch(current.model(), current.sources().annotations(), x, publication(), ids)).ifPresent(m -> {
            Renderer r = new Renderer(templates, markdown);
            render(r.articleJobs(m, ids));
            // The rest of the short way: the comparison, the feeds, and the index, which finds nothing to remake.
            shownOnlyOnOwnPages(ids, m);
            render(r.feedJobs(m, summitsListing(m, m.articlesById().get(a.id()))));
            searchIndex.files(m);
        });
    }

    private static List<RenderedPage> render(List<Renderer.PageJob> jobs) {
        return jobs.parallelStream().map(j -> new RenderedPage(j.path(), j.render().get())).toList();
    }

    private static final Set<Path> ANNOTATIONS = Set.of(Path.of("content", "leaders.yaml"),
            Path.of("content", "summits.yaml"), Path.of("content", "events.yaml"), Path.of("content", "series.yaml"));

    /**
     * The pages rendered before the preview reloads (the rest follow, with a second reload if they changed):
     * the pages the browser asked for last ({@code viewed}), and what the edit is about: after an edit to
     * articles, their pages ({@link #FIRST}); after an edit to the annotation files, the pages of the leaders
     * and summits whose entries changed. A leader edit makes every article page stale too (names are linked
     * in their text) and a template edit every page of its kind: 20,000 pages at 10,000 articles, which are
     * not worth waiting for before the reviewer sees the page in front of them.
     */
    static Predicate<Renderer.PageJob> shownFirst(Set<Path> changed, SiteModel before, SiteModel after,
                                                  Set<String> viewed) {
        Predicate<Renderer.PageJob> seen = j -> viewed.contains(j.path());
        if (changed == null || changed.isEmpty()) return seen;
        if (changed.stream().allMatch(IncrementalBuilder::isArticle)) return seen.or(j -> FIRST.contains(j.kind()));
        if (!ANNOTATIONS.containsAll(changed)) return seen;
        Set<String> leaders = changedIds(before.leaders(), after.leaders());
        Set<String> summits = changedIds(before.summits(), after.summits());
        return seen.or(j -> switch (j.kind()) {
            case "leader" -> leaders.contains(j.key());
            case "summit", "briefing" -> summits.contains(j.key());
            default -> false;
        });
    }

    private static <T> Set<String> changedIds(Map<String, T> before, Map<String, T> after) {
        Set<String> ids = new HashSet<>();
        after.forEach((id, v) -> {
            if (!v.equals(before.get(id))) ids.add(id);
        });
        return ids;
    }

    /** The ids of the articles edited, when every changed file is an article's; otherwise null. */
    private static Set<String> editedArticles(Set<Path> changed) {
        if (changed == null || changed.isEmpty()) return null;
        Set<String> ids = new java.util.TreeSet<>();
        for (Path p : changed) {
            if (!isArticle(p)) return null;
            ids.add(p.getName(2).toString());
        }
        return ids;
    }

    /** Which pages an edit can change. Anything but article files and static files means every page. */
    private Predicate<Renderer.PageJob> plan(Set<Path> changed, SiteModel model, Set<String> filterKeys) {
        if (changed == null || current == null) return j -> true;
        Set<String> ids = new HashSet<>();
        Set<String> templatesChanged = new HashSet<>();
        for (Path p : changed) {
            if (isArticle(p)) ids.add(p.getName(2).toString());
            else if (isTemplate(p)) templatesChanged.add(p.getFileName().toString());
            else if (!isPlainStatic(p)) return j -> true;
        }
        for (String t : templatesChanged) {
            // A template that is no page's own (base.peb, a partial) can be used by any page.
            if (!t.endsWith(".peb") || kindsOf(t).isEmpty()) return j -> true;
        }
        // A new, removed or renamed article moves links on other pages (article: links, neighbours): render all.
        // Only the edited articles' slugs can have changed (a slug depends on its article and the languages).
        if (!current.model().articlesById().keySet().equals(model.articlesById().keySet())) return j -> true;
        for (String id : ids) {
            if (!slugsOf(current.model(), id).equals(slugsOf(model, id))) return j -> true;
        }
        Set<String> summits = new HashSet<>();
        Set<String> leaders = new HashSet<>();
        // The chronology filter pages an article's entry appears on (see render/Chronology: year, series, leader).
        Set<String> filters = new HashSet<>();
        for (String id : ids) {
            for (SiteModel m : List.of(current.model(), model)) {
                Article a = m.articlesById().get(id);
                if (a == null) continue;
                filters.add("year:" + a.date().year());
                summits.addAll(summitsListing(m, a));
                for (Ref r : a.source().summits()) {
                    var s = m.summits().get(r.id());
                    if (s != null) s.series().ifPresent(x -> filters.add("series:" + x.id()));
                }
                for (Ref r : a.source().leaders()) {
                    leaders.add(r.id());
                    filters.add("leader:" + r.id());
                }
            }
        }
        Set<String> oldFilterKeys = new HashSet<>();
        for (Renderer.PageJob j : current.jobs()) if (j.kind().equals(FILTER_KIND)) oldFilterKeys.add(j.key());
        // Every filter page lists every filter: when the set of filters changes, they all change.
        boolean allFilters = !oldFilterKeys.equals(filterKeys);
        Set<String> kinds = new HashSet<>();
        templatesChanged.forEach(t -> kinds.addAll(kindsOf(t)));
        // An edit below an article's title and summary that moves no quoted passage: no other page shows it.
        if (shownOnlyOnOwnPages(ids, model)) {
            return j -> kinds.contains(j.kind()) || switch (j.kind()) {
                case "article" -> ids.contains(j.key());
                case "feed" -> j.key().isEmpty() || summits.contains(j.key());
                default -> false;
            };
        }
        // An article's page links to the articles before and after it in its first summit: those of every summit
        // the edited articles were or are in are rendered again.
        Set<String> neighbours = new HashSet<>(ids);
        for (String su : summits) {
            for (SiteModel m : List.of(current.model(), model)) {
                for (Article a : m.articlesBySummit().getOrDefault(su, List.of())) neighbours.add(a.id());
            }
        }
        return j -> kinds.contains(j.kind())
                || !ids.isEmpty() && switch (j.kind()) {
                    case "article" -> neighbours.contains(j.key());
                    case "summit", "briefing" -> summits.contains(j.key());
                    case "feed" -> j.key().isEmpty() || summits.contains(j.key());
                    case "leader" -> leaders.contains(j.key());
                    case FILTER_KIND -> allFilters || filters.contains(j.key());
                    case "404", "root", "search", "robots" -> false;
                    // Lists, chronology pages, the sitemap, and kinds added later: rendered again to be safe.
                    default -> true;
                };
    }

    /** The summits whose pages and feeds list an article: its own, and their parents (which list their sessions'). */
    private static Set<String> summitsListing(SiteModel m, Article a) {
        Set<String> summits = new HashSet<>();
        for (Ref r : a.source().summits()) {
            summits.add(r.id());
            var s = m.summits().get(r.id());
            if (s != null) s.parent().ifPresent(p -> summits.add(p.id()));
        }
        return summits;
    }

    /** The page kinds rendered with a template (see Renderer#jobs). */
    private static Set<String> kindsOf(String template) {
        String name = template.substring(0, template.length() - ".peb".length());
        return switch (name) {
            case "language" -> Set.of("root");
            case "chronology" -> Set.of("chronology", "chronology-filter");
            case "home", "articles", "article", "summits", "summit", "briefing", "leaders", "leader", "search", "404" ->
                    Set.of(name);
            default -> Set.of();
        };
    }

    private static List<String> slugsOf(SiteModel m, String id) {
        List<String> s = new ArrayList<>();
        if (!m.articlesById().containsKey(id)) return s;
        for (Language l : m.languages()) s.add(m.urls().articleSlug(l.code(), id));
        return s;
    }

    static boolean isArticle(Path p) {
        return p.getNameCount() >= 4 && p.getName(0).toString().equals("content")
                && p.getName(1).toString().equals("articles");
    }

    static boolean isTemplate(Path p) {
        return p.getNameCount() >= 4 && p.getName(0).toString().equals("themes")
                && p.getName(2).toString().equals("templates");
    }

    static boolean isStatic(Path p) {
        return p.getNameCount() >= 4 && p.getName(0).toString().equals("themes")
                && p.getName(2).toString().equals("static");
    }

    /** A static file whose name no page holds: a stylesheet's or script's name is its hash, in every page. */
    static boolean isPlainStatic(Path p) {
        return isStatic(p) && !brief.theme.Assets.fingerprinted(p.getFileName().toString());
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

    private static List<Diagnostic> warnings(Diagnostics diags) {
        return diags.all().stream().filter(d -> d.severity() == Severity.WARNING).toList();
    }

    private Outcome failed(Diagnostics diags, long t0) {
        return new Outcome(false, 0, current == null ? 0 : current.files().size(), millis(t0), diags.all(), false, current,
                Map.of());
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
