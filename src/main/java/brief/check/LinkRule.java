package brief.check;

import brief.build.Sources;
import brief.content.Article;
import brief.content.ArticleText;
import brief.content.Body;
import brief.content.Block;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Internal links written in Markdown resolve: {@code article:<id>}, {@code summit:<id>},
 * {@code leader:<id>}, each with an optional {@code #anchor}, and {@code #anchor} within the article.
 */
final class LinkRule {
    private final Sources sources;
    private final Validator.Ids ids;
    private final Map<String, Article> articles;

    LinkRule(Sources sources, Validator.Ids ids) {
        this.sources = sources;
        this.ids = ids;
        this.articles = sources.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }

    /** Article by article in parallel: each link is checked alone, and diagnostics are sorted when reported. */
    void check(Diagnostics d) {
        sources.articles().parallelStream().forEach(a -> {
            for (ArticleText t : a.texts().values()) {
                for (Body.LinkAt link : t.body().links()) checkLink(a, t, link, d);
            }
        });
    }

    private void checkLink(Article a, ArticleText t, Body.LinkAt link, Diagnostics d) {
        String url = link.url();
        SourcePos pos = new SourcePos(t.file(), link.line(), link.column());
        int hash = url.indexOf('#');
        String target = hash < 0 ? url : url.substring(0, hash);
        String anchor = hash < 0 ? null : url.substring(hash + 1);
        if (target.isEmpty() && anchor != null) {
            if (!anchors(t).contains(anchor)) {
                d.errorWithHint(pos, "anchors in this article: " + Validator.abbreviate(anchors(t)),
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
                        d.error(pos, "link to article '%s#%s': no such anchor in that article", id, anchor);
                    }
                }
            }
            case "summit" -> Validator.ref(ref, ids.summits(), "summit", "content/summits.yaml", d);
            case "leader" -> Validator.ref(ref, ids.leaders(), "leader", "content/leaders.yaml", d);
            case "event" -> Validator.ref(ref, ids.events(), "event", "content/events.yaml", d);
            default -> { /* http:, mailto: and other real schemes are external links */ }
        }
    }

    static Set<String> anchors(ArticleText t) {
        Set<String> out = new HashSet<>();
        for (Block b : t.body().blocks()) out.add(b.anchor());
        out.addAll(t.body().headingIds());
        return out;
    }
}
