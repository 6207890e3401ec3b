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

    /**
     * The model's articles numbered once, with each one's summits, leaders and topics as numbers (each id once),
     * its rank by date, and each summit's, leader's and topic's articles as numbers: ranking an article's few
     * hundred candidates then compares small arrays of ints, where it looked ids up in hash sets (at 10,000
     * articles, Related was 3.7% of a build, most of it in those look-ups). Made once per page plan.
     */
    static final class Index {
        private final List<Article> articles = new ArrayList<>();
        private final Map<String, Integer> numbers = new HashMap<>();
        private final Map<String, Integer> summitNumbers = new HashMap<>();
        private final Map<String, Integer> leaderNumbers = new HashMap<>();
        private final Map<String, Integer> topicNumbers = new HashMap<>();
        private final int[][] bySummit;
        private final int[][] byLeader;
        private final int[][] byTopic;
        private final int[][] summits;
        private final int[][] leaders;
        private final int[][] topics;
        /** Each article's place among all, newest first, then by id: the last tie-break of the ranking. */
        private final int[] age;

        Index(SiteModel m) {
            for (Article a : m.articles()) number(a);
            // The lists hold the model's articles; any other would be numbered too, and stay a candidate.
            for (Map<String, List<Article>> by : List.of(m.articlesBySummit(), m.articlesByLeader(), m.articlesByTopic())) {
                for (List<Article> list : by.values()) for (Article a : list) number(a);
            }
            bySummit = byEntity(m.articlesBySummit(), summitNumbers);
            byLeader = byEntity(m.articlesByLeader(), leaderNumbers);
            byTopic = byEntity(m.articlesByTopic(), topicNumbers);
            int n = articles.size();
            summits = new int[n][];
            leaders = new int[n][];
            topics = new int[n][];
            for (int i = 0; i < n; i++) {
                ArticleText t = articles.get(i).source();
                summits[i] = refs(t.summits(), summitNumbers);
                leaders[i] = refs(t.leaders(), leaderNumbers);
                topics[i] = refs(t.topics(), topicNumbers);
            }
            Integer[] byAge = new Integer[n];
            for (int i = 0; i < n; i++) byAge[i] = i;
            java.util.Arrays.sort(byAge, Comparator.comparing((Integer i) -> articles.get(i).source().date().orElseThrow(),
                    Comparator.reverseOrder()).thenComparing(i -> articles.get(i).id()));
            age = new int[n];
            for (int i = 0; i < n; i++) age[byAge[i]] = i;
        }

        private void number(Article a) {
            if (numbers.putIfAbsent(a.id(), articles.size()) == null) articles.add(a);
        }

        /** Each entity's articles as numbers, the entities numbered in the map's order. */
        private int[][] byEntity(Map<String, List<Article>> by, Map<String, Integer> entityNumbers) {
            int[][] out = new int[by.size()][];
            for (Map.Entry<String, List<Article>> e : by.entrySet()) {
                int k = entityNumbers.size();
                entityNumbers.put(e.getKey(), k);
                List<Article> list = e.getValue();
                int[] nos = new int[list.size()];
                for (int i = 0; i < nos.length; i++) nos[i] = numbers.get(list.get(i).id());
                out[k] = nos;
            }
            return out;
        }

        /**
         * The distinct ids of {@code refs} as numbers; -1 for ids no article list names (no article shares them,
         * so they count for none).
         */
        private static int[] refs(List<Ref> refs, Map<String, Integer> entityNumbers) {
            int[] out = new int[refs.size()];
            int n = 0;
            for (Ref r : refs) {
                int k = entityNumbers.getOrDefault(r.id(), -1);
                if (k < 0) continue;
                boolean seen = false;
                for (int j = 0; j < n && !seen; j++) seen = out[j] == k;
                if (!seen) out[n++] = k;
            }
            return n == out.length ? out : java.util.Arrays.copyOf(out, n);
        }

        /** The related articles of {@code a}, best first; at most {@link #MAX}. */
        List<Article> of(Article a) {
            Integer me = numbers.get(a.id());
            ArticleText t = a.source();
            int[] mySummits = me != null ? summits[me] : refs(t.summits(), summitNumbers);
            int[] myLeaders = me != null ? leaders[me] : refs(t.leaders(), leaderNumbers);
            int[] myTopics = me != null ? topics[me] : refs(t.topics(), topicNumbers);
            // Those sharing a summit or a leader outrank any that share only topics: read the (short) summit and
            // leader lists first, and the long topic lists only when they give fewer than MAX.
            Candidates near = new Candidates(articles.size(), me);
            for (int k : mySummits) near.addAll(bySummit[k]);
            for (int k : myLeaders) near.addAll(byLeader[k]);
            List<Article> out = new ArrayList<>(MAX);
            best(near, MAX, mySummits, myLeaders, myTopics, out);
            if (out.size() >= MAX) return out;
            Candidates more = near.next();
            for (int k : myTopics) more.addAll(byTopic[k]);
            best(more, MAX - out.size(), mySummits, myLeaders, myTopics, out);
            return out;
        }

        /**
         * Adds to {@code out} the best {@code k} candidates, best first: those sharing more summits, then more
         * leaders, then more topics, then the newest, then by id. A selection, not a sort of all of them (an
         * article of a large archive has a few hundred candidates and shows five); the order is strict, since
         * {@link #age} tells any two articles apart, so the result is the head of the sorted list.
         */
        private void best(Candidates c, int k, int[] mySummits, int[] myLeaders, int[] myTopics, List<Article> out) {
            int size = Math.min(k, c.n);
            int[] top = new int[size];
            int[] s = new int[size];
            int[] l = new int[size];
            int[] to = new int[size];
            int n = 0;
            for (int x = 0; x < c.n; x++) {
                int b = c.nos[x];
                int bs = common(mySummits, summits[b]);
                int bl = common(myLeaders, leaders[b]);
                int bt = common(myTopics, topics[b]);
                if (n == size && (n == 0 || !before(bs, bl, bt, b, s[n - 1], l[n - 1], to[n - 1], top[n - 1]))) continue;
                int i = n == size ? n - 1 : n++;
                while (i > 0 && before(bs, bl, bt, b, s[i - 1], l[i - 1], to[i - 1], top[i - 1])) {
                    top[i] = top[i - 1];
                    s[i] = s[i - 1];
                    l[i] = l[i - 1];
                    to[i] = to[i - 1];
                    i--;
                }
                top[i] = b;
                s[i] = bs;
                l[i] = bl;
                to[i] = bt;
            }
            for (int i = 0; i < n; i++) out.add(articles.get(top[i]));
        }

        /** Whether candidate {@code b}, sharing so many summits, leaders and topics, ranks before candidate {@code c}. */
        private boolean before(int bs, int bl, int bt, int b, int cs, int cl, int ct, int c) {
            if (bs != cs) return bs > cs;
            if (bl != cl) return bl > cl;
            if (bt != ct) return bt > ct;
            return age[b] < age[c];
        }

        /** How many of {@code theirs} are in {@code mine} (each lists an id once, and a few at most). */
        private static int common(int[] mine, int[] theirs) {
            int n = 0;
            for (int x : theirs) {
                for (int y : mine) {
                    if (x == y) {
                        n++;
                        break;
                    }
                }
            }
            return n;
        }
    }

    /** The articles an article is compared with, each once, and never the article itself. */
    private static final class Candidates {
        private final long[] seen;
        private int[] nos = new int[16];
        private int n;

        Candidates(int articles, Integer self) {
            this(new long[(articles + 63) / 64]);
            if (self != null) mark(self);
        }

        private Candidates(long[] seen) {
            this.seen = seen;
        }

        /** Candidates of a next round: none yet, and none of this one's. */
        Candidates next() {
            return new Candidates(seen);
        }

        void addAll(int[] list) {
            for (int b : list) {
                if ((seen[b >>> 6] & (1L << b)) != 0) continue;
                mark(b);
                if (n == nos.length) nos = java.util.Arrays.copyOf(nos, n * 2);
                nos[n++] = b;
            }
        }

        private void mark(int b) {
            seen[b >>> 6] |= 1L << b;
        }
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
