package brief.check;

import brief.diag.Diagnostics;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What a rule reported for each of its inputs, kept between runs: a rule runs again for an input only when the
 * input is no longer equal (by value) to the one it last ran on, so the findings always equal a clean check's.
 * The inputs are records (a summit, a leader, the annotations with the configuration); equal is cheap when the
 * loader kept the very object, and still right when it made an equal one again. Thread-safe per key.
 */
final class Findings {
    /** {@code found} is null when the rule reported nothing: most inputs have nothing to replay. */
    private record Entry(Object input, Diagnostics found) {}

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    /**
     * Adds to {@code d} what {@code rule} reports for {@code input} (kept under {@code key}): last run's
     * findings when the input is equal to last run's, else those of running it now. Returns whether it ran.
     */
    boolean replay(Object key, Object input, Consumer<Diagnostics> rule, Diagnostics d) {
        Entry e = entries.get(key);
        boolean run = e == null || !Objects.equals(e.input(), input);
        if (run) {
            Diagnostics found = d.sibling();
            rule.accept(found);
            // Kept without the run's cache of the files read for their lines, which the findings no longer need.
            Diagnostics kept = null;
            if (!found.all().isEmpty()) {
                kept = new Diagnostics();
                kept.addAll(found);
            }
            e = new Entry(input, kept);
            entries.put(key, e);
        }
        if (e.found() != null) d.addAll(e.found());
        return run;
    }

    /** Forgets the inputs that are gone, so that the cache holds no more than the site. */
    void retain(Collection<?> keys) {
        if (entries.size() > keys.size()) entries.keySet().retainAll(new java.util.HashSet<>(keys));
    }
}
