package brief.render;

import brief.content.Article;
import brief.content.ArticleText;
import brief.site.SiteModel;
import brief.yaml.Fields.Ref;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The other briefings an article page suggests: those that share its summits first, then its leaders, then
 * its topics, each counted, and among equals the newest, then by id. Only articles of the model are
 * candidates, so nothing held back (a draft, an embargo) is ever suggested.
 */
public final class Related {
    /** A handful: enough to lead on, short enough to read on a phone. */
    public static final int MAX = 5;

    private Related() {}

    /** What one candidate shares with the article, and its date (read once: it is looked up in the article's texts). */
    private record Shared(Article article, int summits, int leaders, int topics, brief.i18n.FlexDate date) {}

    private static final Comparator<Shared> RANK = Comparator.comparingInt(Shared::summits).reversed()
            .thenComparing(Comparator.comparingInt(Shared::leaders).reversed())
            .thenComparing(Comparator.comparingInt(Shared::topics).reversed())
            .thenComparing(Shared::date, Comparator.reverseOrder())
            .thenComparing(s -> s.article().id());

    /** The related articles of {@code a}, best first; at most {@link #MAX}. */
    public static List<Article> of(SiteModel m, Article a) {
        // Those sharing a summit or a leader outrank any that share only topics: read the (short) summit and
        // leader lists first, and the long topic lists only when they give fewer than MAX.
        Ids mine = Ids.of(a);
        Map<String, Article> near = new HashMap<>();
        for (Ref r : a.source().summits()) add(near, m.articlesBySummit().get(r.id()));
        for (Ref r : a.source().leaders()) add(near, m.articlesByLeader().get(r.id()));
        near.remove(a.id());
        List<Shared> candidates = new ArrayList<>(near.size());
        for (Article b : near.values()) candidates.add(mine.shared(b));
        List<Shared> ranked = best(candidates, MAX);
        if (ranked.size() >= MAX) return ranked.stream().map(Shared::article).toList();
        Map<String, Article> byTopic = new HashMap<>();
        for (Ref r : a.source().topics()) add(byTopic, m.articlesByTopic().get(r.id()));
        byTopic.keySet().removeAll(near.keySet());
        byTopic.remove(a.id());
        List<Shared> more = new ArrayList<>(byTopic.size());
        for (Article b : byTopic.values()) more.add(mine.shared(b));
        List<Article> out = new ArrayList<>(MAX);
        for (Shared s : ranked) out.add(s.article());
        for (Shared s : best(more, MAX - out.size())) out.add(s.article());
        return out;
    }

    /**
     * The best {@code k} of {@code all} by {@link #RANK}, best first: a selection, not a sort of all of them (an
     * article of a large archive has a few hundred candidates and shows five). RANK orders distinct articles
     * strictly, so the result is the head of the sorted list.
     */
    private static List<Shared> best(List<Shared> all, int k) {
        Shared[] top = new Shared[Math.min(k, all.size())];
        int n = 0;
        for (Shared s : all) {
            if (n == top.length && (n == 0 || RANK.compare(s, top[n - 1]) >= 0)) continue;
            int i = n == top.length ? n - 1 : n++;
            while (i > 0 && RANK.compare(s, top[i - 1]) < 0) {
                top[i] = top[i - 1];
                i--;
            }
            top[i] = s;
        }
        return java.util.Arrays.asList(top).subList(0, n);
    }

    /**
     * An article's summit, leader and topic ids, made once per article rather than once per candidate: an
     * article of a large archive is compared with a few hundred others.
     */
    private record Ids(Set<String> summits, Set<String> leaders, Set<String> topics) {
        static Ids of(Article a) {
            return new Ids(idsOf(a.source().summits()), idsOf(a.source().leaders()), idsOf(a.source().topics()));
        }

        Shared shared(Article b) {
            ArticleText t = b.source();
            return new Shared(b, common(summits, t.summits()), common(leaders, t.leaders()), common(topics, t.topics()),
                    t.date().orElseThrow());
        }

        private static Set<String> idsOf(List<Ref> refs) {
            Set<String> ids = new HashSet<>();
            for (Ref r : refs) ids.add(r.id());
            return ids;
        }

        /** How many distinct ids of {@code y} are in {@code x} (front-matter lists are short: no set for y). */
        private static int common(Set<String> x, List<Ref> y) {
            int n = 0;
            for (int i = 0; i < y.size(); i++) {
                String id = y.get(i).id();
                if (!x.contains(id)) continue;
                boolean seen = false;
                for (int j = 0; j < i && !seen; j++) seen = y.get(j).id().equals(id);
                if (!seen) n++;
            }
            return n;
        }
    }

    private static void add(Map<String, Article> into, List<Article> articles) {
        if (articles != null) for (Article b : articles) into.putIfAbsent(b.id(), b);
    }

    /**
     * The articles that share a summit, a leader or a topic with article {@code id} in model {@code m}: those
     * whose related list an edit of it can change (the page plan compares their lists before and after).
     */
    static Set<String> sharers(SiteModel m, String id) {
        Set<String> out = new HashSet<>();
        Article x = m.articlesById().get(id);
        if (x == null) return out;
        for (Ref r : x.source().summits()) ids(out, m.articlesBySummit().get(r.id()));
        for (Ref r : x.source().leaders()) ids(out, m.articlesByLeader().get(r.id()));
        for (Ref r : x.source().topics()) ids(out, m.articlesByTopic().get(r.id()));
        out.remove(id);
        return out;
    }

    private static void ids(Set<String> into, List<Article> articles) {
        if (articles != null) for (Article b : articles) into.add(b.id());
    }
}
