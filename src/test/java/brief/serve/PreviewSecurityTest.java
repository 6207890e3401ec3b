package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview against a hostile web page or client: other host names and origins (DNS rebinding), half-sent
 * requests, too many connections, huge headers, and an event-stream client that never reads. Raw sockets
 * where a real client would be too polite; everything on loopback and bounded in time.
 */
class PreviewSecurityTest {
    @TempDir
    Path dir;

    private static final PreviewServer.Limits DEFAULT = PreviewServer.Limits.DEFAULT;

    /** A summit and the article about it: what the preview serves, and what it must not show to strangers. */
    static final String SITE = """
            -- content/summits.yaml --
            - id: asean-us-13
              ordinal: 13
              name: {vi: "Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13", en: "13th ASEAN–US Summit"}
              start: "2025-10-26"
            -- content/articles/2025-10-26-asean-us-summit-13/vi.md --
            ---
            title: "Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13"
            date: "2025-10-26"
            outlet: TTXVN
            summits: [asean-us-13]
            ---
            Lãnh đạo các nước ASEAN đánh giá cao vai trò của Hoa Kỳ.
            -- content/articles/2025-10-26-asean-us-summit-13/en.md --
            ---
            title: "13th ASEAN–US Summit"
            ---
            ASEAN leaders highly appreciated the role of the United States.
            """;

    private ServeSupport.Running start(List<String> allowHosts, PreviewServer.Limits limits) {
        Sites.site(dir, SITE);
        return new ServeSupport.Running(dir, false, allowHosts, limits);
    }

    private static int status(String response) {
        assertTrue(response.matches("(?s)HTTP/1\\.[01] \\d\\d\\d .*"), "a response: " + response);
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String get(String path, String host) {
        return "GET " + path + " HTTP/1.1\r\nHost: " + host;
    }

    @Test
    void aRequestForAnotherHostNameIsRefusedWithAPageThatSaysHowToAllowIt() {
        try (ServeSupport.Running run = start(List.of(), DEFAULT)) {
            String article = run.server.site().orElseThrow().model().urls().article("en", ServeSupport.ARTICLE);
            for (String path : List.of("/briefings/en/", article, "/_changes/", "/_review/", LiveReload.EVENTS, "/")) {
                String r = run.raw(get(path, "evil.example"));
                assertEquals(403, status(r), path);
                assertTrue(r.contains("This preview does not answer to the name <code>evil.example</code>"), r);
                assertTrue(r.contains("./brief serve --allow-host evil.example"), "says how to allow it: " + r);
                assertFalse(r.contains("ASEAN"), "nothing of the site: " + path);
                assertFalse(r.toLowerCase().contains("access-control-"), "no CORS header: " + r);
            }
            assertTrue(run.raw(get("/briefings/en/", "evil.example:" + run.server.port()))
                    .contains("--allow-host evil.example</code>"), "the hint names the host without its port");
            assertEquals(403, status(run.raw(get("/briefings/en/", "localhost.evil.example"))));
            assertEquals(403, status(run.raw(get("/briefings/en/", "127.0.0.1.nip.io"))));
            assertEquals(403, status(run.raw(get("/briefings/en/", "[::2]"))));
            assertEquals(403, status(run.raw("GET /briefings/en/ HTTP/1.0")), "no Host header at all");
            assertEquals(400, status(run.raw("GET http://evil.example/briefings/en/ HTTP/1.1\r\nHost: 127.0.0.1")),
                    "an absolute request target is not a way around the check");

            int port = run.server.port();
            for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LocalHost", "preview.localhost:" + port,
                    "127.8.9.10", "[::1]:" + port, "[0:0:0:0:0:0:0:1]")) {
                String r = run.raw(get("/briefings/en/", host));
                assertEquals(200, status(r), host);
                assertFalse(r.toLowerCase().contains("access-control-"), "no CORS header: " + host);
            }
            assertTrue(run.rawHead(get(LiveReload.EVENTS, "localhost:" + port)).startsWith("HTTP/1.1 200"));
        }
    }

    @Test
    void namesGivenWithAllowHostAreAnsweredAndOthersStillRefused() {
        try (ServeSupport.Running run = start(List.of("preview.example.test", ".team.test"), DEFAULT)) {
            assertEquals(200, status(run.raw(get("/briefings/en/", "preview.example.test:1313"))));
            assertEquals(200, status(run.raw(get("/briefings/en/", "team.test"))));
            assertEquals(200, status(run.raw(get("/briefings/en/", "a.b.team.test"))));
            String refused = run.raw(get("/briefings/en/", "evil.example.test"));
            assertEquals(403, status(refused));
            assertTrue(refused.contains("<code>preview.example.test</code>, <code>.team.test</code>"), "lists the names given");
            assertEquals(403, status(run.raw(get("/briefings/en/", "evilteam.test"))));
        }
    }

    @Test
    void anOriginOfAnotherSiteIsRefusedOnTheEventStreamAndThePreviewPages() {
        try (ServeSupport.Running run = start(List.of(), DEFAULT)) {
            for (String path : List.of(LiveReload.EVENTS, "/_changes/", "/_review/", "/briefings/en/")) {
                for (String origin : List.of("http://evil.example", "https://evil.example:" + run.server.port(), "null")) {
                    String r = run.raw(get(path, "127.0.0.1") + "\r\nOrigin: " + origin);
                    assertEquals(403, status(r), path + " from " + origin);
                    assertTrue(r.contains("Requests from <code>" + origin + "</code> are refused"), r);
                    assertFalse(r.toLowerCase().contains("access-control-"), "no CORS header");
                }
            }
            String own = run.rawHead(get(LiveReload.EVENTS, "127.0.0.1") + "\r\nOrigin: http://127.0.0.1:" + run.server.port());
            assertTrue(own.startsWith("HTTP/1.1 200"), "the preview's own pages keep their event stream: " + own);
            assertFalse(own.toLowerCase().contains("access-control-"));
            assertEquals(200, status(run.raw(get("/_changes/", "localhost") + "\r\nOrigin: http://localhost:5173")));
        }
    }

    @Test
    void thirtyTwoHalfOpenConnectionsDoNotDelayANormalRequest() throws Exception {
        try (ServeSupport.Running run = start(List.of(), DEFAULT)) {
            assertEquals(200, run.get("/briefings/en/").statusCode()); // warm: the first response loads classes
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 32; i++) {
                    Socket s = new Socket("127.0.0.1", run.server.port());
                    s.getOutputStream().write("GET /briefings/en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a".getBytes(StandardCharsets.ISO_8859_1));
                    s.getOutputStream().flush();
                    slow.add(s);
                }
                long t0 = System.nanoTime();
                HttpResponse<String> r = run.get("/briefings/en/");
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.println("serve: a request beside 32 half-open connections answered in " + ms + " ms");
                assertEquals(200, r.statusCode());
                assertTrue(ms < 1000, "answered in " + ms + " ms");
                for (Socket s : slow) assertFalse(s.isClosed() || s.isInputShutdown(), "they were still open meanwhile");
            } finally {
                for (Socket s : slow) s.close();
            }
        }
    }

    @Test
    void aRequestWhoseHeadersDoNotArriveInTimeIsClosed() throws Exception {
        PreviewServer.Limits quick = new PreviewServer.Limits(300, 60_000, 64 * 1024, 512, 64, 50, 64 * 1024);
        try (ServeSupport.Running run = start(List.of(), quick);
             Socket s = new Socket("127.0.0.1", run.server.port())) {
            s.setSoTimeout(5_000);
            long t0 = System.nanoTime();
            s.getOutputStream().write("GET /briefings/en/ HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            // Trickling a byte now and then does not keep it open: the deadline is for the whole request head.
            for (int i = 0; i < 10 && !closedWithin(s, 100); i++) s.getOutputStream().write('X');
            assertTrue(closedWithin(s, 4_000), "closed by the server");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 4_000, "closed after " + ms + " ms");
        }
    }

    /** Whether the server closes {@code s} within {@code ms} (reads nothing meanwhile: nothing was answered). */
    private static boolean closedWithin(Socket s, int ms) throws IOException {
        s.setSoTimeout(ms);
        try {
            int b = s.getInputStream().read();
            if (b < 0) return true;
            // A 4xx answer before closing is fine too.
            byte[] rest = s.getInputStream().readAllBytes();
            String r = (char) b + new String(rest, StandardCharsets.ISO_8859_1);
            assertTrue(r.startsWith("HTTP/1.1 4"), "no page for a request that never ended: " + r);
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true; // reset
        }
    }

    @Test
    void aClientOverItsConnectionLimitIsTurnedAwayAndServedAgainOnceItClosesSome() throws Exception {
        PreviewServer.Limits four = new PreviewServer.Limits(10_000, 60_000, 64 * 1024, 4, 64, 50, 64 * 1024);
        try (ServeSupport.Running run = start(List.of(), four)) {
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) idle.add(new Socket("127.0.0.1", run.server.port()));
                Thread.sleep(200); // accepted
                try (Socket fifth = new Socket("127.0.0.1", run.server.port())) {
                    assertTrue(closedWithin(fifth, 3_000), "the fifth connection is closed at once");
                }
            } finally {
                for (Socket s : idle) s.close();
            }
            String r = "";
            for (int i = 0; i < 50 && !r.startsWith("HTTP/1.1 200"); i++) {
                Thread.sleep(50);
                r = run.raw(get("/briefings/en/", "127.0.0.1"));
            }
            assertEquals(200, status(r), "served once the idle connections are gone");
        }
    }

    @Test
    void aRequestHeadOverTheSizeCapIsNotServed() throws Exception {
        try (ServeSupport.Running run = start(List.of(), DEFAULT);
             Socket s = new Socket("127.0.0.1", run.server.port())) {
            s.getOutputStream().write((get("/briefings/en/", "127.0.0.1") + "\r\nCookie: " + "a".repeat(200 * 1024) + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            assertTrue(closedWithin(s, 5_000), "refused, not served");
            assertEquals(200, run.get("/briefings/en/").statusCode(), "the server goes on");
        } catch (SocketException e) {
            // The server may close while the header is still being sent: refused too.
        }
    }

    @Test
    void aClientThatNeverReadsTheEventStreamDoesNotDelayAnotherClientsReload() throws Exception {
        try (ServeSupport.Running run = start(List.of(), DEFAULT);
             Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(2048);
            stalled.connect(new java.net.InetSocketAddress("127.0.0.1", run.server.port()));
            stalled.getOutputStream().write((get(LiveReload.EVENTS, "127.0.0.1") + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            stalled.getOutputStream().flush();
            try (ServeSupport.Events reader = run.events()) {
                reader.next("hello", 10);
                for (int i = 0; i < 500 && run.server.events().size() < 2; i++) Thread.sleep(20);
                assertEquals(2, run.server.events().size(), "both clients connected");
                // 8 MB of events: far more than the socket buffers of a client that never reads. They are sent
                // at the pace the reading client takes them (never more than 16 ahead, well within its queue of
                // 64), so that on a loaded machine it is the stalled client alone that falls behind; what is
                // timed is the broadcasting itself, which must never wait for a client.
                String big = EventHub.event("note", "x".repeat(16 * 1024));
                long sendNanos = 0;
                for (int i = 0; i < 512; i++) {
                    long t0 = System.nanoTime();
                    run.server.events().broadcast(big);
                    sendNanos += System.nanoTime() - t0;
                    if (i >= 16) reader.next("note", 30);
                }
                long sendMs = sendNanos / 1_000_000;
                assertTrue(sendMs < 5_000, "broadcasting never waited for a client: " + sendMs + " ms");
                for (int i = 0; i < 500 && run.server.events().size() > 1; i++) Thread.sleep(20);
                assertEquals(1, run.server.events().size(), "the client that fell behind was dropped");

                Path en = dir.resolve("content/articles").resolve(ServeSupport.ARTICLE).resolve("en.md");
                Sites.replaceIn(en, "ASEAN leaders highly appreciated the role", "ASEAN leaders warmly appreciated the role");
                long t1 = System.nanoTime();
                run.server.rebuild(Set.of(dir.relativize(en)));
                long rebuildMs = (System.nanoTime() - t1) / 1_000_000;
                ServeSupport.Event reload = reader.next("reload", 10);
                long ms = (System.nanoTime() - t1) / 1_000_000;
                System.out.println("serve: with a stalled event-stream client, 8 MB broadcast in " + sendMs
                        + " ms, rebuild " + rebuildMs + " ms, the other client's reload after " + ms + " ms");
                assertTrue(reload.data().matches("\\d+"));
                assertTrue(ms < 5_000, "the reload reached the reading client after " + ms + " ms");
            }
            assertTrue(closedWithin(drain(stalled), 5_000), "the stalled client's connection was closed");
        }
    }

    /** Reads what the socket holds, so that {@link #closedWithin} sees the end of the stream. */
    private static Socket drain(Socket s) throws IOException {
        s.setSoTimeout(5_000);
        InputStream in = s.getInputStream();
        byte[] buf = new byte[64 * 1024];
        try {
            while (in.read(buf) >= 0) {
                // keep reading until the server's close
            }
        } catch (SocketTimeoutException | SocketException e) {
            // left open, or reset: closedWithin decides
        }
        return s;
    }

    @Test
    void whenTheFirstBuildFailsTheOverlayDoesNotClaimALastGoodSite() throws Exception {
        Sites.site(dir, SITE);
        Path summits = dir.resolve("content/summits.yaml");
        String good = Sites.read(summits);
        Sites.writeText(summits, good.replaceFirst("ordinal: 13", "ordinal: [13"));
        try (ServeSupport.Running run = new ServeSupport.Running(dir, false, List.of(), DEFAULT)) {
            assertTrue(run.server.site().isEmpty());
            HttpResponse<String> page = run.get("/briefings/en/");
            assertEquals(503, page.statusCode());
            assertTrue(Pattern.compile("show\\(\\[\"content/summits\\.yaml:\\d+:\\d+[^\\n]*\\],false\\);").matcher(page.body()).find(),
                    "the overlay is told that nothing is served: " + page.body());
            assertTrue(run.console().contains("nothing to serve until it builds"), run.console());
            assertFalse(run.console().contains("still serving the last good site"), run.console());
            try (ServeSupport.Events events = run.events()) {
                events.next("hello", 10);
                String data = events.next("error", 10).data();
                assertTrue(data.startsWith("{\"served\":false,\"errors\":[\"content/summits.yaml:"), data);
            }
        }
    }

    @Test
    void theOverlayHoldsAtMostItsCapOfErrors() {
        List<String> many = new ArrayList<>();
        for (int i = 1; i <= 120; i++) many.add("content/x.yaml:" + i + ":1: error: problem " + i);
        List<String> capped = LiveReload.cap(many, 50, 64 * 1024);
        assertEquals(51, capped.size());
        assertEquals("content/x.yaml:50:1: error: problem 50", capped.get(49));
        assertEquals("… and 70 more errors: see the terminal.", capped.get(50));

        List<String> huge = LiveReload.cap(List.of("a".repeat(1_000_000), "b".repeat(10)), 50, 64 * 1024);
        assertEquals(2, huge.size(), "both errors, the long one cut");
        assertTrue(huge.get(0).length() < 4200 && huge.get(0).endsWith("… (cut: see the terminal)"), huge.get(0).length() + "");
        assertEquals("b".repeat(10), huge.get(1));

        List<String> wide = new ArrayList<>();
        for (int i = 0; i < 40; i++) wide.add("c".repeat(4000));
        int total = LiveReload.cap(wide, 50, 64 * 1024).stream().mapToInt(String::length).sum();
        assertTrue(total <= 64 * 1024 + 200, "at most the character cap: " + total);
    }
}
