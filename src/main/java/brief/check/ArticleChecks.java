package brief.check;

import brief.annotations.Leader;
import brief.load.Sources;
import brief.config.SiteConfig;
import brief.content.Article;
import brief.diag.Diagnostics;
import brief.yaml.Fields.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The check cache: what the rules reported, kept between runs so that serve mode checks again only what an edit
 * changed. Per article: what the per-article rules ({@link Validator#articleRules}) and the reference and link
 * rules reported, and its slugs; per summit and leader, and for the annotation files and the templates as a whole,
 * what the other rules reported ({@link Findings}).
 *
 * <p>Every entry is keyed by content: it is reused when the article (a record, compared by value) and what the
 * rules read outside it (the site configuration, the leaders it names, the ids known, the articles its links point
 * at) are equal to those it was made from. The loader keeps an unchanged article's object, so equal is usually
 * decided by the first reference compared; an equal article read again is reused too. Anything else is checked
 * again, so the findings always equal those of a clean check. Not thread-safe across runs: one validator uses it
 * at a time.
 */
public final class ArticleChecks {
    /** {@code diags} is null when the rules reported nothing. */
    private record Entry(Article article, List<String> leaderIds, List<Object> deps, Diagnostics diags,
                         Map<String, String> slugs, List<String> topicIds) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Whether each quoted sentence occurs in its article, for the article (by value) it was looked up in. */
    private final Map<String, Quotes> quotes = new ConcurrentHashMap<>();

    private record Quotes(Article article, Map<String, Boolean> found) {}

    /**
     * What the reference and link rules reported for an article (null: nothing), and what they read: the ids
     * known, and the articles its anchored links point at ({@code targetIds}, as the article names them, never
     * changes for an equal article; {@code targets}, the articles found then).
     */
    private record References(Article article, Validator.Ids ids, List<String> targetIds, List<Article> targets,
                              Diagnostics diags) {}

    private final Map<String, References> references = new ConcurrentHashMap<>();
    /** The ids known at the last run, and what they were made from: kept while that is equal. */
    private Validator.Ids ids;
    private List<Object> idsMadeFrom;
    private int lastRechecked;
    /** The topics the articles of the last run name. */
    private java.util.Set<String> usedTopics = java.util.Set.of();
    /** What the rules over annotations and templates reported, by summit, leader, or file set. */
    private final Findings findings = new Findings();

    /** The last run's articles, in order, what their entries were checked against, and the entries. */
    private record Run(List<Article> articles, SiteConfig config, brief.annotations.Annotations annotations,
                       Entry[] entries) {}

    private Run last;

    /** How many articles the last run checked again (the others were reused). */
    public int lastRechecked() {
        return lastRechecked;
    }

    /**
     * Runs the per-article rules for every article of {@code s}, reusing unchanged results, and adds their
     * findings to {@code diags}; returns each article's slugs per language, in the order of {@code s.articles()}.
     */
    List<Map<String, String>> run(Sources s, Map<String, Leader> leaders, Validator v, Diagnostics diags) {
        List<Article> articles = s.articles();
        Entry[] out = new Entry[articles.size()];
        // The same configuration and annotations as the last run: an article that is the same object at the same
        // place has last run's entry, found without a lookup (an edit leaves 9,999 of 10,000 articles so).
        boolean aligned = last != null && last.articles().size() == articles.size() && last.config().equals(s.config())
                && last.annotations().equals(s.annotations());
        java.util.concurrent.atomic.AtomicInteger rechecked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.stream.IntStream.range(0, articles.size()).parallel().forEach(i -> {
            Article a = articles.get(i);
            if (aligned && last.articles().get(i).equals(a)) {
                out[i] = last.entries()[i];
                return;
            }
            Entry e = entries.get(a.id());
            // A kept entry is checked by the leader ids it recorded: reading them from the article again would
            // walk 10,000 articles' texts, which costs more than the rest of a check.
            if (e == null || !e.article().equals(a) || !sameDeps(e, s.config(), leaders)) {
                Diagnostics d = Diagnostics.forSource(s.root());
                v.articleRules(s, a, leaders, d);
                List<String> leaderIds = a.source().leaders().stream().map(Ref::id).toList();
                // Most articles report nothing: keep no object to replay for them.
                e = new Entry(a, leaderIds, deps(s.config(), leaderIds, leaders), d.all().isEmpty() ? null : d,
                        a.slugs(s.config().languages()), a.source().topics().stream().map(Ref::id).toList());
                entries.put(a.id(), e);
                rechecked.incrementAndGet();
            }
            out[i] = e;
        });
        List<Map<String, String>> slugs = new ArrayList<>(out.length);
        java.util.Set<String> topics = new java.util.HashSet<>();
        for (int i = 0; i < out.length; i++) {
            if (out[i].diags() != null) diags.addAll(out[i].diags());
            slugs.add(out[i].slugs());
            topics.addAll(out[i].topicIds());
        }
        usedTopics = topics;
        // Forget removed articles, so the cache holds no more than the site. Every article has an entry now, and
        // the other maps only hold articles that had one: more entries than articles means some were removed.
        if (entries.size() > articles.size()) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Article a : articles) ids.add(a.id());
            entries.keySet().retainAll(ids);
            quotes.keySet().retainAll(ids);
            references.keySet().retainAll(ids);
        }
        lastRechecked = rechecked.get();
        last = new Run(articles, s.config(), s.annotations(), out);
        return slugs;
    }

    /** The topics that the articles of the last {@link #run} name. */
    java.util.Set<String> usedTopics() {
        return usedTopics;
    }

    /** The findings of the rules over annotations and templates, by summit, leader, or file set. */
    Findings findings() {
        return findings;
    }

    /**
     * The article's slugs per language, as {@link Article#slugs} makes them: from the last run
     * when the article is equal and the languages are the same, else made now.
     */
    public Map<String, String> slugs(Article a, List<brief.i18n.Language> languages) {
        Entry e = entries.get(a.id());
        if (e != null && e.article().equals(a) && ((SiteConfig) e.deps().get(0)).languages().equals(languages)) {
            return e.slugs();
        }
        return a.slugs(languages);
    }

    /**
     * The ids known in {@code s}: those of the last run when they were made from the same ids of articles and
     * annotations and the same unreadable files (an edit to a text or a biography leaves them so), else made now.
     * Sorting and hashing 10,000 article ids again costs more than comparing them with last run's.
     */
    Validator.Ids ids(Sources s, java.util.Set<java.nio.file.Path> unreadable) {
        List<String> articleIds = new ArrayList<>(s.articles().size());
        for (Article a : s.articles()) articleIds.add(a.id());
        var n = s.annotations();
        List<Object> from = List.of(articleIds, ids(n.summits(), brief.annotations.Summit::id),
                ids(n.leaders(), Leader::id), ids(n.series(), brief.annotations.Series::id),
                ids(n.events(), brief.annotations.Event::id), ids(n.topics(), brief.annotations.Topic::id), unreadable);
        if (ids == null || !from.equals(idsMadeFrom)) {
            Validator.Ids now = new Validator.Ids(s, unreadable);
            // Equal ids stay the object of last run: each article's entry then compares them by its first reference.
            if (!now.equals(ids)) ids = now;
            idsMadeFrom = from;
        }
        return ids;
    }

    private static <T> List<String> ids(List<T> items, java.util.function.Function<T, String> id) {
        List<String> out = new ArrayList<>(items.size());
        for (T t : items) out.add(id.apply(t));
        return out;
    }

    /**
     * What the reference and link rules report for {@code a}: last run's findings when the article, the ids
     * known and the articles its anchored links point at are equal, else {@code check}'s. Null when
     * there is nothing to report. A reused entry is checked without reading the article itself: at 10,000
     * articles, walking each one's texts costs more than the rules.
     */
    Diagnostics references(Article a, Validator.Ids ids, Map<String, Article> articles,
                           java.util.function.Function<Article, List<String>> targetIds,
                           java.util.function.Supplier<Diagnostics> check) {
        References e = references.get(a.id());
        if (e == null || !e.article().equals(a) || !e.ids().equals(ids) || !sameTargets(e, articles)) {
            List<String> names = targetIds.apply(a);
            List<Article> targets = new ArrayList<>(names.size());
            for (String id : names) targets.add(articles.get(id));
            Diagnostics d = check.get();
            e = new References(a, ids, names, targets, d.all().isEmpty() ? null : d);
            references.put(a.id(), e);
        }
        return e.diags();
    }

    private static boolean sameTargets(References e, Map<String, Article> articles) {
        for (int i = 0; i < e.targetIds().size(); i++) {
            if (!java.util.Objects.equals(articles.get(e.targetIds().get(i)), e.targets().get(i))) return false;
        }
        return true;
    }

    /**
     * Whether {@code quote} occurs in the article's source text (see {@link brief.content.Passages#find}): each
     * lookup normalises the whole article, and the annotations quote hundreds of articles on every check.
     */
    boolean quoted(Article a, String quote) {
        Quotes q = quotes.get(a.id());
        if (q == null || !q.article().equals(a)) {
            q = new Quotes(a, new ConcurrentHashMap<>());
            quotes.put(a.id(), q);
        }
        return q.found().computeIfAbsent(quote, x -> brief.content.Passages.find(a.source().body(), x).isPresent());
    }

    /**
     * Equal dependencies; each is usually the very object of last time (the loader keeps the configuration and
     * the annotations while their files are unchanged), so equals returns at its first reference comparison.
     */
    private static boolean sameDeps(Entry e, SiteConfig config, Map<String, Leader> leaders) {
        if (!same(e.deps().get(0), config)) return false;
        for (int i = 0; i < e.leaderIds().size(); i++) {
            if (!same(e.deps().get(i + 1), leaders.get(e.leaderIds().get(i)))) return false;
        }
        return true;
    }

    private static boolean same(Object before, Object now) {
        return before == now || java.util.Objects.equals(before, now);
    }

    /** What the rules read besides the article: the configuration (languages) and each leader it names. */
    private static List<Object> deps(SiteConfig config, List<String> leaderIds, Map<String, Leader> leaders) {
        List<Object> deps = new ArrayList<>(leaderIds.size() + 1);
        deps.add(config);
        for (String id : leaderIds) deps.add(leaders.get(id));
        return deps;
    }
}
