package brief.serve;

import io.undertow.io.IoCallback;
import io.undertow.io.Sender;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.xnio.IoUtils;

/**
 * The Server-Sent Events stream at {@code /_brief/events}. Sending never waits for a client: each stream has a
 * queue of at most {@code queueLimit} events written without blocking on the server's I/O thread, and a client
 * whose queue is full (a tab that stopped reading) is dropped; its browser reconnects and is told the current
 * version. So the rebuild thread that broadcasts, and every other client, go on at once.
 */
final class EventHub implements AutoCloseable {
    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final int queueLimit;

    EventHub(int queueLimit) {
        this.queueLimit = queueLimit;
    }

    /** Opens a stream on the exchange's I/O thread and sends {@code greeting} (in event-stream form) first. */
    void open(HttpServerExchange ex, String greeting) {
        ex.setStatusCode(200);
        ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        ex.getResponseHeaders().put(new HttpString("X-Content-Type-Options"), "nosniff");
        ex.setPersistent(false);
        Client c = new Client(ex);
        ex.getConnection().addCloseListener(conn -> clients.remove(c));
        c.offer("retry: 500\n\n" + greeting);
        clients.add(c);
    }

    /** An event in event-stream form; every line of {@code data} gets its own "data:" field. */
    static String event(String name, String data) {
        StringBuilder sb = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.split("\n", -1)) sb.append("data: ").append(line).append('\n');
        return sb.append('\n').toString();
    }

    /** Queues the event for every client; returns at once. */
    void broadcast(String event) {
        for (Client c : clients) c.offer(event);
    }

    /** A comment line: keeps proxies from closing idle streams and finds closed tabs. */
    void ping() {
        broadcast(": ping\n\n");
    }

    int size() {
        return clients.size();
    }

    @Override
    public void close() {
        for (Client c : clients) c.drop();
    }

    /** One open stream: its queue, and whether a write is under way (an exchange takes one at a time). */
    private final class Client implements IoCallback {
        private final HttpServerExchange ex;
        private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
        private boolean writing;
        private boolean dropped;

        Client(HttpServerExchange ex) {
            this.ex = ex;
        }

        void offer(String text) {
            synchronized (this) {
                if (dropped) return;
                if (queue.size() >= queueLimit) {
                    // Fallen behind: holding more for it would grow without bound. It reconnects.
                    dropped = true;
                    queue.clear();
                } else {
                    queue.add(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
                    if (writing) return;
                    writing = true;
                }
            }
            if (dropped) drop();
            else ex.getIoThread().execute(this::writeNext);
        }

        /** On the I/O thread: starts the next write; its completion starts the one after. */
        private void writeNext() {
            ByteBuffer next;
            synchronized (this) {
                next = dropped ? null : queue.poll();
                if (next == null) {
                    writing = false;
                    return;
                }
            }
            try {
                ex.getResponseSender().send(next, this);
            } catch (RuntimeException e) {
                drop();
            }
        }

        @Override
        public void onComplete(HttpServerExchange exchange, Sender sender) {
            writeNext();
        }

        @Override
        public void onException(HttpServerExchange exchange, Sender sender, IOException exception) {
            drop();
        }

        void drop() {
            synchronized (this) {
                dropped = true;
                queue.clear();
            }
            clients.remove(this);
            IoUtils.safeClose(ex.getConnection());
        }
    }
}
