package brief.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No broken link in the built real site: every internal href and src of every HTML page names a file that
 * was written, under the base path, and every #fragment names an id of the page it points into.
 */
class LinkIntegrityTest {

    @Test
    void everyInternalLinkAndAnchorOfTheRealSiteResolves(@TempDir Path dir) {
        Sites.Built site = Sites.realSite(dir);
        Map<Path, Set<String>> ids = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        List<String> pages = site.files("html");
        assertTrue(pages.size() > 50, "the real site has pages: " + pages.size());
        for (String page : pages) {
            Document d = site.page(page);
            String pageUrl = Sites.BASE_URL + page.replaceFirst("index\\.html$", "");
            for (Element e : d.select("[href], [src]")) {
                String attr = e.hasAttr("href") ? "href" : "src";
                String raw = e.attr(attr);
                if (raw.isEmpty()) {
                    broken.add(page + ": empty " + attr + " on <" + e.tagName() + ">");
                    continue;
                }
                URI target;
                try {
                    target = URI.create(pageUrl).resolve(raw.replace(" ", "%20"));
                } catch (IllegalArgumentException ex) {
                    broken.add(page + ": malformed " + attr + "=" + raw);
                    continue;
                }
                String scheme = target.getScheme();
                if (!"http".equals(scheme) && !"https".equals(scheme)) continue; // mailto:, tel:…
                String abs = target.toString();
                if (!abs.startsWith(Sites.BASE_URL)) {
                    // Another host is an external source; the same host outside the base path is a bug.
                    if (target.getHost() != null && target.getHost().equals("example.org")) {
                        broken.add(page + ": " + raw + " leaves the base path " + "/briefings/");
                    }
                    continue;
                }
                checked++;
                String withoutFragment = abs.contains("#") ? abs.substring(0, abs.indexOf('#')) : abs;
                Optional<Path> file = site.fileOf(withoutFragment.contains("?")
                        ? withoutFragment.substring(0, withoutFragment.indexOf('?')) : withoutFragment);
                if (file.isEmpty()) {
                    broken.add(page + ": " + attr + "=" + raw + " names no file");
                    continue;
                }
                String fragment = target.getFragment();
                if (fragment == null || fragment.isEmpty()) continue;
                if (!file.get().toString().endsWith(".html")) {
                    broken.add(page + ": " + raw + " has a fragment into a non-HTML file");
                    continue;
                }
                Set<String> targetIds = ids.computeIfAbsent(file.get(), f -> idsOf(site, f));
                if (!targetIds.contains(fragment)) broken.add(page + ": " + raw + " names no id '" + fragment + "'");
            }
        }
        assertTrue(checked > 1000, "links checked: " + checked);
        assertTrue(broken.isEmpty(), broken.size() + " broken links:\n" + String.join("\n", broken));
    }

    private static Set<String> idsOf(Sites.Built site, Path file) {
        Document d = site.page(site.out().relativize(file).toString().replace('\\', '/'));
        Set<String> out = new java.util.HashSet<>(d.select("[id]").eachAttr("id"));
        out.addAll(d.select("a[name]").eachAttr("name"));
        return out;
    }
}
