package brief.serve;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * How the preview answers: every response is whole, sent without blocking, never cached, and never shared
 * with other sites. No CORS header is ever sent, and Cross-Origin-Resource-Policy keeps other sites' pages from
 * even embedding what the preview serves.
 */
final class Responses {
    private static final HttpString NOSNIFF = new HttpString("X-Content-Type-Options");
    private static final HttpString CORP = new HttpString("Cross-Origin-Resource-Policy");

    private Responses() {}

    static void send(HttpServerExchange ex, int status, String type, byte[] body, boolean head) {
        ex.setStatusCode(status);
        ex.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
        ex.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        ex.getResponseHeaders().put(NOSNIFF, "nosniff");
        ex.getResponseHeaders().put(CORP, "same-origin");
        ex.getResponseHeaders().put(Headers.CONTENT_LENGTH, body.length);
        if (head || body.length == 0) ex.endExchange();
        else ex.getResponseSender().send(ByteBuffer.wrap(body));
    }

    static void text(HttpServerExchange ex, int status, String body, boolean head) {
        send(ex, status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), head);
    }

    static void redirect(HttpServerExchange ex, String to, boolean head) {
        ex.getResponseHeaders().put(Headers.LOCATION, to);
        text(ex, 302, "see " + to + "\n", head);
    }

    /** A page of the preview that turns a request away (a name or origin that is not this preview's). */
    static void refuse(HttpServerExchange ex, String page) {
        send(ex, 403, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), false);
    }
}
