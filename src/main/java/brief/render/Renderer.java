package brief.render;

import brief.annotations.Leader;
import brief.annotations.Summit;
import brief.config.SitePage;
import brief.content.Article;
import brief.content.ArticleText;
import brief.content.MarkdownParser;
import brief.i18n.Language;
import brief.plan.Input;
import brief.plan.Page;
import brief.plan.PageKey;
import brief.plan.PageKind;
import brief.plan.PagePlan;
import brief.plan.Scope;
import brief.output.RenderedPage;
import brief.site.ChronoEntry;
import brief.site.SiteModel;
import brief.site.Urls;
import brief.yaml.Fields.Ref;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The render stage: every page of every language, rendered in parallel and returned sorted by path. Pure:
 * it reads no file (templates were compiled before) and writes none.
 */
public final class Renderer {
    private final TemplateEngine templates;
    private final MarkdownParser markdown;
    private final Linkers linkers;

    public Renderer(TemplateEngine templates, MarkdownParser markdown) {
        this(templates, markdown, new Linkers());
    }

    /** A renderer that takes its entity linker from {@code linkers}, which the preview keeps between edits. */
    public Renderer(TemplateEngine templates, MarkdownParser markdown, Linkers linkers) {
        this.templates = templates;
        this.markdown = markdown;
        this.linkers = linkers;
    }

    /**
     * The entity linker last made, with the names it was made from: made again only when they are no longer
     * equal (compared by value), so an edit to a leader's biography keeps it. Making its tree of 1,000 leaders'
     * names was a fifth of a one-article edit at 10,000 articles, and 40% of rendering a leader edit's pages.
     */
    public static final class Linkers {
        private Map<String, Set<String>> madeFrom;
        private EntityLinker linker;

        synchronized EntityLinker of(SiteModel model) {
            Map<String, Set<String>> names = EntityLinker.names(model.leaders().values(), model.summits().values(),
                    model.config().languageCodes());
            if (linker == null || !names.equals(madeFrom)) {
                linker = EntityLinker.of(names);
                madeFrom = names;
            }
            return linker;
        }
    }

    /**
     * The page plan of the model: every page of every language that {@code scope} holds, with the inputs it
     * reads, not yet rendered. The batch build renders all of it; the preview lists only the pages an edit made
     * stale (see brief.plan.Rebuild).
     */
    public PagePlan plan(SiteModel model, Scope scope) {
        Planning p = new Planning(model, scope);
        Urls urls = p.urls;
        Reads reads = p.reads;
        Listing out = p.out;
        String root = urls.root();
        out.page(key(PageKind.ROOT, "", ""), model.sourceLang(), root, l -> urls.home(l),
                () -> reads.common(PageKind.ROOT), h -> chooser(model, h));
        for (Language lang : model.languages()) {
            p.sectionsAndEntities(lang);
            p.topicsChronologyAndFeeds(lang);
        }
        out.page(key(PageKind.NOT_FOUND, "root", ""), model.sourceLang(), root + "404.html", x -> urls.home(x) + "404.html",
                () -> reads.common(PageKind.NOT_FOUND),
                h -> new PageView.Plain(h.of(model.strings().t(model.sourceLang(), "notfound.title"))));
        // Keep these last: the sitemap lists the pages added above.
        List<Sitemap.Entry> listed = List.copyOf(out.sitemap);
        Supplier<Map<String, String>> sitemaps = memo(() -> Sitemap.files(urls, listed, Sitemap.MAX_URLS));
        int parts = listed.size() <= Sitemap.MAX_URLS ? 0 : (listed.size() + Sitemap.MAX_URLS - 1) / Sitemap.MAX_URLS;
        for (int n = 0; n <= parts && out.lists(PageKind.SITEMAP); n++) {
            String name = n == 0 ? "sitemap.xml" : "sitemap-" + n + ".xml";
            out.file(key(PageKind.SITEMAP, name, ""), root + name, reads::sitemap, () -> sitemaps.get().get(name));
        }
        out.file(key(PageKind.ROBOTS, "", ""), root + "robots.txt", () -> Set.of(new Input.Config()), () -> Sitemap.robots(urls));
        return new PagePlan(out.pages, new ModelFacts(model, templates, p.v));
    }

    /** What planning one model's pages shares, made once per plan, and the steps that list each language's pages. */
    private final class Planning {
        final SiteModel model;
        final Urls urls;
        final Views v;
        // Made on first use: the preview lists a few pages and may need none of these.
        final Supplier<BodyRenderer> bodies;
        final Supplier<Feeds> feeds;
        final Supplier<Chronology.Index> chrono;
        final Reads reads;
        final Map<String, Nav> navOrder = new java.util.concurrent.ConcurrentHashMap<>();
        final Listing out;

        Planning(SiteModel model, Scope scope) {
            this.model = model;
            this.urls = model.urls();
            this.v = new Views(model);
            this.bodies = memo(() -> bodies(model));
            this.feeds = memo(() -> new Feeds(model, v));
            this.chrono = memo(() -> Chronology.Index.of(model));
            this.reads = new Reads(model, chrono);
            this.out = new Listing(model, v, scope);
        }

        /** The home page, the sections' indexes and a page per article, summit (its briefing, its feed) and leader. */
        void sectionsAndEntities(Language lang) {
            String l = lang.code();
            out.page(key(PageKind.HOME, "", l), l, urls.home(l), urls::home, reads::home, h -> home(model, v, l, h));
            out.page(key(PageKind.ARTICLES, "", l), l, urls.section("articles", l), x -> urls.section("articles", x),
                    reads::articleIndex, h -> new PageView.ArticleIndex(h.of(model.strings().t(l, "articles.title")),
                            v.articleLinks(model.articles(), l)));
            if (out.lists(PageKind.ARTICLE)) {
                for (Article a : out.articles()) {
                    out.page(key(PageKind.ARTICLE, a.id(), l), l, urls.article(l, a.id()), x -> urls.article(x, a.id()),
                            () -> reads.article(a), h -> article(model, v, bodies.get(), a, l, h));
                }
            }
            out.page(key(PageKind.SUMMITS, "", l), l, urls.section("summits", l), x -> urls.section("summits", x),
                    reads::summitIndex, h -> summits(model, v, l, h));
            for (Summit su : out.lists(PageKind.SUMMIT, PageKind.BRIEFING, PageKind.FEED) ? model.summits().values() : List.<Summit>of()) {
                out.page(key(PageKind.SUMMIT, su.id(), l), l, urls.summit(l, su.id()), x -> urls.summit(x, su.id()),
                        () -> reads.summit(PageKind.SUMMIT, su), h -> summit(model, v, chrono.get(), su, l, h));
                out.page(key(PageKind.BRIEFING, su.id(), l), l, briefingUrl(urls, l, su.id()), x -> briefingUrl(urls, x, su.id()),
                        () -> reads.summit(PageKind.BRIEFING, su), h -> briefing(model, v, chrono.get(), su, l, h));
                out.file(key(PageKind.FEED, su.id(), l), urls.summitFeed(l, su.id()), () -> reads.summitFeed(su),
                        () -> feeds.get().atom(l, urls.summitFeed(l, su.id()), urls.summit(l, su.id()),
                                v.text(su.name(), l) + " · " + model.config().title().or(l, model.sourceLang()),
                                summitArticles(model, su), su.start().start()));
            }
            out.page(key(PageKind.LEADERS, "", l), l, urls.section("leaders", l), x -> urls.section("leaders", x),
                    reads::leaderIndex, h -> leaders(model, v, lang, h));
            for (Leader le : out.lists(PageKind.LEADER) ? model.leaders().values() : List.<Leader>of()) {
                out.page(key(PageKind.LEADER, le.id(), l), l, urls.leader(l, le.id()), x -> urls.leader(x, le.id()),
                        () -> reads.leader(le), h -> leader(model, v, chrono.get(), le, l, h));
            }
        }

        /** Topic pages, search, the chronology and its filters, the site feed, the site's own pages, not found. */
        void topicsChronologyAndFeeds(Language lang) {
            String l = lang.code();
            TopicPages.plan(model, v, lang, reads, out::page);
            out.page(key(PageKind.SEARCH, "", l), l, urls.search(l), urls::search, () -> reads.common(PageKind.SEARCH),
                    h -> new PageView.Plain(h.of(model.strings().t(l, "search.title"))));
            out.page(key(PageKind.CHRONOLOGY, "", l), l, urls.chronology(l), urls::chronology,
                    () -> reads.chronology(PageKind.CHRONOLOGY, model.chronology()),
                    h -> chronology(model, v, l, h, navOrder, chrono.get().filters(), null, model.chronology(), false));
            out.page(key(PageKind.CHRONOLOGY, "oldest-first", l), l, urls.chronology(l) + "oldest-first/",
                    x -> urls.chronology(x) + "oldest-first/", () -> reads.chronology(PageKind.CHRONOLOGY, model.chronology()),
                    h -> chronology(model, v, l, h, navOrder, chrono.get().filters(), null, model.chronology(), true));
            List<Chronology.Filter> filters = out.lists(PageKind.CHRONOLOGY_FILTER) ? chrono.get().filters() : List.of();
            for (Chronology.Filter f : filters) {
                out.page(key(PageKind.CHRONOLOGY_FILTER, f.key(), l), l, Chronology.url(urls, l, f), x -> Chronology.url(urls, x, f),
                        () -> reads.chronology(PageKind.CHRONOLOGY_FILTER, chrono.get().select(f)),
                        h -> chronology(model, v, l, h, navOrder, filters, f, chrono.get().select(f), false));
            }
            out.file(key(PageKind.FEED, "", l), urls.feed(l), reads::siteFeed, () -> feeds.get().atom(l, urls.feed(l),
                    urls.home(l), model.config().title().or(l, model.sourceLang()), model.articles(),
                    model.articles().isEmpty() ? java.time.LocalDate.EPOCH : model.articles().get(0).date().start()));
            for (brief.config.SitePage sp : model.config().pages()) {
                SitePage.Text t = sp.texts().get(l);
                if (t == null) continue;
                out.page(key(PageKind.PAGE, sp.id(), l), l, urls.page(l, sp.id()),
                        x -> urls.page(sp.texts().containsKey(x) ? x : model.sourceLang(), sp.id()), reads::sitePage,
                        h -> new PageView.TextPage(h.of(t.title()),
                                bodies.get().render(markdown.parse(t.markdown(), t.bodyLine()), l)));
            }
            out.page(key(PageKind.NOT_FOUND, "", l), l, urls.home(l) + "404.html", x -> urls.home(x) + "404.html",
                    () -> reads.common(PageKind.NOT_FOUND),
                    h -> new PageView.Plain(h.of(model.strings().t(l, "notfound.title"))));
        }
    }

    private BodyRenderer bodies(SiteModel model) {
        EntityLinker linker = linkers.of(model);
        return new BodyRenderer(markdown, model.config().allowRawHtml(), (lang, url) -> resolve(model, lang, url), linker);
    }

    private static PageKey key(PageKind kind, String id, String lang) {
        return new PageKey(kind, id, lang);
    }

    /**
     * The pages of a plan as they are listed: those in scope, and, when the sitemap is, the sitemap entry of
     * every page (the sitemap lists them all).
     */
    private final class Listing {
        final SiteModel model;
        final Views v;
        final Scope scope;
        final boolean sitemapped;
        final List<Page> pages = new ArrayList<>();
        final List<Sitemap.Entry> sitemap = new ArrayList<>();

        Listing(SiteModel model, Views v, Scope scope) {
            this.model = model;
            this.v = v;
            this.scope = scope;
            this.sitemapped = scope.hasAny(PageKind.SITEMAP);
        }

        /** The articles whose pages are listed: all of them, or only those in scope (in the model's order). */
        List<Article> articles() {
            Optional<Set<String>> ids = sitemapped ? Optional.empty() : scope.ids(PageKind.ARTICLE);
            if (ids.isEmpty()) return model.articles();
            if (ids.get().isEmpty()) return List.of();
            List<Article> out = new ArrayList<>();
            for (Article a : model.articles()) if (ids.get().contains(a.id())) out.add(a);
            return out;
        }

        /** Whether pages of any of these kinds are to be listed (or the sitemap, which lists them all). */
        boolean lists(PageKind... kinds) {
            if (sitemapped) return true;
            for (PageKind k : kinds) if (scope.hasAny(k)) return true;
            return false;
        }

        void page(PageKey key, String lang, String url, Function<String, String> urlIn, Supplier<Set<Input>> reads,
                  Function<Meta.Heads, PageView> view) {
            boolean in = scope.has(key);
            if (!in && !sitemapped) return;
            Page p = Renderer.this.page(model, v, key, lang, url, urlIn, memo(reads), view);
            if (in) pages.add(p);
            if (key.kind() != PageKind.NOT_FOUND) {
                sitemap.add(new Sitemap.Entry(urlOf(model.urls(), p.path()), p.alternates(), lastmod(model, key)));
            }
        }

        /** A file that is not a page (a feed, the sitemap): no translations, and not in the sitemap. */
        void file(PageKey key, String url, Supplier<Set<Input>> reads, Supplier<String> text) {
            if (!scope.has(key)) return;
            pages.add(new Page(key, model.urls().file(url), memo(reads), () -> text.get().getBytes(StandardCharsets.UTF_8), Map.of()));
        }
    }

    /** A supplier that computes once, for files made together (the sitemap and its parts). */
    static <T> Supplier<T> memo(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = make.get();
                return value;
            }
        };
    }

    /** The URL path of an output file: the inverse of {@link Urls#file}. */
    private static String urlOf(Urls urls, String file) {
        String url = urls.root() + file;
        return url.endsWith("/index.html") ? url.substring(0, url.length() - "index.html".length()) : url;
    }

    /**
     * The language chooser speaks every language at once: its title and description are each language's, joined,
     * and each is marked with its language.
     */
    private static PageView.Chooser chooser(SiteModel model, Meta.Heads h) {
        List<Items.ChooserName> names = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (Language l : model.languages()) {
            String title = model.config().title().or(l.code(), model.sourceLang());
            String description = model.config().description().or(l.code(), model.sourceLang());
            if (!titles.contains(title)) titles.add(title);
            if (!description.isEmpty() && !descriptions.contains(description)) descriptions.add(description);
            names.add(new Items.ChooserName(title, description, l.tag()));
        }
        return new PageView.Chooser(h.of(String.join(" · ", titles), String.join(" / ", descriptions)), names);
    }

    /** An article page's lastmod in the sitemap: its 'updated:' day, else its date; other pages have none. */
    private static String lastmod(SiteModel model, PageKey key) {
        if (key.kind() != PageKind.ARTICLE) return "";
        Article a = model.articlesById().get(key.id());
        return a == null ? "" : a.source().updated().orElse(a.date()).iso();
    }

    static String briefingUrl(Urls urls, String lang, String summitId) {
        return urls.summit(lang, summitId) + "briefing/";
    }

    private Page page(SiteModel model, Views v, PageKey key, String lang, String url, Function<String, String> urlIn,
                      Supplier<Set<Input>> reads, Function<Meta.Heads, PageView> pageView) {
        String template = key.kind().template;
        // The root language chooser has no translations of its own: the home pages are not the same page.
        Map<String, String> translations = new java.util.LinkedHashMap<>();
        if (key.kind() != PageKind.ROOT) {
            for (Language l : model.languages()) translations.put(l.tag(), urlIn.apply(l.code()));
            translations.put("x-default", urlIn.apply(model.sourceLang()));
        }
        return new Page(key, model.urls().file(url), reads, () -> {
            PageView page = pageView.apply(new Meta.Heads(model, v, key, lang, url, urlIn));
            return templates.render(template, lang, v.site(lang, () -> site(model, v, lang)), page);
        }, java.util.Collections.unmodifiableMap(translations));
    }

    /** site.asset['style.css'] → /assets/style.1a2b3c4d.css: templates name a file, pages link its published name. */
    private Map<String, String> assetUrls(Urls u) {
        Map<String, String> out = new java.util.TreeMap<>();
        templates.assetNames().forEach((rel, name) -> out.put(rel, u.asset(name)));
        return out;
    }

    private PageView.Site site(SiteModel model, Views v, String lang) {
        Urls u = model.urls();
        Language language = model.config().language(lang).orElseThrow();
        return new PageView.Site(model.config().title().or(lang, model.sourceLang()),
                model.config().description().or(lang, model.sourceLang()),
                lang, language.tag(), u.root(), u.asset(""),
                u.home(lang), u.section("articles", lang), u.section("summits", lang),
                u.section("leaders", lang), u.chronology(lang), u.search(lang),
                u.feed(lang), u.absolute(u.feed(lang)), model.drafts(),
                TopicPages.indexUrl(model, lang),
                v.publisher(lang), v.sitePages(lang), v.colors(), java.util.Collections.unmodifiableMap(assetUrls(u)));
    }

    /** How many of the newest briefings the home page lists. */
    static final int LATEST = 10;

    private PageView.Home home(SiteModel model, Views v, String l, Meta.Heads h) {
        List<Article> latest = model.articles().stream().limit(LATEST).toList();
        List<Summit> byDate = model.summits().values().stream().filter(s -> s.parent().isEmpty())
                .sorted(Comparator.comparing(Summit::start).reversed()).toList();
        java.time.LocalDate newest = model.articles().isEmpty()
                ? java.time.LocalDate.ofInstant(model.publication().now(), java.time.ZoneOffset.UTC)
                : model.articles().get(0).date().start();
        List<Items.SummitLink> upcoming = new ArrayList<>();
        List<Items.SummitLink> recent = new ArrayList<>();
        for (Summit s : byDate) {
            // "Upcoming" is relative to the newest briefing, not to the clock, so builds stay reproducible.
            (s.start().start().isAfter(newest) ? upcoming : recent).add(v.summitLink(s, l));
        }
        return new PageView.Home(h.of(model.config().title().or(l, model.sourceLang())), v.articleLinks(latest, l),
                recent.stream().limit(6).toList(), upcoming);
    }

    private PageView.ArticlePage article(SiteModel model, Views v, BodyRenderer bodies, Article a, String l,
                                         Meta.Heads h) {
        Optional<ArticleText> text = a.in(l);
        ArticleText src = a.source();
        java.time.LocalDate on = a.date().start();
        List<Items.SummitLink> summits = src.summits().stream().map(Ref::id).map(model.summits()::get)
                .map(s -> v.summitLink(s, l)).toList();
        List<Items.LeaderLink> leaders = src.leaders().stream().map(Ref::id).map(model.leaders()::get)
                .map(le -> v.leaderLink(le, l, Optional.of(on))).toList();
        List<Items.LanguageVersion> translations = new ArrayList<>();
        for (Language other : model.languages()) {
            if (!other.code().equals(l) && a.in(other.code()).isPresent()) {
                translations.add(new Items.LanguageVersion(other.code(), other.name(), other.tag(),
                        model.urls().article(other.code(), a.id()), a.in(other.code()).get().title()));
            }
        }
        Language source = model.config().sourceLanguage();
        return new PageView.ArticlePage(h.of(v.title(a, l), describe(text.flatMap(ArticleText::summary).orElse(v.title(a, l)))),
                text.isPresent(), l.equals(a.sourceLang()),
                v.date(a.date(), l), a.date().iso(), v.text(src.outlet(), l),
                v.text(src.agency(), l), src.byline().orElse(""),
                text.flatMap(ArticleText::summary).orElse(""),
                TopicPages.of(model, v, a, l), v.articleLinks(v.related(a), l),
                summits, leaders, translations,
                text.map(t -> bodies.render(t.body(), l, a.photos(), model.urls().root(),
                        n -> model.strings().t(l, "article.permalink", String.valueOf(n)))).orElse(""),
                text.map(t -> t.body().contents().stream()
                        .map(x -> new Items.Heading(x.id(), x.text())).toList()).orElse(List.of()),
                new Items.LanguageVersion(source.code(), source.name(), source.tag(),
                        model.urls().article(source.code(), a.id()), src.title()),
                a.draft(),
                src.updated().filter(u -> !u.equals(a.date())).map(u -> v.date(u, l)).orElse(""),
                src.updated().filter(u -> !u.equals(a.date())).map(brief.i18n.FlexDate::iso).orElse(""),
                text.isPresent() && !l.equals(a.sourceLang())
                        ? model.config().language(a.sourceLang()).map(Language::name).orElse(a.sourceLang()) : "",
                model.publication().embargo(a).map(e -> v.embargo(e, l)).orElse(null),
                sequel(model, v, a, l));
    }

    /** Oldest first, then by id: the order in which a summit's articles are read one after another. */
    static final Comparator<Article> READING_ORDER = Comparator.comparing(Article::date).thenComparing(Article::id);

    /**
     * The articles before and after {@code a} among those of its first summit, in {@link #READING_ORDER}, with
     * the summit's name; null when it has no summit or is that summit's only article.
     */
    private static Items.Sequel sequel(SiteModel model, Views v, Article a, String l) {
        if (a.source().summits().isEmpty()) return null;
        Summit su = model.summits().get(a.source().summits().get(0).id());
        if (su == null) return null;
        List<Article> all = v.readingOrder(su, () -> model.articlesBySummit().getOrDefault(su.id(), List.of()).stream()
                .sorted(READING_ORDER).toList());
        int i = 0;
        while (i < all.size() && !all.get(i).id().equals(a.id())) i++;
        if (i == all.size() || all.size() < 2) return null;
        return new Items.Sequel(v.summitLink(su, l),
                i > 0 ? v.articleLink(all.get(i - 1), l) : null,
                i + 1 < all.size() ? v.articleLink(all.get(i + 1), l) : null);
    }

    private PageView.SummitIndex summits(SiteModel model, Views v, String l, Meta.Heads h) {
        List<Items.SummitIndexItem> items = model.summits().values().stream()
                .sorted(Comparator.comparing(Summit::start).reversed().thenComparing(Summit::id))
                .filter(s -> s.parent().isEmpty())
                .map(s -> new Items.SummitIndexItem(v.summitLink(s, l), model.childSummits().getOrDefault(s.id(), List.of())
                        .stream().map(c -> v.summitLink(c, l)).toList())).toList();
        return new PageView.SummitIndex(h.of(model.strings().t(l, "summits.title")), items);
    }

    /** A summit's page, under the head {@code head} makes of {@code title} (the summit's name, or the briefing's). */
    private PageView.SummitPage summit(SiteModel model, Views v, Chronology.Index chrono, Summit su, String l,
                                       Meta.Heads head, String title) {
        java.time.LocalDate on = su.start().start();
        List<Items.LeaderLink> participants = su.participants().stream().map(Ref::id).map(model.leaders()::get)
                .map(le -> v.leaderLink(le, l, Optional.of(on))).toList();
        List<Items.ChronoItem> timeline = chrono.summit(su.id()).stream().map(e -> v.chronoItem(e, l)).toList();
        List<Article> articles = summitArticles(model, su);
        return new PageView.SummitPage(head.of(title, describe(v.text(su.summary(), l))),
                model.urls().summitFeed(l, su.id()), briefingUrl(model.urls(), l, su.id()),
                v.text(su.name(), l), model.urls().summit(l, su.id()),
                v.dateRange(su.start(), su.end(), l), su.start().iso(), su.end().iso(),
                v.place(su, l), v.text(su.city(), l),
                su.country().map(c -> v.country(c, l)).orElse(""),
                v.text(su.venue(), l), v.text(su.host(), l), v.text(su.coChairs(), l), v.text(su.summary(), l),
                su.series().map(r -> model.series().get(r.id())).map(x -> v.text(x.name(), l)).orElse(""),
                su.ordinal().orElse(0),
                su.parent().map(p -> model.summits().get(p.id())).map(p -> v.summitLink(p, l)).orElse(null),
                model.childSummits().getOrDefault(su.id(), List.of()).stream().map(c -> v.summitLink(c, l)).toList(),
                participants,
                su.outcomes().stream().map(o -> v.text(o, l)).toList(),
                v.figures(su, l),
                v.articleLinks(articles, l), timeline);
    }

    private PageView.SummitPage summit(SiteModel model, Views v, Chronology.Index chrono, Summit su, String l,
                                       Meta.Heads head) {
        return summit(model, v, chrono, su, l, head, v.text(su.name(), l));
    }

    /** The articles about a summit or any meeting that is part of it, newest first. */
    static List<Article> summitArticles(SiteModel model, Summit su) {
        List<Article> articles = new ArrayList<>(model.articlesBySummit().getOrDefault(su.id(), List.of()));
        for (Summit c : model.childSummits().getOrDefault(su.id(), List.of())) {
            for (Article a : model.articlesBySummit().getOrDefault(c.id(), List.of())) {
                if (!articles.contains(a)) articles.add(a);
            }
        }
        articles.sort(Comparator.comparing(Article::date).reversed().thenComparing(Article::id));
        return articles;
    }

    /** The one-page printable briefing of a summit: the summit's view, under its own title and crumb. */
    private PageView.SummitPage briefing(SiteModel model, Views v, Chronology.Index chrono, Summit su, String l,
                                         Meta.Heads head) {
        PageView.SummitPage page = summit(model, v, chrono, su, l, head,
                model.strings().t(l, "briefing.title", v.text(su.name(), l)));
        // On one printed page, a quote repeated row after row is noise: say "same passage" instead.
        List<Items.FigureCard> figures = new ArrayList<>();
        Object previous = null;
        for (Items.FigureCard f : page.figures()) {
            figures.add(new Items.FigureCard(f.id(), f.label(), f.value(), f.sources(), f.sources().equals(previous)));
            previous = f.sources();
        }
        return page.withFigures(figures);
    }

    /**
     * The chronology, whole or filtered, with the filter navigation: newest first, since readers come for what
     * is recent, or oldest first on the whole chronology's own static page (…/oldest-first/).
     */
    private PageView.ChronologyPage chronology(SiteModel model, Views v, String l, Meta.Heads h,
                                               Map<String, Nav> navOrder, List<Chronology.Filter> filters,
                                               Chronology.Filter current, List<ChronoEntry> entries, boolean oldestFirst) {
        if (!oldestFirst) {
            entries = new ArrayList<>(entries);
            java.util.Collections.reverse(entries);
        }
        Urls u = model.urls();
        List<Items.FilterLink> years = new ArrayList<>();
        List<Items.FilterLink> series = new ArrayList<>();
        List<Items.FilterLink> leaders = new ArrayList<>();
        String currentLabel = "";
        // Every chronology page of a language has the same navigation but for its current filter: it is sorted
        // once per language (a collator sort of every leader per page was a notable share of these pages).
        // Labels and URLs too: one filter page per leader, each listing every leader, made them a quadratic cost.
        // A filter page lists only the leaders its own entries name: listing every leader on every leader's page
        // made the chronology's size grow with leaders × leaders (1,000 leaders: 2 million links at 10,000
        // articles); this way it grows with the entries, and the whole chronology still lists them all.
        // Those are found by their places in the navigation, which come in its order: a walk through every
        // leader of the navigation per filter page grew with leaders × filters.
        Nav nav = navOrder.computeIfAbsent(l, x -> navOrder(model, v, l, filters));
        java.util.BitSet listed = new java.util.BitSet(nav.items().size());
        if (current == null) {
            listed.set(0, nav.items().size());
        } else {
            listed.set(0, nav.firstLeader());
            for (ChronoEntry e : entries) {
                for (String id : e.leaderIds()) {
                    Integer at = nav.leaderAt().get(id);
                    if (at != null) listed.set(at);
                }
            }
        }
        for (int i = listed.nextSetBit(0); i >= 0; i = listed.nextSetBit(i + 1)) {
            NavItem n = nav.items().get(i);
            Chronology.Filter f = n.filter();
            String label = n.label();
            boolean on = f.equals(current);
            if (on) currentLabel = label;
            Items.FilterLink item = on ? new Items.FilterLink(label, n.url(), n.key(), true) : n.link();
            (f.dim() == Chronology.Dim.YEAR ? years : f.dim() == Chronology.Dim.SERIES ? series : leaders).add(item);
        }
        String title = current == null ? model.strings().t(l, "chronology.title")
                : model.strings().t(l, "chronology.filtered", currentLabel);
        return new PageView.ChronologyPage(h.of(title), current != null, u.chronology(l), entries.size(),
                oldestFirst, u.chronology(l) + "oldest-first/",
                current == null ? "" : current.dim().name().toLowerCase(java.util.Locale.ROOT),
                new Items.Filters(years, series, leaders), v.groupByYearMonth(entries, l));
    }

    /**
     * A filter of the chronology's navigation, with its label and URL in one language, and its key (made once);
     * and its link when it is not the page's own, one record for every page that lists it, which
     * {@code {% once %}} then finds by identity.
     */
    private record NavItem(Chronology.Filter filter, String label, String url, String key, Items.FilterLink link) {
        NavItem(Chronology.Filter filter, String label, String url, String key) {
            this(filter, label, url, key, new Items.FilterLink(label, url, key, false));
        }
    }

    /**
     * The navigation of one language: its filters in order (years, series, then leaders), where the leaders
     * begin, and each leader's place.
     */
    private record Nav(List<NavItem> items, int firstLeader, Map<String, Integer> leaderAt) {}

    /** The filters in the order the navigation lists them: years as given, series and leaders by label. */
    private static Nav navOrder(SiteModel model, Views v, String l, List<Chronology.Filter> filters) {
        Collator collator = Collator.getInstance(model.config().language(l).orElseThrow().locale());
        Comparator<NavItem> byLabel = Comparator.comparing(NavItem::label, collator);
        List<NavItem> all = filters.stream()
                .map(f -> new NavItem(f, label(model, v, l, f), Chronology.url(model.urls(), l, f), f.key())).toList();
        List<NavItem> out = new ArrayList<>(all.stream().filter(n -> n.filter().dim() == Chronology.Dim.YEAR).toList());
        out.addAll(all.stream().filter(n -> n.filter().dim() == Chronology.Dim.SERIES).sorted(byLabel).toList());
        int firstLeader = out.size();
        out.addAll(all.stream().filter(n -> n.filter().dim() == Chronology.Dim.LEADER).sorted(byLabel).toList());
        Map<String, Integer> leaderAt = new java.util.HashMap<>();
        for (int i = firstLeader; i < out.size(); i++) leaderAt.put(out.get(i).filter().value(), i);
        return new Nav(List.copyOf(out), firstLeader, leaderAt);
    }

    private static String label(SiteModel model, Views v, String l, Chronology.Filter f) {
        return switch (f.dim()) {
            case YEAR -> f.value();
            case SERIES -> v.text(model.series().get(f.value()).name(), l);
            case LEADER -> v.text(model.leaders().get(f.value()).name(), l);
        };
    }

    /** A meta description: the text, cut at a word near 160 characters. */
    static String describe(String text) {
        if (text.length() <= 160) return text;
        int cut = text.lastIndexOf(' ', 157);
        return text.substring(0, cut > 80 ? cut : 157) + "…";
    }

    private PageView.LeaderIndex leaders(SiteModel model, Views v, Language lang, Meta.Heads h) {
        String l = lang.code();
        Collator collator = Collator.getInstance(lang.locale());
        // In office first, then former office-holders, then people without a role; by name in the language's order.
        Map<String, List<Items.LeaderIndexItem>> groups = new java.util.LinkedHashMap<>();
        for (String g : List.of("current", "former", "other")) groups.put(g, new ArrayList<>());
        model.leaders().values().stream()
                .sorted(Comparator.comparing((Leader le) -> v.text(le.name(), l), collator).thenComparing(Leader::id))
                .forEach(le -> {
                    Items.LeaderLink link = v.leaderLink(le, l, Optional.empty());
                    String g = !le.openRoles().isEmpty() ? "current" : le.roles().isEmpty() ? "other" : "former";
                    groups.get(g).add(new Items.LeaderIndexItem(link.name(), link.url(), v.standing(le, l), link.id(),
                            v.country(le.country(), l)));
                });
        List<Items.LeaderGroup> sections = new ArrayList<>();
        groups.forEach((g, items) -> {
            if (!items.isEmpty()) sections.add(new Items.LeaderGroup(g, model.strings().t(l, "leaders." + g), items));
        });
        return new PageView.LeaderIndex(h.of(model.strings().t(l, "leaders.title")), sections);
    }

    private PageView.LeaderPage leader(SiteModel model, Views v, Chronology.Index chrono, Leader le, String l,
                                       Meta.Heads h) {
        List<Items.OtherName> otherNames = new ArrayList<>();
        for (Language other : model.languages()) {
            String n = le.name().or(other.code(), model.sourceLang());
            if (!other.code().equals(l) && !n.equals(v.text(le.name(), l))) {
                otherNames.add(new Items.OtherName(other.code(), other.tag(), n));
            }
        }
        List<Items.Role> roles = le.roles().stream()
                .sorted(Comparator.comparing(Leader.Role::from).reversed())
                .map(r -> new Items.Role(v.text(r.title(), l), v.date(r.from(), l),
                        r.to().map(t -> v.date(t, l)).orElse(""), r.open())).toList();
        List<Items.LeaderSummit> summits = model.summitsByLeader().getOrDefault(le.id(), List.of()).stream()
                .map(s -> new Items.LeaderSummit(v.summitLink(s, l), v.titlesOn(le, s.start().start(), l))).toList();
        List<Items.ChronoItem> timeline = chrono.leader(le.id()).stream().map(e -> v.chronoItem(e, l)).toList();
        return new PageView.LeaderPage(h.of(v.text(le.name(), l), describe(v.text(le.bio(), l))), otherNames,
                v.country(le.country(), l), v.standing(le, l), roles, v.text(le.bio(), l),
                summits, v.articleLinks(model.articlesByLeader().getOrDefault(le.id(), List.of()), l), timeline);
    }

    /** Internal link schemes of Markdown bodies: article:, summit:, leader:, event:. */
    static String resolve(SiteModel model, String lang, String url) {
        int colon = url.indexOf(':');
        if (colon < 0) return null;
        int hash = url.indexOf('#');
        String id = hash < 0 ? url.substring(colon + 1) : url.substring(colon + 1, hash);
        String anchor = hash < 0 ? "" : url.substring(hash);
        Urls u = model.urls();
        return switch (url.substring(0, colon)) {
            // An article the site holds back (a draft, an embargo): no URL, and the text stays without the link.
            case "article" -> u.hasArticle(id) ? u.article(lang, id) + anchor : BodyRenderer.UNLINKED;
            case "summit" -> u.summit(lang, id) + anchor;
            case "leader" -> u.leader(lang, id) + anchor;
            case "event" -> u.chronology(lang) + "#event-" + id;
            default -> null;
        };
    }

}
