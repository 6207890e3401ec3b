package brief.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects every problem of a run, so that all of them are reported at once. Thread-safe: the
 * validation rules may run in parallel.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();
    /**
     * Files that could not be read or yielded nothing: their problems are said first, since every other error
     * may follow from them; then what follows from them, summarised ({@link #consequence}).
     */
    private final java.util.Set<java.nio.file.Path> leading = new java.util.HashSet<>();
    private final List<Diagnostic> consequences = new ArrayList<>();
    /**
     * Findings kept from an earlier run, each list already sorted and distinct ({@link #addSorted}): the preview
     * keeps the thousands of findings of unchanged articles sorted, and {@link #all} merges them in linear time.
     */
    private final List<Kept> kept = new ArrayList<>();

    /** A kept list and how many of its findings are errors. */
    private record Kept(List<Diagnostic> list, int errors) {}
    private final Function<SourcePos, String> lineLookup;

    public Diagnostics() {
        this(pos -> null);
    }

    /** {@code lineLookup} returns the text of the line a position points at, for display. */
    public Diagnostics(Function<SourcePos, String> lineLookup) {
        this.lineLookup = lineLookup;
    }

    /** Diagnostics that show the offending line, read from the files under {@code root}. */
    public static Diagnostics forSource(java.nio.file.Path root) {
        java.util.Map<java.nio.file.Path, Lines> cache = new java.util.concurrent.ConcurrentHashMap<>();
        return new Diagnostics(pos -> cache.computeIfAbsent(pos.file(), f -> Lines.read(root.resolve(f))).line(pos.line()));
    }

    /**
     * A file's lines as a finding shows them: the file decoded as UTF-8, CRLF read as LF, split at LF. Only the
     * line shown is decoded: a check's warnings point at one line of each of thousands of articles, and decoding
     * and splitting each whole file was most of what a warning cost.
     */
    private static final class Lines {
        private final byte[] bytes;
        /**
         * Where each line starts, as far as a lookup has needed: {@code starts[k]} is the start of line k + 1 for k
         * below {@code known}; {@code scanned} is where the search for the next LF goes on. A finding usually points
         * near the top of its file (the front matter), so the rest of the file is not looked at.
         */
        private int[] starts = new int[16];
        private int known = 1;
        private int scanned;
        /** Whether the last line (the one no LF ends) has been reached: then {@code known} lines are all. */
        private boolean all;
        /** The whole file's lines, decoded at once, for a file a line of which does not decode cleanly by itself. */
        private java.util.List<String> decoded;

        private Lines(byte[] bytes) {
            this.bytes = bytes;
        }

        static Lines read(java.nio.file.Path file) {
            try {
                return new Lines(java.nio.file.Files.readAllBytes(file));
            } catch (java.io.IOException | RuntimeException e) {
                return new Lines(null);
            }
        }

        synchronized String line(int line) {
            if (bytes == null) return null;
            if (decoded != null) return line <= decoded.size() ? decoded.get(line - 1) : null;
            // Line k runs from its start to the LF before line k + 1, or to the end of the file for the last.
            while (known <= line && !all) {
                int lf = scanned;
                while (lf < bytes.length && bytes[lf] != '\n') lf++;
                if (lf == bytes.length) {
                    all = true;
                    break;
                }
                if (known == starts.length) starts = java.util.Arrays.copyOf(starts, known * 2);
                starts[known++] = lf + 1;
                scanned = lf + 1;
            }
            if (line > known) return null;
            int from = starts[line - 1];
            boolean last = line == known && all;
            int to = last ? bytes.length : starts[line] - 1;
            // A CR before the LF is dropped (CRLF is one line end); the last line has no LF, and keeps its CR.
            if (!last && to > from && bytes[to - 1] == '\r') to--;
            String s = new String(bytes, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
            // A byte that is not UTF-8: decoded with the whole file, as it always was, rather than reasoning
            // about where the decoder's replacement characters fall when a line is decoded alone.
            if (s.indexOf('\uFFFD') < 0) return s;
            decoded = java.util.Arrays.asList(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("\r\n", "\n").split("\n", -1));
            return line <= decoded.size() ? decoded.get(line - 1) : null;
        }
    }

    /**
     * New, empty diagnostics that show the offending lines as these do, through the same files read: the check
     * cache keeps a rule's findings apart without reading a large annotation file once per finding.
     */
    public Diagnostics sibling() {
        return new Diagnostics(lineLookup);
    }

    public void error(Code code, SourcePos pos, String message, Object... args) {
        add(code, Severity.ERROR, pos, null, message, args);
    }

    public void warning(Code code, SourcePos pos, String message, Object... args) {
        add(code, Severity.WARNING, pos, null, message, args);
    }

    public void errorWithHint(Code code, SourcePos pos, String hint, String message, Object... args) {
        add(code, Severity.ERROR, pos, hint, message, args);
    }

    public void warningWithHint(Code code, SourcePos pos, String hint, String message, Object... args) {
        add(code, Severity.WARNING, pos, hint, message, args);
    }

    public void note(Code code, SourcePos pos, String message, Object... args) {
        add(code, Severity.NOTE, pos, null, message, args);
    }

    public synchronized void add(Code code, Severity severity, SourcePos pos, String hint, String message,
                                 Object... args) {
        String text = args.length == 0 ? message : String.format(java.util.Locale.ROOT, message, args);
        String line = pos.line() > 0 ? lineLookup.apply(pos) : null;
        items.add(new Diagnostic(severity, pos, visible(text), hint == null ? null : visible(hint),
                line == null ? null : visible(line), message, code));
    }

    /**
     * The text with control characters, and the invisible characters that reorder or break a line, written
     * as escapes (backslash, u, four hex digits): a message quotes what the user wrote, and a raw NUL or a
     * bidi override would garble the terminal or hide what is wrong. A tab stays a tab.
     */
    public static String visible(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean hidden = c < 0x20 && c != '\t' || c == 0x7F || c == 0x2028 || c == 0x2029
                    || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0xFEFF;
            if (hidden && sb == null) sb = new StringBuilder(s.substring(0, i));
            if (sb != null) {
                if (hidden) sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                else sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    public void addAll(Diagnostics other) {
        List<Diagnostic> its;
        List<Diagnostic> itsConsequences;
        java.util.Set<java.nio.file.Path> itsLeading;
        List<Kept> itsKept;
        synchronized (other) {
            its = List.copyOf(other.items);
            itsConsequences = List.copyOf(other.consequences);
            itsLeading = java.util.Set.copyOf(other.leading);
            itsKept = List.copyOf(other.kept);
        }
        synchronized (this) {
            items.addAll(its);
            consequences.addAll(itsConsequences);
            leading.addAll(itsLeading);
            kept.addAll(itsKept);
        }
    }

    /**
     * Adds findings that are already sorted and distinct (as {@link #all} returns them), {@code errors} of them
     * errors, without copying or reading them: {@link #all} merges such lists with the rest instead of sorting
     * them again. The caller keeps them so between runs, and the count with them.
     */
    public synchronized void addSorted(List<Diagnostic> sorted, int errors) {
        if (!sorted.isEmpty()) kept.add(new Kept(sorted, errors));
    }

    /** Marks a file whose failure other problems follow from: its problems are listed first. */
    public synchronized void lead(java.nio.file.Path file) {
        leading.add(file);
    }

    /**
     * An error that sums up the errors a failed file causes ("51 references to leaders fail because
     * content/leaders.yaml is empty"), listed right after that file's own problems.
     */
    public synchronized void consequence(SourcePos pos, String hint, String message, Object... args) {
        leading.add(pos.file());
        String text = visible(String.format(java.util.Locale.ROOT, message, args));
        consequences.add(new Diagnostic(Severity.ERROR, pos, text, hint == null ? null : visible(hint), null, text,
                Code.CAUSED_BY_FILE));
    }

    /**
     * Every diagnostic: the problems of failed files first, each file's followed by what it causes, then the
     * rest; each part sorted by file, line and column.
     */
    public synchronized List<Diagnostic> all() {
        List<Diagnostic> sorted = sortedDistinct();
        if (leading.isEmpty()) return sorted;
        List<Diagnostic> out = new ArrayList<>(sorted.size() + consequences.size());
        List<java.nio.file.Path> files = leading.stream()
                .sorted(java.util.Comparator.comparing(f -> f.toString().replace('\\', '/'))).toList();
        for (java.nio.file.Path f : files) {
            for (Diagnostic d : sorted) if (d.pos().file().equals(f)) out.add(d);
            consequences.stream().filter(d -> d.pos().file().equals(f)).sorted().distinct().forEach(out::add);
        }
        for (Diagnostic d : sorted) if (!leading.contains(d.pos().file())) out.add(d);
        return out;
    }

    /**
     * The items and the kept lists, sorted by position and message, without repeats. The items (few, when the
     * rest is kept) are sorted; each kept list is merged in by a binary search for each element of the shorter
     * of the two, and copies of the ranges between: keeping 5,000 warnings sorted makes this a copy of them.
     */
    private List<Diagnostic> sortedDistinct() {
        List<Diagnostic> out = new ArrayList<>(items.size());
        Diagnostic[] sorted = items.toArray(new Diagnostic[0]);
        java.util.Arrays.sort(sorted);
        // Equal diagnostics sort next to each other: the one before is the only one to compare with.
        for (Diagnostic d : sorted) if (out.isEmpty() || !out.get(out.size() - 1).equals(d)) out.add(d);
        for (Kept k : kept) out = out.size() <= k.list().size() ? merge(out, k.list()) : merge(k.list(), out);
        return java.util.Collections.unmodifiableList(out);
    }

    /**
     * {@code few} and {@code many}, each sorted and distinct, as one sorted list without repeats: each of
     * {@code few} is placed by a binary search in {@code many}, before or after the diagnostics that sort with it
     * (ties keep {@code few}'s place), unless one of those equals it.
     */
    private static List<Diagnostic> merge(List<Diagnostic> few, List<Diagnostic> many) {
        if (few.isEmpty()) return new ArrayList<>(many);
        List<Diagnostic> out = new ArrayList<>(few.size() + many.size());
        int from = 0;
        for (Diagnostic d : few) {
            int at = java.util.Collections.binarySearch(many.subList(from, many.size()), d);
            at = from + (at < 0 ? -at - 1 : at);
            // The first of the diagnostics that sort with d, and whether one of them is d.
            while (at > from && many.get(at - 1).compareTo(d) == 0) at--;
            boolean repeated = false;
            for (int i = at; i < many.size() && many.get(i).compareTo(d) == 0 && !repeated; i++) repeated = many.get(i).equals(d);
            out.addAll(many.subList(from, at));
            if (!repeated) out.add(d);
            from = at;
        }
        out.addAll(many.subList(from, many.size()));
        return out;
    }

    public synchronized boolean hasErrors() {
        if (!consequences.isEmpty() || items.stream().anyMatch(d -> d.severity() == Severity.ERROR)) return true;
        for (Kept k : kept) if (k.errors() > 0) return true;
        return false;
    }

    /** Linear: a build with thousands of warnings counts them twice for its summary line. */
    public synchronized long count(Severity s) {
        java.util.Set<Diagnostic> distinct = new java.util.HashSet<>(items);
        for (Kept k : kept) distinct.addAll(k.list());
        long shown = distinct.stream().filter(d -> d.severity() == s).count();
        // The summaries of what a failed file causes are errors too (all() lists them).
        return s == Severity.ERROR ? shown + new java.util.HashSet<>(consequences).size() : shown;
    }
}
