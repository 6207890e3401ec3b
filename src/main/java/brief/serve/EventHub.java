package brief.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Server-Sent Events stream at {@code /_brief/events}. A handler thread only opens a stream and returns,
 * so open browser tabs do not hold server threads; writes to one stream are serialised on it, and a stream
 * that fails to take a write is dropped.
 */
final class EventHub implements AutoCloseable {
    private record Client(HttpExchange exchange, OutputStream out) {}

    private final List<Client> clients = new CopyOnWriteArrayList<>();

    /** Opens a stream and sends {@code greeting} (already in event-stream form) on it first. */
    void open(HttpExchange ex, String greeting) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        Client c = new Client(ex, ex.getResponseBody());
        clients.add(c);
        send(c, "retry: 500\n\n" + greeting);
    }

    /** An event in event-stream form; every line of {@code data} gets its own "data:" field. */
    static String event(String name, String data) {
        StringBuilder sb = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.split("\n", -1)) sb.append("data: ").append(line).append('\n');
        return sb.append('\n').toString();
    }

    void broadcast(String event) {
        for (Client c : clients) send(c, event);
    }

    /** A comment line: keeps proxies from closing idle streams and finds closed tabs. */
    void ping() {
        broadcast(": ping\n\n");
    }

    int size() {
        return clients.size();
    }

    private void send(Client c, String text) {
        synchronized (c) {
            try {
                c.out().write(text.getBytes(StandardCharsets.UTF_8));
                c.out().flush();
            } catch (IOException | RuntimeException e) {
                drop(c);
            }
        }
    }

    private void drop(Client c) {
        clients.remove(c);
        c.exchange().close();
    }

    @Override
    public void close() {
        for (Client c : clients) drop(c);
    }
}
