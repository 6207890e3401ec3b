package brief.serve;

import brief.diag.BriefException;
import brief.diag.Code;
import brief.diag.Diagnostic;
import brief.diag.Severity;
import brief.diag.SourcePos;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The preview's rebuild thread: gathers the edits the watcher reports, rebuilds once they stop, swaps what is
 * served, tells browsers to reload or to show the errors, keeps the copy on disk in step, and says on the
 * console what each rebuild did. Everything that changes what is served runs on its one thread.
 */
final class PreviewRebuilds implements AutoCloseable {
    private static final long DEBOUNCE_MS = 20;
    private static final int WARM_UPS = 25;

    private final IncrementalBuilder builder;
    private final EventHub hub;
    /** The copy on disk, for tools that want files; null without --out. */
    private final PreviewCopy copy;
    private final PreviewServer.Limits limits;
    private final PrintStream console;
    private final AtomicReference<Served> served = new AtomicReference<>(Served.NOTHING);
    /** The pages the browser asked for last: after an edit they are rendered first, before the reload. */
    private final RecentPages viewed = new RecentPages(32);
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(PreviewServer.named("brief-rebuild"));
    private final Set<Path> pending = new LinkedHashSet<>();
    private ScheduledFuture<?> scheduled;

    PreviewRebuilds(IncrementalBuilder builder, EventHub hub, PreviewCopy copy, PreviewServer.Limits limits,
                    PrintStream console) {
        this.builder = builder;
        this.hub = hub;
        this.copy = copy;
        this.limits = limits;
        this.console = console;
        thread.scheduleAtFixedRate(hub::ping, 15, 15, TimeUnit.SECONDS);
    }

    /** What is served now. */
    Served served() {
        return served.get();
    }

    /** The pages requested lately (request threads add to it). */
    RecentPages viewed() {
        return viewed;
    }

    /** Rebuilds after these sources changed (relative paths; null: everything), on the rebuild thread; waits. */
    IncrementalBuilder.Outcome rebuild(Set<Path> changed) {
        try {
            return thread.submit(() -> rebuildNow(changed)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * See {@link IncrementalBuilder#warmUp}: on the rebuild thread, until the JIT has seen the short way often
     * enough to compile it (5 runs left the first edit at 10,000 articles 40 ms slower than the next ones), or
     * until an edit arrives: it waits for one run at most.
     */
    void warmUpInBackground() {
        thread.execute(() -> {
            try {
                for (int i = 0; i < WARM_UPS && !editPending(); i++) builder.warmUp();
            } catch (RuntimeException e) {
                // Only a warm-up: the next real rebuild reports whatever is wrong.
            }
        });
    }

    /**
     * The change "anything may have changed" (the watcher's null: content/ or themes/ replaced by a checkout, or
     * events lost). The empty path is outside every source folder, so it counts as {@code Change.Everything}: all
     * is read and rendered again. Reported as an edit of site.yaml, it reloaded the files but rendered only the
     * pages whose inputs differed from the last build's by value, so a template edited while the watcher took in
     * the recreated themes/ folder was read, compiled, and never rendered.
     */
    static final Path EVERYTHING = Path.of("");

    /** Collects changes and rebuilds once they stop for {@value #DEBOUNCE_MS} ms (editors save in several steps). */
    synchronized void changed(Path rel) {
        pending.add(rel == null ? EVERYTHING : rel);
        if (scheduled != null) scheduled.cancel(false);
        scheduled = thread.schedule(this::flush, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
    }

    private synchronized boolean editPending() {
        return !pending.isEmpty();
    }

    private void flush() {
        Set<Path> batch;
        synchronized (this) {
            batch = new TreeSet<>(pending);
            pending.clear();
        }
        if (!batch.isEmpty()) rebuildNow(batch);
    }

    private IncrementalBuilder.Outcome rebuildNow(Set<Path> changed) {
        boolean hadErrors = !served.get().errors().isEmpty();
        EarlyReload early = new EarlyReload(hadErrors);
        IncrementalBuilder.Outcome o = buildReportingBugs(changed, early);
        if (o.ok()) succeeded(o, changed, early, hadErrors);
        else failed(o, changed);
        return o;
    }

    /**
     * Shows the pages an edit rendered first, before the search index is remade: that is what the browser
     * shows. Remembers when (for the console) and which version it sent.
     */
    private final class EarlyReload implements Consumer<IncrementalBuilder.Site> {
        private final long t0 = System.nanoTime();
        private final boolean hadErrors;
        long shownAfterMillis = -1;
        long sentVersion = -1;

        EarlyReload(boolean hadErrors) {
            this.hadErrors = hadErrors;
        }

        @Override
        public void accept(IncrementalBuilder.Site early) {
            long before = served.get().site() == null ? -1 : served.get().site().version();
            served.set(new Served(early, List.of()));
            if (early.version() != before || hadErrors) {
                hub.broadcast(EventHub.event("reload", Long.toString(early.version())));
                shownAfterMillis = (System.nanoTime() - t0) / 1_000_000;
                sentVersion = early.version();
                // The copy on disk follows what is served: the edited pages now, the rest after the rebuild.
                if (copy != null) copy.update(early.files());
            }
        }
    }

    private IncrementalBuilder.Outcome buildReportingBugs(Set<Path> changed, EarlyReload early) {
        try {
            return builder.build(changed, viewed.pages(), early);
        } catch (RuntimeException e) {
            // A bug must not stop the preview: report it like a build error and keep the last good site.
            String message = e instanceof BriefException ? e.getMessage()
                    : "internal error while rebuilding (a bug in brief; please report it with the edit that caused it)";
            Diagnostic d = new Diagnostic(Severity.ERROR, SourcePos.of(Path.of(".")), message, null, null, message,
                    Code.INTERNAL_ERROR);
            if (System.getenv("BRIEF_DEBUG") != null) e.printStackTrace();
            return new IncrementalBuilder.Outcome(false, 0, 0, 0, List.of(d), false, builder.current(), Map.of(), List.of(), 0);
        }
    }

    private void succeeded(IncrementalBuilder.Outcome o, Set<Path> changed, EarlyReload early, boolean hadErrors) {
        served.set(new Served(o.site(), List.of()));
        boolean again = early.sentVersion >= 0 && o.site().version() != early.sentVersion;
        long warnings = o.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        String warned = warnings > 0 ? " (" + warnings + " warnings)" : "";
        if (changed == null) {
            for (Diagnostic d : o.diagnostics()) if (d.severity() == Severity.WARNING) console.println(d.format());
            console.printf(Locale.ROOT, "built %d files in %d ms%s%n", o.total(), o.millis(), warned);
        } else {
            console.printf(Locale.ROOT, "rebuilt %d pages in %d ms%s%s%s%n", o.rendered(), o.millis(),
                    early.shownAfterMillis < 0 ? "" : " (reload sent after " + early.shownAfterMillis + " ms"
                            + (again ? ", again at the end: other pages changed too" : "") + ")", changedList(changed),
                    warned);
        }
        // Again when the other pages, remade after the early reload, changed too (a new version).
        if ((o.changed() || hadErrors) && early.shownAfterMillis < 0 || again) {
            hub.broadcast(EventHub.event("reload", Long.toString(o.site().version())));
        }
        if (copy != null) copy.update(o.site().files());
    }

    private void failed(IncrementalBuilder.Outcome o, Set<Path> changed) {
        List<String> all = o.errors().stream().map(Diagnostic::format).toList();
        Served now = new Served(served.get().site(), LiveReload.cap(all, limits.overlayErrors(), limits.overlayChars()));
        served.set(now);
        for (Diagnostic d : o.diagnostics()) if (d.severity() != Severity.NOTE) console.println(d.format());
        console.printf(Locale.ROOT, "build failed with %d error(s) in %d ms%s; %s%n", all.size(), o.millis(),
                changedList(changed), now.site() == null ? "nothing to serve until it builds" : "still serving the last good site");
        hub.broadcast(now.errorEvent());
    }

    private static String changedList(Set<Path> changed) {
        if (changed == null) return "";
        if (changed.contains(EVERYTHING)) return " (content/ or themes/ was replaced: everything read again)";
        return " (changed: " + String.join(", ", changed.stream()
                .map(p -> p.toString().replace('\\', '/')).toList()) + ")";
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
