package brief.serve;

import brief.diag.BriefException;
import brief.output.OutputGuard;
import brief.output.OutputWriter;
import brief.output.RenderedPage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The preview's copy on disk, for tools that want files; never the published folder. It writes through the
 * build's {@link OutputWriter}: the first copy is a full write; after that only the files whose bytes changed
 * are written (each atomically, never through a link) and removed files deleted: hashing and re-linking 24,000
 * files after every edit took seconds at 10,000 articles. A failure is a warning on the console, and the next
 * update writes the whole copy again.
 */
final class PreviewCopy {
    private final Path root;
    private final Path out;
    private final PrintStream console;
    private final OutputWriter writer = new OutputWriter();
    /** The files of the copy on disk (ours to change), or null: write it whole next time. */
    private Map<String, byte[]> copied;
    /** The site the copy was last written from. */
    private Map<String, byte[]> copiedFrom;

    PreviewCopy(Path root, Path out, PrintStream console) {
        this.root = root;
        this.out = out;
        this.console = console;
    }

    /** Makes the copy hold {@code files}, the site now shown. */
    void update(Map<String, byte[]> files) {
        try {
            OutputGuard.check(root, out);
            if (copied == null) {
                List<RenderedPage> pages = new ArrayList<>();
                files.forEach((p, b) -> pages.add(new RenderedPage(p, b)));
                writer.write(pages, out);
                copied = new HashMap<>(files);
            } else if (files instanceof Overlay early && early.base() == copiedFrom) {
                // The last site with a few pages replaced: those are all that can differ.
                writeChanged(early.replaced(), false);
            } else {
                writeChanged(files, true);
            }
            copiedFrom = files;
        } catch (BriefException e) {
            forget();
            console.println("warning: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            forget();
            console.println("warning: cannot update the copy in " + out + ": " + e.getMessage());
        }
    }

    private void forget() {
        copied = null;
        copiedFrom = null;
    }

    /**
     * Writes the files of {@code now} that differ from the copy on disk and, when {@code now} is the whole site,
     * deletes the files it no longer has; {@code copied} then equals what is on disk. The copy is a hash map:
     * 24,000 lookups in a tree of paths took tens of milliseconds per edit.
     */
    private void writeChanged(Map<String, byte[]> now, boolean whole) throws IOException {
        Map<String, byte[]> changed = new HashMap<>();
        int added = 0;
        for (var e : now.entrySet()) {
            byte[] old = copied.get(e.getKey());
            // Unchanged pages are the same array in both sites: most comparisons stop at the identity check.
            if (old == e.getValue() || java.util.Arrays.equals(old, e.getValue())) continue;
            changed.put(e.getKey(), e.getValue());
            if (old == null) added++;
        }
        List<String> removed = new ArrayList<>();
        // Every file of now will be in the copy: it has more only when files were removed.
        if (whole && copied.size() + added != now.size()) {
            for (String path : copied.keySet()) if (!now.containsKey(path)) removed.add(path);
        }
        writer.update(out, changed, removed);
        copied.putAll(changed);
        removed.forEach(copied::remove);
    }
}
