package brief.site;

import brief.annotations.Event;
import brief.annotations.Leader;
import brief.annotations.Series;
import brief.annotations.Summit;
import brief.config.SiteConfig;
import brief.content.Article;
import brief.i18n.Language;
import brief.i18n.Strings;
import java.util.List;
import java.util.Map;

/**
 * The resolved site: every reference turned into an object, articles sorted newest first, the indexes the
 * pages need (articles of a summit, summits of a leader…) computed once, and the chronology ordered. It holds
 * only what {@code publication} shows; {@code heldBack} says what was left out.
 */
public record SiteModel(
        SiteConfig config,
        Strings strings,
        Urls urls,
        List<Article> articles,
        Map<String, Article> articlesById,
        Map<String, Summit> summits,
        Map<String, Leader> leaders,
        Map<String, Series> series,
        List<Event> events,
        Map<String, List<Article>> articlesBySummit,
        Map<String, List<Article>> articlesByLeader,
        Map<String, List<Summit>> summitsByLeader,
        Map<String, List<Summit>> childSummits,
        List<ChronoEntry> chronology,
        Publication publication,
        HeldBack heldBack,
        /** The topics of content/topics.yaml that a shown article is filed under, by id; the others have no page. */
        Map<String, brief.annotations.Topic> topics,
        /** Each topic's articles, newest first (as {@link #articles}). */
        Map<String, List<Article>> articlesByTopic) {

    /** Whether draft articles are shown (--drafts). */
    public boolean drafts() {
        return publication.drafts();
    }

    public List<Language> languages() {
        return config.languages();
    }

    public String sourceLang() {
        return config.sourceLanguage().code();
    }
}
