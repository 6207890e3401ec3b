package brief.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Templates compiled with {@link TemplatePrints}' shorter paths print what Pebble's own nodes print, byte for byte,
 * and fail with Pebble's own errors at the same line.
 */
class TemplatePrintsTest {
    public record Card(String title, String summary, Integer width, BigDecimal ratio, List<String> tags, Card inner) {
        public String broken() {
            throw new IllegalStateException("no");
        }
    }

    public record Topic(String title, String url) {}

    private static PebbleEngine engine(boolean shorter) {
        return new PebbleEngine.Builder().loader(new StringLoader()).autoEscaping(true).strictVariables(true)
                .newLineTrimming(true).addEscapingStrategy("html", Escape::html)
                .extension(new AbstractExtension() {
                    @Override
                    public List<AttributeResolver> getAttributeResolver() {
                        return List.of(new ViewAttributes());
                    }

                    @Override
                    public List<NodeVisitorFactory> getNodeVisitors() {
                        return shorter ? List.of(new TemplatePrints(Map.of("join", TemplatePrintsTest::join))) : List.of();
                    }

                    @Override
                    public Map<String, Function> getFunctions() {
                        return Map.of("join", new Function() {
                            @Override
                            public List<String> getArgumentNames() {
                                return null;
                            }

                            @Override
                            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                                                  int line) {
                                List<Object> values = new ArrayList<>();
                                for (int i = 0; args.containsKey(String.valueOf(i)); i++) values.add(args.get(String.valueOf(i)));
                                return join(values.toArray(), context);
                            }
                        });
                    }
                }).build();
    }

    /** A function as brief's {@code t} is one: its arguments in order, and the page's language. */
    private static Object join(Object[] args, EvaluationContext context) {
        StringBuilder b = new StringBuilder(String.valueOf(context.getVariable("lang")));
        for (Object a : args) b.append('|').append(a);
        return b.toString();
    }

    private static final Card CARD = new Card("Bộ trưởng' <họp> & \"bàn\" 😀", null, 1199, new BigDecimal("1E+3"),
            List.of("a<b", "c"), new Card("trong & ngoài", "tóm tắt", null, null, List.of(), null));

    private static Map<String, Object> vars() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("x", CARD);
        vars.put("m", Map.of("title", "map <title>", "style.css", "style.1a2b.css"));
        vars.put("items", List.of(CARD, new Topic("chủ đề <1>", "/vi/chu-de/"), CARD.inner(), new Topic("b", "/b")));
        vars.put("lang", "vi");
        return vars;
    }

    private static String render(PebbleEngine e, String template, Writer w) throws Exception {
        e.getTemplate(template).evaluate(w, vars());
        return w instanceof Utf8Writer u ? new String(u.toByteArray(), StandardCharsets.UTF_8) : w.toString();
    }

    /** Each template through Pebble's nodes and through the shorter ones, into a StringWriter and a Utf8Writer. */
    private static void same(String template) throws Exception {
        String pebbles = render(engine(false), template, new StringWriter());
        assertEquals(pebbles, render(engine(true), template, new StringWriter()), template);
        assertEquals(pebbles, render(engine(true), template, new Utf8Writer(8)), template);
    }

    @Test
    void printsTestsAndCallsGivePebblesText() throws Exception {
        same("{{ x.title }}|{{ x.title | raw }}|{{ x.width }}|{{ x.width + 1 }}|{{ x.ratio }}|{{ x.tags }}|{{ x.summary }}|");
        same("{{ x.inner.title }}|{{ x.inner.summary | upper }}|{{ x.title | lower | raw }}|{{ x.inner.width }}");
        same("{% if x.summary is not empty %}s{% elseif x.inner.summary is not empty %}{{ x.inner.summary }}{% endif %}");
        same("{% if not (x.inner.tags is empty) and x.width > 3 %}{{ x.title | replace({'<': '[', (x.inner.title): 'i'}) }}{% endif %}");
        same("{{ x.summary is defined ? x.summary : 'none' }}|{{ x.nope | default('d') }}|{{ m.nope | default('<d>') }}");
        same("{{ m.title }}|{{ m['style.css'] }}|{{ x.tags.size }}|{{ x.tags[0] }}|{{ 'lit<' }}|{{ 'a' ~ x.title }}");
        same("{% for t in x.tags %}{{ loop.index }}{{ t }}{% if not loop.last %},{% endif %}{% endfor %}");
        same("{% for i in items %}<a href=\"{{ i.url is defined ? i.url : '' }}\">{{ i.title }}</a>{% endfor %}");
        same("{% autoescape 'js' %}{{ x.title }}{% endautoescape %}{% autoescape false %}{{ x.title }}{% endautoescape %}");
        same("{{ x.title | escape('css') }}|{{ x.title | escape }}|{{ x.title | escape(strategy='html') }}");
        same("{% macro card(c) %}<li>{{ c.title }}{{ c.inner.title | raw }}</li>{% endmacro %}{{ card(x) }}{{ card(x) | raw }}");
        same("{{ join() }} {{ join('<k>') }} {{ join('k', x.title, x.summary, x.width) | raw }} {{ join('k', n='v') }}");
        same("{% macro join(a) %}macro {{ a }}{% endmacro %}{{ join(x.inner.title) }}{{ join(join(1), 2) | upper }}");
        same("{% if join('a') == 'vi|a' %}{{ join('a') | replace({'a': x.inner.title}) | raw }}{% endif %}");
        same("{% set t = x.inner %}{{ t.title }}{% set h = '<b>' %}{{ h }}{{ h | raw }}");
    }

    @Test
    void placesReadingSeveralClassesInTurnReadEachRight() throws Exception {
        // One place in a template reading a card, then a topic, then a card again: the remembered class must follow.
        String t = "{% for i in items %}{{ i.title }};{% endfor %}";
        String expected = "Bộ trưởng&#39; &lt;họp&gt; &amp; &quot;bàn&quot; 😀;chủ đề &lt;1&gt;;trong &amp; ngoài;b;";
        PebbleEngine e = engine(true);
        for (int round = 0; round < 3; round++) assertEquals(expected, render(e, t, new Utf8Writer(8)));
        assertEquals(expected, render(engine(false), t, new StringWriter()));
    }

    @Test
    void errorsArePebblesOwnWithTheirLines() {
        for (String t : List.of("\n\n{{ x.titel }}", "\n{% if x.inner.nope is empty %}{% endif %}", "{{ y.title }}",
                "\n{{ x.inner.inner.title }}", "\n\n\n{{ x.broken }}", "\n{{ m.title.nope }}")) {
            PebbleException theirs = assertThrows(PebbleException.class, () -> render(engine(false), t, new StringWriter()));
            PebbleException ours = assertThrows(PebbleException.class, () -> render(engine(true), t, new StringWriter()));
            assertEquals(theirs.getClass(), ours.getClass(), t);
            assertEquals(theirs.getPebbleMessage(), ours.getPebbleMessage(), t);
            assertEquals(theirs.getLineNumber(), ours.getLineNumber(), t);
            assertEquals(theirs.getFileName(), ours.getFileName(), t);
        }
        PebbleException broken = assertThrows(PebbleException.class,
                () -> render(engine(true), "\n\n\n{{ x.broken }}", new StringWriter()));
        assertEquals("Could not call broken", broken.getPebbleMessage());
        assertInstanceOf(IllegalStateException.class, broken.getCause());
    }

    @Test
    void anEscapedWriteHasTheBytesOfTheEscapedTextWritten() {
        Random random = new Random(28);
        String alphabet = "aăâđêôơư AĐ&<>\"'\n\t\u0000😀\uD800\uDC00\uDFFFé̂€";
        for (int n = 0; n < 3_000; n++) {
            List<String> parts = new ArrayList<>();
            for (int k = random.nextInt(4); k >= 0; k--) {
                StringBuilder s = new StringBuilder();
                for (int i = random.nextInt(30); i > 0; i--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                parts.add(s.toString());
            }
            Utf8Writer ours = new Utf8Writer(4);
            StringBuilder expected = new StringBuilder();
            for (int k = 0; k < parts.size(); k++) {
                // Escaped and plain writes in turn, as a page mixes a template's text with what it prints.
                if (k % 2 == 0) {
                    ours.writeHtml(parts.get(k));
                    expected.append(Escape.html(parts.get(k)));
                } else {
                    ours.write(parts.get(k));
                    expected.append(parts.get(k));
                }
            }
            assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), ours.toByteArray(), parts.toString());
        }
        Utf8Writer longer = new Utf8Writer(4);
        String text = "<Hội nghị & \"😀\"> ".repeat(500);
        longer.writeHtml(text);
        assertArrayEquals(Escape.html(text).getBytes(StandardCharsets.UTF_8), longer.toByteArray());
    }
}
