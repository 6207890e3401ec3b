package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code {% once %}} reuses a fragment only for an item equal by content, in the same language, and escapes it. */
class OnceTagTest {
    private final OnceTag once = new OnceTag();
    private final PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).autoEscaping(true)
            .newLineTrimming(true).strictVariables(true).extension(new AbstractExtension() {
                @Override
                public List<TokenParser> getTokenParsers() {
                    return List.of(once);
                }
            }).build();
    private final String template = "{% for a in items %}{% once a %}\n<li lang=\"{{ lang }}\">{{ a.title }}</li>\n{% endonce %}{% endfor %}";

    private String render(String lang, List<Map<String, Object>> items) throws Exception {
        StringWriter w = new StringWriter();
        engine.getTemplate(template).evaluate(w, Map.of("lang", lang, "items", items));
        return w.toString();
    }

    private static Map<String, Object> item(String title) {
        return new HashMap<>(Map.of("title", title));
    }

    @Test
    void aRepeatedItemGivesTheSameEscapedTextAsRenderingIt() throws Exception {
        String first = render("en", List.of(item("Ministers' <Meeting>"), item("Ministers' <Meeting>")));
        assertEquals("<li lang=\"en\">Ministers&#39; &lt;Meeting&gt;</li>\n".repeat(2), first);
    }

    @Test
    void anItemWhoseContentChangedOrAnotherLanguageIsRenderedAgain() throws Exception {
        assertEquals("<li lang=\"en\">Old title</li>\n", render("en", List.of(item("Old title"))));
        assertEquals("<li lang=\"en\">New title</li>\n", render("en", List.of(item("New title"))));
        assertEquals("<li lang=\"vi\">New title</li>\n", render("vi", List.of(item("New title"))));
    }

    /** Equal by id alone, so that a kept fragment shows whether it was reused. */
    public record Titled(String id, String title) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Titled t && t.id.equals(id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }

    @Test
    void forgottenFragmentsAreRenderedAgain() throws Exception {
        String t = "{% once a %}{{ a.title }}{% endonce %}";
        java.util.function.Function<Titled, String> render = a -> {
            StringWriter w = new StringWriter();
            try {
                engine.getTemplate(t).evaluate(w, Map.of("lang", "en", "a", a));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return w.toString();
        };
        assertEquals("First", render.apply(new Titled("x", "First")));
        assertEquals("First", render.apply(new Titled("x", "Second")));
        once.forget();
        assertEquals("Second", render.apply(new Titled("x", "Second")));
    }

    public record Card(String title) {}

    @Test
    void theSameRecordAnEqualOneAndAnotherInAnotherLanguageGiveTheirOwnText() throws Exception {
        String t = "{% once a %}<li lang=\"{{ lang }}\">{{ a.title }}</li>{% endonce %}";
        java.util.function.BiFunction<String, Card, String> render = (lang, a) -> {
            StringWriter w = new StringWriter();
            try {
                engine.getTemplate(t).evaluate(w, Map.of("lang", lang, "a", a));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return w.toString();
        };
        Card card = new Card("Hội nghị");
        assertEquals("<li lang=\"vi\">Hội nghị</li>", render.apply("vi", card));
        assertEquals("<li lang=\"vi\">Hội nghị</li>", render.apply("vi", card), "the same record, found by identity");
        assertEquals("<li lang=\"en\">Hội nghị</li>", render.apply("en", card), "the same record in another language");
        assertEquals("<li lang=\"vi\">Hội nghị</li>", render.apply("vi", new Card("Hội nghị")), "an equal record");
        assertEquals("<li lang=\"vi\">Summit</li>", render.apply("vi", new Card("Summit")));
    }
}
