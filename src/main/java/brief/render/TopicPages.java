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
import java.util.Map;
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

    /** How {@link Renderer} makes a page job (its private {@code page}), so that these pages are made the same way. */
    @FunctionalInterface
    interface PageMaker {
        Renderer.PageJob page(SiteModel model, Views v, String template, String url, String lang, String kind,
                              String key, Function<String, String> urlIn, Supplier<Map<String, Object>> pageView);
    }

    /** The index and every topic page of {@code lang}; none when no shown article has a topic. */
    static List<Renderer.PageJob> jobs(SiteModel model, Views v, Language lang, PageMaker maker) {
        if (model.topics().isEmpty()) return List.of();
        Urls urls = model.urls();
        String l = lang.code();
        List<Renderer.PageJob> jobs = new ArrayList<>();
        jobs.add(maker.page(model, v, "topics.peb", urls.section("topics", l), l, "topics", "",
                x -> urls.section("topics", x), () -> index(model, v, lang)));
        for (Topic t : model.topics().values()) {
            jobs.add(maker.page(model, v, "topic.peb", urls.topic(l, t), l, "topic", t.id(), x -> urls.topic(x, t),
                    () -> topic(model, v, t, l)));
        }
        return jobs;
    }

    /** The topics index's URL in a language, or "" when the site has no topic page (nothing links to it then). */
    static String indexUrl(SiteModel model, String lang) {
        return model.topics().isEmpty() ? "" : model.urls().section("topics", lang);
    }

    private static Map<String, Object> index(SiteModel model, Views v, Language lang) {
        String l = lang.code();
        Collator collator = Collator.getInstance(lang.locale());
        List<Map<String, Object>> items = model.topics().values().stream()
                .sorted(Comparator.comparing((Topic t) -> v.text(t.name(), l), collator).thenComparing(Topic::id))
                .map(t -> {
                    Map<String, Object> m = link(model, v, t, l);
                    m.put("count", model.strings().t(l, "topics.count",
                            model.articlesByTopic().getOrDefault(t.id(), List.of()).size()));
                    return m;
                }).toList();
        return Views.map("kind", "topics", "title", model.strings().t(l, "topics.title"), "topics", items);
    }

    private static Map<String, Object> topic(SiteModel model, Views v, Topic t, String l) {
        List<Article> articles = model.articlesByTopic().getOrDefault(t.id(), List.of());
        Map<String, Object> page = Views.map("kind", "topic", "id", t.id(), "title", v.text(t.name(), l),
                "summary", v.text(t.description(), l), "articles", v.articleLinks(articles, l));
        if (!t.description().isEmpty()) page.put("description", Renderer.describe(v.text(t.description(), l)));
        else page.put("description", model.strings().t(l, "topic.description", v.text(t.name(), l)));
        return page;
    }

    /** A topic's name, line of description and URL in a language. */
    static Map<String, Object> link(SiteModel model, Views v, Topic t, String l) {
        return Views.map("id", t.id(), "name", v.text(t.name(), l), "description", v.text(t.description(), l),
                "url", model.urls().topic(l, t));
    }

    /** The topics an article is filed under, in the order its front matter gives, as links. */
    static List<Map<String, Object>> of(SiteModel model, Views v, Article a, String l) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Ref r : a.source().topics()) {
            Topic t = model.topics().get(r.id());
            if (t != null && out.stream().noneMatch(x -> x.get("id").equals(t.id()))) out.add(link(model, v, t, l));
        }
        return out;
    }
}
