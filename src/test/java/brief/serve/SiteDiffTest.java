package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteDiffTest {
    private static byte[] page(String main) {
        return ("<!DOCTYPE html><html><head><title>t</title><script>var x = '<p>no</p>';</script></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><main id=\"main\">" + main + "</main><footer>f</footer></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void mainTextIsOneLinePerBlockWithEntitiesDecodedAndNavigationLeftOut() {
        List<String> lines = HtmlText.mainText(new String(page("<h1>Tiêu đề &amp; phụ đề</h1>\n<p>Một <em>đoạn</em>\n văn.</p>"
                + "<ul><li>A&#39;s</li><li>B&#x2013;C&nbsp;D</li></ul>"), StandardCharsets.UTF_8));
        assertEquals(List.of("Tiêu đề & phụ đề", "Một đoạn văn.", "A's", "B–C D"), lines);
    }

    @Test
    void unifiedDiffShowsRemovedThenAddedLinesWithContext() {
        String d = LineDiff.unified(List.of("a", "b", "c", "d", "e", "f", "g"), List.of("a", "b", "c", "D", "e", "f", "g"),
                "old", "new", 2);
        assertEquals("--- old\n+++ new\n@@ -2,5 +2,5 @@\n b\n c\n-d\n+D\n e\n f\n", d);
        assertEquals("--- x\n+++ y\n@@ -0,0 +1,1 @@\n+new\n", LineDiff.unified(List.of(), List.of("new"), "x", "y", 2));
    }

    @Test
    void pagesAreGroupedByLanguageAsAddedRemovedOrChanged() {
        Map<String, byte[]> before = Map.of("en/a/index.html", page("<p>old text</p>"), "en/gone.html", page(""),
                "vi/a/index.html", page("<p>giữ nguyên</p>"), "assets/style.css", "x".getBytes(StandardCharsets.UTF_8),
                "en/nav-only.html", page("<p>same</p>"));
        Map<String, byte[]> after = Map.of("en/a/index.html", page("<p>new text</p>"), "en/new.html", page("<p>n</p>"),
                "vi/a/index.html", page("<p>giữ nguyên</p>"), "assets/style.css", "y".getBytes(StandardCharsets.UTF_8),
                "en/nav-only.html", page("<p>same</p>").length > 0 ? new String(page("<p>same</p>"), StandardCharsets.UTF_8)
                        .replace("Home", "Start").getBytes(StandardCharsets.UTF_8) : null);
        SiteDiff.Report r = SiteDiff.compare(before, after, List.of("vi", "en"), "site/", "now");
        SiteDiff.Group en = r.groups().stream().filter(g -> g.lang().equals("en")).findFirst().orElseThrow();
        assertEquals(List.of("en/new.html"), en.added());
        assertEquals(List.of("en/gone.html"), en.removed());
        assertEquals(List.of("en/a/index.html", "en/nav-only.html"), en.changed().stream().map(SiteDiff.Changed::path).toList());
        assertTrue(en.changed().get(0).diff().contains("-old text\n+new text\n"));
        assertEquals("", en.changed().get(1).diff(), "only the navigation changed, not the main text");
        assertTrue(r.groups().stream().filter(g -> g.lang().equals("vi")).findFirst().orElseThrow().isEmpty());
        String text = r.text();
        assertTrue(text.contains("language en: 1 added, 1 removed, 2 changed"), text);
        assertTrue(text.contains("other files: 0 added, 0 removed, 1 changed"), text);
        assertTrue(text.contains("changed  en/nav-only.html (markup only; the main text is the same)"), text);
        assertFalse(text.contains("language vi"), text);
    }
}
