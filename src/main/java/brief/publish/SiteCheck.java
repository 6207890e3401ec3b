package brief.publish;

import brief.diag.Code;
import brief.diag.BriefException;
import brief.diag.Diagnostics;
import brief.diag.ExitCode;
import brief.diag.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Crawls a built site and reports each internal link, {@code #anchor} and asset that leads nowhere, as an error
 * at the page, line and column where it is written. A folder is read as the web server would serve it (a
 * folder URL serves its index.html); over HTTP only a server on this machine is read, since checking must not
 * depend on the network. Links written with the published base URL (canonical, language alternates) are
 * checked against the copy being crawled; links to other hosts are not followed.
 */
public final class SiteCheck {
    /** What a crawl saw. */
    public record Result(int pages, int links, int broken) {}

    /** A built site to crawl: answers the bytes at a path relative to the site's root, if there are any. */
    private interface Site {
        /** The URL the site's root is crawled as; links resolve against it. */
        String root();

        /** The file at {@code path} (relative to the root), with whether it is an HTML page; empty when there is none. */
        Optional<Page> get(String path);

        /** Where to report a problem of the page at {@code path}. */
        Path display(String path);

        /** Pages to check besides those reachable from the root (a folder's pages that nothing links to, 404 pages). */
        List<String> extraPages();
    }

    private record Page(byte[] bytes, boolean html) {}

    private static final String VIRTUAL = "https://site.invalid";

    private final Diagnostics diags;

    public SiteCheck(Diagnostics diags) {
        this.diags = diags;
    }

    /** Checks the site at {@code where}: a folder, or an http:// URL of a server on this machine. */
    public Result check(String where) {
        Site site = where.startsWith("http://") || where.startsWith("https://") ? http(where) : folder(Path.of(where));
        return crawl(site);
    }

    private Result crawl(Site site) {
        String root = site.root();
        Map<String, Optional<Page>> fetched = new HashMap<>();
        Map<String, Set<String>> anchors = new HashMap<>();
        String published = publishedBase(site, fetched);
        Deque<String> queue = new ArrayDeque<>();
        Set<String> queued = new HashSet<>();
        queue.add("");
        queued.add("");
        for (String extra : site.extraPages()) if (queued.add(extra)) queue.add(extra);
        int pages = 0, links = 0, broken = 0;
        while (!queue.isEmpty()) {
            String path = queue.poll();
            Optional<Page> page = fetched.computeIfAbsent(path, site::get);
            if (page.isEmpty() || !page.get().html()) continue;
            pages++;
            Document doc = parse(page.get(), root + path);
            for (Element e : doc.select("[href], [src], form[action], [cite]")) {
                for (String attr : List.of("href", "src", "action", "cite")) {
                    if (!e.hasAttr(attr)) continue;
                    String raw = e.attr(attr);
                    if (skipped(raw)) continue;
                    links++;
                    String problem = problem(site, path, doc, raw, published, fetched, anchors, queue, queued);
                    if (problem != null) {
                        broken++;
                        var start = e.attributes().sourceRange(attr).nameRange().start();
                        SourcePos pos = SourcePos.of(site.display(path)).atLine(start.lineNumber(), start.columnNumber());
                        diags.errorWithHint(Code.BROKEN_LINK, pos, "fix the link in the template or article that makes this page, then build again",
                                "broken link '%s': %s", raw, problem);
                    }
                }
            }
        }
        return new Result(pages, links, broken);
    }

    /** What is wrong with a link of the page at {@code from}, or null when it is fine or leads off the site. */
    private String problem(Site site, String from, Document doc, String raw, String published,
                           Map<String, Optional<Page>> fetched, Map<String, Set<String>> anchors,
                           Deque<String> queue, Set<String> queued) {
        String root = site.root();
        String url;
        try {
            url = URI.create(root + from).resolve(URI.create(raw.strip().replace(" ", "%20"))).toString();
        } catch (IllegalArgumentException e) {
            return "not a valid URL";
        }
        if (published != null && url.startsWith(published)) url = root + url.substring(published.length());
        String origin = origin(root);
        if (!url.startsWith(origin + "/")) return null;
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? null : URLDecoder.decode(url.substring(hash + 1), StandardCharsets.UTF_8);
        String address = hash < 0 ? url : url.substring(0, hash);
        int query = address.indexOf('?');
        if (query >= 0) address = address.substring(0, query);
        if (!address.startsWith(root)) {
            return "it leads outside the site's base path " + URI.create(root).getPath();
        }
        String path = URLDecoder.decode(address.substring(root.length()), StandardCharsets.UTF_8);
        Optional<Page> target = path.equals(from) ? fetched.get(from) : fetched.computeIfAbsent(path, site::get);
        if (target.isEmpty()) return "there is no file at '" + site.display(path) + "'";
        if (target.get().html() && queued.add(path)) queue.add(path);
        if (fragment == null || fragment.isEmpty() || !target.get().html()) return null;
        Set<String> ids = anchors.computeIfAbsent(path, p -> ids(p.equals(from) ? doc : parse(target.get(), root + p)));
        return ids.contains(fragment) ? null
                : "'" + site.display(path) + "' has no element with id '" + fragment + "'";
    }

    private static Set<String> ids(Document doc) {
        Set<String> ids = new HashSet<>();
        doc.select("[id]").forEach(e -> ids.add(e.id()));
        doc.select("a[name]").forEach(e -> ids.add(e.attr("name")));
        return ids;
    }

    private static boolean skipped(String raw) {
        String s = raw.strip().toLowerCase(java.util.Locale.ROOT);
        return s.isEmpty() || s.startsWith("mailto:") || s.startsWith("tel:") || s.startsWith("data:")
                || s.startsWith("javascript:");
    }

    /**
     * The base URL the site was built for (the root page's canonical link), so that absolute links to the
     * published site are checked against this copy; null when the root page has none.
     */
    private static String publishedBase(Site site, Map<String, Optional<Page>> fetched) {
        Optional<Page> home = fetched.computeIfAbsent("", site::get);
        if (home.isEmpty() || !home.get().html()) return null;
        Element canonical = parse(home.get(), site.root()).selectFirst("link[rel=canonical][href]");
        if (canonical == null) return null;
        String href = canonical.attr("href");
        return href.endsWith("/") && (href.startsWith("http://") || href.startsWith("https://")) ? href : null;
    }

    private static Document parse(Page page, String url) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return org.jsoup.Jsoup.parse(new String(page.bytes(), StandardCharsets.UTF_8), url, parser);
    }

    private static String origin(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getRawAuthority();
    }

    /** A built folder, as a web server serves it from the path of the base URL its pages were built for. */
    private static Site folder(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new BriefException("--site '" + dir + "' is neither a folder nor an http:// URL", ExitCode.USAGE);
        }
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            throw new BriefException("--site '" + dir + "' has no index.html: give the folder a build wrote (such as site/)", ExitCode.USAGE);
        }
        // The folder is served at the base path its links were made for, read from the root page's canonical link.
        Site probe = new FolderSite(root, VIRTUAL + "/");
        String published = publishedBase(probe, new HashMap<>());
        String basePath = published == null ? "/" : URI.create(published).getRawPath();
        return new FolderSite(root, VIRTUAL + basePath);
    }

    private record FolderSite(Path dir, String root) implements Site {
        @Override
        public Optional<Page> get(String path) {
            if (path.contains("..") || path.startsWith("/")) return Optional.empty();
            Path file = dir.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            if (!file.startsWith(dir) || !Files.isRegularFile(file)) return Optional.empty();
            try {
                return Optional.of(new Page(Files.readAllBytes(file), file.getFileName().toString().endsWith(".html")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Path display(String path) {
            return Path.of(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        }

        @Override
        public List<String> extraPages() {
            try (Stream<Path> s = Files.walk(dir)) {
                return s.filter(p -> p.toString().endsWith(".html") && Files.isRegularFile(p))
                        .map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A site served over HTTP by a server on this machine. */
    private static Site http(String url) {
        URI uri;
        try {
            uri = URI.create(url.endsWith("/") ? url : url + "/");
        } catch (IllegalArgumentException e) {
            throw new BriefException("--site '" + url + "' is not a valid URL", ExitCode.USAGE);
        }
        if (uri.getHost() == null || !loopback(uri.getHost())) {
            throw new BriefException("--site '" + url + "' is not on this machine: brief checks a site served on"
                    + " 127.0.0.1 or localhost (serve the built folder there, or give the folder itself)", ExitCode.USAGE);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String root = uri.toString();
        return new Site() {
            @Override
            public String root() {
                return root;
            }

            @Override
            public Optional<Page> get(String path) {
                HttpResponse<byte[]> r;
                try {
                    r = client.send(HttpRequest.newBuilder(URI.create(root + encode(path))).timeout(Duration.ofSeconds(20)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                } catch (IOException e) {
                    throw new BriefException("cannot read " + root + path + ": " + e.getMessage()
                            + " (is the server running?)", ExitCode.IO);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new BriefException("interrupted", ExitCode.IO);
                }
                if (r.statusCode() != 200) return Optional.empty();
                boolean html = r.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
                return Optional.of(new Page(r.body(), html));
            }

            @Override
            public Path display(String path) {
                return Path.of(uri.getPath() + path);
            }

            @Override
            public List<String> extraPages() {
                return List.of("404.html");
            }
        };
    }

    /** A decoded path relative to the root, percent-encoded again for a request. */
    private static String encode(String path) {
        try {
            return new URI(null, null, "/" + path, null).getRawPath().substring(1);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static boolean loopback(String host) {
        if (host.equals("localhost")) return true;
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress()
                    && host.matches("[0-9.:\\[\\]a-fA-F]+");
        } catch (IOException e) {
            return false;
        }
    }
}
