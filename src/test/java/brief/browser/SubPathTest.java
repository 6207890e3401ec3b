package brief.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real site, whose base_url has a path prefix (https://example.org/briefings/), served from
 * /briefings/ by Debian's nginx: every internal link and asset of every page, feed and sitemap answers 200,
 * and nothing points outside the prefix.
 */
class SubPathTest {
    static final String BASE_URL = "https://example.org/briefings/";
    static final String PREFIX = "/briefings/";
    static final Path NGINX = Path.of("/usr/sbin/nginx");

    @TempDir
    static Path dir;
    static Process nginx;
    static String local;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void serve() throws Exception {
        Browser.require(Files.isExecutable(NGINX), "nginx", "apt-get update && apt-get install -y nginx");
        Path out = BuiltSite.build(dir.resolve("src"));
        String config = brief.testing.Sites.read(dir.resolve("src/content/site.yaml"));
        assertTrue(config.contains("base_url: " + BASE_URL), "the shipped site.yaml serves from a sub-path");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path run = Files.createDirectories(dir.resolve("nginx"));
        // master_process off: one process, no switch to another user (who could not read the temp folder).
        String conf = """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 64; }
                http {
                  include /etc/nginx/mime.types;
                  types { application/atom+xml atom; }
                  access_log %1$s/access.log;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  server {
                    listen 127.0.0.1:%2$d;
                    location %3$s {
                      alias %4$s/;
                      error_page 404 %3$s404.html;
                    }
                  }
                }
                """.formatted(run, port, PREFIX, out.toAbsolutePath());
        Path confFile = run.resolve("nginx.conf");
        Files.writeString(confFile, conf);
        nginx = new ProcessBuilder(NGINX.toString(), "-c", confFile.toString(), "-p", run.toString(), "-e",
                run.resolve("error.log").toString())
                .redirectErrorStream(true).redirectOutput(run.resolve("stdout.log").toFile()).start();
        local = "http://127.0.0.1:" + port + PREFIX;
        for (int i = 0; ; i++) {
            try {
                if (get(local).statusCode() == 200) break;
            } catch (IOException e) {
                if (i > 100 || !nginx.isAlive()) {
                    throw new AssertionError("nginx did not start:\n" + brief.testing.Sites.read(run.resolve("stdout.log"))
                            + brief.testing.Sites.read(run.resolve("error.log")), e);
                }
                Thread.sleep(100);
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            if (!nginx.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) nginx.destroyForcibly();
        }
    }

    static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A link as the local server's URL, or null when it leads off the site. Absolute site URLs map to local. */
    static String internal(String url, List<String> outside, String from) {
        if (url.startsWith(BASE_URL)) url = local + url.substring(BASE_URL.length());
        String origin = local.substring(0, local.length() - PREFIX.length());
        if (!url.startsWith(origin)) return null;
        int hash = url.indexOf('#');
        if (hash >= 0) url = url.substring(0, hash);
        if (!url.startsWith(local)) outside.add(from + " → " + url);
        return url;
    }

    @Test
    void everyLinkAssetFeedAndSitemapEntryAnswers200UnderThePrefix() throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of(local, local + "404.html"));
        for (String extra : List.of("sitemap.xml", "robots.txt")) {
            if (Files.exists(dir.resolve("src/site").resolve(extra))) queue.add(local + extra);
        }
        Set<String> seen = new LinkedHashSet<>(queue);
        TreeMap<String, String> broken = new TreeMap<>();
        List<String> outside = new ArrayList<>();
        int pages = 0;
        while (!queue.isEmpty()) {
            String url = queue.poll();
            HttpResponse<byte[]> r = get(url);
            if (r.statusCode() != 200) {
                broken.put(url, String.valueOf(r.statusCode()));
                continue;
            }
            String type = r.headers().firstValue("Content-Type").orElse("");
            String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
            List<String> links = new ArrayList<>();
            if (type.startsWith("text/html")) {
                pages++;
                Document doc = Jsoup.parse(body, url);
                for (Element e : doc.select("[href], [src]")) {
                    String raw = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    if (raw.startsWith("mailto:") || raw.startsWith("data:")) continue;
                    links.add(e.hasAttr("href") ? e.absUrl("href") : e.absUrl("src"));
                }
                for (Element f : doc.select("form[action]")) links.add(f.absUrl("action"));
            } else if (type.contains("xml")) {
                Document doc = Jsoup.parse(body, url, Parser.xmlParser());
                for (Element e : doc.getAllElements()) {
                    if (e.hasAttr("href")) links.add(e.absUrl("href"));
                    if (e.tagName().equals("loc")) links.add(e.text().strip());
                }
            } else if (url.endsWith("robots.txt")) {
                body.lines().filter(l -> l.toLowerCase().startsWith("sitemap:"))
                        .forEach(l -> links.add(l.substring("sitemap:".length()).strip()));
            }
            for (String link : links) {
                String in = internal(link, outside, url);
                if (in != null && seen.add(in)) queue.add(in);
            }
        }
        System.err.println("SubPathTest: crawled " + seen.size() + " URLs (" + pages + " HTML pages) under " + local);
        assertTrue(pages > 50, "the crawl reached the site's pages: " + pages);
        assertEquals(List.of(), outside, "links that leave the /briefings/ prefix");
        assertEquals(new TreeMap<String, String>(), broken, "URLs that do not answer 200");
        assertEquals(404, get(local + "no-such-page/").statusCode(), "an unknown path is a 404");
    }

    @Test
    void searchWorksInChromiumUnderThePrefix() {
        ChromeDriver driver = Browser.open();
        try {
            driver.get(local + "vi/tim-kiem/?q=hoi+nghi");
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                    d.findElement(By.id("search-results")).getAttribute("data-state") != null);
            List<WebElement> hits = driver.findElements(By.cssSelector("#search-list .search-hit h2 a"));
            assertTrue(!hits.isEmpty(), "search finds 'hội nghị' under the prefix");
            for (WebElement a : hits) assertTrue(a.getAttribute("href").startsWith(local), a.getAttribute("href"));
        } finally {
            driver.quit();
        }
    }
}
