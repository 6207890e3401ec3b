package brief.serve;

import brief.testing.Sites;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Test helpers: a small site for the preview, a running preview server on a free port, an SSE listener. */
final class ServeSupport {
    /** The article of {@link #SITE} that the tests edit. */
    static final String ARTICLE = "2025-10-26-asean-us-summit-13";

    /**
     * A small site for the preview's tests: one summit with its two leaders, one article in Vietnamese and in
     * English (stamped by {@link #site}, so that its translation is fresh).
     */
    static final String SITE = """
            -- content/leaders.yaml --
            - id: pham-minh-chinh
              name: {vi: Phạm Minh Chính, en: Pham Minh Chinh}
              country: VN
            - id: donald-trump
              name: Donald Trump
              country: US
            -- content/summits.yaml --
            - id: asean-us-13
              ordinal: 13
              name: {vi: Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13, en: 13th ASEAN–US Summit}
              start: "2025-10-26"
              city: Kuala Lumpur
              country: MY
              participants: [pham-minh-chinh, donald-trump]
            -- content/articles/2025-10-26-asean-us-summit-13/vi.md --
            ---
            title: "Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13"
            date: "2025-10-26"
            outlet: ĐNO
            summits: [asean-us-13]
            leaders: [pham-minh-chinh, donald-trump]
            ---
            Chiều 26/10, Thủ tướng Phạm Minh Chính và Tổng thống Hoa Kỳ Donald Trump dự Hội nghị.

            Phát biểu tại Hội nghị, các nhà lãnh đạo ASEAN đánh giá cao vai trò của Hoa Kỳ.

            Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD.
            -- content/articles/2025-10-26-asean-us-summit-13/en.md --
            ---
            title: "Prime Minister Pham Minh Chinh attends 13th ASEAN–US Summit"
            ---
            On 26 October, Prime Minister Pham Minh Chinh and US President Donald Trump attended the Summit.

            Speaking at the Summit, ASEAN leaders highly appreciated the role of the United States.

            Two-way trade in 2024 reached more than USD 453 billion.
            """;

    private ServeSupport() {}

    /** {@link #SITE} written into {@code dir}, its translation stamped; returns {@code dir}. */
    static Path site(Path dir) {
        return Sites.site(dir, SITE).stamp("en", ARTICLE).root();
    }

    /** A server over {@code root}, its console output captured. */
    static final class Running implements AutoCloseable {
        final Path root;
        final ByteArrayOutputStream consoleBytes = new ByteArrayOutputStream();
        final PreviewServer server;
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        Running(Path root, boolean drafts, boolean watch) {
            this(root, drafts, watch, null);
        }

        /** As above, keeping a copy of the preview in {@code out} (null: none). */
        Running(Path root, boolean drafts, boolean watch, Path out) {
            this(new PreviewServer.Options(root, "127.0.0.1", 0, drafts, out, watch));
        }

        /** A server started with these options (bound to 127.0.0.1, port 0, no copy on disk). */
        Running(Path root, boolean watch, List<String> allowHosts, PreviewServer.Limits limits) {
            this(new PreviewServer.Options(root, "127.0.0.1", 0, false, null, watch, allowHosts, limits));
        }

        private Running(PreviewServer.Options options) {
            this.root = options.root();
            PrintStream console = new PrintStream(consoleBytes, true, StandardCharsets.UTF_8);
            this.server = PreviewServer.start(options, console);
        }

        String console() {
            synchronized (consoleBytes) {
                return consoleBytes.toString(StandardCharsets.UTF_8);
            }
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + server.port() + path);
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET().build());
        }

        HttpResponse<String> send(HttpRequest req) {
            try {
                return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /** Sends a request line exactly as written (no client-side normalisation) and returns the status code. */
        int rawStatus(String method, String target) {
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                s.setSoTimeout(10_000);
                OutputStream out = s.getOutputStream();
                out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = s.getInputStream();
                String status = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
                return Integer.parseInt(status.substring(9, 12));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Sends {@code head} (request line and headers, without the blank line that ends them) exactly as written,
         * with "Connection: close", and returns the whole response as text, or "" when the server closed the
         * connection without answering. Waits at most 10 s.
         */
        String raw(String head) {
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                s.setSoTimeout(10_000);
                s.getOutputStream().write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.net.SocketException e) {
                return "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Like {@link #raw} for a response that does not end (the event stream): its status line and headers. */
        String rawHead(String head) {
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                s.setSoTimeout(10_000);
                s.getOutputStream().write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                InputStream in = s.getInputStream();
                StringBuilder sb = new StringBuilder();
                for (int c; (c = in.read()) >= 0; ) {
                    sb.append((char) c);
                    if (sb.length() >= 4 && sb.substring(sb.length() - 4).equals("\r\n\r\n")) break;
                }
                return sb.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Opens the event stream; events arrive in the returned queue. */
        Events events() {
            return new Events(this);
        }

        @Override
        public void close() {
            server.close();
        }
    }

    record Event(String name, String data) {}

    /** A Server-Sent Events listener on its own thread. */
    static final class Events implements AutoCloseable {
        final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
        private final Thread thread;
        private volatile InputStream body;

        Events(Running r) {
            HttpRequest req = HttpRequest.newBuilder(r.uri(LiveReload.EVENTS)).GET().build();
            thread = new Thread(() -> {
                try {
                    HttpResponse<InputStream> resp = r.http.send(req, HttpResponse.BodyHandlers.ofInputStream());
                    body = resp.body();
                    var reader = new java.io.BufferedReader(new java.io.InputStreamReader(body, StandardCharsets.UTF_8));
                    String name = "message";
                    StringBuilder data = new StringBuilder();
                    for (String line; (line = reader.readLine()) != null; ) {
                        if (line.isEmpty()) {
                            if (data.length() > 0) queue.add(new Event(name, data.substring(0, data.length() - 1)));
                            name = "message";
                            data.setLength(0);
                        } else if (line.startsWith("event: ")) {
                            name = line.substring(7);
                        } else if (line.startsWith("data: ")) {
                            data.append(line.substring(6)).append('\n');
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    // The stream was closed by the test or the server.
                }
            }, "test-sse");
            thread.setDaemon(true);
            thread.start();
        }

        /** The next event with this name, skipping others; fails after {@code seconds}. */
        Event next(String name, int seconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (true) {
                long left = end - System.nanoTime();
                Event e = left <= 0 ? null : queue.poll(left, TimeUnit.NANOSECONDS);
                if (e == null) throw new AssertionError("no '" + name + "' event within " + seconds + " s");
                if (e.name().equals(name)) return e;
            }
        }

        @Override
        public void close() {
            try {
                if (body != null) body.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            thread.interrupt();
        }
    }
}
