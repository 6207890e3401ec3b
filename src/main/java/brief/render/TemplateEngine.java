package brief.render;

import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import brief.i18n.Strings;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.io.output.StringBuilderWriter;

/**
 * The theme's Pebble templates, compiled once. Autoescaping is on and variables are strict, so a typo in a
 * template is an error with the template's path and line rather than an empty string on the page.
 */
public final class TemplateEngine {
    private final PebbleEngine engine;
    private final Map<String, PebbleTemplate> templates = new HashMap<>();
    private final Path themeDir;

    private TemplateEngine(PebbleEngine engine, Path themeDir) {
        this.engine = engine;
        this.themeDir = themeDir;
    }

    /** Compiles every template of the theme; syntax errors become diagnostics. */
    public static Optional<TemplateEngine> compile(Path root, Theme theme, Diagnostics diags) {
        FileLoader loader = new FileLoader(root.resolve(theme.templatesDir()).toAbsolutePath().toString());
        loader.setCharset("UTF-8");
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                .extension(new BriefExtension(theme.strings()))
                .build();
        TemplateEngine te = new TemplateEngine(engine, theme.templatesDir());
        for (Path t : theme.templates()) {
            String name = theme.templatesDir().relativize(t).toString().replace('\\', '/');
            if (!name.endsWith(".peb")) continue;
            try {
                te.templates.put(name, engine.getTemplate(name));
            } catch (PebbleException e) {
                diags.errorWithHint(new SourcePos(t, Math.max(1, e.getLineNumber() == null ? 1 : e.getLineNumber()), 1),
                        "see the Pebble documentation for the syntax of tags ({% %}) and expressions ({{ }})",
                        "template error: %s", e.getPebbleMessage());
            }
        }
        return diags.hasErrors() ? Optional.empty() : Optional.of(te);
    }

    public boolean has(String name) {
        return templates.containsKey(name);
    }

    /** Renders a template; a failure names the template and line, as a {@link TemplateFailure}. */
    public String render(String name, Map<String, Object> context) {
        PebbleTemplate t = templates.get(name);
        if (t == null) throw new TemplateFailure(new SourcePos(themeDir.resolve(name), 0, 0), "template not found");
        // Not StringWriter: its StringBuffer locks on every append, and pages are rendered on every core.
        StringBuilderWriter w = new StringBuilderWriter(16384);
        try {
            t.evaluate(w, context);
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? name : Path.of(e.getFileName()).getFileName().toString();
            throw new TemplateFailure(new SourcePos(themeDir.resolve(file), e.getLineNumber() == null ? 1 : e.getLineNumber(), 1),
                    e.getPebbleMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** A template that failed while rendering a page. */
    public static final class TemplateFailure extends RuntimeException {
        public final SourcePos pos;

        TemplateFailure(SourcePos pos, String message) {
            super(message);
            this.pos = pos;
        }
    }

    /** The template functions: t('key', args…) for UI strings in the page's language. */
    static final class BriefExtension extends AbstractExtension {
        private final Strings strings;

        BriefExtension(Strings strings) {
            this.strings = strings;
        }

        @Override
        public Map<String, Function> getFunctions() {
            return Map.of("t", new Function() {
                @Override
                public List<String> getArgumentNames() {
                    return null;
                }

                @Override
                public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
                    String lang = String.valueOf(ctx.getVariable("lang"));
                    List<Object> rest = new ArrayList<>();
                    for (int i = 1; args.containsKey(String.valueOf(i)); i++) rest.add(args.get(String.valueOf(i)));
                    return strings.t(lang, String.valueOf(args.get("0")), rest.toArray());
                }
            });
        }
    }
}
