package brief.plan;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A page of the plan: its key, the output file it goes to, the inputs it reads, and how to render its bytes.
 * {@code alternates} (hreflang → URL path) are its translations, for the sitemap, and empty for machine files.
 * The inputs are worked out when first asked for: a batch build renders every page and never asks.
 */
public record Page(PageKey key, String path, Supplier<Set<Input>> reads, Supplier<byte[]> render,
                   Map<String, String> alternates) {
    public Set<Input> inputs() {
        return reads.get();
    }

    /** The name `--timings` and the preview group pages by ("article", "chronology-filter"). */
    public String kind() {
        return key.kind().label;
    }
}
