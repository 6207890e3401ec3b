package brief.check;

import brief.annotations.Leader;
import brief.load.Sources;
import brief.config.SiteConfig;
import brief.content.Article;
import brief.diag.Diagnostic;
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
    /** {@code found}: what the rules reported, sorted and distinct (most articles: nothing). */
    private record Entry(Article article, List<String> leaderIds, List<Object> deps, List<Diagnostic> found,
                         Map<String, String> slugs, List<String> topicIds) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Whether each quoted sentence occurs in its article, for the article (by value) it was looked up in. */
    private final Map<String, Quotes> quotes = new ConcurrentHashMap<>();

    private record Quotes(Article article, Map<String, Boolean> found) {}

    /**
     * What the reference and link rules reported for an article (sorted and distinct), and what they read: the
     * ids known, and the articles its anchored links point at ({@code targetIds}, as the article names them, never
     * changes for an equal article; {@code targets}, the articles found then).
     */
    private record References(Article article, Validator.Ids ids, List<String> targetIds, List<Article> targets,
                              List<Diagnostic> found) {}

    private final Map<String, References> references = new ConcurrentHashMap<>();
    /** Article id → the articles whose anchored links point at it: those are checked again when it changes. */
    private final Map<String, java.util.Set<String>> referrers = new ConcurrentHashMap<>();
    /** The ids known at the last run, and what they were made from: kept while that is equal. */
    private Validator.Ids ids;
    private List<Object> idsMadeFrom;
    private List<Article> idsArticles;
    private int lastRechecked;
    private int lastReferencesChecked;
    /** How many articles of the last run name each topic. */
    private final Map<String, Integer> topicCounts = new java.util.HashMap<>();
    /** What the rules over annotations and templates reported, by summit, leader, or file set. */
    private final Findings findings = new Findings();
    /** All that the per-article rules reported, and all that the reference and link rules reported. */
    private final SortedFindings articleFindings = new SortedFindings();
    private final SortedFindings referenceFindings = new SortedFindings();

    /** The last run's articles, in order, what their entries were checked against, the entries, and the slugs. */
    private record Run(List<Article> articles, SiteConfig config, brief.annotations.Annotations annotations,
                       Entry[] entries, List<Map<String, String>> slugs) {}

    private Run last;
    /** The articles of the last reference check, in order, with the ids known then; null before the first. */
    private List<Article> referencesChecked;
    private Validator.Ids referencesIds;
    /** The articles by id, as the last {@link #byId} made them, for the articles it was made from. */
    private Map<String, Article> byId;
    private List<Article> byIdOf;

    /** How many articles the last run checked again (the others were reused). */
    public int lastRechecked() {
        return lastRechecked;
    }

    /** How many articles the last reference check looked at (the others were not read: nothing they read changed). */
    int lastReferencesChecked() {
        return lastReferencesChecked;
    }

    /**
     * Runs the per-article rules for every article of {@code s}, reusing unchanged results, and adds their
     * findings to {@code diags}; returns each article's slugs per language, in the order of {@code s.articles()}
     * (the very list of the last run when no slug changed).
     */
    List<Map<String, String>> run(Sources s, Map<String, Leader> leaders, Validator v, Diagnostics diags) {
        List<Article> articles = s.articles();
        Entry[] out = new Entry[articles.size()];
        // The same ids in the same order as the last run: an article that is the same object at the same place
        // has last run's entry too when the configuration and annotations are the same (an edit leaves 9,999 of
        // 10,000 articles so), and only the entries that changed are merged into the findings and counts kept.
        int[] diff = last == null ? null : changed(last.articles(), articles);
        boolean sameIds = diff != null;
        boolean aligned = sameIds && last.config().equals(s.config()) && last.annotations().equals(s.annotations());
        List<Integer> others = new ArrayList<>();
        if (aligned) {
            System.arraycopy(last.entries(), 0, out, 0, out.length);
            for (int i : diff) others.add(i);
        } else {
            for (int i = 0; i < articles.size(); i++) others.add(i);
        }
        java.util.concurrent.atomic.AtomicInteger rechecked = new java.util.concurrent.atomic.AtomicInteger();
        (others.size() > 16 ? others.parallelStream() : others.stream()).forEach(i -> {
            Article a = articles.get(i);
            Entry e = entries.get(a.id());
            // A kept entry is checked by the leader ids it recorded: reading them from the article again would
            // walk 10,000 articles' texts, which costs more than the rest of a check.
            if (e == null || !e.article().equals(a) || !sameDeps(e, s.config(), leaders)) {
                Diagnostics d = Diagnostics.forSource(s.root());
                v.articleRules(s, a, leaders, d);
                List<String> leaderIds = a.source().leaders().stream().map(Ref::id).toList();
                e = new Entry(a, leaderIds, deps(s.config(), leaderIds, leaders), d.all(),
                        a.slugs(s.config().languages()), a.source().topics().stream().map(Ref::id).toList());
                entries.put(a.id(), e);
                rechecked.incrementAndGet();
            }
            out[i] = e;
        });
        List<Map<String, String>> slugs = merge(sameIds, out, others);
        articleFindings.addTo(diags);
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
        last = new Run(articles, s.config(), s.annotations(), out, slugs);
        return slugs;
    }

    /**
     * Brings the findings, the topic counts and the slugs kept up to the entries {@code out}: with the same ids as
     * the last run, only at the places {@code others} whose entry is another; else all of them made again.
     */
    private List<Map<String, String>> merge(boolean sameIds, Entry[] out, List<Integer> others) {
        if (!sameIds) {
            List<List<Diagnostic>> found = new ArrayList<>(out.length);
            List<Map<String, String>> slugs = new ArrayList<>(out.length);
            topicCounts.clear();
            for (Entry e : out) {
                found.add(e.found());
                slugs.add(e.slugs());
                for (String t : e.topicIds()) topicCounts.merge(t, 1, Integer::sum);
            }
            articleFindings.reset(found);
            return slugs;
        }
        List<Integer> changed = new ArrayList<>();
        for (int i : others) if (last.entries()[i] != out[i]) changed.add(i);
        // Many changed (the configuration did): sorting them all once costs less than a merge each.
        if (changed.size() > 64) return merge(false, out, others);
        List<Map<String, String>> slugs = last.slugs();
        for (int i : changed) {
            Entry before = last.entries()[i];
            Entry now = out[i];
            articleFindings.replace(before.found(), now.found());
            if (!before.topicIds().equals(now.topicIds())) {
                for (String t : before.topicIds()) topicCounts.computeIfPresent(t, (k, n) -> n == 1 ? null : n - 1);
                for (String t : now.topicIds()) topicCounts.merge(t, 1, Integer::sum);
            }
            if (!before.slugs().equals(now.slugs())) {
                if (slugs == last.slugs()) slugs = new ArrayList<>(slugs);
                slugs.set(i, now.slugs());
            }
        }
        return slugs;
    }

    private List<Article> diffBefore;
    private List<Article> diffNow;
    private int[] diff;

    /**
     * The places where {@code now} holds another object than {@code before}, when both list the same ids in the
     * same order; else null. Worked out once for a pair of lists, by comparing references: every part of a check
     * asks, and walking 10,000 articles costs more than the rest of a one-article edit's check.
     */
    int[] changed(List<Article> before, List<Article> now) {
        if (before == diffBefore && now == diffNow) return diff;
        int[] out = null;
        if (before.size() == now.size()) {
            Object[] a = before.toArray();
            Object[] b = now.toArray();
            int[] at = new int[8];
            int n = 0;
            for (int i = 0; i < b.length && at != null; i++) {
                if (a[i] == b[i]) continue;
                if (!((Article) a[i]).id().equals(((Article) b[i]).id())) at = null;
                else {
                    if (n == at.length) at = java.util.Arrays.copyOf(at, n * 2);
                    at[n++] = i;
                }
            }
            if (at != null) out = java.util.Arrays.copyOf(at, n);
        }
        diffBefore = before;
        diffNow = now;
        diff = out;
        return out;
    }

    /**
     * The articles of {@code articles} by id (the first of an id wins): last run's map, with the articles that are
     * other objects put in, when the ids are the same in the same order; else made now.
     */
    Map<String, Article> byId(List<Article> articles) {
        int[] diff = byId == null ? null : changed(byIdOf, articles);
        if (diff != null) {
            // In place: only the check that runs now reads it.
            for (int i : diff) byId.put(articles.get(i).id(), articles.get(i));
        } else {
            Map<String, Article> made = new java.util.HashMap<>(articles.size() * 2);
            for (Article a : articles) made.putIfAbsent(a.id(), a);
            byId = made;
        }
        byIdOf = articles;
        return java.util.Collections.unmodifiableMap(byId);
    }

    /** The topics that the articles of the last {@link #run} name. */
    java.util.Set<String> usedTopics() {
        return java.util.Collections.unmodifiableSet(topicCounts.keySet());
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
        // The ids of last run's articles when they are the same in the same order, found without a list of 10,000.
        Object articleIds;
        if (idsArticles != null && changed(idsArticles, s.articles()) != null) {
            articleIds = idsMadeFrom.get(0);
        } else {
            List<String> made = new ArrayList<>(s.articles().size());
            for (Article a : s.articles()) made.add(a.id());
            articleIds = made;
        }
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
        idsArticles = s.articles();
        return ids;
    }

    private static <T> List<String> ids(List<T> items, java.util.function.Function<T, String> id) {
        List<String> out = new ArrayList<>(items.size());
        for (T t : items) out.add(id.apply(t));
        return out;
    }

    /**
     * Adds what the reference and link rules report for {@code articles} to {@code d}, sorted. With the same ids known
     * and the same article ids in the same order as the last check, it looks only at the articles that are other
     * objects than then, and at those whose anchored links point at one of them: nothing else they read changed.
     * Otherwise it looks at every article. An article looked at reuses its findings when it, the ids known and the
     * articles its anchored links point at are equal, else {@code check} runs; a reused entry is checked without
     * reading the article's texts: at 10,000 articles, walking them costs more than the rules.
     */
    void references(List<Article> articles, Validator.Ids ids, Map<String, Article> byId,
                    java.util.function.Function<Article, List<String>> targetIds,
                    java.util.function.Function<Article, Diagnostics> check, Diagnostics d) {
        int[] diff = referencesChecked == null || !java.util.Objects.equals(referencesIds, ids) ? null
                : changed(referencesChecked, articles);
        boolean narrow = diff != null;
        List<Article> look = articles;
        if (narrow) {
            java.util.Set<String> lookIds = new java.util.TreeSet<>();
            for (int i : diff) {
                String id = articles.get(i).id();
                lookIds.add(id);
                lookIds.addAll(referrers.getOrDefault(id, java.util.Set.of()));
            }
            look = new ArrayList<>(lookIds.size());
            for (String id : lookIds) if (byId.containsKey(id)) look.add(byId.get(id));
        }
        List<References[]> changed = java.util.Collections.synchronizedList(new ArrayList<>());
        (look.size() > 16 ? look.parallelStream() : look.stream()).forEach(a -> {
            References before = references.get(a.id());
            References now = reference(a, before, ids, byId, targetIds, check);
            if (now != before) changed.add(new References[] {before, now});
        });
        if (narrow) {
            for (References[] c : changed) {
                referenceFindings.replace(c[0] == null ? List.of() : c[0].found(), c[1].found());
            }
        } else {
            List<List<Diagnostic>> found = new ArrayList<>(articles.size());
            for (Article a : articles) found.add(references.get(a.id()).found());
            referenceFindings.reset(found);
        }
        lastReferencesChecked = look.size();
        referencesChecked = articles;
        referencesIds = ids;
        referenceFindings.addTo(d);
    }

    /** {@code e} when it was made from what {@code a}'s rules read now, else a new entry made by {@code check}. */
    private References reference(Article a, References e, Validator.Ids ids, Map<String, Article> articles,
                                 java.util.function.Function<Article, List<String>> targetIds,
                                 java.util.function.Function<Article, Diagnostics> check) {
        if (e != null && e.article().equals(a) && e.ids().equals(ids) && sameTargets(e, articles)) return e;
        List<String> names = targetIds.apply(a);
        List<Article> targets = new ArrayList<>(names.size());
        for (String id : names) targets.add(articles.get(id));
        References made = new References(a, ids, names, targets, check.apply(a).all());
        references.put(a.id(), made);
        if (e != null) {
            for (String id : e.targetIds()) {
                java.util.Set<String> r = referrers.get(id);
                if (r != null) r.remove(a.id());
            }
        }
        for (String id : names) referrers.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(a.id());
        return made;
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
