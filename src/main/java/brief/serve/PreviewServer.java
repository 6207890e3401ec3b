package brief.serve;

import brief.diag.ExitCode;
import brief.diag.BriefException;
import brief.diag.Diagnostic;
import brief.diag.Severity;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
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
    /**
     * How to serve: {@code out} (may be null) receives a copy of each good build on disk; {@code allowHosts}
     * are the names answered besides localhost, loopback and the bound address (see {@link HostCheck}).
     */
    public record Options(Path root, String bind, int port, boolean drafts, Path out, boolean watch,
                          List<String> allowHosts, Limits limits) {
        public Options {
            allowHosts = List.copyOf(allowHosts);
            for (String h : allowHosts) {
                if (!HostCheck.isValidOption(h)) throw new BriefException("--allow-host '" + h + "' is not a host name;"
                        + " give a name such as preview.example.test (or .example.test for a whole domain), without http:// or a port", ExitCode.USAGE);
            }
        }

        public Options(Path root, String bind, int port, boolean drafts, Path out, boolean watch) {
            this(root, bind, port, drafts, out, watch, List.of(), Limits.DEFAULT);
        }
    }

    /**
     * The bounds of the preview: the time to send a request line and headers; the time a connection may stay
     * idle (the event stream pings every 15 s); the bytes of a request line and headers; open connections per
     * client address; events queued for one event-stream client before it is dropped; diagnostics and
     * characters the error overlay holds.
     */
    public record Limits(int requestMillis, int idleMillis, int headerBytes, int connectionsPerClient, int eventQueue,
                         int overlayErrors, int overlayChars) {
        public static final Limits DEFAULT = new Limits(10_000, 60_000, 64 * 1024, 512, 64, 50, 64 * 1024);
    }

    /** What the server serves now: the last good site (null before the first one) and the current errors. */
    private record State(IncrementalBuilder.Site site, List<String> errors) {}

    private static final long DEBOUNCE_MS = 20;
    private static final int WARM_UPS = 25;

    private final Options options;
    private final PrintStream console;
    private final IncrementalBuilder builder;
    private final EventHub hub;
    private final HostCheck hosts;
    private final AtomicReference<State> state = new AtomicReference<>(new State(null, List.of()));
    private final ScheduledExecutorService rebuilds = Executors.newSingleThreadScheduledExecutor(named("brief-rebuild"));
    private final Set<Path> pending = new LinkedHashSet<>();
    /** The file watching, when asked for. */
    private SourceWatcher watcher;
    /** The copy on disk, for tools that want files; null without --out. */
    private final PreviewCopy copy;
    private ScheduledFuture<?> scheduled;
    private HttpListener http;
    /** The pages the browser asked for last: after an edit they are rendered first, before the reload. */
    private final RecentPages viewed = new RecentPages(32);
    /** The warnings panel, /_changes/ and /_review/. */
    private final Reviewer reviewer;

    private PreviewServer(Options options, PrintStream console) {
        this.options = options;
        this.console = console;
        this.builder = new IncrementalBuilder(options.root(), options.drafts());
        this.hub = new EventHub(options.limits().eventQueue());
        this.hosts = new HostCheck(options.bind(), options.allowHosts());
        this.reviewer = new Reviewer(options.root());
        this.copy = options.out() == null ? null : new PreviewCopy(options.root(), options.out(), console);
    }

    /** Builds the site, starts serving it and (when asked) watching the sources. */
    public static PreviewServer start(Options options, PrintStream console) {
        PreviewServer s = new PreviewServer(options, console);
        try {
            s.rebuildNow(null);
            s.http = HttpListener.start(options.bind(), options.port(), options.limits(), s::handle);
        } catch (java.net.BindException e) {
            s.close();
            throw new BriefException("cannot listen on " + options.bind() + ":" + options.port() + " (" + e.getMessage()
                    + "); pass another --port, or --port 0 for any free port", ExitCode.USAGE);
        } catch (IOException | IllegalArgumentException e) {
            s.close();
            throw new BriefException("cannot start the preview server on " + options.bind() + ":" + options.port()
                    + ": " + e.getMessage(), ExitCode.IO);
        }
        s.rebuilds.scheduleAtFixedRate(s.hub::ping, 15, 15, TimeUnit.SECONDS);
        if (options.watch()) {
            s.watcher = SourceWatcher.start(options.root(), s::changed, console);
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
        return http.port();
    }

    /** The event-stream clients (for tests that send events without a rebuild). */
    EventHub events() {
        return hub;
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
                    if (copy != null) copy.update(early.files());
                }
            });
        } catch (RuntimeException e) {
            // A bug must not stop the preview: report it like a build error and keep the last good site.
            Diagnostic d = new Diagnostic(Severity.ERROR, brief.diag.SourcePos.of(Path.of(".")),
                    e instanceof BriefException ? e.getMessage()
                            : "internal error while rebuilding (a bug in brief; please report it with the edit that caused it)",
                    null, null);
            if (System.getenv("BRIEF_DEBUG") != null) e.printStackTrace();
            o = new IncrementalBuilder.Outcome(false, 0, 0, 0, List.of(d), false, builder.current(), Map.of(), List.of(), 0);
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
            if (copy != null) copy.update(o.site().files());
        } else {
            List<String> all = o.errors().stream().map(Diagnostic::format).toList();
            List<String> errors = LiveReload.cap(all, options.limits().overlayErrors(), options.limits().overlayChars());
            State now = new State(state.get().site(), errors);
            state.set(now);
            for (Diagnostic d : o.diagnostics()) if (d.severity() != Severity.NOTE) console.println(d.format());
            console.printf(Locale.ROOT, "build failed with %d error(s) in %d ms%s; %s%n", all.size(), o.millis(), what,
                    now.site() == null ? "nothing to serve until it builds" : "still serving the last good site");
            hub.broadcast(errorEvent(now));
        }
        return o;
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

    /**
     * On an I/O thread: the refusals that need no work (a name or origin that is not this preview's, a method
     * other than GET and HEAD) and the event stream are answered here; everything else on a worker thread.
     */
    private void handle(HttpServerExchange ex) {
        if (ex.isHostIncludedInRequestURI()) {
            // "GET http://other/ HTTP/1.1" is for proxies; browsers never send it to a server like this one.
            text(ex, 400, "400 bad request: absolute request targets are not served\n", false);
            return;
        }
        String host = ex.getRequestHeaders().getFirst(Headers.HOST);
        if (!hosts.allowsHost(host)) {
            refuse(ex, PreviewPages.refusedHost(host == null ? "" : host, options.bind(), hosts.given()));
            return;
        }
        String origin = ex.getRequestHeaders().getFirst(Headers.ORIGIN);
        if (!hosts.allowsOrigin(origin)) {
            refuse(ex, PreviewPages.refusedOrigin(origin, options.bind(), hosts.given()));
            return;
        }
        boolean head = ex.getRequestMethod().equals(Methods.HEAD);
        if (!head && !ex.getRequestMethod().equals(Methods.GET)) {
            ex.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
            text(ex, 405, "405 method not allowed: only GET and HEAD\n", false);
            return;
        }
        String raw = ex.getRequestURI();
        if (raw.indexOf('\\') >= 0) {
            text(ex, 400, "400 bad request: a backslash is not allowed in a URL path\n", head);
            return;
        }
        Optional<String> parsed = RequestPaths.parse(raw);
        if (parsed.isPresent() && parsed.get().equals(LiveReload.EVENTS)) {
            if (head) {
                send(ex, 200, "text/event-stream; charset=utf-8", new byte[0], true);
                return;
            }
            State st = state.get();
            String greeting = EventHub.event("hello", st.site() == null ? "0" : Long.toString(st.site().version()))
                    + (st.errors().isEmpty() ? "" : errorEvent(st));
            // Dispatched, so that the exchange stays open when this returns: the hub owns it now.
            ex.dispatch(ex.getIoThread(), () -> hub.open(ex, greeting));
            return;
        }
        ex.dispatch(e -> serve(e, parsed, head));
    }

    private static String errorEvent(State st) {
        return EventHub.event("error", LiveReload.errorData(st.errors(), st.site() != null));
    }

    private void refuse(HttpServerExchange ex, String page) {
        send(ex, 403, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), false);
    }

    /** On a worker thread: a page of the site or of the preview. */
    private void serve(HttpServerExchange ex, Optional<String> parsed, boolean head) {
        try {
            State st = state.get();
            if (parsed.isEmpty()) {
                notFound(ex, st, "", head);
                return;
            }
            String path = parsed.get();
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
        } catch (RuntimeException e) {
            // A bug in a preview page must not leave the browser waiting.
            console.println("internal error answering " + ex.getRequestURI() + ": " + e);
            if (!ex.isResponseStarted()) text(ex, 500, "500 internal error (see the terminal)\n", false);
            else ex.endExchange();
        }
    }

    /** The site's own 404 page, in the language of the path when it has one. */
    private void notFound(HttpServerExchange ex, State st, String rel, boolean head) {
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
        text(ex, 404, "404 not found\n", head);
    }

    private void html(HttpServerExchange ex, int status, byte[] page, State st, boolean head) {
        long version = st.site() == null ? 0 : st.site().version();
        send(ex, status, "text/html; charset=utf-8", LiveReload.inject(page, version, st.errors(), st.site() != null), head);
    }

    private static void redirect(HttpServerExchange ex, String to, boolean head) {
        ex.getResponseHeaders().put(Headers.LOCATION, to);
        text(ex, 302, "see " + to + "\n", head);
    }

    private static void text(HttpServerExchange ex, int status, String body, boolean head) {
        send(ex, status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), head);
    }

    /**
     * Sends a whole response without blocking. No CORS header is ever sent, and Cross-Origin-Resource-Policy
     * keeps other sites' pages from even embedding what the preview serves.
     */
    private static void send(HttpServerExchange ex, int status, String type, byte[] body, boolean head) {
        ex.setStatusCode(status);
        ex.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
        ex.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        ex.getResponseHeaders().put(NOSNIFF, "nosniff");
        ex.getResponseHeaders().put(CORP, "same-origin");
        ex.getResponseHeaders().put(Headers.CONTENT_LENGTH, body.length);
        if (head || body.length == 0) ex.endExchange();
        else ex.getResponseSender().send(ByteBuffer.wrap(body));
    }

    private static final HttpString NOSNIFF = new HttpString("X-Content-Type-Options");
    private static final HttpString CORP = new HttpString("Cross-Origin-Resource-Policy");

    @Override
    public void close() {
        if (watcher != null) watcher.close();
        hub.close();
        if (http != null) http.close();
        rebuilds.shutdownNow();
    }

    static ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
