package brief.render;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.lexer.TokenStream;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code {% once item %}…{% endonce %}}: the fragment is rendered once for each distinct value of {@code item}
 * (compared by content, not identity) and page language, and the same text is written wherever it recurs. An
 * article's list item appears on the home page, the articles index, its summits' pages and briefings and each
 * of its leaders' pages; a chronology entry on the whole chronology and on its year's, series' and leaders'
 * filter pages: rendered once, those lists cost a copy per page instead of a template evaluation.
 *
 * <p>The fragment may read only {@code item} and the page's language ({@code t()}): that is what the key is
 * made of (an item may be a list of what the fragment reads, as the theme's header is keyed by
 * {@code [site, page.kind]}), and a key equal by content gives the same text, so a cached fragment is never stale, in a build or
 * in the preview. Pebble's own {@code cache} tag keys by a name alone, which would be stale after an edit.
 */
final class OnceTag implements TokenParser {
    /** Beyond this many fragments the cache starts again: it bounds memory in a long preview session. */
    private static final int MAX_FRAGMENTS = 200_000;

    /** Each fragment's text, encoded once: pages are written as UTF-8 ({@link Utf8Writer}) and copy the bytes. */
    private final Map<Key, byte[]> fragments = new ConcurrentHashMap<>();

    private record Key(Object node, Object lang, Object item, int hash) {
        Key(Object node, Object lang, Object item) {
            this(node, lang, item, Objects.hash(System.identityHashCode(node), lang, item));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.node == node && k.hash == hash && Objects.equals(k.lang, lang)
                    && Objects.equals(k.item, item);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The same fragments by the very item they were rendered for: the items views make are records made once
     * and shared (an article's list item, a chronology entry), and a record's hash walks every field, where an
     * identity's is read from its header. Records are immutable, so the same record gives the same text; an
     * item not found here is looked up by content.
     */
    private final Map<Same, byte[]> byIdentity = new ConcurrentHashMap<>();

    private record Same(Object node, Object lang, Object item, int hash) {
        Same(Object node, Object lang, Object item) {
            this(node, lang, item, (31 * System.identityHashCode(node) + Objects.hashCode(lang)) * 31
                    + System.identityHashCode(item));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Same k && k.item == item && k.node == node && Objects.equals(k.lang, lang);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Empties the cache (see {@link TemplateEngine#forgetFragments}). */
    void forget() {
        fragments.clear();
        byIdentity.clear();
    }

    @Override
    public String getTag() {
        return "once";
    }

    @Override
    public RenderableNode parse(Token token, Parser parser) {
        TokenStream stream = parser.getStream();
        int line = token.getLineNumber();
        stream.next();
        Expression<?> item = parser.getExpressionParser().parseExpression();
        stream.expect(Token.Type.EXECUTE_END);
        BodyNode body = parser.subparse(t -> t.test(Token.Type.NAME, "endonce"));
        stream.next();
        stream.expect(Token.Type.EXECUTE_END);
        return new Node(line, item, body);
    }

    private final class Node extends AbstractRenderableNode {
        private final Expression<?> item;
        private final BodyNode body;

        Node(int line, Expression<?> item, BodyNode body) {
            super(line);
            this.item = item;
            this.body = body;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            Object lang = context.getScopeChain().get("lang");
            Object value = item.evaluate(self, context);
            Same same = value instanceof Record ? new Same(this, lang, value) : null;
            byte[] text = same == null ? null : byIdentity.get(same);
            if (text == null) {
                text = byContent(self, context, new Key(this, lang, value));
                if (same != null) {
                    if (byIdentity.size() >= MAX_FRAGMENTS) byIdentity.clear();
                    byIdentity.putIfAbsent(same, text);
                }
            }
            if (writer instanceof Utf8Writer u) u.writeUtf8(text);
            else writer.write(new String(text, java.nio.charset.StandardCharsets.UTF_8));
        }

        private byte[] byContent(PebbleTemplateImpl self, EvaluationContextImpl context, Key key) throws IOException {
            byte[] text = fragments.get(key);
            if (text == null) {
                Utf8Writer w = new Utf8Writer(512);
                body.render(self, w, context);
                text = w.toByteArray();
                if (fragments.size() >= MAX_FRAGMENTS) fragments.clear();
                fragments.putIfAbsent(key, text);
            }
            return text;
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visit(this);
            // Pebble's visitors do not descend into a node they do not know: the body must be visited too, or
            // autoescaping would skip what it prints.
            body.accept(visitor);
        }
    }
}
