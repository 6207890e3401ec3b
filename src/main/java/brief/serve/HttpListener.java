package brief.serve;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.protocol.http.HttpOpenListener;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.xnio.ChannelListener;
import org.xnio.ChannelListeners;
import org.xnio.IoUtils;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.StreamConnection;
import org.xnio.Xnio;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;

/**
 * The preview's HTTP listener: Undertow's HTTP/1.1 connector, assembled by hand so that a client over its
 * connection limit is turned away before its first byte. Undertow reads requests without blocking, so a
 * connection that sends half a request holds no thread; it is closed when the request line and headers are
 * not complete within {@link PreviewServer.Limits#requestMillis}. (The JDK's server gives each such connection a thread
 * with no read timeout; Jetty 12 would clash with the Jetty 11 that the HTML validator uses in tests.)
 */
final class HttpListener implements AutoCloseable {
    static {
        // Undertow logs through JBoss Logging, which would otherwise print to the console through JUL.
        if (System.getProperty("org.jboss.logging.provider") == null) System.setProperty("org.jboss.logging.provider", "slf4j");
    }

    private final XnioWorker worker;
    private final ThreadPoolExecutor tasks;
    private final AcceptingChannel<StreamConnection> server;

    private HttpListener(XnioWorker worker, ThreadPoolExecutor tasks, AcceptingChannel<StreamConnection> server) {
        this.worker = worker;
        this.tasks = tasks;
        this.server = server;
    }

    /** Listens on {@code bind:port}; {@code handler} is called on an I/O thread for each request. */
    static HttpListener start(String bind, int port, PreviewServer.Limits limits, HttpHandler handler) throws IOException {
        // Our own pool for the handlers' work: XNIO's default one (jboss-threads) makes newer JDKs print
        // warnings about sun.misc.Unsafe on the console.
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor tasks = new ThreadPoolExecutor(8, 8, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "brief-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        XnioWorker worker = Xnio.getInstance(Undertow.class.getClassLoader()).createWorkerBuilder()
                .populateFromOptions(OptionMap.builder()
                        .set(Options.WORKER_NAME, "brief-http")
                        .set(Options.WORKER_IO_THREADS, 2)
                        .set(Options.THREAD_DAEMON, true)
                        .set(Options.TCP_NODELAY, true)
                        .getMap())
                .setExternalExecutorService(tasks)
                .build();
        try {
            OptionMap undertow = OptionMap.builder()
                    .set(UndertowOptions.REQUEST_PARSE_TIMEOUT, limits.requestMillis())
                    .set(UndertowOptions.NO_REQUEST_TIMEOUT, limits.idleMillis())
                    .set(UndertowOptions.IDLE_TIMEOUT, limits.idleMillis())
                    .set(UndertowOptions.MAX_HEADER_SIZE, limits.headerBytes())
                    .set(UndertowOptions.MAX_HEADERS, 100)
                    .set(UndertowOptions.MAX_ENTITY_SIZE, 64 * 1024L)
                    .set(UndertowOptions.DECODE_URL, false)
                    .set(UndertowOptions.ENABLE_HTTP2, false)
                    .getMap();
            HttpOpenListener http = new HttpOpenListener(new DefaultByteBufferPool(false, 16 * 1024, -1, 4), undertow);
            http.setRootHandler(handler);
            ChannelListener<AcceptingChannel<StreamConnection>> accept =
                    ChannelListeners.openListenerAdapter(new PerClient(http, limits.connectionsPerClient()));
            AcceptingChannel<StreamConnection> server = worker.createStreamConnectionServer(
                    new InetSocketAddress(bind, port), accept, OptionMap.builder()
                            .set(Options.TCP_NODELAY, true)
                            .set(Options.REUSE_ADDRESSES, true)
                            .set(Options.BACKLOG, 1024)
                            .getMap());
            server.resumeAccepts();
            return new HttpListener(worker, tasks, server);
        } catch (IOException | RuntimeException e) {
            worker.shutdownNow();
            tasks.shutdownNow();
            throw e;
        }
    }

    int port() {
        return server.getLocalAddress(InetSocketAddress.class).getPort();
    }

    @Override
    public void close() {
        IoUtils.safeClose(server);
        worker.shutdownNow();
        tasks.shutdownNow();
    }

    /**
     * At most {@code limit} open connections per client address: one client (a LAN neighbour when the preview
     * listens on the network, a runaway script) cannot use up the server for the others. Counted lazily, by
     * looking at which of its connections are still open when it opens another.
     */
    private static final class PerClient implements ChannelListener<StreamConnection> {
        private final ChannelListener<StreamConnection> next;
        private final int limit;
        private final Map<InetAddress, List<StreamConnection>> open = new HashMap<>();

        PerClient(ChannelListener<StreamConnection> next, int limit) {
            this.next = next;
            this.limit = limit;
        }

        @Override
        public void handleEvent(StreamConnection c) {
            InetSocketAddress peer = c.getPeerAddress(InetSocketAddress.class);
            InetAddress who = peer == null ? null : peer.getAddress();
            synchronized (open) {
                if (open.size() > 1024) open.values().removeIf(l -> l.stream().noneMatch(StreamConnection::isOpen));
                List<StreamConnection> mine = open.computeIfAbsent(who, k -> new ArrayList<>());
                mine.removeIf(x -> !x.isOpen());
                if (mine.size() >= limit) {
                    IoUtils.safeClose(c);
                    return;
                }
                mine.add(c);
            }
            next.handleEvent(c);
        }
    }
}
