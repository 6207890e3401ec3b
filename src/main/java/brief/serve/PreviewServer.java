package brief.serve;

import brief.build.OutputGuard;
import brief.build.OutputWriter;
import brief.diag.BriefException;
import brief.diag.Diagnostic;
import brief.diag.Severity;
import brief.render.RenderedPage;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The preview server of {@code brief serve}. Serves the last good build from memory, rebuilds on one thread
 * when sources change, and tells browsers over Server-Sent Events. Only GET and HEAD; paths go through
 * {@link RequestPaths}; lookups are in the in-memory site, so no request can reach a file outside it.
 */
public final class PreviewServer implements AutoCloseable {
    /** How to serve: {@code out} (may be null) receives a copy of each good build on disk. */
    public record Options(Path root, String bind, int port, boolean drafts, Path out, boolean watch) {}

    /** What the server serves now: the last good site (null before the first one) and the current errors. */
    private record State(IncrementalBuilder.Site site, List<String> errors) {}

    private static final long DEBOUNCE_MS = 20;
    private static final int WARM_UPS = 25;

    private final Options options;
    private final PrintStream console;
    private final IncrementalBuilder builder;
    private final EventHub hub = new EventHub();
    private final AtomicReference<State> state = new AtomicReference<>(new State(null, List.of()));
    private final ScheduledExecutorService rebuilds = Executors.newSingleThreadScheduledExecutor(named("brief-rebuild"));
    private final ExecutorService requests = Executors.newFixedThreadPool(16, named("brief-http"));
    private final ExecutorService watching = Executors.newSingleThreadExecutor(named("brief-watch"));
    private final Set<Path> pending = new LinkedHashSet<>();
    private final OutputWriter writer = new OutputWriter();
    /** The files the on-disk copy holds (the last site written), or null: write it whole next time. */
    /** The files of the copy on disk (ours to change), and the site they were last written from. */
    private Map<String, byte[]> copied;
    private Map<String, byte[]> copiedFrom;
    private ScheduledFuture<?> scheduled;
    private HttpServer http;
    private DirectoryWatcher watcher;
    /** The pages the browser asked for last: after an edit they are rendered first, before the reload. */
    private final RecentPages viewed = new RecentPages(32);
    /** The warnings panel, /_changes/ and /_review/. */
    private final Reviewer reviewer;

    private PreviewServer(Options options, PrintStream console) {
        this.options = options;
        this.console = console;
        this.builder = new IncrementalBuilder(options.root(), options.drafts());
        this.reviewer = new Reviewer(options.root());
    }

    /** Builds the site, starts serving it and (when asked) watching the sources. */
    public static PreviewServer start(Options options, PrintStream console) {
        PreviewServer s = new PreviewServer(options, console);
        try {
            s.rebuildNow(null);
            s.http = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 1024);
        } catch (java.net.BindException e) {
            s.close();
            throw new BriefException("cannot listen on " + options.bind() + ":" + options.port() + " (" + e.getMessage()
                    + "); pass another --port, or --port 0 for any free port", 2);
        } catch (IOException e) {
            s.close();
            throw new BriefException("cannot start the preview server: " + e.getMessage(), 3);
        }
        s.http.createContext("/", s::handle);
        s.http.setExecutor(s.requests);
        s.http.start();
        s.rebuilds.scheduleAtFixedRate(s.hub::ping, 15, 15, TimeUnit.SECONDS);
        if (options.watch()) {
            s.watch();
            s.rebuilds.execute(s::warmUp);
        }
        return s;
    }

    /**
     * See {@link IncrementalBuilder#warmUp}: on the rebuild thread, until the JIT has seen the short way often
     * enough to compile it (5 runs left the first edit at 10,000 articles 40 ms slower than the next ones), or
     * until an edit arrives: it waits for one run at most.
     */
    private void warmUp() {
        try {
            for (int i = 0; i < WARM_UPS && !editPending(); i++) builder.warmUp();
        } catch (RuntimeException e) {
            // Only a warm-up: the next real rebuild reports whatever is wrong.
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The address of the site's home, for people. */
    public String url() {
        String host = options.bind().equals("0.0.0.0") || options.bind().equals("::") ? "localhost"
                : options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
        State s = state.get();
        String base = s.site() == null ? "/" : s.site().model().urls().root();
        return "http://" + host + ":" + port() + base;
    }

    /** The site being served now (without the live-reload script), or empty before the first good build. */
    public Optional<IncrementalBuilder.Site> site() {
        return Optional.ofNullable(state.get().site());
    }

    /** Rebuilds after these sources changed (relative paths; null: everything), on the rebuild thread. */
    public IncrementalBuilder.Outcome rebuild(Set<Path> changed) {
        try {
            return rebuilds.submit(() -> rebuildNow(changed)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private IncrementalBuilder.Outcome rebuildNow(Set<Path> changed) {
        boolean hadErrors = !state.get().errors().isEmpty();
        long t0 = System.nanoTime();
        long[] shownAfter = {-1};
        long[] sentVersion = {-1};
        IncrementalBuilder.Outcome o;
        try {
            o = builder.build(changed, viewed.pages(), early -> {
                // The new pages go out before the search index is remade: that is what the browser shows.
                long before = state.get().site() == null ? -1 : state.get().site().version();
                state.set(new State(early, List.of()));
                if (early.version() != before || hadErrors) {
                    hub.broadcast(EventHub.event("reload", Long.toString(early.version())));
                    shownAfter[0] = (System.nanoTime() - t0) / 1_000_000;
                    sentVersion[0] = early.version();
                    // The copy on disk follows what is served: the edited pages now, the rest after the rebuild.
                    writeCopy(early);
                }
            });
        } catch (RuntimeException e) {
            // A bug must not stop the preview: report it like a build error and keep the last good site.
            Diagnostic d = new Diagnostic(Severity.ERROR, brief.diag.SourcePos.of(Path.of(".")),
                    "internal error while rebuilding: " + e, null, null);
            o = new IncrementalBuilder.Outcome(false, 0, 0, 0, List.of(d), false, builder.current(), Map.of());
        }
        String what = changed == null ? "" : " (changed: " + String.join(", ", changed.stream()
                .map(p -> p.toString().replace('\\', '/')).toList()) + ")";
        long warnings = o.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        if (o.ok()) {
            state.set(new State(o.site(), List.of()));
            boolean again = sentVersion[0] >= 0 && o.site().version() != sentVersion[0];
            if (changed == null) {
                for (Diagnostic d : o.diagnostics()) if (d.severity() == Severity.WARNING) console.println(d.format());
                console.printf(Locale.ROOT, "built %d files in %d ms%s%n", o.total(), o.millis(),
                        warnings > 0 ? " (" + warnings + " warnings)" : "");
            } else {
                console.printf(Locale.ROOT, "rebuilt %d pages in %d ms%s%s%s%n", o.rendered(), o.millis(),
                        shownAfter[0] < 0 ? "" : " (reload sent after " + shownAfter[0] + " ms"
                                + (again ? ", again at the end: other pages changed too" : "") + ")", what,
                        warnings > 0 ? " (" + warnings + " warnings)" : "");
            }
            // Again when the other pages, remade after the early reload, changed too (a new version).
            if ((o.changed() || hadErrors) && shownAfter[0] < 0 || again) {
                hub.broadcast(EventHub.event("reload", Long.toString(o.site().version())));
            }
            writeCopy(o.site());
        } else {
            List<String> errors = o.errors().stream().map(Diagnostic::format).toList();
            state.set(new State(state.get().site(), errors));
            for (Diagnostic d : o.diagnostics()) if (d.severity() != Severity.NOTE) console.println(d.format());
            console.printf(Locale.ROOT, "build failed with %d error(s) in %d ms%s; still serving the last good site%n",
                    errors.size(), o.millis(), what);
            hub.broadcast(EventHub.event("error", Json.strings(errors)));
        }
        return o;
    }

    /**
     * Keeps a copy of the preview on disk for tools that want files; never the published folder. The first
     * copy is a full write; after that only the files whose bytes changed are written (each atomically) and
     * removed files deleted: hashing and re-linking 24,000 files after every edit took seconds at 10,000 articles.
     */
    private void writeCopy(IncrementalBuilder.Site site) {
        if (options.out() == null) return;
        try {
            OutputGuard.check(options.root(), options.out());
            if (copied == null) {
                List<RenderedPage> pages = new ArrayList<>();
                site.files().forEach((p, b) -> pages.add(new RenderedPage(p, b)));
                writer.write(pages, options.out());
                copied = new java.util.HashMap<>(site.files());
            } else if (site.files() instanceof Overlay early && early.base() == copiedFrom) {
                // The last site with a few pages replaced: those are all that can differ.
                writeChanged(copied, early.replaced(), options.out(), false);
            } else {
                writeChanged(copied, site.files(), options.out(), true);
            }
            copiedFrom = site.files();
        } catch (BriefException e) {
            copied = null;
            copiedFrom = null;
            console.println("warning: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            copied = null;
            copiedFrom = null;
            console.println("warning: cannot update the copy in " + options.out() + ": " + e.getMessage());
        }
    }

    /**
     * Writes the files of {@code now} that differ from the copy on disk, whose files {@code copy} holds, and,
     * when {@code now} is the whole site, deletes the files it no longer has; {@code copy} then equals what is
     * on disk. The copy is a hash map: 24,000 lookups in a tree of paths took tens of milliseconds per edit.
     */
    private static void writeChanged(Map<String, byte[]> copy, Map<String, byte[]> now, Path out, boolean whole)
            throws IOException {
        Path dir = out.toAbsolutePath().normalize();
        boolean any = false;
        for (var e : now.entrySet()) {
            byte[] old = copy.get(e.getKey());
            // Unchanged pages are the same array in both sites: most comparisons stop at the identity check.
            if (old == e.getValue() || java.util.Arrays.equals(old, e.getValue())) continue;
            if (!any) dropManifest(dir);
            any = true;
            Path dest = inside(dir, e.getKey());
            Files.createDirectories(dest.getParent());
            Path tmp = dest.resolveSibling(dest.getFileName() + ".brief-tmp");
            Files.write(tmp, e.getValue());
            Files.move(tmp, dest, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            copy.put(e.getKey(), e.getValue());
        }
        // Every file of now is in the copy: it has more only when files were removed.
        if (!whole || copy.size() == now.size()) return;
        for (var it = copy.keySet().iterator(); it.hasNext(); ) {
            String path = it.next();
            if (now.containsKey(path)) continue;
            if (!any) dropManifest(dir);
            any = true;
            Files.deleteIfExists(inside(dir, path));
            it.remove();
        }
    }

    /**
     * The copy's marker lists each file's hash for the next full write, which skips files that match: once
     * files are written one by one it would be stale, so it is emptied (a marker with no hashes: the next
     * full write writes every file, and the output guard still knows the folder as brief's).
     */
    private static void dropManifest(Path dir) throws IOException {
        Files.writeString(dir.resolve(OutputWriter.MARKER), "# brief serve: updated file by file\n", StandardCharsets.UTF_8);
    }

    private static Path inside(Path dir, String rel) {
        Path p = dir.resolve(rel).normalize();
        if (!p.startsWith(dir) || p.equals(dir)) throw new IllegalStateException("output path outside the copy: " + rel);
        return p;
    }

    private void watch() {
        List<Path> dirs = new ArrayList<>();
        for (String d : List.of("content", "themes")) {
            Path p = options.root().resolve(d);
            if (Files.isDirectory(p)) dirs.add(p);
        }
        try {
            watcher = DirectoryWatcher.builder().paths(dirs).fileHashing(false).listener(this::onEvent).build();
        } catch (IOException e) {
            throw new BriefException("cannot watch " + dirs + ": " + e.getMessage(), 3);
        }
        watcher.watchAsync(watching);
    }

    private void onEvent(DirectoryChangeEvent e) {
        if (e.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || e.path() == null) {
            changed(null);
            return;
        }
        Path rel = options.root().relativize(e.path());
        String name = rel.getFileName() == null ? "" : rel.getFileName().toString();
        // Editors' swap and backup files are not sources.
        if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.contains("___jb_")) return;
        if (e.isDirectory() && e.eventType() == DirectoryChangeEvent.EventType.MODIFY) return;
        changed(rel);
    }

    /** Collects changes and rebuilds once they stop for {@value #DEBOUNCE_MS} ms (editors save in several steps). */
    private synchronized void changed(Path rel) {
        if (rel == null) pending.add(Path.of("content", "site.yaml"));
        else pending.add(rel);
        if (scheduled != null) scheduled.cancel(false);
        scheduled = rebuilds.schedule(this::flush, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
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

    // ---- HTTP ----

    private void handle(HttpExchange ex) {
        boolean keepOpen = false;
        try {
            String method = ex.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", "405 method not allowed: only GET and HEAD\n".getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            State st = state.get();
            Optional<String> parsed = RequestPaths.parse(ex.getRequestURI().getRawPath());
            if (parsed.isEmpty()) {
                notFound(ex, st, "", head);
                return;
            }
            String path = parsed.get();
            if (path.equals(LiveReload.EVENTS)) {
                if (head) {
                    send(ex, 200, "text/event-stream; charset=utf-8", new byte[0], true);
                    return;
                }
                String greeting = EventHub.event("hello", st.site() == null ? "0" : Long.toString(st.site().version()))
                        + (st.errors().isEmpty() ? "" : EventHub.event("error", Json.strings(st.errors())));
                hub.open(ex, greeting);
                // The stream stays open after this handler returns; the hub owns it now.
                keepOpen = true;
                return;
            }
            if (st.site() == null) {
                html(ex, 503, PreviewPages.esc("brief: the site has not built yet; fix the errors shown and save.")
                        .getBytes(StandardCharsets.UTF_8), st, head);
                return;
            }
            if (path.equals("/_changes") || path.startsWith("/_review") && !path.endsWith("/")) {
                redirect(ex, path + "/", head);
                return;
            }
            if (path.equals("/_changes/")) {
                html(ex, 200, reviewer.changes(st.site()).getBytes(StandardCharsets.UTF_8), st, head);
                return;
            }
            if (path.startsWith("/_review/")) {
                Optional<String> page = reviewer.review(st.site(), path.substring("/_review/".length()));
                if (page.isPresent()) html(ex, 200, page.get().getBytes(StandardCharsets.UTF_8), st, head);
                else notFound(ex, st, "", head);
                return;
            }
            String base = st.site().model().urls().root();
            if (path.equals("/") && !base.equals("/")) {
                redirect(ex, base, head);
                return;
            }
            if (!path.startsWith(base)) {
                if ((path + "/").equals(base)) redirect(ex, base, head);
                else notFound(ex, st, "", head);
                return;
            }
            String rel = path.substring(base.length());
            String file = rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
            byte[] body = st.site().files().get(file);
            if (body == null && st.site().files().containsKey(rel + "/index.html")) {
                redirect(ex, path + "/", head);
                return;
            }
            if (body == null) {
                notFound(ex, st, rel, head);
                return;
            }
            String type = RequestPaths.contentType(file);
            if (file.endsWith(".html")) {
                viewed.add(file);
                html(ex, 200, reviewer.annotate(st.site(), file, body), st, head);
            } else {
                send(ex, 200, type, body, head);
            }
        } catch (IOException e) {
            // The browser went away mid-response; nothing to answer.
        } catch (RuntimeException e) {
            // A bug in a preview page must not leave the browser waiting or kill the worker thread.
            console.println("internal error answering " + ex.getRequestURI() + ": " + e);
            try {
                send(ex, 500, "text/plain; charset=utf-8", "500 internal error (see the terminal)\n".getBytes(StandardCharsets.UTF_8), false);
            } catch (IOException | RuntimeException ignored) {
                // Headers may already be out; the connection is closed below.
            }
        } finally {
            if (!keepOpen) ex.close();
        }
    }

    /** The site's own 404 page, in the language of the path when it has one. */
    private void notFound(HttpExchange ex, State st, String rel, boolean head) throws IOException {
        if (st.site() != null) {
            int slash = rel.indexOf('/');
            String lang = slash < 0 ? "" : rel.substring(0, slash);
            byte[] page = st.site().model().languages().stream().anyMatch(l -> l.code().equals(lang))
                    ? st.site().files().get(lang + "/404.html") : null;
            if (page == null) page = st.site().files().get("404.html");
            if (page != null) {
                html(ex, 404, page, st, head);
                return;
            }
        }
        send(ex, 404, "text/plain; charset=utf-8", "404 not found\n".getBytes(StandardCharsets.UTF_8), head);
    }

    private void html(HttpExchange ex, int status, byte[] page, State st, boolean head) throws IOException {
        long version = st.site() == null ? 0 : st.site().version();
        send(ex, status, "text/html; charset=utf-8", LiveReload.inject(page, version, st.errors()), head);
    }

    private static void redirect(HttpExchange ex, String to, boolean head) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        send(ex, 302, "text/plain; charset=utf-8", ("see " + to + "\n").getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, boolean head) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (head) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        try {
            if (watcher != null) watcher.close();
        } catch (IOException e) {
            // Closing on the way out: nothing useful to do.
        }
        hub.close();
        if (http != null) http.stop(0);
        rebuilds.shutdownNow();
        requests.shutdownNow();
        watching.shutdownNow();
    }

    private static ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
