package brief.serve;

import java.util.List;

/**
 * What the preview serves now: the last good site (null before the first one) and the errors of the last
 * build (empty when it succeeded). Replaced whole after each build, so a request sees one or the other.
 */
record Served(IncrementalBuilder.Site site, List<String> errors) {
    static final Served NOTHING = new Served(null, List.of());

    Served {
        errors = List.copyOf(errors);
    }

    /** The version browsers know the site by; 0 before the first good build. */
    long version() {
        return site == null ? 0 : site.version();
    }

    /** The event that shows these errors in the browsers' overlay. */
    String errorEvent() {
        return EventHub.event("error", LiveReload.errorData(errors, site != null));
    }
}
