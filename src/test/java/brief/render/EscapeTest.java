package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** What brief's own escapers write: feeds and sitemaps through {@code xml}, templates through {@code html}. */
class EscapeTest {
    @Test
    void xmlEscapesMarkupAndDropsWhatXmlCannotHold() {
        assertEquals("Trump &amp; Chính: &lt;b&gt; &quot;453&quot; &#39;tỷ&#39;",
                Escape.xml("Trump & Chính: <b> \"453\" 'tỷ'"));
        // Control characters other than tab, line feed and carriage return, and U+FFFE/U+FFFF are not XML 1.0.
        assertEquals("a\tb\nc\rd", Escape.xml("a\tb\nc\rd\u0001\u001f\uFFFE\uFFFF"));
    }

    @Test
    void htmlEscapesMarkupAndKeepsEverythingElse() {
        assertEquals("&lt;/script&gt;&amp;&quot;&#39;\u0001", Escape.html("</script>&\"'\u0001"));
        String plain = "Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13";
        assertSame(plain, Escape.html(plain), "nothing to escape: the text itself, not a copy");
    }
}
