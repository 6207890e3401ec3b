package brief.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The output files of the pages most recently served, newest last, at most {@code limit} of them: the page a
 * reviewer has open is among them, and after an edit it is rendered before the preview reloads (Hugo's "fast
 * render" does the same), while the thousands of other pages a template or leader edit touches follow.
 * Thread-safe: request threads add, the rebuild thread reads.
 */
final class RecentPages {
    private final Map<String, Boolean> pages;

    RecentPages(int limit) {
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > limit;
            }
        };
    }

    synchronized void add(String file) {
        pages.put(file, Boolean.TRUE);
    }

    synchronized Set<String> pages() {
        return Set.copyOf(pages.keySet());
    }
}
