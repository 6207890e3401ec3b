package brief.render;

import brief.site.ChronoEntry;
import brief.site.SiteModel;
import brief.site.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The chronology's filters, by year, summit series and leader. Each filter is a static page of its own
 * (/&lt;lang&gt;/&lt;chronology&gt;/2025/, …/series/&lt;id&gt;/, …/leader/&lt;id&gt;/), so filtering works without
 * JavaScript; chronology.js only makes the same links filter in place.
 */
final class Chronology {
    private Chronology() {}

    enum Dim { YEAR, SERIES, LEADER }

    /** A filter: a dimension and the value entries must have. */
    record Filter(Dim dim, String value) {
        /** As written in data-filter attributes and page keys: "year:2025", "series:x", "leader:y". */
        String key() {
            return dim.name().toLowerCase(Locale.ROOT) + ":" + value;
        }
    }

    /** Every filter that selects at least one entry: years newest first, then series and leaders by id. */
    static List<Filter> filters(SiteModel m) {
        TreeSet<Integer> years = new TreeSet<>();
        TreeSet<String> series = new TreeSet<>();
        TreeSet<String> leaders = new TreeSet<>();
        for (ChronoEntry e : m.chronology()) {
            years.add(e.date().year());
            series.addAll(e.seriesIds());
            leaders.addAll(e.leaderIds());
        }
        List<Filter> out = new ArrayList<>();
        years.descendingSet().forEach(y -> out.add(new Filter(Dim.YEAR, String.valueOf(y))));
        series.stream().filter(m.series()::containsKey).forEach(s -> out.add(new Filter(Dim.SERIES, s)));
        leaders.stream().filter(m.leaders()::containsKey).forEach(l -> out.add(new Filter(Dim.LEADER, l)));
        return out;
    }

    static String url(Urls u, String lang, Filter f) {
        return switch (f.dim()) {
            case YEAR -> u.chronology(lang) + f.value() + "/";
            case SERIES -> u.chronology(lang) + "series/" + f.value() + "/";
            case LEADER -> u.chronology(lang) + "leader/" + f.value() + "/";
        };
    }

    static boolean matches(ChronoEntry e, Filter f) {
        return switch (f.dim()) {
            case YEAR -> String.valueOf(e.date().year()).equals(f.value());
            case SERIES -> e.seriesIds().contains(f.value());
            case LEADER -> e.leaderIds().contains(f.value());
        };
    }

    static List<ChronoEntry> select(SiteModel m, Filter f) {
        return m.chronology().stream().filter(e -> matches(e, f)).toList();
    }
}
