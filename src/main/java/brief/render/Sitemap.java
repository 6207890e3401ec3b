package brief.render;

import brief.site.Urls;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * sitemap.xml (sitemaps.org 0.9) listing every HTML page of the site, with an {@code xhtml:link} alternate for
 * each translation and x-default, as search engines expect for multilingual sites; and robots.txt naming it.
 * Every URL is absolute, under the configured base URL.
 */
final class Sitemap {
    /** A page of the sitemap: its path (starting with the base path) and its alternates (hreflang → path). */
    record Entry(String url, Map<String, String> alternates) {}

    private Sitemap() {}

    static String xml(Urls urls, List<Entry> entries) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        b.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        entries.stream().sorted(Comparator.comparing(Entry::url)).forEach(e -> {
            b.append("  <url>\n    <loc>").append(Xml.esc(urls.absolute(e.url()))).append("</loc>\n");
            e.alternates().forEach((lang, url) -> b.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
                    .append(Xml.esc(lang)).append("\" href=\"").append(Xml.esc(urls.absolute(url))).append("\"/>\n"));
            b.append("  </url>\n");
        });
        b.append("</urlset>\n");
        return b.toString();
    }

    static String robots(Urls urls) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute(urls.root() + "sitemap.xml") + "\n";
    }
}
