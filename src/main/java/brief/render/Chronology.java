package brief.render;

import brief.site.ChronoEntry;
import brief.site.SiteModel;
import brief.site.Urls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** The leaders the entries name: what a filter page's leader navigation lists. */
    static Set<String> leadersOf(List<ChronoEntry> entries) {
        Set<String> out = new java.util.HashSet<>();
        for (ChronoEntry e : entries) out.addAll(e.leaderIds());
        return out;
    }

    static String url(Urls u, String lang, Filter f) {
        return switch (f.dim()) {
            case YEAR -> u.chronology(lang) + f.value() + "/";
            case SERIES -> u.chronology(lang) + "series/" + f.value() + "/";
            case LEADER -> u.chronology(lang) + "leader/" + f.value() + "/";
        };
    }

    /**
     * The chronology's entries grouped once, in chronology order: by filter, by summit (an entry about a
     * summit, or the entry of one of its meetings) and by leader. Filtering the whole chronology once per
     * summit, leader and filter page made those pages cost grow with the square of the site.
     */
    record Index(Map<Filter, List<ChronoEntry>> byFilter, Map<String, List<ChronoEntry>> bySummit,
                 Map<String, List<ChronoEntry>> byLeader) {
        static Index of(SiteModel m) {
            Map<Filter, List<ChronoEntry>> byFilter = new HashMap<>();
            Map<String, List<ChronoEntry>> bySummit = new HashMap<>();
            Map<String, List<ChronoEntry>> byLeader = new HashMap<>();
            for (ChronoEntry e : m.chronology()) {
                byFilter.computeIfAbsent(new Filter(Dim.YEAR, String.valueOf(e.date().year())), k -> new ArrayList<>()).add(e);
                for (String s : e.seriesIds()) byFilter.computeIfAbsent(new Filter(Dim.SERIES, s), k -> new ArrayList<>()).add(e);
                for (String l : e.leaderIds()) {
                    byFilter.computeIfAbsent(new Filter(Dim.LEADER, l), k -> new ArrayList<>()).add(e);
                    byLeader.computeIfAbsent(l, k -> new ArrayList<>()).add(e);
                }
                Set<String> summits = new LinkedHashSet<>(e.summitIds());
                if (e.kind() == ChronoEntry.Kind.SUMMIT) m.summits().get(e.id()).parent().ifPresent(p -> summits.add(p.id()));
                for (String s : summits) bySummit.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
            }
            return new Index(byFilter, bySummit, byLeader);
        }

        List<ChronoEntry> select(Filter f) {
            return byFilter.getOrDefault(f, List.of());
        }

        List<ChronoEntry> summit(String id) {
            return bySummit.getOrDefault(id, List.of());
        }

        List<ChronoEntry> leader(String id) {
            return byLeader.getOrDefault(id, List.of());
        }
    }
}
