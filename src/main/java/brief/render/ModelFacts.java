package brief.render;

import brief.annotations.Event;
import brief.annotations.Figure;
import brief.annotations.Summit;
import brief.content.Article;
import brief.i18n.Language;
import brief.plan.Change;
import brief.plan.Facts;
import brief.plan.Input;
import brief.plan.PageKind;
import brief.site.SiteModel;
import brief.yaml.Fields.Ref;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The value of each input under one model and theme, as pages show it: what lists show of an article is the
 * link the lists print ({@link Views#articleLink}), so nothing has to list by hand which fields other pages read.
 */
final class ModelFacts implements Facts {
    private final SiteModel m;
    private final TemplateEngine templates;
    private final Views v;
    /**
     * The values read from the whole model (the chronology's filters, the names the linker finds, the events by
     * id), made once: a plan's facts are asked again as the "before" of the next edit, and at 10,000 articles
     * walking the chronology's 11,000 entries was a third of a leader edit's plan step.
     */
    private final Map<Input, Object> wholeModel = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Map<String, List<Event>> eventsById;
    private volatile List<Chronology.Filter> filters;

    ModelFacts(SiteModel m, TemplateEngine templates, Views v) {
        this.m = m;
        this.templates = templates;
        this.v = v;
    }

    @Override
    public Object value(Input input) {
        if (input instanceof Input.ArticleText t) return article(t.id(), a -> List.of(a, m.publication().embargo(a)));
        if (input instanceof Input.ArticleListing l) return article(l.id(), this::listing);
        if (input instanceof Input.Newest n) return newest(n.count());
        if (input instanceof Input.ArticleQuotes q) return article(q.id(), this::quotes);
        if (input instanceof Input.Leader l) return m.leaders().get(l.id());
        if (input instanceof Input.Summit s) return m.summits().get(s.id());
        if (input instanceof Input.Series s) return m.series().get(s.id());
        if (input instanceof Input.Topic t) return m.topics().get(t.id());
        if (input instanceof Input.TopicIndex) return TopicPages.indexUrl(m, m.sourceLang()).isEmpty();
        if (input instanceof Input.Related r) return article(r.id(), this::related);
        if (input instanceof Input.Event e) return eventsById().getOrDefault(e.id(), List.of());
        if (input instanceof Input.Linker) return wholeModel.computeIfAbsent(input, i -> linked());
        if (input instanceof Input.ChronologyNav) return wholeModel.computeIfAbsent(input, i -> navigation());
        if (input instanceof Input.Template t) return templates.text(t.name()).orElse(null);
        if (input instanceof Input.Layout) return layout();
        if (input instanceof Input.Strings) return m.strings();
        if (input instanceof Input.Assets) return templates.assetNames();
        if (input instanceof Input.Config) return m.config();
        if (input instanceof Input.Today) return java.time.LocalDate.ofInstant(m.publication().now(), java.time.ZoneOffset.UTC);
        // Input.Pages: the page set is compared by the rule itself, from the plans.
        return null;
    }

    @Override
    public Set<Input> touched(Change change) {
        Set<Input> out = new LinkedHashSet<>();
        if (change instanceof Change.Article a) {
            out.addAll(List.of(new Input.ArticleText(a.id()), new Input.ArticleListing(a.id()), new Input.ArticleQuotes(a.id())));
            out.add(new Input.TopicIndex());
        } else if (change instanceof Change.Annotations) {
            m.leaders().keySet().forEach(id -> out.add(new Input.Leader(id)));
            m.summits().keySet().forEach(id -> out.add(new Input.Summit(id)));
            m.series().keySet().forEach(id -> out.add(new Input.Series(id)));
            m.topics().keySet().forEach(id -> out.add(new Input.Topic(id)));
            out.add(new Input.TopicIndex());
            m.events().forEach(e -> out.add(new Input.Event(e.id())));
            out.add(new Input.Linker());
            out.add(new Input.ChronologyNav());
        } else if (change instanceof Change.Config) {
            out.add(new Input.Config());
        } else if (change instanceof Change.Template t) {
            out.add(PageKind.isPageTemplate(t.name()) ? new Input.Template(t.name()) : new Input.Layout());
        } else if (change instanceof Change.Strings) {
            out.add(new Input.Strings());
        } else if (change instanceof Change.Asset) {
            out.add(new Input.Assets());
        }
        // A plain static file is copied, not read by pages; Change.Everything is not compared input by input.
        return out;
    }

    /**
     * Those sharing a summit, a leader or a topic with an article may list it among their related briefings, and
     * what they rank and print of it is its listing: only an edit that changed the listing can change their lists.
     * Comparing the lists of the thousand or so sharers was most of a one-article edit's time at 10,000 articles.
     */
    @Override
    public Set<Input> dependents(Input input) {
        if (!(input instanceof Input.ArticleListing l)) return Set.of();
        Set<Input> out = new LinkedHashSet<>();
        for (String id : Related.sharers(m, l.id())) out.add(new Input.Related(id));
        out.add(new Input.Newest(Renderer.LATEST));
        out.add(new Input.Newest(Feeds.MAX_ENTRIES));
        return out;
    }

    /**
     * What an article's text links ({@link EntityLinker#of}): each leader's names and each summit's name in each
     * language, and whose they are. Not the whole entries: a leader's biography is on that leader's pages, and an
     * edit of it rendered the 20,000 article pages of a large site again.
     */
    private Object linked() {
        List<Object> out = new ArrayList<>();
        for (String lang : m.config().languageCodes()) {
            out.add(lang);
            for (brief.annotations.Leader le : m.leaders().values()) out.add(List.of(le.id(), le.namesIn(lang)));
            for (Summit su : m.summits().values()) out.add(List.of(su.id(), su.name().in(lang)));
        }
        return out;
    }

    /** The events of each id (one, unless an id is written twice), in the model's order. */
    private Map<String, List<Event>> eventsById() {
        Map<String, List<Event>> out = eventsById;
        if (out == null) {
            out = new java.util.HashMap<>();
            for (Event e : m.events()) out.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
            eventsById = out;
        }
        return out;
    }

    /** The newest articles' ids and listings, and the greatest start date of all (a feed's date). */
    private Object newest(int count) {
        List<Object> out = new ArrayList<>();
        out.add(m.articles().stream().map(a -> a.date().start()).max(java.time.LocalDate::compareTo).orElse(null));
        for (Article a : m.articles().subList(0, Math.min(count, m.articles().size()))) {
            out.add(a.id());
            out.add(listing(a));
        }
        return out;
    }

    /**
     * The chronology's filters are made from its entries, the series and the leaders there are: when those equal
     * the last model's (a leader's biography edited), they are the last model's filters.
     */
    @Override
    public void follow(Facts before) {
        if (!(before instanceof ModelFacts b) || b.filters == null || filters != null) return;
        if (b.m.chronology().equals(m.chronology()) && b.m.series().keySet().equals(m.series().keySet())
                && b.m.leaders().keySet().equals(m.leaders().keySet())) {
            filters = b.filters;
        }
    }

    private List<Chronology.Filter> filters() {
        List<Chronology.Filter> out = filters;
        if (out == null) filters = out = Chronology.filters(m);
        return out;
    }

    /** The chronology's filters and the names they are labelled with. */
    private Object navigation() {
        List<Object> out = new ArrayList<>();
        for (Chronology.Filter f : filters()) {
            out.add(f);
            out.add(switch (f.dim()) {
                case YEAR -> f.value();
                case SERIES -> m.series().get(f.value()).name();
                case LEADER -> m.leaders().get(f.value()).name();
            });
        }
        return out;
    }

    private Object article(String id, java.util.function.Function<Article, Object> value) {
        Article a = m.articlesById().get(id);
        return a == null ? null : value.apply(a);
    }

    /** What lists, feeds' entry links, the chronology and the sitemap show of an article, in every language. */
    private Object listing(Article a) {
        List<Object> out = new ArrayList<>(List.of(a.date(), a.source().updated(), a.draft(),
                a.source().summits().stream().map(Ref::id).toList(), a.source().leaders().stream().map(Ref::id).toList(),
                a.source().topics().stream().map(Ref::id).toList(), m.publication().embargo(a)));
        for (Language l : m.languages()) out.add(v.articleLink(a, l.code()));
        return out;
    }

    /** The briefings the article's page suggests, as it links them in every language. */
    private Object related(Article a) {
        List<Object> out = new ArrayList<>();
        for (Article b : v.related(a)) for (Language l : m.languages()) out.add(v.articleLink(b, l.code()));
        return out;
    }

    /** The key figures and events that quote the article, as their pages show them. */
    private Object quotes(Article a) {
        List<Object> out = new ArrayList<>();
        for (Summit su : m.summits().values()) {
            for (Figure f : su.figures()) {
                if (f.sources().stream().noneMatch(q -> q.articleId().equals(a.id()))) continue;
                for (Language l : m.languages()) out.add(v.figureView(f, l.code()));
            }
        }
        for (Event e : m.events()) {
            e.source().filter(q -> q.articleId().equals(a.id()))
                    .ifPresent(q -> out.add(brief.content.Passages.find(a.source().body(), q.quote())));
        }
        return out;
    }

    private Map<String, String> layout() {
        Map<String, String> out = new TreeMap<>();
        for (String name : templates.names()) {
            if (!PageKind.isPageTemplate(name)) out.put(name, templates.text(name).orElse(""));
        }
        return out;
    }
}
