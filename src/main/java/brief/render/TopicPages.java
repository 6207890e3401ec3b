package brief.render;

import brief.annotations.Topic;
import brief.content.Article;
import brief.i18n.Language;
import brief.site.SiteModel;
import brief.site.Urls;
import brief.yaml.Fields.Ref;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import brief.plan.Input;
import brief.plan.PageKey;
import brief.plan.PageKind;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The topic pages of a language: an index of every topic that has a shown article, by name in the language's
 * own order, and a page per topic listing its articles newest first. What they read: a topic page, the topic's
 * names and description (topics.yaml) and the list items of its articles; the index, every shown topic's name,
 * description and number of articles.
 */
final class TopicPages {
    private TopicPages() {}

    /** How {@link Renderer} lists a page of its plan, so that these pages are listed the same way. */
    @FunctionalInterface
    interface PageLister {
        void page(PageKey key, String lang, String url, Function<String, String> urlIn, Supplier<Set<Input>> reads,
                  Function<Meta.Heads, PageView> view);
    }

    /** The index and every topic page of {@code lang}; none when no shown article has a topic. */
    static void plan(SiteModel model, Views v, Language lang, Reads reads, PageLister out) {
        if (model.topics().isEmpty()) return;
        Urls urls = model.urls();
        String l = lang.code();
        out.page(new PageKey(PageKind.TOPICS, "", l), l, urls.section("topics", l), x -> urls.section("topics", x),
                reads::topicIndex, h -> index(model, v, lang, h));
        for (Topic t : model.topics().values()) {
            out.page(new PageKey(PageKind.TOPIC, t.id(), l), l, urls.topic(l, t), x -> urls.topic(x, t),
                    () -> reads.topic(t), h -> topic(model, v, t, l, h));
        }
    }

    /** The topics index's URL in a language, or "" when the site has no topic page (nothing links to it then). */
    static String indexUrl(SiteModel model, String lang) {
        return model.topics().isEmpty() ? "" : model.urls().section("topics", lang);
    }

    private static PageView.TopicIndex index(SiteModel model, Views v, Language lang, Meta.Heads h) {
        String l = lang.code();
        Collator collator = Collator.getInstance(lang.locale());
        List<Items.TopicIndexItem> items = model.topics().values().stream()
                .sorted(Comparator.comparing((Topic t) -> v.text(t.name(), l), collator).thenComparing(Topic::id))
                .map(t -> new Items.TopicIndexItem(link(model, v, t, l), model.strings().t(l, "topics.count",
                        model.articlesByTopic().getOrDefault(t.id(), List.of()).size()))).toList();
        return new PageView.TopicIndex(h.of(model.strings().t(l, "topics.title")), items);
    }

    private static PageView.TopicPage topic(SiteModel model, Views v, Topic t, String l, Meta.Heads h) {
        List<Article> articles = model.articlesByTopic().getOrDefault(t.id(), List.of());
        String description = !t.description().isEmpty() ? Renderer.describe(v.text(t.description(), l))
                : model.strings().t(l, "topic.description", v.text(t.name(), l));
        return new PageView.TopicPage(h.of(v.text(t.name(), l), description), v.text(t.description(), l),
                v.articleLinks(articles, l));
    }

    /** A topic's name, line of description and URL in a language. */
    static Items.TopicLink link(SiteModel model, Views v, Topic t, String l) {
        return new Items.TopicLink(t.id(), v.text(t.name(), l), v.text(t.description(), l), model.urls().topic(l, t));
    }

    /** The topics an article is filed under, in the order its front matter gives, as links. */
    static List<Items.TopicLink> of(SiteModel model, Views v, Article a, String l) {
        List<Items.TopicLink> out = new ArrayList<>();
        for (Ref r : a.source().topics()) {
            Topic t = model.topics().get(r.id());
            if (t != null && out.stream().noneMatch(x -> x.id().equals(t.id()))) out.add(link(model, v, t, l));
        }
        return out;
    }
}
