package brief.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The nginx configuration the publishing guide ships (docs/nginx/brief.conf), run by Debian's nginx with only
 * its lines marked EDIT changed (port and folder), over the real site copied where docs/web-server.md says:
 * pages, per-language 404 pages, cache lifetimes, content types, gzip, no folder listing.
 */
class NginxConfigTest {
    static final Path CONF = Sites.projectRoot().resolve("docs/nginx/brief.conf");

    @TempDir
    static Path dir;
    static Process nginx;
    static String host;
    static Path site;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The build's assets/NAME.<8 hex>EXT. */
    static Path fingerprinted(Path site, String name, String ext) throws java.io.IOException {
        try (var files = Files.list(site.resolve("assets"))) {
            return files.filter(p -> p.getFileName().toString().matches(name + "\\.[0-9a-f]{8}\\" + ext)).findFirst()
                    .orElseThrow(() -> new AssertionError("no fingerprinted " + name + ext + " in " + site));
        }
    }

    @BeforeAll
    static void serve() throws Exception {
        Browser.require(Files.isExecutable(SubPathTest.NGINX), "nginx", "apt-get update && apt-get install -y nginx");
        Path src = dir.resolve("src");
        Sites.copyRealSite(src);
        // As the guide says: the built site/ goes to <web root>/briefings/ for base_url https://example.org/briefings/.
        Path www = dir.resolve("www");
        site = www.resolve("briefings");
        Sites.Run built = Sites.brief("build", "--source", src.toString(), "--out", site.toString());
        assertEquals(0, built.exit(), built.all());
        // The build names stylesheets and scripts by their hash; these copies stand for a theme file it does not
        // (a plain name, which may change under it) and for a known fingerprinted name.
        Files.copy(fingerprinted(site, "style", ".css"), site.resolve("assets/style.css"));
        Files.copy(fingerprinted(site, "search", ".js"), site.resolve("assets/search.js"));
        Files.copy(fingerprinted(site, "style", ".css"), site.resolve("assets/style.0123abcd.css"));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String shipped = Sites.read(CONF);
        String server = edit(edit(edit(shipped, "listen 80;", "listen 127.0.0.1:" + port + ";"),
                "server_name example.org;", "server_name 127.0.0.1;"), "root /var/www/example.org;", "root " + www + ";");
        Path run = Files.createDirectories(dir.resolve("nginx"));
        Files.writeString(run.resolve("brief.conf"), server);
        // What Debian's /etc/nginx/nginx.conf provides around sites-enabled/, as one unprivileged process.
        String conf = """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 64; }
                http {
                  include /etc/nginx/mime.types;
                  default_type application/octet-stream;
                  sendfile on;
                  access_log %1$s/access.log;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  include %1$s/brief.conf;
                }
                """.formatted(run);
        Path confFile = run.resolve("nginx.conf");
        Files.writeString(confFile, conf);
        nginx = new ProcessBuilder(SubPathTest.NGINX.toString(), "-c", confFile.toString(), "-p", run.toString(), "-e",
                run.resolve("error.log").toString())
                .redirectErrorStream(true).redirectOutput(run.resolve("stdout.log").toFile()).start();
        host = "http://127.0.0.1:" + port;
        for (int i = 0; ; i++) {
            try {
                if (get("/briefings/", false).statusCode() == 200) break;
            } catch (IOException e) {
                if (i > 100 || !nginx.isAlive()) {
                    throw new AssertionError("nginx did not start:\n" + Sites.read(run.resolve("stdout.log"))
                            + Sites.read(run.resolve("error.log")), e);
                }
                Thread.sleep(100);
            }
        }
    }

    /** The shipped config with one EDIT line changed; fails if the line is not there exactly once. */
    static String edit(String conf, String line, String replacement) {
        assertEquals(1, conf.split(java.util.regex.Pattern.quote(line), -1).length - 1, "the guide's config has: " + line);
        return conf.replace(line, replacement);
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            if (!nginx.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) nginx.destroyForcibly();
        }
    }

    static HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(host + path)).timeout(Duration.ofSeconds(10));
        if (gzip) b.header("Accept-Encoding", "gzip");
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @Test
    void aPageIsServedAsUtf8HtmlAndRevalidated() throws Exception {
        HttpResponse<byte[]> r = get("/briefings/en/", false);
        assertEquals(200, r.statusCode());
        assertArrayEquals(Files.readAllBytes(site.resolve("en/index.html")), r.body());
        assertEquals("text/html; charset=utf-8", header(r, "Content-Type"));
        assertEquals("no-cache", header(r, "Cache-Control"));
        assertFalse(header(r, "ETag").isEmpty(), "revalidation needs an ETag");
        HttpResponse<byte[]> redirect = get("/briefings/en", false);
        assertEquals(301, redirect.statusCode());
        assertEquals("/briefings/en/", header(redirect, "Location"));
    }

    @ParameterizedTest(name = "{0} gets {1}")
    @CsvSource({"/briefings/vi/khong-co-trang-nay/, vi/404.html", "/briefings/vi/bai-viet/khong-co/, vi/404.html",
            "/briefings/en/no-such-page/, en/404.html", "/briefings/en/summits/nope/atom.xml, en/404.html",
            "/briefings/no-such-page, 404.html", "/briefings/assets/nope.css, 404.html",
            "/briefings/assets/, 404.html", "/briefings/.brief-output, 404.html"})
    void aMissingPageGetsThe404PageOfItsLanguage(String path, String page) throws Exception {
        HttpResponse<byte[]> r = get(path, false);
        assertEquals(404, r.statusCode(), path);
        assertEquals("text/html; charset=utf-8", header(r, "Content-Type"), path);
        assertArrayEquals(Files.readAllBytes(site.resolve(page)), r.body(), path + " shows " + page);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "/briefings/assets/style.css|text/css; charset=utf-8|public, max-age=300, must-revalidate",
            "/briefings/assets/search.js|application/javascript; charset=utf-8|public, max-age=300, must-revalidate",
            "/briefings/assets/favicon.svg|image/svg+xml; charset=utf-8|public, max-age=300, must-revalidate",
            "/briefings/assets/style.0123abcd.css|text/css; charset=utf-8|public, max-age=31536000, immutable",
            "/briefings/en/atom.xml|application/atom+xml; charset=utf-8|no-cache",
            "/briefings/vi/tim-kiem/meta.json|application/json; charset=utf-8|no-cache",
            "/briefings/sitemap.xml|text/xml; charset=utf-8|no-cache"})
    void contentTypesAndCacheLifetimes(String path, String type, String cache) throws Exception {
        HttpResponse<byte[]> r = get(path, false);
        assertEquals(200, r.statusCode(), path);
        assertEquals(type, header(r, "Content-Type"), path);
        assertEquals(cache, header(r, "Cache-Control"), path);
    }

    @ParameterizedTest
    @CsvSource({"/briefings/vi/", "/briefings/assets/style.css", "/briefings/assets/search.js", "/briefings/en/atom.xml"})
    void textIsSentCompressed(String path) throws Exception {
        HttpResponse<byte[]> r = get(path, true);
        assertEquals("gzip", header(r, "Content-Encoding"), path);
        assertEquals("Accept-Encoding", header(r, "Vary"), path);
        byte[] plain = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body())).readAllBytes();
        assertTrue(r.body().length < plain.length, path);
    }

    @Test
    void theServedSiteHasNoBrokenLinkByBriefCheck() {
        Sites.Run r = Sites.brief("check", "--site", host + "/briefings/");
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.err().matches("(?s)check passed: \\d+ pages, \\d+ links checked, 0 broken\\R"), r.all());
    }
}
