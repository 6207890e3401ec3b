package brief.render;

import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.node.AbstractRenderableNode;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.IfNode;
import io.pebbletemplates.pebble.node.NamedArgumentNode;
import io.pebbletemplates.pebble.node.PositionalArgumentNode;
import io.pebbletemplates.pebble.node.PrintNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.BinaryExpression;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.FilterExpression;
import io.pebbletemplates.pebble.node.expression.FilterInvocationExpression;
import io.pebbletemplates.pebble.node.expression.FunctionOrMacroInvocationExpression;
import io.pebbletemplates.pebble.node.expression.GetAttributeExpression;
import io.pebbletemplates.pebble.node.expression.LiteralStringExpression;
import io.pebbletemplates.pebble.node.expression.UnaryExpression;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.utils.Pair;
import io.pebbletemplates.pebble.utils.StringUtils;
import java.io.IOException;
import java.io.Writer;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * Shorter paths, made once when a template is compiled, for what templates do most: print an attribute of a view,
 * escaped ({@code {{ a.title }}}) or raw ({@code {{ page.body | raw }}}), and test one ({@code {% if a.summary is
 * not empty %}}). Pebble's autoescaper wraps every print in its {@code escape} filter, and each evaluation of a
 * filter builds a map of its arguments, looks the strategy up and wraps the text in a {@link SafeString}; each
 * attribute read asks every resolver in turn, which looks the class and the name up in its tables. An article
 * page prints a few hundred of them: a tenth of a build's CPU went to that bookkeeping.
 *
 * <p>The text is the same: a print escapes with {@link Escape#html} (the engine's "html" strategy) straight into
 * the page's {@link Utf8Writer}, and an attribute is read through {@link ViewAttributes}' method, which is the
 * first resolver Pebble asks, remembered for the last class read at that place in the template. Anything else
 * (another escaping strategy, a map, a list, {@code loop}, a missing attribute and its error) takes Pebble's own
 * path, so errors keep their text, template and line. It runs after Pebble's autoescaper, as extensions' visitors
 * run after the core's. A call of a function of brief's ({@code t('nav.skip')}) is made without Pebble's map of
 * its arguments.
 */
final class TemplatePrints implements NodeVisitorFactory {
    /** A template function called with its arguments in order, without Pebble's map of them. */
    interface Direct {
        Object call(Object[] args, EvaluationContext context);
    }

    /**
     * The engine's functions that take positional arguments only, by name: a call to one of them, without named
     * arguments, calls it directly. An extension's function is always found before a macro of the same name.
     */
    private final Map<String, Direct> functions;

    TemplatePrints(Map<String, Direct> functions) {
        this.functions = Map.copyOf(functions);
    }

    @Override
    public NodeVisitor createVisitor(PebbleTemplate template) {
        return new Visitor((PebbleTemplateImpl) template);
    }

    private final class Visitor extends AbstractNodeVisitor {
        Visitor(PebbleTemplateImpl template) {
            super(template);
        }

        @Override
        public void visit(BodyNode node) {
            List<RenderableNode> children = node.getChildren();
            for (int i = 0; i < children.size(); i++) {
                RenderableNode child = children.get(i);
                if (child instanceof PrintNode print) {
                    RenderableNode shorter = print(print);
                    if (shorter != null) {
                        try {
                            children.set(i, shorter);
                            continue;
                        } catch (UnsupportedOperationException e) {
                            // A body Pebble made unmodifiable: its print keeps Pebble's path.
                        }
                    }
                    print.setExpression(reads(print.getExpression()));
                } else {
                    child.accept(this);
                }
            }
        }

        @Override
        public void visit(IfNode node) {
            List<Pair<Expression<?>, BodyNode>> branches = node.getConditionsWithBodies();
            for (int i = 0; i < branches.size(); i++) {
                Pair<Expression<?>, BodyNode> branch = branches.get(i);
                Expression<?> condition = reads(branch.getLeft());
                if (condition != branch.getLeft()) {
                    try {
                        branches.set(i, new Pair<>(condition, branch.getRight()));
                    } catch (UnsupportedOperationException e) {
                        // Left to Pebble, as above.
                    }
                }
            }
            super.visit(node);
        }
    }

    /** The shorter node for an autoescaped print, or null when it is not one this class knows to be the same. */
    private RenderableNode print(PrintNode print) {
        Expression<?> inner = unwrap(print.getExpression(), "escape");
        if (inner == null) return null;
        Expression<?> raw = unwrap(inner, "raw");
        return raw != null ? new Print(reads(raw), false, print.getLineNumber())
                : new Print(reads(inner), true, print.getLineNumber());
    }

    /**
     * What {@code filter} is applied to, when {@code e} is that filter without arguments, or (for the autoescaper's
     * {@code escape}) with the strategy "html" the engine maps to {@link Escape#html}; else null.
     */
    private static Expression<?> unwrap(Expression<?> e, String filter) {
        if (!(e instanceof FilterExpression f) || !(f.getRightExpression() instanceof FilterInvocationExpression call)
                || !call.getFilterName().equals(filter)) {
            return null;
        }
        ArgumentsNode args = call.getArgs();
        if (args == null) return f.getLeftExpression();
        if (args.getPositionalArgs() != null && !args.getPositionalArgs().isEmpty()) return null;
        List<NamedArgumentNode> named = args.getNamedArgs();
        if (named == null || named.isEmpty()) return f.getLeftExpression();
        if (filter.equals("escape") && named.size() == 1 && named.get(0).getName().equals("strategy")
                && named.get(0).getValueExpression() instanceof LiteralStringExpression s
                && "html".equals(s.getValue())) {
            return f.getLeftExpression();
        }
        return null;
    }

    /** {@code e} with each attribute read whose name is written out replaced by a {@link Read}, where it can be. */
    private Expression<?> reads(Expression<?> e) {
        if (e instanceof FunctionOrMacroInvocationExpression call && functions.containsKey(call.getFunctionName())
                && call.getArguments() != null
                && (call.getArguments().getNamedArgs() == null || call.getArguments().getNamedArgs().isEmpty())) {
            List<PositionalArgumentNode> positional = call.getArguments().getPositionalArgs();
            Expression<?>[] args = new Expression<?>[positional == null ? 0 : positional.size()];
            for (int i = 0; i < args.length; i++) args[i] = reads(positional.get(i).getValueExpression());
            return new Call(functions.get(call.getFunctionName()), args, call);
        }
        if (e instanceof GetAttributeExpression get && get.getArgumentsNode() == null
                && get.getAttributeNameExpression() instanceof LiteralStringExpression name) {
            String filename = filename(get);
            return filename == null ? e : new Read(reads(get.getNode()), get, name.getValue(), filename);
        }
        if (e instanceof BinaryExpression<?> b && !(b.getRightExpression() instanceof FilterInvocationExpression
                && ((FilterInvocationExpression) b.getRightExpression()).getFilterName().equals("default"))) {
            b.setLeft(reads(b.getLeftExpression()));
            b.setRight(reads(b.getRightExpression()));
        } else if (e instanceof UnaryExpression u) {
            u.setChildExpression(reads(u.getChildExpression()));
        }
        return e;
    }

    private static final Field FILENAME = filenameField();

    private static Field filenameField() {
        try {
            Field f = GetAttributeExpression.class.getDeclaredField("filename");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The template an attribute read names in its errors; null if it cannot be known (then Pebble's path stays). */
    private static String filename(GetAttributeExpression get) {
        try {
            return FILENAME == null ? null : (String) FILENAME.get(get);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * An expression standing in for Pebble's {@code pebbles}: visitors and errors see Pebble's node (its children,
     * its line), and the stand-in may fall back on evaluating it.
     */
    private abstract static class StandIn<P extends Expression<?>> implements Expression<Object> {
        final P pebbles;

        StandIn(P pebbles) {
            this.pebbles = pebbles;
        }

        @Override
        public void accept(NodeVisitor visitor) {
            pebbles.accept(visitor);
        }

        @Override
        public int getLineNumber() {
            return pebbles.getLineNumber();
        }
    }

    /** {@code t('key', a, b)}: the function called with its arguments' values in order. */
    private static final class Call extends StandIn<FunctionOrMacroInvocationExpression> {
        private final Direct function;
        private final Expression<?>[] args;

        Call(Direct function, Expression<?>[] args, FunctionOrMacroInvocationExpression pebbles) {
            super(pebbles);
            this.function = function;
            this.args = args;
        }

        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            Object[] values = new Object[args.length];
            for (int i = 0; i < values.length; i++) values[i] = args[i].evaluate(self, context);
            return function.call(values, context);
        }
    }

    /** {@code {{ x }}}: escaped as the autoescaper's filter would, or {@code {{ x | raw }}}: as it is. */
    private static final class Print extends AbstractRenderableNode {
        private final Expression<?> value;
        private final boolean escape;

        Print(Expression<?> value, boolean escape, int line) {
            super(line);
            this.value = value;
            this.escape = escape;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            Object v = value.evaluate(self, context);
            if (v == null) return;
            if (!escape || v instanceof SafeString) {
                // The raw filter prints toString(); a SafeString's is its text.
                writer.write(v.toString());
            } else if (writer instanceof Utf8Writer u) {
                u.writeHtml(StringUtils.toString(v));
            } else {
                writer.write(Escape.html(StringUtils.toString(v)));
            }
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * {@code x.name}: read through {@link ViewAttributes}' method for x's class (kept for the class read last here),
     * else by Pebble's {@link GetAttributeExpression} it replaces, which evaluates x again (reading is pure).
     */
    private static final class Read extends StandIn<GetAttributeExpression> {
        private final Expression<?> node;
        private final String name;
        private final String filename;
        /**
         * The class read last and its method (null: Pebble's): one immutable object, so a thread sees a matching
         * pair, or another thread's older one, never half of each.
         */
        private Last last;

        private record Last(Class<?> type, MethodHandle getter) {}

        Read(Expression<?> node, GetAttributeExpression pebbles, String name, String filename) {
            super(pebbles);
            this.node = node;
            this.name = name;
            this.filename = filename;
        }

        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            Object object = node.evaluate(self, context);
            if (object != null) {
                Class<?> type = object.getClass();
                Last l = last;
                if (l == null || l.type != type) {
                    l = new Last(type, ViewAttributes.getter(type, name));
                    last = l;
                }
                if (l.getter != null) return ViewAttributes.read(l.getter, object, name, filename, getLineNumber());
            }
            return pebbles.evaluate(self, context);
        }
    }
}
