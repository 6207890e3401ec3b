package brief.site;

import brief.i18n.FlexDate;
import java.util.Set;

/** One dated item of the chronology: an article, a summit or a curated event. */
public record ChronoEntry(FlexDate date, Kind kind, String id, Set<String> leaderIds, Set<String> seriesIds,
                          Set<String> summitIds) implements Comparable<ChronoEntry> {
    public enum Kind { SUMMIT, EVENT, ARTICLE }

    public ChronoEntry {
        leaderIds = Set.copyOf(leaderIds);
        seriesIds = Set.copyOf(seriesIds);
        summitIds = Set.copyOf(summitIds);
    }

    public String anchor() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + id;
    }

    @Override
    public int compareTo(ChronoEntry o) {
        int c = date.compareTo(o.date);
        if (c != 0) return c;
        c = kind.compareTo(o.kind);
        return c != 0 ? c : id.compareTo(o.id);
    }
}
