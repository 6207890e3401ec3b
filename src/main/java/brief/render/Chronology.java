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
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
        // Hash sets sorted once: the 11,000 entries of a large archive name leaders some 40,000 times.
        Set<Integer> years = new java.util.HashSet<>();
        Set<String> series = new java.util.HashSet<>();
        Set<String> leaders = new java.util.HashSet<>();
        for (ChronoEntry e : m.chronology()) {
            years.add(e.date().year());
            series.addAll(e.seriesIds());
            leaders.addAll(e.leaderIds());
        }
        List<Filter> out = new ArrayList<>();
        years.stream().sorted(java.util.Comparator.reverseOrder()).forEach(y -> out.add(new Filter(Dim.YEAR, String.valueOf(y))));
        series.stream().sorted().filter(m.series()::containsKey).forEach(s -> out.add(new Filter(Dim.SERIES, s)));
        leaders.stream().sorted().filter(m.leaders()::containsKey).forEach(l -> out.add(new Filter(Dim.LEADER, l)));
        return List.copyOf(out);
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
     * summit, leader and filter page made those pages cost grow with the square of the site. Each grouping is
     * made when first asked: after an edit to one leader the preview renders its pages, which need only theirs.
     */
    static final class Index {
        private final Supplier<Map<Filter, List<ChronoEntry>>> byFilter;
        private final Supplier<Map<String, List<ChronoEntry>>> bySummit;
        private final Supplier<Map<String, List<ChronoEntry>>> byLeader;

        /** How many leaders' entries are found by a walk before they are grouped. */
        private static final int WALKS = 8;
        private final java.util.concurrent.atomic.AtomicInteger leadersAsked = new java.util.concurrent.atomic.AtomicInteger();
        private final List<ChronoEntry> entries;
        private final Supplier<List<Filter>> filters;

        private Index(SiteModel m) {
            entries = m.chronology();
            filters = Renderer.memo(() -> Chronology.filters(m));
            byFilter = Renderer.memo(() -> group(m, (e, add) -> {
                add.accept(new Filter(Dim.YEAR, String.valueOf(e.date().year())));
                for (String s : e.seriesIds()) add.accept(new Filter(Dim.SERIES, s));
                for (String l : e.leaderIds()) add.accept(new Filter(Dim.LEADER, l));
            }));
            bySummit = Renderer.memo(() -> group(m, (e, add) -> {
                Set<String> summits = new LinkedHashSet<>(e.summitIds());
                if (e.kind() == ChronoEntry.Kind.SUMMIT) m.summits().get(e.id()).parent().ifPresent(p -> summits.add(p.id()));
                summits.forEach(add);
            }));
            byLeader = Renderer.memo(() -> group(m, (e, add) -> e.leaderIds().forEach(add)));
        }

        static Index of(SiteModel m) {
            return new Index(m);
        }

        /** The entries under each key that {@code keys} gives them. */
        private static <K> Map<K, List<ChronoEntry>> group(SiteModel m, BiConsumer<ChronoEntry, Consumer<K>> keys) {
            Map<K, List<ChronoEntry>> out = new HashMap<>();
            for (ChronoEntry e : m.chronology()) keys.accept(e, k -> out.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
            return out;
        }

        /** {@link Chronology#filters}, made once for all the pages that list them. */
        List<Filter> filters() {
            return filters.get();
        }

        List<ChronoEntry> select(Filter f) {
            return byFilter.get().getOrDefault(f, List.of());
        }

        List<ChronoEntry> summit(String id) {
            return bySummit.get().getOrDefault(id, List.of());
        }

        /**
         * A leader's entries. The first few asked are found by a walk through the chronology: after an edit to one
         * leader the preview renders that leader's pages, and grouping 11,000 entries by their 40,000 mentions of
         * leaders cost more than the pages; a build asks for every leader, and groups them once.
         */
        List<ChronoEntry> leader(String id) {
            if (leadersAsked.incrementAndGet() > WALKS) return byLeader.get().getOrDefault(id, List.of());
            List<ChronoEntry> out = new ArrayList<>();
            for (ChronoEntry e : entries) if (e.leaderIds().contains(id)) out.add(e);
            return out;
        }
    }
}
