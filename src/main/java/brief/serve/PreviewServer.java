package brief.serve;

import brief.diag.BriefException;
import brief.diag.ExitCode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The preview server of {@code brief serve}, put together from its parts: {@link HttpListener} takes the
 * connections, {@link PreviewRequests} answers them from what is served now, {@link PreviewRebuilds} rebuilds on
 * one thread when {@link SourceWatcher} sees sources change and tells browsers over Server-Sent Events
 * ({@link EventHub}), and {@link PreviewCopy} keeps the copy on disk.
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

    private final Options options;
    private final EventHub hub;
    private final PreviewRebuilds rebuilds;
    /** The file watching, when asked for. */
    private SourceWatcher watcher;
    private HttpListener http;

    private PreviewServer(Options options, PrintStream console) {
        this.options = options;
        this.hub = new EventHub(options.limits().eventQueue());
        PreviewCopy copy = options.out() == null ? null : new PreviewCopy(options.root(), options.out(), console);
        this.rebuilds = new PreviewRebuilds(new IncrementalBuilder(options.root(), options.drafts()), hub, copy,
                options.limits(), console);
    }

    /** Builds the site, starts serving it and (when asked) watching the sources. */
    public static PreviewServer start(Options options, PrintStream console) {
        PreviewServer s = new PreviewServer(options, console);
        PreviewRequests requests = new PreviewRequests(new HostCheck(options.bind(), options.allowHosts()),
                options.bind(), s.rebuilds::served, s.hub, new Reviewer(options.root()), s.rebuilds.viewed(), console);
        try {
            s.rebuilds.rebuild(null);
            s.http = HttpListener.start(options.bind(), options.port(), options.limits(), requests::handle);
        } catch (java.net.BindException e) {
            s.close();
            throw new BriefException("cannot listen on " + options.bind() + ":" + options.port() + " (" + e.getMessage()
                    + "); pass another --port, or --port 0 for any free port", ExitCode.USAGE);
        } catch (IOException | IllegalArgumentException e) {
            s.close();
            throw new BriefException("cannot start the preview server on " + options.bind() + ":" + options.port()
                    + ": " + e.getMessage(), ExitCode.IO);
        }
        if (options.watch()) {
            s.watcher = SourceWatcher.start(options.root(), s.rebuilds::changed, console);
            s.rebuilds.warmUpInBackground();
        }
        return s;
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
        Served s = rebuilds.served();
        String base = s.site() == null ? "/" : s.site().model().urls().root();
        return "http://" + host + ":" + port() + base;
    }

    /** The site being served now (without the live-reload script), or empty before the first good build. */
    public Optional<IncrementalBuilder.Site> site() {
        return Optional.ofNullable(rebuilds.served().site());
    }

    /** Rebuilds after these sources changed (relative paths; null: everything), on the rebuild thread. */
    public IncrementalBuilder.Outcome rebuild(Set<Path> changed) {
        return rebuilds.rebuild(changed);
    }

    @Override
    public void close() {
        if (watcher != null) watcher.close();
        hub.close();
        if (http != null) http.close();
        rebuilds.close();
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
