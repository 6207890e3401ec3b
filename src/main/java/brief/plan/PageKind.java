package brief.plan;

/**
 * The kinds of page (and other output file) a site has. {@code label} is the name `--timings` prints and the
 * preview groups pages by; {@code template} the page template that renders it (empty for machine files),
 * {@code entity} whose pages they are (the pages shown first after an edit to that entity).
 */
public enum PageKind {
    ROOT("root", "language.peb", Entity.NONE),
    HOME("home", "home.peb", Entity.NONE),
    ARTICLES("articles", "articles.peb", Entity.NONE),
    ARTICLE("article", "article.peb", Entity.ARTICLE),
    SUMMITS("summits", "summits.peb", Entity.NONE),
    SUMMIT("summit", "summit.peb", Entity.SUMMIT),
    BRIEFING("briefing", "briefing.peb", Entity.SUMMIT),
    LEADERS("leaders", "leaders.peb", Entity.NONE),
    LEADER("leader", "leader.peb", Entity.LEADER),
    TOPICS("topics", "topics.peb", Entity.NONE),
    TOPIC("topic", "topic.peb", Entity.NONE),
    SEARCH("search", "search.peb", Entity.NONE),
    CHRONOLOGY("chronology", "chronology.peb", Entity.NONE),
    CHRONOLOGY_FILTER("chronology-filter", "chronology.peb", Entity.NONE),
    PAGE("page", "page.peb", Entity.NONE),
    NOT_FOUND("404", "404.peb", Entity.NONE),
    FEED("feed", "", Entity.NONE),
    SITEMAP("sitemap", "", Entity.NONE),
    ROBOTS("robots", "", Entity.NONE);

    /** What a page can be the page of. */
    public enum Entity { NONE, ARTICLE, SUMMIT, LEADER }

    public final String label;
    public final String template;
    public final Entity entity;

    PageKind(String label, String template, Entity entity) {
        this.label = label;
        this.template = template;
        this.entity = entity;
    }

    /** Whether some kind of page is rendered with this template (base.peb and partials are no kind's own). */
    public static boolean isPageTemplate(String name) {
        for (PageKind k : values()) if (k.template.equals(name)) return true;
        return false;
    }
}
