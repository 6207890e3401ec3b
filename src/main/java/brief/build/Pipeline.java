package brief.build;

import brief.check.Validated;
import brief.check.Validator;
import brief.content.MarkdownParser;
import brief.diag.Code;
import brief.diag.Diagnostics;
import brief.load.Loader;
import brief.load.Sources;
import brief.output.OutputWriter;
import brief.output.RenderedPage;
import brief.render.Renderer;
import brief.render.TemplateEngine;
import brief.site.Resolver;
import brief.site.SiteModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The build, as a recipe: load → validate → resolve → render → write. Each stage is a class with one
 * public method; a stage runs only when the one before it succeeded.
 */
public final class Pipeline {
    private final Loader loader = new Loader();
    private final brief.check.ArticleChecks checks = new brief.check.ArticleChecks();
    private final Validator validator = new Validator(checks);
    // The check made every article's slugs already: the resolver reuses them.
    private final Resolver resolver = new Resolver(checks::slugs);
    private final OutputWriter writer = new OutputWriter();

    /** What the output is for: a web server (the default), or opening from disk ({@link Portable}). */
    public enum Form { WEB, PORTABLE }

    /**
     * What a run does. {@code out} empty: the pages are returned, not written; {@code checkOnly}: load and
     * validate, and render one page of each kind, as {@code brief check} does; {@code strict}: a warning stops
     * the build before it writes; {@code clock}: where "now" comes from for embargoes (the system's, or a
     * test's; see {@link brief.site.Publication}). Made with {@link #build} or {@link #check} and the withers.
     */
    public record Options(Path source, Optional<Path> out, boolean checkOnly, boolean drafts, boolean strict, Form form,
                          java.time.Clock clock) {
        /** Builds the site of {@code source} in memory, for a web server, without drafts, at the system's time. */
        public static Options build(Path source) {
            return new Options(source, Optional.empty(), false, false, false, Form.WEB, java.time.Clock.systemUTC());
        }

        /** Checks the site of {@code source}: nothing is written. */
        public static Options check(Path source) {
            return new Options(source, Optional.empty(), true, false, false, Form.WEB, java.time.Clock.systemUTC());
        }

        public Options writingTo(Path folder) {
            return new Options(source, Optional.of(folder), checkOnly, drafts, strict, form, clock);
        }

        public Options withDrafts(boolean on) {
            return new Options(source, out, checkOnly, on, strict, form, clock);
        }

        public Options withStrict(boolean on) {
            return new Options(source, out, checkOnly, drafts, on, form, clock);
        }

        public Options as(Form f) {
            return new Options(source, out, checkOnly, drafts, strict, f, clock);
        }

        public Options at(java.time.Clock c) {
            return new Options(source, out, checkOnly, drafts, strict, form, c);
        }
    }

    /**
     * What a run produced; {@code model} and {@code pages} are empty when a stage failed. When the build wrote
     * to an output folder, {@code pages} lists the paths written with empty bytes (they were streamed to disk).
     * {@code checked} is the validated sources, when validation passed.
     */
    public record Result(Optional<Validated> checked, Optional<SiteModel> model, List<RenderedPage> pages, Optional<OutputWriter.WriteResult> written,
                         Map<String, Long> millis, Map<brief.plan.PageKind, Long> renderMillisByKind) {
        public boolean ok() {
            return model.isPresent();
        }
    }

    /** Runs the stages {@code options} asks for; each runs only when the one before it succeeded. */
    public Result run(Options options, Diagnostics diags) {
        return options.checkOnly() ? check(options, diags) : build(options, diags);
    }

    private Result check(Options o, Diagnostics diags) {
        Map<String, Long> millis = new LinkedHashMap<>();
        Optional<Sources> sources = loader.load(o.source(), Loader.EVERYTHING, diags).map(Loader.Snapshot::sources);
        if (sources.isEmpty()) return failed(millis);
        Optional<Validated> v = validator.validate(sources.get(), diags);
        Optional<TemplateEngine> te = TemplateEngine.compile(o.source(), sources.get().theme(), diags);
        Optional<SiteModel> model = Optional.empty();
        if (v.isPresent() && te.isPresent() && !diags.hasErrors()) model = renderOnePerKind(v.get(), te.get(), o, diags);
        return diags.hasErrors() ? failed(millis) : new Result(v, model, List.of(), Optional.empty(), millis, Map.of());
    }

    /**
     * Renders the first page of each kind, so that check finds what a template gets wrong only when it runs (an
     * unknown variable, a misspelt attribute, a missing include) where build would, for a small part of its time.
     */
    private Optional<SiteModel> renderOnePerKind(Validated checked, TemplateEngine te, Options o, Diagnostics diags) {
        Renderer renderer = new Renderer(te, new MarkdownParser());
        java.util.Set<String> kinds = new java.util.HashSet<>();
        SiteModel model = resolver.resolve(checked, brief.site.Publication.build(o.clock(), o.drafts()), Resolver.EVERYTHING);
        for (brief.plan.Page j : renderer.plan(model, brief.plan.Scope.all()).pages()) {
            if (!kinds.add(j.kind())) continue;
            try {
                j.render().get();
            } catch (TemplateEngine.TemplateFailure e) {
                diags.errorWithHint(Code.TEMPLATE_ERROR, e.pos, e.hint, "template error: %s", e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.of(model);
    }

    private Result build(Options o, Diagnostics diags) {
        Path source = o.source();
        Path out = o.out().orElse(null);
        Map<String, Long> millis = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        String key = out == null ? null : buildKey(source, o.drafts(), o.form());
        long keyed = lap(millis, "key", t0);
        Optional<Sources> sources = loader.load(source, Loader.EVERYTHING, diags).map(Loader.Snapshot::sources);
        long t1 = lap(millis, "load", keyed);
        if (sources.isEmpty()) return failed(millis);
        Optional<Validated> checked = validator.validate(sources.get(), diags);
        long checkedAt = lap(millis, "validate", t1);
        Optional<TemplateEngine> templates = TemplateEngine.compile(source, sources.get().theme(), diags);
        long t2 = lap(millis, "templates", checkedAt);
        if (checked.isEmpty() || templates.isEmpty() || diags.hasErrors()) return failed(millis);
        SiteModel model = resolver.resolve(checked.get(), brief.site.Publication.build(o.clock(), o.drafts()), Resolver.EVERYTHING);
        heldLinks(model, diags);
        long t3 = lap(millis, "resolve", t2);
        if (o.strict() && diags.count(brief.diag.Severity.WARNING) > 0) return failed(millis);
        // The same sources give another site once an embargo lifts: what was held back is part of the key.
        if (key != null) key = BuildKey.withHeldBack(key, model.heldBack());
        if (key != null) key = BuildKey.withUpcoming(key, model.chronology().stream()
                .filter(e -> model.publication().upcoming(e.date())).map(brief.site.ChronoEntry::anchor).toList());
        Renderer renderer = new Renderer(templates.get(), new MarkdownParser());
        if (out != null) {
            // Still loaded and checked above, so a cached build reports the same warnings as a full one.
            Optional<List<String>> cached = OutputWriter.cached(out, key);
            if (cached.isPresent()) {
                lap(millis, "cached", t3);
                int n = cached.get().size();
                byte[] none = new byte[0];
                return new Result(checked, Optional.of(model), cached.get().stream().map(p -> new RenderedPage(p, none)).toList(),
                        Optional.of(new OutputWriter.WriteResult(n, 0, n, 0, false)), millis, Map.of());
            }
            collectBetweenStages();
            return renderAndWrite(renderer, templates.get(), checked.get(), model, o, key, diags, millis, t3);
        }
        List<RenderedPage> pages = new ArrayList<>();
        java.util.function.Function<RenderedPage, List<RenderedPage>> adapt = adapter(model, o.form());
        try {
            renderer.plan(model, brief.plan.Scope.all()).pages().parallelStream()
                    .map(j -> new RenderedPage(j.path(), j.render().get())).toList()
                    .forEach(p -> pages.addAll(adapt.apply(p)));
        } catch (TemplateEngine.TemplateFailure e) {
            diags.errorWithHint(Code.TEMPLATE_ERROR, e.pos, e.hint, "template error: %s", e.getMessage());
            return failed(millis);
        }
        derivedFiles(sources.get(), model).forEach(p -> pages.addAll(adapt.apply(p)));
        pages.addAll(extraFiles(model, o.form()));
        pages.sort(java.util.Comparator.comparing(RenderedPage::path));
        lap(millis, "render", t3);
        return new Result(checked, Optional.of(model), List.copyOf(pages), Optional.empty(), millis, Map.of());
    }

    /**
     * Renders in parallel straight into the output writer, so that no more than a few pages are in memory at
     * once (the site at 10,000 articles is ~600 MB of HTML). The pages of the result then carry their paths
     * only, with empty bytes: the bytes are in the output folder.
     */
    private Result renderAndWrite(Renderer renderer, TemplateEngine templates, Validated checked, SiteModel model, Options o, String key,
                                  Diagnostics diags, Map<String, Long> millis, long since) {
        Sources sources = checked.sources();
        List<String> paths = new ArrayList<>();
        OutputWriter.WriteResult written;
        Map<brief.plan.PageKind, Long> renderMillis = new java.util.EnumMap<>(brief.plan.PageKind.class);
        try (OutputWriter.Session session = writer.begin(o.out().orElseThrow())) {
            session.key(key);
            java.util.function.Function<RenderedPage, List<RenderedPage>> adapt = adapter(model, o.form());
            List<brief.plan.Page> jobs = renderer.plan(model, brief.plan.Scope.all()).pages();
            // Render time by page kind (thread time, summed), for --timings: where a theme's time goes.
            Map<brief.plan.PageKind, java.util.concurrent.atomic.LongAdder> byKind = new java.util.concurrent.ConcurrentHashMap<>();
            jobs.parallelStream().forEach(j -> {
                long start = System.nanoTime();
                byte[] bytes = j.render().get();
                byKind.computeIfAbsent(j.key().kind(), k -> new java.util.concurrent.atomic.LongAdder()).add(System.nanoTime() - start);
                for (RenderedPage p : adapt.apply(new RenderedPage(j.path(), bytes))) session.add(p);
            });
            jobs.forEach(j -> adapt.apply(new RenderedPage(j.path(), new byte[0])).forEach(p -> paths.add(p.path())));
            long rendered = lap(millis, "render", since);
            byKind.forEach((kind, nanos) -> renderMillis.put(kind, nanos.sum() / 1_000_000));
            templates.forgetFragments();
            collectBetweenStages();
            List<RenderedPage> derivedAndExtra = new ArrayList<>();
            derivedFiles(sources, model).forEach(p -> derivedAndExtra.addAll(adapt.apply(p)));
            derivedAndExtra.addAll(extraFiles(model, o.form()));
            for (RenderedPage p : derivedAndExtra) {
                session.add(p);
                paths.add(p.path());
            }
            long derived = lap(millis, "search+assets", rendered);
            written = session.finish();
            lap(millis, "write", derived);
        } catch (TemplateEngine.TemplateFailure e) {
            diags.errorWithHint(Code.TEMPLATE_ERROR, e.pos, e.hint, "template error: %s", e.getMessage());
            return failed(millis);
        }
        paths.sort(null);
        byte[] none = new byte[0];
        List<RenderedPage> pages = paths.stream().map(p -> new RenderedPage(p, none)).toList();
        return new Result(Optional.of(checked), Optional.of(model), pages, Optional.of(written), millis,
                java.util.Collections.unmodifiableMap(renderMillis));
    }

    /**
     * The output files that are not rendered pages (theme assets, search index): made from the whole model each
     * time. Serve mode adds them after its incremental render, so both builds stay the same.
     */
    public static List<RenderedPage> derivedFiles(Sources sources, SiteModel model) {
        return derivedFiles(sources, model, new brief.search.SearchIndex());
    }

    /** As {@link #derivedFiles(Sources, SiteModel)}, bringing up to date an index serve mode keeps. */
    public static List<RenderedPage> derivedFiles(Sources sources, SiteModel model, brief.search.SearchIndex index) {
        return derivedFiles(sources, model, index, new Photos());
    }

    /** As {@link #derivedFiles(Sources, SiteModel, brief.search.SearchIndex)}, with the photo files serve mode keeps. */
    public static List<RenderedPage> derivedFiles(Sources sources, SiteModel model, brief.search.SearchIndex index,
                                                  Photos photos) {
        List<RenderedPage> out = new ArrayList<>(sources.assets());
        out.addAll(index.files(model));
        out.addAll(photos.files(sources.root(), model));
        return out;
    }

    /**
     * The photo files last made ({@link #photoFiles}), with the articles and configuration they were made from:
     * made again unless the articles are the very objects of last time but for some that had no photo and have
     * none now (an edit to a text), and the configuration is equal. Walking 10,000 articles for their photos was
     * a twentieth of a one-article edit.
     */
    public static final class Photos {
        private List<brief.content.Article> articles;
        private brief.config.SiteConfig config;
        private List<RenderedPage> files;

        synchronized List<RenderedPage> files(Path root, SiteModel model) {
            if (files == null || !model.config().equals(config) || !withoutPhotos(articles, model.articles())) {
                files = photoFiles(root, model);
                config = model.config();
            }
            articles = model.articles();
            return files;
        }

        /** Whether {@code now} differs from {@code before} only in articles that have no photo in either. */
        private static boolean withoutPhotos(List<brief.content.Article> before, List<brief.content.Article> now) {
            if (before.size() != now.size()) return false;
            Object[] a = before.toArray();
            Object[] b = now.toArray();
            for (int i = 0; i < b.length; i++) {
                if (a[i] == b[i]) continue;
                if (!((brief.content.Article) a[i]).photos().isEmpty() || !((brief.content.Article) b[i]).photos().isEmpty()) return false;
            }
            return true;
        }
    }

    /** How each file of the web output appears in this form of the output. */
    private static java.util.function.Function<RenderedPage, List<RenderedPage>> adapter(SiteModel model, Form form) {
        return switch (form) {
            case WEB -> List::of;
            case PORTABLE -> portable(model)::adapt;
        };
    }

    /** The files this form of the output adds to the web form's. */
    private static List<RenderedPage> extraFiles(SiteModel model, Form form) {
        return switch (form) {
            case WEB -> List.of();
            case PORTABLE -> portable(model).extraFiles();
        };
    }

    private static Portable portable(SiteModel model) {
        List<String> searchDirs = model.languages().stream().map(l -> {
            String page = model.urls().file(model.urls().search(l.code()));
            return page.substring(0, page.length() - "index.html".length());
        }).toList();
        return new Portable(model.config().basePath(), searchDirs);
    }

    /**
     * The variants of every photo a published text shows, and the share crop of the site's share_image, from
     * the photo cache (encoded now only when missing there). Photos of articles held back are not published.
     */
    static List<RenderedPage> photoFiles(Path root, SiteModel model) {
        Map<String, brief.photo.Photo> byHash = new java.util.TreeMap<>();
        for (brief.content.Article a : model.articles()) {
            if (a.photos().isEmpty()) continue; // most articles have none: their texts need not be walked
            for (brief.content.ArticleText t : a.texts().values()) {
                for (brief.content.Body.PhotoAt at : t.body().photos()) {
                    brief.photo.Photo p = a.photos().get(at.name());
                    if (p != null && p.ok()) byHash.putIfAbsent(p.hash(), p);
                }
            }
        }
        brief.photo.PhotoCache cache = new brief.photo.PhotoCache(root);
        Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();
        byHash.values().parallelStream().forEach(p -> files.putAll(cache.files(root, p)));
        model.config().shareImage().ifPresent(p -> {
            String share = p.share().path();
            if (!files.containsKey(share)) files.put(share, cache.files(root, p).get(share));
        });
        return new java.util.TreeMap<>(files).entrySet().stream().map(e -> new RenderedPage(e.getKey(), e.getValue())).toList();
    }

    /** The cache key, or null (no caching) when the sources cannot be hashed; the load stage reports why. */
    private static String buildKey(Path source, boolean drafts, Form form) {
        try {
            // A portable copy is other bytes from the same sources: it must not pass for the web output.
            return BuildKey.of(source, drafts) + (form == Form.PORTABLE ? " portable" : "");
        } catch (java.io.UncheckedIOException e) {
            return null;
        }
    }

    /**
     * Warns of each link of a published article to one held back. The page keeps the link's text without the
     * link (see Renderer#resolve): a dead link would show readers that something is coming, its URL would give
     * away the slug, and an error would stop every other article from going out until the embargo lifts.
     */
    private static void heldLinks(SiteModel model, Diagnostics diags) {
        if (model.heldBack().articles().isEmpty()) return;
        Map<String, brief.content.Article> held = new java.util.HashMap<>();
        for (brief.content.Article a : model.heldBack().articles()) held.put(a.id(), a);
        for (brief.content.Article a : model.articles()) {
            for (brief.content.ArticleText t : a.texts().values()) {
                for (brief.content.Body.LinkAt link : t.body().links()) {
                    if (!link.url().startsWith("article:")) continue;
                    int hash = link.url().indexOf('#');
                    String id = link.url().substring("article:".length(), hash < 0 ? link.url().length() : hash);
                    brief.content.Article target = held.get(id);
                    if (target == null) continue;
                    brief.diag.SourcePos pos = new brief.diag.SourcePos(t.file(), link.line(), link.column());
                    var embargo = model.heldBack().embargoes().get(id);
                    if (embargo != null) {
                        diags.warningWithHint(Code.LINK_TO_HELD_BACK, pos, "it becomes a link when the site is built after the embargo; "
                                        + "remove it if the article should not be linked even then",
                                "link to article '%s', which is under embargo until %s: its text is shown without the link",
                                id, brief.site.HeldBack.MOMENT.format(embargo));
                    } else {
                        diags.warningWithHint(Code.LINK_TO_HELD_BACK, pos, "set 'draft: false' in " + target.source().file().toString()
                                        .replace('\\', '/') + ", build with --drafts, or remove the link",
                                "link to article '%s', a draft: its text is shown without the link", id);
                    }
                }
            }
        }
    }

    /**
     * A full collection before the pages and another before the search index, when the heap holds much: the
     * parallel collector makes none during a build, so what the load and then the pages promoted to the old
     * generation and dropped (the checks' and parses' leftovers, parsed trees taken by their pages, each page's
     * buffers, the fragments of {@code {% once %}}) stays there, and the next stage would grow the heap past it.
     * At 10,000 archive-shaped articles they find ~120 and ~240 MB dead, and the build's peak RSS fell from
     * 945–991 to 870–900 MiB; each costs ~0.7 s of CPU there, and a site of 1,000 articles does not pay them.
     */
    private static void collectBetweenStages() {
        Runtime rt = Runtime.getRuntime();
        if (rt.totalMemory() - rt.freeMemory() > COLLECT_ABOVE) System.gc();
    }

    /** Heap in use, in bytes, above which {@link #collectBetweenStages} collects (a 1,000-article build stays below). */
    private static final long COLLECT_ABOVE = 384L << 20;

    private static Result failed(Map<String, Long> millis) {
        return new Result(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), millis, Map.of());
    }

    private static long lap(Map<String, Long> millis, String stage, long since) {
        long now = System.nanoTime();
        millis.put(stage, (now - since) / 1_000_000);
        return now;
    }

}
