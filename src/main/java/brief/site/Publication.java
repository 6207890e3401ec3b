package brief.site;

import brief.content.Article;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Which articles a site shows: the one notion of "published now". An article is shown when it is not a draft
 * (unless drafts were asked for) and its embargo, if it has one, has passed at {@code now}; the preview also
 * shows embargoed articles, marked as such, since reviewers read them before they are out. The moment is taken
 * once per build from a clock, so every page of a build agrees, and a test can pass any moment it likes.
 *
 * @param drafts    whether draft articles are shown (--drafts)
 * @param embargoed whether articles under embargo are shown (the preview), with a banner
 */
public record Publication(Instant now, boolean drafts, boolean embargoed) {

    /** What `brief build` publishes at the clock's moment: nothing still under embargo. */
    public static Publication build(Clock clock, boolean drafts) {
        return new Publication(clock.instant(), drafts, false);
    }

    /** What the preview shows at the clock's moment: embargoed articles too, marked. */
    public static Publication preview(Clock clock, boolean drafts) {
        return new Publication(clock.instant(), drafts, true);
    }

    public boolean shows(Article a) {
        return (drafts || !a.draft()) && (embargoed || embargo(a).isEmpty());
    }

    /** The article's embargo when it has not passed yet at {@code now}; empty once it has (or when it has none). */
    public Optional<OffsetDateTime> embargo(Article a) {
        return a.embargo().filter(e -> e.toInstant().isAfter(now));
    }

    /**
     * Whether something dated {@code d} begins after the build's day (UTC): the chronology marks it upcoming. The
     * day is this moment's, not the machine's, so a build at a given moment is always the same bytes.
     */
    public boolean upcoming(brief.i18n.FlexDate d) {
        return d.start().isAfter(java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC));
    }

    /**
     * Whether two publications follow the same rules (only their moments may differ). The preview, which shows
     * embargoed articles either way, patches its last model only then.
     */
    public boolean sameRules(Publication other) {
        return drafts == other.drafts && embargoed == other.embargoed;
    }
}
