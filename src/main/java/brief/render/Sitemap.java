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
    record Entry(String url, Map<String, String> alternates, String lastmod) {
        /** A page with no date of its own (a list, the chronology): no lastmod, rather than the build's clock. */
        Entry(String url, Map<String, String> alternates) {
            this(url, alternates, "");
        }
    }

    /** The protocol's limit of URLs per sitemap file; beyond it, sitemap.xml becomes an index of parts. */
    static final int MAX_URLS = 50_000;

    private Sitemap() {}

    /**
     * The sitemap files, path (relative to the output folder) → text: sitemap.xml alone, or, past
     * {@code maxUrls} pages, sitemap.xml as an index of sitemap-1.xml, sitemap-2.xml…
     */
    static java.util.Map<String, String> files(Urls urls, List<Entry> entries, int maxUrls) {
        List<Entry> sorted = entries.stream().sorted(Comparator.comparing(Entry::url)).toList();
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (sorted.size() <= maxUrls) {
            out.put("sitemap.xml", xml(urls, sorted));
            return out;
        }
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int from = 0, n = 1; from < sorted.size(); from += maxUrls, n++) {
            String name = "sitemap-" + n + ".xml";
            out.put(name, xml(urls, sorted.subList(from, Math.min(sorted.size(), from + maxUrls))));
            index.append("  <sitemap><loc>").append(Escape.xml(urls.absolute(urls.root() + name))).append("</loc></sitemap>\n");
        }
        index.append("</sitemapindex>\n");
        out.put("sitemap.xml", index.toString());
        return out;
    }

    static String xml(Urls urls, List<Entry> entries) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        b.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        entries.stream().sorted(Comparator.comparing(Entry::url)).forEach(e -> {
            b.append("  <url>\n    <loc>").append(Escape.xml(urls.absolute(e.url()))).append("</loc>\n");
            if (!e.lastmod().isEmpty()) b.append("    <lastmod>").append(e.lastmod()).append("</lastmod>\n");
            e.alternates().forEach((lang, url) -> b.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
                    .append(Escape.xml(lang)).append("\" href=\"").append(Escape.xml(urls.absolute(url))).append("\"/>\n"));
            b.append("  </url>\n");
        });
        b.append("</urlset>\n");
        return b.toString();
    }

    static String robots(Urls urls) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute(urls.root() + "sitemap.xml") + "\n";
    }
}
