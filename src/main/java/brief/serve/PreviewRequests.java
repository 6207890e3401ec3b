package brief.serve;

import static brief.serve.Responses.redirect;
import static brief.serve.Responses.refuse;
import static brief.serve.Responses.send;
import static brief.serve.Responses.text;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The preview's answers to requests: the refusals (a name or origin that is not this preview's, a method
 * other than GET and HEAD, a malformed path), the event stream, the reviewer's pages ({@code /_changes/},
 * {@code /_review/}), and the pages of the site being served, each HTML page with the live-reload script and
 * the error overlay. Paths go through {@link RequestPaths}; lookups are in the in-memory site, so no request
 * can reach a file outside it.
 */
final class PreviewRequests {
    private final HostCheck hosts;
    private final String bind;
    private final Supplier<Served> served;
    private final EventHub hub;
    private final Reviewer reviewer;
    private final RecentPages viewed;
    private final PrintStream console;

    PreviewRequests(HostCheck hosts, String bind, Supplier<Served> served, EventHub hub, Reviewer reviewer,
                    RecentPages viewed, PrintStream console) {
        this.hosts = hosts;
        this.bind = bind;
        this.served = served;
        this.hub = hub;
        this.reviewer = reviewer;
        this.viewed = viewed;
        this.console = console;
    }

    /**
     * On an I/O thread: the refusals that need no work and the event stream are answered here; everything
     * else on a worker thread.
     */
    void handle(HttpServerExchange ex) {
        if (refused(ex)) return;
        boolean head = ex.getRequestMethod().equals(Methods.HEAD);
        String raw = ex.getRequestURI();
        if (raw.indexOf('\\') >= 0) {
            text(ex, 400, "400 bad request: a backslash is not allowed in a URL path\n", head);
            return;
        }
        Optional<String> parsed = RequestPaths.parse(raw);
        if (parsed.isPresent() && parsed.get().equals(LiveReload.EVENTS)) openEvents(ex, head);
        else ex.dispatch(e -> serve(e, parsed, head));
    }

    /** Answers and returns true when the request is not for this preview, or is not a GET or HEAD. */
    private boolean refused(HttpServerExchange ex) {
        if (ex.isHostIncludedInRequestURI()) {
            // "GET http://other/ HTTP/1.1" is for proxies; browsers never send it to a server like this one.
            text(ex, 400, "400 bad request: absolute request targets are not served\n", false);
            return true;
        }
        String host = ex.getRequestHeaders().getFirst(Headers.HOST);
        if (!hosts.allowsHost(host)) {
            refuse(ex, PreviewPages.refusedHost(host == null ? "" : host, bind, hosts.given()));
            return true;
        }
        String origin = ex.getRequestHeaders().getFirst(Headers.ORIGIN);
        if (!hosts.allowsOrigin(origin)) {
            refuse(ex, PreviewPages.refusedOrigin(origin, bind, hosts.given()));
            return true;
        }
        if (!ex.getRequestMethod().equals(Methods.HEAD) && !ex.getRequestMethod().equals(Methods.GET)) {
            ex.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
            text(ex, 405, "405 method not allowed: only GET and HEAD\n", false);
            return true;
        }
        return false;
    }

    /** Hands the exchange to the event hub, greeting the browser with the version served and any errors. */
    private void openEvents(HttpServerExchange ex, boolean head) {
        if (head) {
            send(ex, 200, "text/event-stream; charset=utf-8", new byte[0], true);
            return;
        }
        Served st = served.get();
        String greeting = EventHub.event("hello", Long.toString(st.version()))
                + (st.errors().isEmpty() ? "" : st.errorEvent());
        // Dispatched, so that the exchange stays open when this returns: the hub owns it now.
        ex.dispatch(ex.getIoThread(), () -> hub.open(ex, greeting));
    }

    /** On a worker thread: a page of the site or of the preview. */
    private void serve(HttpServerExchange ex, Optional<String> parsed, boolean head) {
        try {
            Served st = served.get();
            if (parsed.isEmpty()) {
                notFound(ex, st, "", head);
            } else if (st.site() == null) {
                html(ex, 503, PreviewPages.esc("brief: the site has not built yet; fix the errors shown and save.")
                        .getBytes(StandardCharsets.UTF_8), st, head);
            } else if (!servedReviewPage(ex, st, parsed.get(), head)) {
                serveSitePage(ex, st, parsed.get(), head);
            }
        } catch (RuntimeException e) {
            // A bug in a preview page must not leave the browser waiting.
            console.println("internal error answering " + ex.getRequestURI() + ": " + e);
            if (!ex.isResponseStarted()) text(ex, 500, "500 internal error (see the terminal)\n", false);
            else ex.endExchange();
        }
    }

    /** Answers {@code /_changes/} and {@code /_review/…} and returns true, or returns false for any other path. */
    private boolean servedReviewPage(HttpServerExchange ex, Served st, String path, boolean head) {
        if (path.equals("/_changes") || path.startsWith("/_review") && !path.endsWith("/")) {
            redirect(ex, path + "/", head);
        } else if (path.equals("/_changes/")) {
            html(ex, 200, reviewer.changes(st.site()).getBytes(StandardCharsets.UTF_8), st, head);
        } else if (path.startsWith("/_review/")) {
            Optional<String> page = reviewer.review(st.site(), path.substring("/_review/".length()));
            if (page.isPresent()) html(ex, 200, page.get().getBytes(StandardCharsets.UTF_8), st, head);
            else notFound(ex, st, "", head);
        } else {
            return false;
        }
        return true;
    }

    /** A file of the site under its base path; a folder without its slash is sent to the folder. */
    private void serveSitePage(HttpServerExchange ex, Served st, String path, boolean head) {
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
        } else if (body == null) {
            notFound(ex, st, rel, head);
        } else if (file.endsWith(".html")) {
            viewed.add(file);
            html(ex, 200, reviewer.annotate(st.site(), file, body), st, head);
        } else {
            send(ex, 200, RequestPaths.contentType(file), body, head);
        }
    }

    /** The site's own 404 page, in the language of the path when it has one. */
    private void notFound(HttpServerExchange ex, Served st, String rel, boolean head) {
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

    /** An HTML page with the live-reload script and the error overlay of what is served now. */
    private static void html(HttpServerExchange ex, int status, byte[] page, Served st, boolean head) {
        send(ex, status, "text/html; charset=utf-8", LiveReload.inject(page, st.version(), st.errors(), st.site() != null), head);
    }
}
