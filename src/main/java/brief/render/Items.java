package brief.render;

import java.util.List;

/**
 * What pages print of one thing: an article in a list, a summit, a leader, a key figure and its citations, a
 * chronology entry, a crumb… Every text is already in the page's language and every date formatted (see
 * {@link Views}); templates read the components by name ({@code a.title}). A nested item that a page may lack
 * (a list item's photo, the article before this one) is null, which templates test with {@code is not empty}.
 */
final class Items {
    private Items() {}

    /**
     * An article as lists show it. Equal by value: {@code {% once a %}} renders an equal card once per language,
     * and the preview compares cards to tell which lists an edit changed ({@link ModelFacts}).
     */
    record ArticleCard(String title, String url, String date, String iso, boolean translated, String titleLang,
                       String summary, String untranslatedLabel, ListImage image) {}

    /** An article's lead photo as a list's thumbnail. */
    record ListImage(String src, String srcset, String sizes, int width, int height) {}

    record SummitLink(String name, String url, String date, String iso, String id, String place) {}

    /** A summit of the summits index, with the meetings that are part of it. */
    record SummitIndexItem(String name, String url, String date, String iso, String id, String place,
                           List<SummitLink> children) {
        SummitIndexItem(SummitLink s, List<SummitLink> children) {
            this(s.name(), s.url(), s.date(), s.iso(), s.id(), s.place(), children);
        }
    }

    /** A summit on a leader's page, with the titles the leader held on its first day. */
    record LeaderSummit(String name, String url, String date, String iso, String id, String place, String role) {
        LeaderSummit(SummitLink s, String role) {
            this(s.name(), s.url(), s.date(), s.iso(), s.id(), s.place(), role);
        }
    }

    /** A leader named on a given day: {@code role} is the title (or titles) held that day, else empty. */
    record LeaderLink(String name, String url, String role, String id) {}

    /** A leader of the leaders index: {@code role} is what they are as the data says (in office since, former). */
    record LeaderIndexItem(String name, String url, String role, String id, String country) {}

    /** A group of the leaders index: in office, former, without a role. */
    record LeaderGroup(String id, String title, List<LeaderIndexItem> leaders) {}

    /** A leader's name in another language, where it differs. */
    record OtherName(String lang, String tag, String name) {}

    record Role(String title, String from, String to, boolean open) {}

    /**
     * A key figure with its citations. {@code sameQuote}: on the printed briefing, whether it cites what the row
     * above cites (the sheet then says "same passage"); always false on the summit's own page.
     */
    record FigureCard(String id, String label, String value, List<Evidence> sources, boolean sameQuote) {}

    /**
     * One citation of a figure, in the reader's language: the sentence of the translation that states it, with
     * the quoted {@code original} beside it; or the original alone, with a {@code note} that says why.
     */
    record Evidence(String title, String titleLang, String url, int paragraph, String quote, String quoteLang,
                    String original, String originalLang, String originalLangName, String note) {}

    /** An entry of a chronology or a timeline, made once per entry and language and shared by the pages listing it. */
    record ChronoItem(String anchor, String date, String iso, String precision, String kind, String kindLabel,
                      String title, String titleLang, String url, List<ChronoSource> sources, String summary,
                      boolean upcoming, int year, List<String> leaders, List<String> series) {}

    /** The article an event's source quotes; {@code lang} is its title's language when not the page's, else empty. */
    record ChronoSource(String title, String lang, String url) {}

    record YearGroup(int year, List<MonthGroup> months) {}

    /** A month's entries; {@code label} is empty for entries known only to the year. */
    record MonthGroup(String key, String label, List<ChronoItem> entries) {}

    /** A filter of the chronology's navigation. */
    record FilterLink(String label, String url, String key, boolean current) {}

    record Filters(List<FilterLink> years, List<FilterLink> series, List<FilterLink> leaders) {}

    record TopicLink(String id, String name, String description, String url) {}

    /** A topic of the topics index, with its number of articles as the language says it. */
    record TopicIndexItem(String id, String name, String description, String url, String count) {
        TopicIndexItem(TopicLink t, String count) {
            this(t.id(), t.name(), t.description(), t.url(), count);
        }
    }

    /** An article in another language: its translations, or its source. */
    record LanguageVersion(String code, String name, String tag, String url, String title) {}

    /** A heading of an article's contents list. */
    record Heading(String id, String text) {}

    /** What the preview's banner says of the moment an embargo lifts, in the page's language. */
    record Embargo(String date, String time, String offset) {}

    /** The articles before and after this one among those of its first summit; either may be null. */
    record Sequel(SummitLink summit, ArticleCard previous, ArticleCard next) {}

    /** One language of the language chooser's title and description. */
    record ChooserName(String title, String description, String tag) {}

    /** A language of the header's switch: this page in that language. */
    record LanguageLink(String code, String name, String tag, String url, boolean current) {}

    /** A hreflang alternate of the head. */
    record Alternate(String hreflang, String url) {}

    record Crumb(String name, String url) {}

    /** The Open Graph and Twitter card meta of a page; {@code image} is null when there is none to show. */
    record OpenGraph(String type, String title, String description, String url, String siteName, String locale,
                     List<String> localeAlternates, String published, ShareImage image) {}

    /** The picture a link preview shows, 1200 × 630. */
    record ShareImage(String url, int width, int height) {}

    /** Who publishes the site, in a language. */
    record Publisher(String name, String emblem, String address, String email, String phone, String licence,
                     String licenceUrl) {}

    /** One of the site's own pages (About, accessibility) in a language. */
    record SitePageLink(String id, String title, String url) {}
}
