package brief.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site from its base path ("/briefings/") on 127.0.0.1, as a static host would: a folder
 * URL serves its index.html, an unknown path gets 404. Enough for tests that need http:// rather than file://.
 */
final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "xml", "application/xml", "svg", "image/svg+xml", "txt", "text/plain; charset=utf-8", "jpg", "image/jpeg");

    private final HttpServer server;
    private final String prefix;

    StaticServer(Path root, String prefix) throws IOException {
        this.prefix = prefix;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> serve(ex, root));
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The site's base URL, e.g. http://127.0.0.1:PORT/briefings/. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    private void serve(HttpExchange ex, Path root) throws IOException {
        try (ex) {
            String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
            Path file = null;
            if (path.startsWith(prefix) && !path.contains("..")) {
                file = root.resolve(path.substring(prefix.length()));
                if (Files.isDirectory(file)) file = path.endsWith("/") ? file.resolve("index.html") : null;
            }
            if (file == null || !Files.isRegularFile(file)) {
                byte[] body = "not found".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                ex.sendResponseHeaders(404, body.length);
                ex.getResponseBody().write(body);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            byte[] body = Files.readAllBytes(file);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
