package brief.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `brief check --site` crawls a built site and names each broken link where it is written. */
class SiteCheckTest {
    @TempDir
    Path dir;

    /** The minimal fixture, published under a sub-path, built with the given extra options into {@code out}. */
    Path built(String out, String... options) throws Exception {
        Path src = dir.resolve("src");
        if (!Files.exists(src)) {
            Sites.copyFixture("minimal", src);
            Path yaml = src.resolve("content/site.yaml");
            Files.writeString(yaml, Sites.read(yaml).replace("base_url: /\n", "base_url: https://example.org/briefings/\n"));
        }
        Path site = dir.resolve(out);
        List<String> args = new java.util.ArrayList<>(List.of("build", "--source", src.toString(), "--out", site.toString()));
        args.addAll(List.of(options));
        Sites.Run r = Sites.brief(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.all());
        return site;
    }

    /** line:col (1-based) of the first occurrence of {@code what} in {@code text}. */
    static String position(String text, String what) {
        int at = text.indexOf(what);
        assertTrue(at >= 0, "the page has " + what);
        int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        int col = at - text.lastIndexOf('\n', at - 1);
        return line + ":" + col;
    }

    @Test
    void aBuiltSiteAndItsPortableCopyHaveNoBrokenLink() throws Exception {
        for (Path site : List.of(built("site"), built("portable", "--portable"))) {
            Sites.Run r = Sites.brief("check", "--site", site.toString());
            assertEquals(0, r.exit(), r.all());
            assertTrue(r.err().matches("(?s)check passed: \\d+ pages, \\d+ links checked, 0 broken\\R"), r.all());
        }
    }

    @Test
    void aLinkAnAnchorAndAnAssetBrokenByHandAreReportedAtTheirPage() throws Exception {
        Path site = built("site");
        Path home = site.resolve("en/index.html");
        String html = Sites.read(home);
        String summits = "href=\"/briefings/en/summits/\"";
        assertTrue(html.contains(summits), html);
        html = html.replaceFirst(summits, "href=\"/briefings/en/summitz/\"")
                .replace("</main>", "<p><a href=\"../vi/index.html#nowhere\">x</a></p>\n</main>");
        Files.writeString(home, html);
        Files.delete(site.resolve("assets/favicon.svg"));

        Sites.Run r = Sites.brief("check", "--site", site.toString());

        assertEquals(1, r.exit(), r.all());
        List<String> lines = r.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertTrue(lines.contains("en/index.html:" + position(html, "href=\"/briefings/en/summitz/\"")
                + ": error: broken link '/briefings/en/summitz/': there is no file at 'en/summitz/index.html'"), r.all());
        assertTrue(lines.contains("en/index.html:" + position(html, "href=\"../vi/index.html#nowhere\"")
                + ": error: broken link '../vi/index.html#nowhere': 'vi/index.html' has no element with id 'nowhere'"), r.all());
        String favicon = "en/index.html:" + position(html, "href=\"/briefings/assets/favicon.svg\"")
                + ": error: broken link '/briefings/assets/favicon.svg': there is no file at 'assets/favicon.svg'";
        assertTrue(lines.contains(favicon), r.all());
        long pages = r.err().lines().filter(l -> l.startsWith("check failed: ")).count();
        assertEquals(1, pages, r.all());
        assertTrue(r.err().contains("= hint: fix the link in the template or article that makes this page, then build again"), r.all());
        assertEquals(2 + htmlFiles(site), lines.size(), "the two links, and the favicon on every page:\n" + r.all());
    }

    @Test
    void aServerOnAnotherMachineIsRefused() {
        Sites.Run r = Sites.brief("check", "--site", "http://example.org/briefings/");
        assertEquals(2, r.exit(), r.all());
        assertEquals("error: --site 'http://example.org/briefings/' is not on this machine: brief checks a site served"
                + " on 127.0.0.1 or localhost (serve the built folder there, or give the folder itself)\n", r.err());
    }

    @Test
    void aFolderThatIsNoBuiltSiteIsAUsageError() throws Exception {
        Sites.Run r = Sites.brief("check", "--site", Files.createDirectories(dir.resolve("empty")).toString());
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().startsWith("error: --site '" + dir.resolve("empty") + "' has no index.html"), r.all());
    }

    /** How many HTML pages a built folder has. */
    static long htmlFiles(Path site) throws Exception {
        try (var s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).count();
        }
    }
}
