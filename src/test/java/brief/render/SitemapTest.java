package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.config.SiteConfig;
import brief.i18n.Language;
import brief.i18n.LocalizedText;
import brief.site.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Past the protocol's URL limit, sitemap.xml becomes an index of parts that together list every page. */
class SitemapTest {
    private final Urls urls = new Urls(new SiteConfig(LocalizedText.same("T"), LocalizedText.same("D"),
            "https://example.org/briefings/", List.of(new Language("vi", "Tiếng Việt", Locale.forLanguageTag("vi-VN"), true, 0)),
            Map.of(), "default", false), Map.of());

    private static List<Sitemap.Entry> pages(int n) {
        List<Sitemap.Entry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new Sitemap.Entry(String.format("/briefings/vi/p%03d/", i), Map.of("vi-VN", String.format("/briefings/vi/p%03d/", i))));
        return out;
    }

    @Test
    void upToTheLimitOneSitemapListsEveryPage() {
        Map<String, String> files = Sitemap.files(urls, pages(5), 5);
        assertEquals(List.of("sitemap.xml"), List.copyOf(files.keySet()));
        assertEquals(5, count(files.get("sitemap.xml"), "<loc>"));
        assertTrue(files.get("sitemap.xml").contains("<loc>https://example.org/briefings/vi/p000/</loc>"));
    }

    @Test
    void pastTheLimitSitemapXmlIndexesPartsThatTogetherListEveryPageOnce() {
        Map<String, String> files = Sitemap.files(urls, pages(12), 5);
        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"),
                files.keySet().stream().sorted().toList());
        String index = files.get("sitemap.xml");
        assertTrue(index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"), index);
        for (int n = 1; n <= 3; n++) {
            assertTrue(index.contains("<loc>https://example.org/briefings/sitemap-" + n + ".xml</loc>"), index);
        }
        assertEquals(List.of(5, 5, 2), List.of(count(files.get("sitemap-1.xml"), "<loc>"),
                count(files.get("sitemap-2.xml"), "<loc>"), count(files.get("sitemap-3.xml"), "<loc>")));
        assertTrue(files.get("sitemap-3.xml").contains("/briefings/vi/p011/</loc>"));
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
        return n;
    }
}
