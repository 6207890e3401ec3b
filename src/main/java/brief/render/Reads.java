package brief.render;

import brief.annotations.Figure;
import brief.annotations.Leader;
import brief.annotations.SourceQuote;
import brief.annotations.Summit;
import brief.content.Article;
import brief.content.ArticleText;
import brief.content.Body;
import brief.plan.Input;
import brief.plan.PageKind;
import brief.site.ChronoEntry;
import brief.site.SiteModel;
import brief.yaml.Fields.Ref;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The inputs each kind of page reads, declared beside nothing else so that they can be read in one place: what
 * a page shows of the model is listed here as typed inputs, and the rebuild renders a page again exactly when
 * one of them changed. Adding a kind of page means adding its method here and its line in {@link Renderer}.
 */
final class Reads {
    private final SiteModel m;
    private final Supplier<Chronology.Index> chrono;
    /** Each event's source, by event id: a chronology page looks up each of its events. */
    private final java.util.Map<String, java.util.Optional<SourceQuote>> eventSources = new java.util.HashMap<>();

    Reads(SiteModel m, Supplier<Chronology.Index> chrono) {
        this.m = m;
        this.chrono = chrono;
        for (var ev : m.events()) eventSources.putIfAbsent(ev.id(), ev.source());
    }

    /** What every page of a kind reads: its template, the shared ones, the strings, asset names, site.yaml. */
    Set<Input> common(PageKind kind) {
        Set<Input> in = new HashSet<>();
        if (!kind.template.isEmpty()) in.add(new Input.Template(kind.template));
        in.add(new Input.Layout());
        in.add(new Input.Strings());
        in.add(new Input.Assets());
        in.add(new Input.Config());
        in.add(new Input.TopicIndex());
        return in;
    }

    /** The home page: the newest articles, the summits. */
    Set<Input> home() {
        Set<Input> in = common(PageKind.HOME);
        in.add(new Input.Newest(Renderer.LATEST));
        m.summits().keySet().forEach(id -> in.add(new Input.Summit(id)));
        in.add(new Input.Today());
        return in;
    }

    Set<Input> articleIndex() {
        Set<Input> in = common(PageKind.ARTICLES);
        allListings(in);
        return in;
    }

    /**
     * An article's page: all of the article, its summits and leaders, the names the text links, the articles
     * its links lead to, and its first summit's articles (the previous and next links).
     */
    Set<Input> article(Article a) {
        Set<Input> in = common(PageKind.ARTICLE);
        in.add(new Input.ArticleText(a.id()));
        in.add(new Input.ArticleListing(a.id()));
        in.add(new Input.Linker());
        for (Ref r : a.source().summits()) in.add(new Input.Summit(r.id()));
        for (Ref r : a.source().leaders()) in.add(new Input.Leader(r.id()));
        for (Ref r : a.source().topics()) in.add(new Input.Topic(r.id()));
        in.add(new Input.Related(a.id()));
        if (!a.source().summits().isEmpty()) {
            for (Article b : m.articlesBySummit().getOrDefault(a.source().summits().get(0).id(), List.of())) {
                in.add(new Input.ArticleListing(b.id()));
            }
        }
        for (ArticleText t : a.texts().values()) {
            for (Body.LinkAt link : t.body().links()) {
                if (!link.url().startsWith("article:")) continue;
                int hash = link.url().indexOf('#');
                in.add(new Input.ArticleListing(link.url().substring("article:".length(), hash < 0 ? link.url().length() : hash)));
            }
        }
        return in;
    }

    /** The topics index: every topic's names and how many articles carry it. */
    Set<Input> topicIndex() {
        Set<Input> in = common(PageKind.TOPICS);
        m.topics().keySet().forEach(id -> in.add(new Input.Topic(id)));
        allListings(in);
        return in;
    }

    /** A topic's page: its names and the list items of its articles. */
    Set<Input> topic(brief.annotations.Topic t) {
        Set<Input> in = common(PageKind.TOPIC);
        in.add(new Input.Topic(t.id()));
        for (Article a : m.articlesByTopic().getOrDefault(t.id(), List.of())) in.add(new Input.ArticleListing(a.id()));
        return in;
    }

    Set<Input> summitIndex() {
        Set<Input> in = common(PageKind.SUMMITS);
        m.summits().keySet().forEach(id -> in.add(new Input.Summit(id)));
        return in;
    }

    /**
     * A summit's page and its briefing: the summit, its parent and sessions, participants, series, the passages
     * its figures quote, its articles and its timeline.
     */
    Set<Input> summit(PageKind kind, Summit su) {
        Set<Input> in = common(kind);
        in.add(new Input.Summit(su.id()));
        su.parent().ifPresent(p -> in.add(new Input.Summit(p.id())));
        for (Summit c : m.childSummits().getOrDefault(su.id(), List.of())) in.add(new Input.Summit(c.id()));
        for (Ref r : su.participants()) in.add(new Input.Leader(r.id()));
        su.series().ifPresent(s -> in.add(new Input.Series(s.id())));
        for (Figure f : su.figures()) {
            for (SourceQuote q : f.sources()) {
                in.add(new Input.ArticleQuotes(q.articleId()));
                in.add(new Input.ArticleListing(q.articleId()));
            }
        }
        for (Article a : Renderer.summitArticles(m, su)) in.add(new Input.ArticleListing(a.id()));
        entries(in, chrono.get().summit(su.id()));
        return in;
    }

    /** A summit's feed: the summit's name and date, its articles, and the text of those it prints. */
    Set<Input> summitFeed(Summit su) {
        Set<Input> in = new HashSet<>(Set.of(new Input.Config(), new Input.Summit(su.id())));
        feed(in, Renderer.summitArticles(m, su));
        return in;
    }

    Set<Input> leaderIndex() {
        Set<Input> in = common(PageKind.LEADERS);
        m.leaders().keySet().forEach(id -> in.add(new Input.Leader(id)));
        return in;
    }

    Set<Input> leader(Leader le) {
        Set<Input> in = common(PageKind.LEADER);
        in.add(new Input.Leader(le.id()));
        for (Summit s : m.summitsByLeader().getOrDefault(le.id(), List.of())) in.add(new Input.Summit(s.id()));
        for (Article a : m.articlesByLeader().getOrDefault(le.id(), List.of())) in.add(new Input.ArticleListing(a.id()));
        entries(in, chrono.get().leader(le.id()));
        return in;
    }

    /** A chronology page, whole or filtered: its entries, and the filters every chronology page lists. */
    Set<Input> chronology(PageKind kind, List<ChronoEntry> entries) {
        Set<Input> in = common(kind);
        in.add(new Input.ChronologyNav());
        entries(in, entries);
        return in;
    }

    Set<Input> siteFeed() {
        Set<Input> in = new HashSet<>(Set.of(new Input.Config(), new Input.Newest(Feeds.MAX_ENTRIES)));
        feedEntries(in, m.articles());
        return in;
    }

    /** A page of the site's own: its Markdown may link any article. */
    Set<Input> sitePage() {
        Set<Input> in = common(PageKind.PAGE);
        in.add(new Input.Linker());
        allListings(in);
        return in;
    }

    /** The sitemap: every page's address, and each article's translations and last change. */
    Set<Input> sitemap() {
        Set<Input> in = new HashSet<>(Set.of(new Input.Config(), new Input.Pages()));
        allListings(in);
        return in;
    }

    private void allListings(Set<Input> in) {
        for (Article a : m.articles()) in.add(new Input.ArticleListing(a.id()));
    }

    /** A feed lists its articles (which ones depends on their dates) and prints the first ones' texts. */
    private static void feed(Set<Input> in, List<Article> articles) {
        for (Article a : articles) in.add(new Input.ArticleListing(a.id()));
        feedEntries(in, articles);
    }

    /** A feed's entries: the newest articles' texts, with the names of the topics they are filed under. */
    private static void feedEntries(Set<Input> in, List<Article> articles) {
        articles.stream().limit(Feeds.MAX_ENTRIES).forEach(a -> {
            in.add(new Input.ArticleText(a.id()));
            for (Ref r : a.source().topics()) in.add(new Input.Topic(r.id()));
        });
    }

    /** What a chronology entry shows: its article, summit or event; an event's source and where its quote is. */
    private void entries(Set<Input> in, List<ChronoEntry> entries) {
        in.add(new Input.Today());
        for (ChronoEntry e : entries) {
            switch (e.kind()) {
                case ARTICLE -> in.add(new Input.ArticleListing(e.id()));
                case SUMMIT -> in.add(new Input.Summit(e.id()));
                case EVENT -> {
                    in.add(new Input.Event(e.id()));
                    eventSources.getOrDefault(e.id(), java.util.Optional.empty()).ifPresent(q -> {
                        in.add(new Input.ArticleListing(q.articleId()));
                        in.add(new Input.ArticleQuotes(q.articleId()));
                    });
                }
            }
        }
    }
}
