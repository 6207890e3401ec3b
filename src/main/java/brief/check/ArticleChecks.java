package brief.check;

import brief.annotations.Leader;
import brief.build.Sources;
import brief.config.SiteConfig;
import brief.content.Article;
import brief.diag.Diagnostics;
import brief.yaml.Fields.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the per-article rules ({@link Validator#articleRules}) reported for each article, and its slugs, kept
 * between runs so that serve mode checks again only the articles an edit changed.
 *
 * <p>An entry is reused when the article is the same object as last time (the loader reuses an article's
 * object exactly when none of its files changed, so identity stands for its content hash at no cost) and
 * what the rules read outside the article is equal: the site configuration and the leaders it names. Anything
 * else is checked again, so the findings always equal those of a clean check. Not thread-safe across runs:
 * one validator uses it at a time.
 */
public final class ArticleChecks {
    /** {@code diags} is null when the rules reported nothing. */
    private record Entry(Article article, List<Object> deps, Diagnostics diags, Map<String, String> slugs) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Whether each quoted sentence occurs in its article, for the article object it was looked up in. */
    private final Map<String, Quotes> quotes = new ConcurrentHashMap<>();

    private record Quotes(Article article, Map<String, Boolean> found) {}
    private int lastRechecked;

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
        java.util.concurrent.atomic.AtomicInteger rechecked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.stream.IntStream.range(0, articles.size()).parallel().forEach(i -> {
            Article a = articles.get(i);
            List<Object> deps = deps(s.config(), a, leaders);
            Entry e = entries.get(a.id());
            if (e == null || e.article() != a || !e.deps().equals(deps)) {
                Diagnostics d = Diagnostics.forSource(s.root());
                v.articleRules(s, a, leaders, d);
                // Most articles report nothing: keep no object to replay for them.
                e = new Entry(a, deps, d.all().isEmpty() ? null : d, brief.site.Resolver.slugsOf(a, s.config().languages()));
                entries.put(a.id(), e);
                rechecked.incrementAndGet();
            }
            out[i] = e;
        });
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<Map<String, String>> slugs = new ArrayList<>(out.length);
        for (int i = 0; i < out.length; i++) {
            if (out[i].diags() != null) diags.addAll(out[i].diags());
            slugs.add(out[i].slugs());
            ids.add(articles.get(i).id());
        }
        // Forget removed articles, so the cache holds no more than the site.
        entries.keySet().retainAll(ids);
        quotes.keySet().retainAll(ids);
        lastRechecked = rechecked.get();
        return slugs;
    }

    /**
     * The article's slugs per language, as {@link brief.site.Resolver#slugsOf} makes them: from the last run
     * when the article is the same object and the languages are the same, else made now.
     */
    public Map<String, String> slugs(Article a, List<brief.i18n.Language> languages) {
        Entry e = entries.get(a.id());
        if (e != null && e.article() == a && ((SiteConfig) e.deps().get(0)).languages().equals(languages)) {
            return e.slugs();
        }
        return brief.site.Resolver.slugsOf(a, languages);
    }

    /**
     * Whether {@code quote} occurs in the article's source text (see {@link brief.content.Passages#find}): each
     * lookup normalises the whole article, and the annotations quote hundreds of articles on every check.
     */
    boolean quoted(Article a, String quote) {
        Quotes q = quotes.get(a.id());
        if (q == null || q.article() != a) {
            q = new Quotes(a, new ConcurrentHashMap<>());
            quotes.put(a.id(), q);
        }
        return q.found().computeIfAbsent(quote, x -> brief.content.Passages.find(a.source().body(), x).isPresent());
    }

    /** What the rules read besides the article: the configuration (languages) and each leader it names. */
    private static List<Object> deps(SiteConfig config, Article a, Map<String, Leader> leaders) {
        List<Object> deps = new ArrayList<>();
        deps.add(config);
        for (Ref r : a.source().leaders()) deps.add(leaders.get(r.id()));
        return deps;
    }
}
