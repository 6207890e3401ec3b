package brief.plan;

/**
 * Something a page reads. Two inputs are the same input when they are equal; whether one changed is decided by
 * its value before and after an edit ({@link Facts#value}), never by object identity. An input
 * {@link #shapesPlan() shapes the plan} when its value can change which pages there are or what another page
 * reads (an article's date decides which ten the home page lists); an edit that changes no such input keeps the
 * plan and renders again only the readers of what changed.
 */
public sealed interface Input {
    default boolean shapesPlan() {
        return true;
    }

    /**
     * Whether this input, changed from {@code before} to {@code after} ({@link Facts#value}), shapes the plan:
     * by default whenever the input {@link #shapesPlan() can}.
     */
    default boolean shapesPlan(Object before, Object after) {
        return shapesPlan();
    }

    /** The kind of entity this input is about, for "its own pages first". */
    default PageKind.Entity entity() {
        return PageKind.Entity.NONE;
    }

    default String id() {
        return "";
    }

    /** All of an article that its own pages show: texts, photos, annotations, embargo. */
    record ArticleText(String id) implements Input {
        @Override public boolean shapesPlan() { return false; }
        @Override public PageKind.Entity entity() { return PageKind.Entity.ARTICLE; }
    }

    /** What lists show of an article: its title, summary, date, slugs, lead photo, summits and leaders. */
    record ArticleListing(String id) implements Input {
        @Override public PageKind.Entity entity() { return PageKind.Entity.ARTICLE; }
    }

    /**
     * Which articles are the {@code count} newest, and what lists show of them: the home page and the site's
     * feeds show those, not the other thousands, so an edit to an older article's listing leaves them alone.
     */
    record Newest(int count) implements Input {}

    /** The passages key figures and events quote from an article, where they are and how they read. */
    record ArticleQuotes(String id) implements Input {
        @Override public boolean shapesPlan() { return false; }
        @Override public PageKind.Entity entity() { return PageKind.Entity.ARTICLE; }
    }

    record Leader(String id) implements Input {
        @Override public PageKind.Entity entity() { return PageKind.Entity.LEADER; }

        /**
         * Only a leader added or removed changes which pages there are: which pages show a leader, and which
         * filters the chronology has, follow from the articles', summits' and events' references, not from the
         * entry (an edited name re-renders the article pages through {@link Linker}, without listing every page).
         */
        @Override public boolean shapesPlan(Object before, Object after) { return before == null || after == null; }
    }

    /** A summit's entry, figures included (their quotes' passages are {@link ArticleQuotes}). */
    record Summit(String id) implements Input {
        @Override public PageKind.Entity entity() { return PageKind.Entity.SUMMIT; }
    }

    record Series(String id) implements Input {}

    /** A topic's names and description (topics.yaml). */
    record Topic(String id) implements Input {}

    /** Whether the site has a topics index, which every page's navigation links. */
    record TopicIndex() implements Input {}

    /** The briefings an article page suggests, as it links them: which, in what order, and their links. */
    record Related(String id) implements Input {
        @Override public boolean shapesPlan() { return false; }
        @Override public PageKind.Entity entity() { return PageKind.Entity.ARTICLE; }
    }

    record Event(String id) implements Input {}

    /** The names and aliases an article's text links to their pages: every leader's and summit's. */
    record Linker() implements Input {
        @Override public boolean shapesPlan() { return false; }
    }

    /** The chronology's filters with their labels, which every chronology page lists. */
    record ChronologyNav() implements Input {}

    /** A page template ({@link PageKind#template}). */
    record Template(String name) implements Input {
        @Override public boolean shapesPlan() { return false; }
    }

    /** The templates no kind of page is rendered with (base.peb, partials): any page may use them. */
    record Layout() implements Input {
        @Override public boolean shapesPlan() { return false; }
    }

    /** The theme's interface strings, in every language. */
    record Strings() implements Input {
        @Override public boolean shapesPlan() { return false; }
    }

    /** The published names of the theme's stylesheets and scripts (their hash is in every page). */
    record Assets() implements Input {
        @Override public boolean shapesPlan() { return false; }
    }

    /** site.yaml and the site's own pages. */
    record Config() implements Input {}

    /** The day of the build, which decides the chronology's "upcoming" marks. */
    record Today() implements Input {
        @Override public boolean shapesPlan() { return false; }
    }

    /** The set of pages and their addresses, which the sitemap lists. */
    record Pages() implements Input {}
}
