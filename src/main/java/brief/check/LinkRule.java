package brief.check;

import brief.diag.Code;
import brief.load.Sources;
import brief.content.Article;
import brief.content.ArticleText;
import brief.content.Body;
import brief.content.Block;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What an article points at exists: the summits, leaders and topics its front matter names, and the internal links
 * written in its Markdown, {@code article:<id>}, {@code summit:<id>}, {@code leader:<id>}, {@code event:<id>},
 * each with an optional {@code #anchor}, and {@code #anchor} within the article.
 */
final class LinkRule {
    private final Sources sources;
    private final Validator.Ids ids;
    private final Map<String, Article> articles;

    /** {@code articles}: the articles of {@code sources} by id. */
    LinkRule(Sources sources, Validator.Ids ids, Map<String, Article> articles) {
        this.sources = sources;
        this.ids = ids;
        this.articles = articles;
    }

    /**
     * Adds what every article reports, sorted. The check cache looks again only at what an edit changed (see
     * {@link ArticleChecks#references}); an article looked at is checked again when it, the ids known or an
     * article behind its anchored links is no longer equal, and replays its findings otherwise.
     */
    void check(Diagnostics d, ArticleChecks cache) {
        cache.references(sources.articles(), ids, articles, LinkRule::anchoredTargets, a -> {
            Diagnostics x = Diagnostics.forSource(sources.root());
            checkArticle(a, x);
            return x;
        }, d);
    }

    private void checkArticle(Article a, Diagnostics d) {
        a.source().summits().forEach(r -> Validator.ref(r, ids.summits(), "summit", "content/summits.yaml", d));
        a.source().leaders().forEach(r -> Validator.ref(r, ids.leaders(), "leader", "content/leaders.yaml", d));
        a.source().topics().forEach(r -> TopicRule.ref(r, ids.topics(), d));
        for (ArticleText t : a.texts().values()) {
            // The text's anchors, made when a link first needs them: most links need none.
            Supplier<Set<String>> own = memo(() -> anchors(t));
            for (Body.LinkAt link : t.body().links()) checkLink(a, t, own, link, d);
        }
    }

    /** The ids of the articles that the article's {@code article:<id>#anchor} links point at, in order. */
    private static List<String> anchoredTargets(Article a) {
        List<String> out = null;
        for (ArticleText t : a.texts().values()) {
            for (Body.LinkAt link : t.body().links()) {
                String url = link.url();
                int hash = url.indexOf('#');
                if (hash < 0 || !url.startsWith("article:")) continue;
                if (out == null) out = new ArrayList<>();
                out.add(url.substring("article:".length(), hash));
            }
        }
        return out == null ? List.of() : out;
    }

    private static <T> Supplier<T> memo(Supplier<T> make) {
        Object[] made = {null};
        return () -> {
            if (made[0] == null) made[0] = make.get();
            @SuppressWarnings("unchecked") T t = (T) made[0];
            return t;
        };
    }

    private void checkLink(Article a, ArticleText t, Supplier<Set<String>> own, Body.LinkAt link, Diagnostics d) {
        String url = link.url();
        SourcePos pos = new SourcePos(t.file(), link.line(), link.column());
        int hash = url.indexOf('#');
        String target = hash < 0 ? url : url.substring(0, hash);
        String anchor = hash < 0 ? null : url.substring(hash + 1);
        if (target.isEmpty() && anchor != null) {
            if (!own.get().contains(anchor)) {
                d.errorWithHint(Code.BROKEN_LINK, pos, "anchors in this article: " + Validator.abbreviate(sorted(own.get())),
                        "link to '#%s': no such anchor in this article", anchor);
            }
            return;
        }
        int colon = target.indexOf(':');
        if (colon < 0) return;
        String scheme = target.substring(0, colon);
        String id = target.substring(colon + 1);
        brief.yaml.Fields.Ref ref = new brief.yaml.Fields.Ref(id, pos);
        switch (scheme) {
            case "article" -> {
                Validator.ref(ref, ids.articles(), "article", "content/articles/", d);
                Article other = articles.get(id);
                if (other != null && anchor != null) {
                    ArticleText ot = other.in(t.lang()).orElse(other.source());
                    if (!anchors(ot).contains(anchor)) {
                        d.errorWithHint(Code.BROKEN_LINK, pos, "anchors in that article: " + Validator.abbreviate(sorted(anchors(ot))),
                                "link to article '%s#%s': no such anchor in that article", id, anchor);
                    }
                }
            }
            case "summit" -> Validator.ref(ref, ids.summits(), "summit", "content/summits.yaml", d);
            case "leader" -> Validator.ref(ref, ids.leaders(), "leader", "content/leaders.yaml", d);
            case "event" -> Validator.ref(ref, ids.events(), "event", "content/events.yaml", d);
            default -> { /* http:, mailto: and other real schemes are external links */ }
        }
    }

    /** Anchors in reading order for a hint: the paragraphs by number (p-2 before p-10), then headings by name. */
    static List<String> sorted(Set<String> anchors) {
        java.util.Comparator<String> byParagraph = java.util.Comparator.comparingInt(LinkRule::paragraphNumber);
        return anchors.stream().sorted(byParagraph.thenComparing(java.util.Comparator.naturalOrder())).toList();
    }

    /** N for "p-N"; headings after every paragraph. */
    private static int paragraphNumber(String anchor) {
        if (anchor.matches("p-\\d{1,9}")) return Integer.parseInt(anchor.substring(2));
        return Integer.MAX_VALUE;
    }

    static Set<String> anchors(ArticleText t) {
        Set<String> out = new HashSet<>();
        for (Block b : t.body().blocks()) out.add(b.anchor());
        out.addAll(t.body().headingIds());
        return out;
    }
}
