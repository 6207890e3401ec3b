package brief.check;

import brief.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The findings of every article as one sorted list without repeats, kept between runs: an edit replaces the
 * findings of the articles it changed, each found by a binary search, instead of sorting the site's thousands of
 * warnings again. Two articles' findings never tie, since each is positioned in its own article's files, so the
 * list is the one a sort of them all would give. Each change makes a new list: a run's diagnostics keep theirs.
 */
final class SortedFindings {
    private List<Diagnostic> sorted = List.of();
    private int errors;

    /** Adds the findings now, sorted and distinct, to {@code d}, without reading them. */
    void addTo(brief.diag.Diagnostics d) {
        d.addSorted(sorted, errors);
    }

    /** Sorts all of them: after a first run, or when articles were added or removed. */
    void reset(Collection<List<Diagnostic>> lists) {
        List<Diagnostic> all = new ArrayList<>();
        for (List<Diagnostic> l : lists) all.addAll(l);
        // Stable: equal positions and messages keep their article's order.
        all.sort(null);
        List<Diagnostic> out = new ArrayList<>(all.size());
        for (Diagnostic d : all) if (out.isEmpty() || !out.get(out.size() - 1).equals(d)) out.add(d);
        sorted = Collections.unmodifiableList(out);
        errors = 0;
        for (Diagnostic d : out) if (d.severity() == brief.diag.Severity.ERROR) errors++;
    }

    /** Replaces one article's findings, {@code before}, by its new ones, {@code after} (each sorted and distinct). */
    void replace(List<Diagnostic> before, List<Diagnostic> after) {
        if (before.equals(after)) return;
        List<Diagnostic> next = new ArrayList<>(sorted);
        for (Diagnostic d : before) {
            int at = find(next, d);
            if (at < 0) continue;
            next.remove(at);
            if (d.severity() == brief.diag.Severity.ERROR) errors--;
        }
        for (Diagnostic d : after) {
            if (d.severity() == brief.diag.Severity.ERROR) errors++;
            int at = Collections.binarySearch(next, d);
            if (at < 0) {
                next.add(-at - 1, d);
                continue;
            }
            // Among ties, after the last: an article's own ties keep their order.
            while (at < next.size() && next.get(at).compareTo(d) == 0) at++;
            next.add(at, d);
        }
        sorted = Collections.unmodifiableList(next);
    }

    /** The index of the diagnostic equal to {@code d}, among those that sort with it, or -1. */
    private static int find(List<Diagnostic> list, Diagnostic d) {
        int at = Collections.binarySearch(list, d);
        if (at < 0) return -1;
        int from = at;
        while (from > 0 && list.get(from - 1).compareTo(d) == 0) from--;
        for (int i = from; i < list.size() && list.get(i).compareTo(d) == 0; i++) if (list.get(i).equals(d)) return i;
        return -1;
    }
}
