package brief.diff;

import brief.output.OutputWriter;
import brief.config.SiteConfig;
import brief.source.Hashes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a change does to the built site, as a reader sees it: the pages added, removed and changed, grouped by
 * kind (articles, summits, leaders, chronology, topics, other pages), each with a diff of its main text; then the
 * machine files (search index, feeds, sitemap, assets) counted per kind. Used by {@code brief diff} and the
 * preview's {@code /_changes/}. An instance remembers the diffs it made: asked again about the same two
 * files (the same {@link Entry} objects), it answers without reading or comparing them again.
 */
public final class SiteDiff {
    /** What a file is to a reader; the first six are pages, the rest machine files. */
    public enum Kind {
        ARTICLES("articles"), SUMMITS("summits"), LEADERS("leaders"), CHRONOLOGY("chronology"), TOPICS("topics"),
        OTHER_PAGES("other pages"), SEARCH_INDEX("search index"), FEEDS("feeds"), SITEMAP("sitemap"),
        ASSETS("assets"), OTHER_FILES("other files");

        public final String label;

        Kind(String label) {
            this.label = label;
        }

        public boolean page() {
            return ordinal() <= OTHER_PAGES.ordinal();
        }
    }

    public enum Change { ADDED, REMOVED, CHANGED }

    /**
     * One page added, removed or changed; {@code diff} is a unified diff of its main text (empty when only the
     * markup around it changed), {@code plus} and {@code minus} its counts of lines added and removed.
     */
    public record Page(String path, Kind kind, Change change, String diff, int plus, int minus) {
        public boolean layoutOnly() {
            return change == Change.CHANGED && diff.isEmpty();
        }

        /** The lines the diff adds and removes, with their context, without the file names and line numbers. */
        String textChange() {
            StringBuilder sb = new StringBuilder();
            for (String line : diff.split("\n")) {
                if (!line.startsWith("--- ") && !line.startsWith("+++ ") && !line.startsWith("@@ ")) sb.append(line).append('\n');
            }
            return sb.toString();
        }
    }

    /** The machine files of one kind that differ, by change. */
    public record Machine(Kind kind, List<String> added, List<String> removed, List<String> changed) {
        public int total() {
            return added.size() + removed.size() + changed.size();
        }
    }

    public record Report(String before, String after, List<Page> pages, List<Machine> machine) {
        public Report {
            pages = List.copyOf(pages);
            machine = List.copyOf(machine);
        }

        public boolean isEmpty() {
            return pages.isEmpty() && machine.isEmpty();
        }

        /** The pages of one kind, in path order. */
        public List<Page> pages(Kind kind) {
            return pages.stream().filter(p -> p.kind() == kind).toList();
        }

        /** "2 added, 5 changed" for the pages. */
        public String pageCounts() {
            return counts(count(Change.ADDED), count(Change.REMOVED), count(Change.CHANGED));
        }

        private int count(Change c) {
            return (int) pages.stream().filter(p -> p.change() == c).count();
        }

        /** The machine files in one line: "349 files: search index 340 changed, 2 added; feeds 6 changed". */
        public String machineLine() {
            int total = machine.stream().mapToInt(Machine::total).sum();
            List<String> kinds = new ArrayList<>();
            for (Machine f : machine) {
                kinds.add(f.kind().label + " " + counts(f.added().size(), f.removed().size(), f.changed().size()));
            }
            return total + " file" + (total == 1 ? "" : "s") + ": " + String.join("; ", kinds);
        }

        /** The report as text for the terminal: a line per page, one line for the machine files, then the diffs. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            sb.append("comparing ").append(before).append(" → ").append(after).append('\n');
            if (isEmpty()) return sb.append("no page changed\n").toString();
            sb.append(pages.isEmpty() ? "no page changed" : "pages: " + pageCounts()).append('\n');
            for (Kind k : Kind.values()) {
                List<Page> ps = pages(k);
                if (ps.isEmpty()) continue;
                sb.append("  ").append(k.label).append('\n');
                for (Page p : ps) {
                    sb.append("    ").append(String.format(java.util.Locale.ROOT, "%-8s ", p.change().name().toLowerCase(java.util.Locale.ROOT)))
                            .append(p.path());
                    if (p.layoutOnly()) sb.append(" (layout only; the main text is the same)");
                    else if (p.change() == Change.CHANGED) sb.append(" (+").append(p.plus()).append(" −").append(p.minus()).append(')');
                    sb.append('\n');
                }
            }
            if (!machine.isEmpty()) sb.append("machine files, not diffed: ").append(machineLine()).append('\n');
            // A change shown on many pages (a new article in every chronology filter it falls in) is printed once.
            Map<String, List<Page>> same = new LinkedHashMap<>();
            for (Page p : pages) {
                if (p.change() == Change.CHANGED && !p.diff().isEmpty()) same.computeIfAbsent(p.textChange(), k -> new ArrayList<>()).add(p);
            }
            for (List<Page> group : same.values()) {
                sb.append('\n').append(group.get(0).diff());
                if (group.size() > 1) {
                    sb.append("(the same change on ").append(group.size() - 1).append(group.size() == 2 ? " other page: " : " other pages: ")
                            .append(String.join(", ", group.subList(1, group.size()).stream().map(Page::path).toList())).append(")\n");
                }
            }
            return sb.toString();
        }

        private static String counts(int added, int removed, int changed) {
            List<String> parts = new ArrayList<>();
            if (added > 0) parts.add(added + " added");
            if (removed > 0) parts.add(removed + " removed");
            if (changed > 0) parts.add(changed + " changed");
            return String.join(", ", parts);
        }
    }

    /**
     * A file of one side of a comparison: its size, and the hash of its bytes and the main text of a page,
     * each made once, when first needed. Entries of unchanged files are kept between comparisons, so that a
     * file is read and hashed once, not on every request.
     */
    public static final class Entry {
        private final long size;
        private final byte[] bytes;
        private final Supplier<byte[]> load;
        private String hash;
        private List<String> text;

        private Entry(long size, byte[] bytes, Supplier<byte[]> load) {
            this.size = size;
            this.bytes = bytes;
            this.load = load;
        }

        /** A file held in memory (the preview's); the entry keeps the array, which the site keeps anyway. */
        public static Entry of(byte[] bytes) {
            return new Entry(bytes.length, bytes, () -> bytes);
        }

        /** A file on disk, read only when its hash or text is needed, and not kept. */
        public static Entry ofFile(long size, Supplier<byte[]> load) {
            return new Entry(size, null, load);
        }

        synchronized String hash() {
            if (hash == null) hash = Hashes.sha256(load.get());
            return hash;
        }

        synchronized List<String> text(String path) {
            if (text == null) text = path.endsWith(".html") ? HtmlText.mainText(new String(load.get(), StandardCharsets.UTF_8)) : List.of();
            return text;
        }

        boolean sameBytes(Entry o) {
            if (this == o || bytes != null && bytes == o.bytes) return true;
            if (size != o.size) return false;
            if (bytes != null && o.bytes != null) return Arrays.equals(bytes, o.bytes);
            return hash().equals(o.hash());
        }
    }

    /** A page's verdict, kept while the two entries it was made from are those compared. */
    private record Memo(Entry before, Entry after, Page page) {}

    private final Map<String, Memo> memo = new HashMap<>();
    /** The preview's entries by path, reused while the site holds the same array. */
    private Map<String, Entry> lastEntries = Map.of();

    /** Compares two builds (output path → bytes) once; see {@link #compareEntries} to keep results. */
    public static Report compare(Map<String, byte[]> before, Map<String, byte[]> after, SiteConfig config,
                                 String beforeLabel, String afterLabel) {
        SiteDiff d = new SiteDiff();
        return d.compareEntries(d.entries(before), d.entries(after), config, beforeLabel, afterLabel);
    }

    /**
     * Entries for a site held in memory: those of the last call are reused for the arrays that did not change
     * (an incremental rebuild keeps the arrays of the pages it did not render again).
     */
    public synchronized Map<String, Entry> entries(Map<String, byte[]> files) {
        Map<String, Entry> out = new HashMap<>(files.size() * 2);
        for (var e : files.entrySet()) {
            Entry old = lastEntries.get(e.getKey());
            out.put(e.getKey(), old != null && old.bytes == e.getValue() ? old : Entry.of(e.getValue()));
        }
        lastEntries = out;
        return out;
    }

    /** Compares two builds; a page compared before with the same two entries is not compared again. */
    public synchronized Report compareEntries(Map<String, Entry> before, Map<String, Entry> after, SiteConfig config,
                                              String beforeLabel, String afterLabel) {
        // Every path once, unsorted: sorting 24,000 paths per request costs more than the few pages listed.
        List<String> all = new ArrayList<>(after.keySet());
        for (String path : before.keySet()) if (!after.containsKey(path)) all.add(path);
        List<Page> pages = new ArrayList<>();
        Map<Kind, List<List<String>>> machine = new EnumMap<>(Kind.class);
        Map<String, Memo> kept = new HashMap<>();
        for (String path : all) {
            if (path.equals(OutputWriter.MARKER)) continue;
            Entry a = before.get(path);
            Entry b = after.get(path);
            Memo m = memo.get(path);
            if (m == null || m.before() != a || m.after() != b) m = new Memo(a, b, verdict(path, a, b, config));
            kept.put(path, m);
            Page p = m.page();
            if (p == null) continue;
            if (p.kind().page()) {
                pages.add(p);
            } else {
                List<List<String>> lists = machine.computeIfAbsent(p.kind(), k -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                lists.get(p.change().ordinal()).add(path);
            }
        }
        memo.clear();
        memo.putAll(kept);
        pages.sort(java.util.Comparator.comparing((Page p) -> p.kind()).thenComparing(Page::path));
        List<Machine> files = new ArrayList<>();
        machine.forEach((k, l) -> files.add(new Machine(k, sorted(l.get(0)), sorted(l.get(1)), sorted(l.get(2)))));
        return new Report(beforeLabel, afterLabel, pages, files);
    }

    private static List<String> sorted(List<String> paths) {
        return paths.stream().sorted().toList();
    }

    /** The page or file as changed, or null when it did not. */
    private static Page verdict(String path, Entry a, Entry b, SiteConfig config) {
        Kind kind = kindOf(path, config);
        if (a != null && b != null && a.sameBytes(b)) return null;
        Change change = a == null ? Change.ADDED : b == null ? Change.REMOVED : Change.CHANGED;
        if (!kind.page() || change == Change.REMOVED) return new Page(path, kind, change, "", 0, 0);
        List<String> ta = a == null ? List.of() : a.text(path);
        List<String> tb = b.text(path);
        if (ta.equals(tb)) return new Page(path, kind, change, "", 0, 0);
        String diff = LineDiff.unified(ta, tb, "a/" + path, "b/" + path, 2);
        int plus = 0;
        int minus = 0;
        for (String line : diff.split("\n")) {
            if (line.startsWith("+") && !line.startsWith("+++ ")) plus++;
            else if (line.startsWith("-") && !line.startsWith("--- ")) minus++;
        }
        return new Page(path, kind, change, diff, plus, minus);
    }

    /**
     * What a file of the output is, from its path and the site's URL scheme (language and section names
     * come from site.yaml): pages are HTML; everything else is for machines.
     */
    public static Kind kindOf(String path, SiteConfig config) {
        String[] parts = path.split("/");
        String name = parts[parts.length - 1];
        boolean inLang = parts.length > 1 && config.languageCodes().contains(parts[0]);
        String section = inLang && parts.length > 2 ? parts[1] : "";
        if (!name.endsWith(".html")) {
            if (name.equals("atom.xml")) return Kind.FEEDS;
            if (parts.length == 1 && name.startsWith("sitemap") && name.endsWith(".xml")) return Kind.SITEMAP;
            if (parts[0].equals("assets")) return Kind.ASSETS;
            if (inLang && section.equals(config.section("search", parts[0]))) return Kind.SEARCH_INDEX;
            return Kind.OTHER_FILES;
        }
        if (section.isEmpty()) return Kind.OTHER_PAGES;
        String lang = parts[0];
        // A section's own index (the list of all articles) is a page about many: with the other pages.
        boolean item = parts.length > 3;
        if (section.equals(config.section("chronology", lang))) return Kind.CHRONOLOGY;
        if (item && section.equals(config.section("articles", lang))) return Kind.ARTICLES;
        if (item && section.equals(config.section("summits", lang))) return Kind.SUMMITS;
        if (item && section.equals(config.section("leaders", lang))) return Kind.LEADERS;
        if (item && section.equals(config.section("topics", lang))) return Kind.TOPICS;
        return Kind.OTHER_PAGES;
    }
}
