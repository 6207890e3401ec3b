package brief.render;

import brief.render.Items.ArticleCard;
import brief.render.Items.ChooserName;
import brief.render.Items.ChronoItem;
import brief.render.Items.Embargo;
import brief.render.Items.FigureCard;
import brief.render.Items.Filters;
import brief.render.Items.Heading;
import brief.render.Items.LanguageVersion;
import brief.render.Items.LeaderGroup;
import brief.render.Items.LeaderLink;
import brief.render.Items.LeaderSummit;
import brief.render.Items.OtherName;
import brief.render.Items.Role;
import brief.render.Items.Sequel;
import brief.render.Items.SummitIndexItem;
import brief.render.Items.SummitLink;
import brief.render.Items.TopicIndexItem;
import brief.render.Items.TopicLink;
import brief.render.Items.YearGroup;
import java.util.List;
import java.util.Map;

/**
 * What a page template reads as {@code page}: one record per kind of page, holding what the page prints, in
 * its language (made by {@link Renderer} and {@link TopicPages} from the model, through {@link Views}). What
 * every page has (its kind, title, URL, head links, crumbs, JSON-LD, Open Graph) is its {@link Head}, which
 * templates read as if it were the page's own ({@code page.title}, {@code page.canonical}): Pebble finds the
 * accessors below, as it finds a record's. {@code GoldenPagesTest} pins what the templates print of them.
 */
sealed interface PageView {
    Head head();

    /** The kind's label ({@code brief.plan.PageKind}): "article", "summit", "chronology-filter"… */
    default String kind() {
        return head().kind();
    }

    /** The id of the page's entity (article, summit, leader, topic, site page); empty for other pages. */
    default String id() {
        return head().id();
    }

    default String title() {
        return head().title();
    }

    default String description() {
        return head().description();
    }

    default String url() {
        return head().url();
    }

    default String canonical() {
        return head().canonical();
    }

    default List<Items.LanguageLink> languages() {
        return head().languages();
    }

    default List<Items.Alternate> alternates() {
        return head().alternates();
    }

    default String xdefault() {
        return head().xdefault();
    }

    default List<Items.Crumb> crumbs() {
        return head().crumbs();
    }

    /** The JSON-LD script's text, escaped for a script element. */
    default String jsonld() {
        return head().jsonld();
    }

    default Items.OpenGraph og() {
        return head().og();
    }

    /** What every page has; made by {@link Meta.Heads} once the page's title and description are known. */
    record Head(String kind, String id, String title, String description, String url, String canonical,
                List<Items.LanguageLink> languages, List<Items.Alternate> alternates, String xdefault,
                List<Items.Crumb> crumbs, String jsonld, Items.OpenGraph og) {}

    /**
     * What every page of a language says about the site, read as {@code site}: made once per language. {@code asset}
     * maps a static file's own name to the URL it is published under ({@code site.asset['style.css']}): its keys
     * are the theme's file names, which only the theme knows, so it stays a map. {@code publisher} is null when
     * site.yaml names none.
     */
    record Site(String title, String description, String lang, String tag, String base, String assets, String home,
                String articles, String summits, String leaders, String chronology, String search, String feed,
                String feedAbsolute, boolean drafts, String topics, Items.Publisher publisher,
                List<Items.SitePageLink> pages, String colors, Map<String, String> asset) {
        /**
         * Equal sites have equal titles, languages and home URLs: hashing those alone spares the key of the
         * header's {@code {% once [site, page.kind] %}} a walk through the whole record (its assets' map, its
         * pages) on every page.
         */
        @Override
        public int hashCode() {
            return java.util.Objects.hash(title, lang, home);
        }
    }

    /** The language chooser at the root: its title and description in every language at once. */
    record Chooser(Head head, List<ChooserName> names) implements PageView {}

    record Home(Head head, List<ArticleCard> latest, List<SummitLink> recent, List<SummitLink> upcoming)
            implements PageView {}

    /** Every article, newest first. */
    record ArticleIndex(Head head, List<ArticleCard> articles) implements PageView {}

    /**
     * An article in a language. {@code translated}: whether it has a text in the page's language (if not, the page
     * links the source); {@code embargo} and {@code sequel} are null when there is none.
     */
    record ArticlePage(Head head, boolean translated, boolean isSource, String date, String iso, String outlet,
                       String agency, String byline, String summary, List<TopicLink> topics, List<ArticleCard> related,
                       List<SummitLink> summits, List<LeaderLink> leaders, List<LanguageVersion> translations,
                       String body, List<Heading> contents, LanguageVersion sourceLanguage, boolean draft,
                       String updated, String updatedIso, String translatedFrom, Embargo embargo, Sequel sequel)
            implements PageView {}

    /** Summits that are part of no other, newest first, each with its meetings. */
    record SummitIndex(Head head, List<SummitIndexItem> summits) implements PageView {}

    /**
     * A summit's page, or its one-page printable briefing (kind "briefing"), which shows the same facts under its
     * own title: {@code summitTitle} and {@code summitUrl} are the summit's name and page. {@code parent} is null
     * for a summit that is part of no other.
     */
    record SummitPage(Head head, String feed, String briefing, String summitTitle, String summitUrl, String date,
                      String iso, String isoEnd, String place, String city, String country, String venue, String host,
                      String coChairs, String summary, String series, int ordinal, SummitLink parent,
                      List<SummitLink> children, List<LeaderLink> participants, List<String> outcomes,
                      List<FigureCard> figures, List<ArticleCard> articles, List<ChronoItem> timeline)
            implements PageView {
        /** The same page with other figure rows: the briefing's, which say when a row cites what the one above does. */
        SummitPage withFigures(List<FigureCard> rows) {
            return new SummitPage(head, feed, briefing, summitTitle, summitUrl, date, iso, isoEnd, place, city, country,
                    venue, host, coChairs, summary, series, ordinal, parent, children, participants, outcomes, rows,
                    articles, timeline);
        }
    }

    /** Leaders in office, former and without a role, each group in the language's order. */
    record LeaderIndex(Head head, List<LeaderGroup> groups) implements PageView {}

    record LeaderPage(Head head, List<OtherName> otherNames, String country, String standing, List<Role> roles,
                      String bio, List<LeaderSummit> summits, List<ArticleCard> articles, List<ChronoItem> timeline)
            implements PageView {}

    record TopicIndex(Head head, List<TopicIndexItem> topics) implements PageView {}

    record TopicPage(Head head, String summary, List<ArticleCard> articles) implements PageView {}

    /**
     * The chronology, whole or filtered (kind "chronology-filter"), with the filter navigation. {@code filterDim}
     * is the filtered dimension ("year", "series", "leader"), empty on the whole chronology.
     */
    record ChronologyPage(Head head, boolean filtered, String all, int count, boolean oldestFirst, String oldestUrl,
                          String filterDim, Filters filters, List<YearGroup> years) implements PageView {}

    /** One of the site's own pages (About, accessibility): its body as HTML. */
    record TextPage(Head head, String body) implements PageView {}

    /** A page that prints only its title and the theme's words: search, 404. */
    record Plain(Head head) implements PageView {}
}
