package brief.plan;

/**
 * Which page: its kind, the id of what it is about ("" for a section's one page; a summit's id for its feed, a
 * filter's key for a chronology filter page) and its language ("" for files of no language: the root, the
 * sitemap, robots.txt).
 */
public record PageKey(PageKind kind, String id, String lang) {
    /** Whether this is the page of the entity an input is about (an article's page for its text). */
    public boolean isPageOf(Input input) {
        return kind.entity != PageKind.Entity.NONE && kind.entity == input.entity() && id.equals(input.id());
    }
}
