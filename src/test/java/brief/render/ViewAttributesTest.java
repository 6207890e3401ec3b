package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Templates read views' attributes through {@link ViewAttributes} and print through {@link Escape#html}: the same
 * text as Pebble's own resolver and escaper give, which they replace because they are cheaper.
 */
class ViewAttributesTest {
    public record Card(String title, String url, boolean translated, int width, List<String> tags) {}

    /** Pebble would call title() here; ViewAttributes leaves a class with a getter beside it to Pebble. */
    public record Both(String title) {
        public String getTitle() {
            return "from the getter";
        }
    }

    /** Two methods whose names differ only in case: Pebble's choice, not ours. */
    public record Cased(String name) {
        public String NAME() {
            return "upper";
        }
    }

    private static PebbleEngine engine(boolean ours) {
        PebbleEngine.Builder b = new PebbleEngine.Builder().loader(new StringLoader()).autoEscaping(true)
                .strictVariables(true);
        if (ours) {
            b.addEscapingStrategy("html", Escape::html).extension(new AbstractExtension() {
                @Override
                public List<AttributeResolver> getAttributeResolver() {
                    return List.of(new ViewAttributes());
                }
            });
        }
        return b.build();
    }

    private static String render(PebbleEngine e, String template, Object x) throws Exception {
        StringWriter w = new StringWriter();
        e.getTemplate(template).evaluate(w, Map.of("x", x));
        return w.toString();
    }

    @Test
    void aViewPrintsAsPebblesOwnResolverAndEscaperPrintIt() throws Exception {
        String t = "{{ x.title }}|{{ x.url }}|{% if x.translated %}yes{% endif %}|{{ x.width + 1 }}|"
                + "{% for g in x.tags %}{{ g }};{% endfor %}|{{ x.tags.size }}|{{ x.title() }}";
        Card card = new Card("Bộ trưởng' <họp> & \"bàn\"", "/vi/a?x=1&y=2", true, 1199, List.of("a<b", "c"));
        String ours = render(engine(true), t, card);
        assertEquals("Bộ trưởng&#39; &lt;họp&gt; &amp; &quot;bàn&quot;|/vi/a?x=1&amp;y=2|yes|1200|a&lt;b;c;|2|"
                + "Bộ trưởng&#39; &lt;họp&gt; &amp; &quot;bàn&quot;", ours);
        assertEquals(render(engine(false), t, card), ours);
    }

    @Test
    void aPageViewsHeadIsReadThroughItsInterfaceMethods() throws Exception {
        PageView.Head head = new PageView.Head("article", "a-1", "Title", "Desc", "/vi/a-1/", "https://x/vi/a-1/",
                List.of(), List.of(), "https://x/", List.of(), "{}", null);
        PageView.Plain page = new PageView.Plain(head);
        String t = "{{ x.kind }} {{ x.title }} {{ x.canonical }} {{ x.head.id }} {{ x.xdefault }}";
        assertEquals("article Title https://x/vi/a-1/ a-1 https://x/", render(engine(true), t, page));
        assertEquals(render(engine(false), t, page), render(engine(true), t, page));
    }

    @Test
    void whatPebbleMightReadOtherwiseIsLeftToPebble() throws Exception {
        ViewAttributes r = new ViewAttributes();
        assertNull(r.resolve(new Both("own"), "title", null, null, null, "t", 1));
        assertNull(r.resolve(new Cased("n"), "name", null, null, null, "t", 1));
        assertNull(r.resolve(new Card("T", "u", true, 1, List.of()), "TITLE", null, null, null, "t", 1));
        assertNull(r.resolve(new Card("T", "u", true, 1, List.of()), "missing", null, null, null, "t", 1));
        assertNull(r.resolve(List.of("a"), "size", null, null, null, "t", 1));
        assertNull(r.resolve(Map.of("title", "m"), "title", null, null, null, "t", 1));
        assertNotNull(r.resolve(new Card("T", "u", true, 1, List.of()), "title", null, null, null, "t", 1));
        for (Object x : List.of(new Both("own"), new Cased("n"))) {
            String t = "{{ x.title is defined ? x.title : '' }}{{ x.name is defined ? x.name : '' }}";
            assertEquals(render(engine(false), t, x), render(engine(true), t, x));
        }
    }

    @Test
    void aMissingAttributeIsStillPebblesErrorWithItsLine() {
        Card card = new Card("T", "u", true, 1, List.of());
        PebbleException ours = assertThrows(PebbleException.class, () -> render(engine(true), "\n{{ x.titel }}", card));
        PebbleException theirs = assertThrows(PebbleException.class, () -> render(engine(false), "\n{{ x.titel }}", card));
        assertEquals(theirs.getPebbleMessage(), ours.getPebbleMessage());
        assertEquals(2, ours.getLineNumber());
    }

    @Test
    void escapingWritesWhatUnbescapesHtml4XmlWritesForEveryCharacter() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            assertEquals(org.unbescape.html.HtmlEscape.escapeHtml4Xml(one), Escape.html(one), "U+" + Integer.toHexString(c));
            all.append((char) c);
        }
        assertEquals(org.unbescape.html.HtmlEscape.escapeHtml4Xml(all.toString()), Escape.html(all.toString()));
        Random random = new Random(17);
        String alphabet = "aăâđêôơư AĐ&<>\"'\n\t\u0000😀\uD800\uDC00\uDFFFé̂";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertEquals(org.unbescape.html.HtmlEscape.escapeHtml4Xml(s.toString()), Escape.html(s.toString()), s.toString());
        }
        String plain = "Hội nghị cấp cao ASEAN";
        assertEquals(true, Escape.html(plain) == plain, "nothing to escape: the same string, not a copy");
    }
}
