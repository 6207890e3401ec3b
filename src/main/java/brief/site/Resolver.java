package brief.site;

import brief.annotations.Event;
import brief.annotations.Leader;
import brief.annotations.Series;
import brief.annotations.Summit;
import brief.check.Validated;
import brief.content.Article;
import brief.i18n.Language;
import brief.yaml.Fields.Ref;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Resolves validated sources into the {@link SiteModel}. Pure: reads nothing, writes nothing. */
public final class Resolver {
    /** Each article's slugs per language; serve mode passes a memo, as slugifying every title is costly. */
    private final java.util.function.BiFunction<Article, List<Language>, Map<String, String>> slugger;

    public Resolver() {
        this(Article::slugs);
    }

    /** {@code slugger} must return what {@link Article#slugs} returns. */
    public Resolver(java.util.function.BiFunction<Article, List<Language>, Map<String, String>> slugger) {
        this.slugger = slugger;
    }

    /**
     * What a resolve may start from: {@link #EVERYTHING} (no last model), or the last model with the annotations
     * it was resolved from and the ids of the articles whose files changed since ({@link Last}). Anything else
     * that changed (the configuration, the annotations) is found by comparing values.
     */
    public sealed interface Since permits Everything, Last {}

    /** No last model: everything is resolved. */
    public record Everything() implements Since {}

    /** The last model, the annotations it was resolved from, and the articles edited since. */
    public record Last(SiteModel model, brief.annotations.Annotations annotations, Set<String> editedArticles)
            implements Since {
        public Last {
            editedArticles = Set.copyOf(editedArticles);
        }
    }

    public static final Since EVERYTHING = new Everything();

    /**
     * The site that {@code publication} shows: the articles it does not show are left out, and with them every
     * key figure and event that cites one (see {@link HeldBack}), so that nothing of them reaches any page.
     * After {@code since} a last model, the model is that one patched when the edits moved nothing (serve
     * mode, after an edit to an article's text or to leaders.yaml); either way, the model a whole resolve gives.
     */
    public SiteModel resolve(Validated v, Publication publication, Since since) {
        if (since instanceof Last last) {
            Optional<SiteModel> patched = patch(last.model(), last.annotations(), v, publication, last.editedArticles());
            if (patched.isPresent()) return patched.get();
        }
        return resolveAll(v, publication);
    }

    private SiteModel resolveAll(Validated v, Publication publication) {
        var src = v.sources();
        var config = src.config();
        List<Article> articles = src.articles().stream()
                .filter(publication::shows)
                .sorted(Comparator.comparing(Article::date).reversed().thenComparing(Article::id))
                .toList();
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));

        Map<String, Map<String, String>> slugs = new TreeMap<>();
        for (Article a : articles) slugs.put(a.id(), slugger.apply(a, config.languages()));

        List<String> heldFigures = new ArrayList<>();
        List<Summit> shownSummits = new ArrayList<>();
        for (Summit s : src.annotations().summits()) shownSummits.add(citingShown(s, byId, heldFigures));
        Map<String, Summit> summits = sortedById(shownSummits, Summit::id);
        Map<String, Leader> leaders = sortedById(src.annotations().leaders(), Leader::id);
        Map<String, Series> series = sortedById(src.annotations().series(), Series::id);

        ArticleIndex index = indexArticles(articles);
        Map<String, brief.annotations.Topic> topics = topicsWithArticles(src.annotations().topics(), index.byTopic());
        Map<String, List<Summit>> byParticipant = new TreeMap<>();
        Map<String, List<Summit>> children = new TreeMap<>();
        List<Summit> chronological = summits.values().stream().sorted(Comparator.comparing(Summit::start)
                .thenComparing(Summit::id)).toList();
        for (Summit s : chronological) {
            for (Ref r : s.participants()) byParticipant.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(s);
            s.parent().ifPresent(p -> children.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(s));
        }
        List<String> heldEvents = new ArrayList<>();
        List<Event> events = eventsCitingShown(src.annotations().events(), byId, heldEvents);
        List<ChronoEntry> chrono = chronology(chronological, summits, events, articles);

        return new SiteModel(config, v.strings(), new Urls(config, slugs), articles, byId, summits, leaders, series,
                events, freeze(index.bySummit()), freeze(index.byLeader()), freeze(byParticipant), freeze(children),
                List.copyOf(chrono), publication, heldBack(src.articles(), publication, heldFigures, heldEvents),
                java.util.Collections.unmodifiableMap(topics), freeze(index.byTopic()));
    }

    /** The articles filed under each summit, leader and topic, in the order of {@code articles}. */
    private record ArticleIndex(Map<String, List<Article>> bySummit, Map<String, List<Article>> byLeader,
                                Map<String, List<Article>> byTopic) {}

    private static ArticleIndex indexArticles(List<Article> articles) {
        Map<String, List<Article>> bySummit = new TreeMap<>();
        Map<String, List<Article>> byLeader = new TreeMap<>();
        Map<String, List<Article>> byTopic = new TreeMap<>();
        for (Article a : articles) {
            for (Ref r : a.source().summits()) bySummit.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(a);
            for (Ref r : a.source().leaders()) byLeader.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(a);
            for (Ref r : a.source().topics()) {
                List<Article> filed = byTopic.computeIfAbsent(r.id(), k -> new ArrayList<>());
                if (filed.isEmpty() || filed.get(filed.size() - 1) != a) filed.add(a); // a topic named twice
            }
        }
        return new ArticleIndex(bySummit, byLeader, byTopic);
    }

    /** A topic none of whose articles is shown gets no page: it would be empty, or show what is held back. */
    private static Map<String, brief.annotations.Topic> topicsWithArticles(List<brief.annotations.Topic> all,
                                                                          Map<String, List<Article>> byTopic) {
        Map<String, brief.annotations.Topic> topics = new TreeMap<>();
        for (brief.annotations.Topic t : all) {
            if (byTopic.containsKey(t.id())) topics.putIfAbsent(t.id(), t);
        }
        return topics;
    }

    /** The events that cite no article, or a shown one, by date; the ids of the others go to {@code held}. */
    private static List<Event> eventsCitingShown(List<Event> all, Map<String, Article> shown, List<String> held) {
        return all.stream()
                .filter(e -> {
                    boolean cited = e.source().map(q -> shown.containsKey(q.articleId())).orElse(true);
                    if (!cited) held.add(e.id());
                    return cited;
                })
                .sorted(Comparator.comparing(Event::date).thenComparing(Event::id)).toList();
    }

    /** Summits, events and articles in one order, each with the people, series and summits it concerns. */
    private static List<ChronoEntry> chronology(List<Summit> chronological, Map<String, Summit> summits,
                                                List<Event> events, List<Article> articles) {
        List<ChronoEntry> chrono = new ArrayList<>();
        for (Summit s : chronological) {
            Set<String> people = ids(s.participants());
            Set<String> ser = new HashSet<>();
            s.series().ifPresent(r -> ser.add(r.id()));
            s.parent().flatMap(p -> summits.get(p.id()).series()).ifPresent(r -> ser.add(r.id()));
            chrono.add(new ChronoEntry(s.start(), ChronoEntry.Kind.SUMMIT, s.id(), people, ser, Set.of(s.id())));
        }
        for (Event e : events) {
            Set<String> ser = new HashSet<>();
            for (Ref r : e.summits()) summits.get(r.id()).series().ifPresent(x -> ser.add(x.id()));
            chrono.add(new ChronoEntry(e.date(), ChronoEntry.Kind.EVENT, e.id(), ids(e.leaders()), ser, ids(e.summits())));
        }
        for (Article a : articles) {
            Set<String> ser = new HashSet<>();
            for (Ref r : a.source().summits()) summits.get(r.id()).series().ifPresent(x -> ser.add(x.id()));
            chrono.add(new ChronoEntry(a.date(), ChronoEntry.Kind.ARTICLE, a.id(), ids(a.source().leaders()), ser,
                    ids(a.source().summits())));
        }
        chrono.sort(Comparator.naturalOrder());
        return chrono;
    }

    /** The articles {@code publication} leaves out, with the embargo of those left out because of one. */
    private static HeldBack heldBack(List<Article> all, Publication publication, List<String> figures, List<String> events) {
        List<Article> held = new ArrayList<>();
        Map<String, java.time.OffsetDateTime> embargoes = new TreeMap<>();
        for (Article a : all) {
            if (publication.shows(a)) continue;
            held.add(a);
            if (publication.drafts() || !a.draft()) publication.embargo(a).ifPresent(e -> embargoes.put(a.id(), e));
        }
        if (held.isEmpty() && figures.isEmpty() && events.isEmpty()) return HeldBack.NOTHING;
        return new HeldBack(held, embargoes, figures.stream().sorted().toList(), events.stream().sorted().toList());
    }

    /**
     * What {@link #heldBack} gives after edits to the articles {@code ids} ({@code edited}: those that are still
     * there), from what it gave before them, without walking the other articles: where embargoed articles are
     * shown (the preview), whether an article is shown depends on it alone, not on the moment, and no held
     * article has an embargo to list (only drafts are held, and drafts are held only without --drafts).
     */
    private static HeldBack heldAfter(HeldBack before, Map<String, Article> edited, Set<String> ids, Publication publication) {
        List<Article> held = new ArrayList<>(before.articles());
        held.removeIf(a -> ids.contains(a.id()));
        for (Article a : edited.values()) if (!publication.shows(a)) held.add(a);
        held.sort(Comparator.comparing(Article::id));
        if (held.isEmpty() && before.figures().isEmpty() && before.events().isEmpty()) return HeldBack.NOTHING;
        return new HeldBack(held, before.embargoes(), before.figures(), before.events());
    }

    /**
     * The summit with each key figure citing only the articles shown; a figure none of whose sources is shown is
     * left out (its id goes to {@code held}), so an embargoed report never shows through its figures.
     */
    private static Summit citingShown(Summit s, Map<String, Article> shown, List<String> held) {
        List<brief.annotations.Figure> figures = new ArrayList<>();
        boolean changed = false;
        for (var f : s.figures()) {
            var cited = f.sources().stream().filter(q -> shown.containsKey(q.articleId())).toList();
            if (cited.isEmpty()) held.add(f.id());
            else figures.add(cited.size() == f.sources().size() ? f : f.withSources(cited));
            changed |= cited.size() != f.sources().size();
        }
        if (!changed) return s;
        return s.withFigures(figures);
    }

    /**
     * The model {@link #resolveAll} would give for {@code v}, made by patching {@code previous} (resolved from
     * {@code previousAnnotations}) after edits to the articles {@code ids}: possible when the edits moved nothing,
     * that is when each edited article keeps its date, summits, leaders, topics, draft state, embargo and slugs,
     * the site configuration is equal, and so are the annotations but for the leaders (a leader's name, biography
     * or roles are on pages, but no list of the model is made from them). Serve mode uses it after an edit to an
     * article's text or to leaders.yaml, so that such an edit does not sort and index the whole site again.
     * Empty when the edit did move something: resolve the whole site then.
     */
    private Optional<SiteModel> patch(SiteModel previous, brief.annotations.Annotations previousAnnotations, Validated v,
                                      Publication publication, Set<String> ids) {
        var src = v.sources();
        var now = src.annotations();
        boolean sameAnnotations = now.equals(previousAnnotations);
        boolean onlyLeaders = !sameAnnotations && now.series().equals(previousAnnotations.series())
                && now.summits().equals(previousAnnotations.summits()) && now.events().equals(previousAnnotations.events())
                && now.topics().equals(previousAnnotations.topics());
        if (!previous.publication().sameRules(publication) || !(sameAnnotations || onlyLeaders)
                || !src.config().equals(previous.config())) {
            return Optional.empty();
        }
        Map<String, Leader> leaders = sameAnnotations ? previous.leaders() : sortedById(now.leaders(), Leader::id);
        Map<String, Article> edited = new java.util.HashMap<>();
        // The loader lists the articles by id: each edited one is found by a binary search, not by walking 10,000.
        for (String id : ids) {
            int at = java.util.Collections.binarySearch(src.articles(), null, (x, y) -> x.id().compareTo(id));
            if (at >= 0) edited.put(id, src.articles().get(at));
        }
        for (String id : ids) {
            Article before = previous.articlesById().get(id);
            Article after = edited.get(id);
            boolean visibleAfter = after != null && publication.shows(after);
            if (before == null && !visibleAfter) continue; // a draft that stays hidden, or nothing
            if (before == null || !visibleAfter || !movesNothing(before, after, src.config().languages())) {
                return Optional.empty();
            }
        }
        // What is held back, which also counts the articles not shown.
        HeldBack held = publication.embargoed() ? heldAfter(previous.heldBack(), edited, ids, publication)
                : heldBack(src.articles(), publication, previous.heldBack().figures(), previous.heldBack().events());
        if (src.articles().size() != previous.articles().size() + held.articles().size()) {
            return Optional.empty();
        }
        List<Article> articles = new ArrayList<>(previous.articles());
        Map<String, Article> byId = new LinkedHashMap<>(previous.articlesById());
        Map<String, List<Article>> bySummit = new TreeMap<>(previous.articlesBySummit());
        Map<String, List<Article>> byLeader = new TreeMap<>(previous.articlesByLeader());
        Map<String, List<Article>> byTopic = new TreeMap<>(previous.articlesByTopic());
        // Only the edited articles change place in the lists: 10,000 others are not walked.
        for (String id : ids) {
            Article before = byId.get(id);
            Article after = edited.get(id);
            if (before == null || after == null || after == before) continue;
            articles.set(articles.indexOf(before), after);
            byId.put(after.id(), after);
            for (Ref r : after.source().summits()) bySummit.put(r.id(), replaced(bySummit.get(r.id()), before, after));
            for (Ref r : after.source().leaders()) byLeader.put(r.id(), replaced(byLeader.get(r.id()), before, after));
            for (Ref r : after.source().topics()) byTopic.put(r.id(), replaced(byTopic.get(r.id()), before, after));
        }
        return Optional.of(new SiteModel(src.config(), v.strings(), previous.urls(), List.copyOf(articles),
                java.util.Collections.unmodifiableMap(byId), previous.summits(), leaders, previous.series(),
                previous.events(), java.util.Collections.unmodifiableMap(bySummit),
                java.util.Collections.unmodifiableMap(byLeader), previous.summitsByLeader(), previous.childSummits(),
                previous.chronology(), publication, held, previous.topics(), java.util.Collections.unmodifiableMap(byTopic)));
    }

    /** Whether an edit leaves the article where it was: same date, summits, leaders, topics, draft state, embargo and slugs. */
    private boolean movesNothing(Article before, Article after, List<Language> languages) {
        return before.date().equals(after.date()) && before.draft() == after.draft()
                && before.embargo().equals(after.embargo())
                && refIds(before.source().summits()).equals(refIds(after.source().summits()))
                && refIds(before.source().leaders()).equals(refIds(after.source().leaders()))
                && refIds(before.source().topics()).equals(refIds(after.source().topics()))
                && slugger.apply(before, languages).equals(slugger.apply(after, languages));
    }

    private static List<String> refIds(List<Ref> refs) {
        return refs.stream().map(Ref::id).toList();
    }

    private static List<Article> replaced(List<Article> list, Article before, Article after) {
        List<Article> out = new ArrayList<>(list);
        out.set(out.indexOf(before), after);
        return List.copyOf(out);
    }

    private static Set<String> ids(List<Ref> refs) {
        Set<String> out = new HashSet<>();
        refs.forEach(r -> out.add(r.id()));
        return out;
    }

    private static <T> Map<String, T> sortedById(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> out = new TreeMap<>();
        for (T t : items) out.putIfAbsent(id.apply(t), t);
        return java.util.Collections.unmodifiableMap(out);
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> m) {
        Map<String, List<T>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
