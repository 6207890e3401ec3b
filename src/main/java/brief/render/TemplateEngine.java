package brief.render;

import brief.diag.Code;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import brief.i18n.Strings;
import brief.theme.Assets;
import brief.theme.Theme;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The theme's Pebble templates, compiled once. Autoescaping is on and variables are strict, so a typo in a
 * template is an error with the template's path and line rather than an empty string on the page.
 */
public final class TemplateEngine {
    private final PebbleEngine engine;
    private final Map<String, PebbleTemplate> templates = new HashMap<>();
    /** Each template's text, for the column of a failure. */
    private final Map<String, String> texts = new HashMap<>();
    private final Path themeDir;
    /** The theme's static files by their own name ("style.css") → the name they are published under. */
    private final Map<String, String> assetNames = new java.util.TreeMap<>();
    /**
     * Each thread's writer, kept from page to page with its buffer (see {@link #render}); taken while a page is
     * rendered, so a render nested on the same thread would make its own.
     */
    private final ThreadLocal<Utf8Writer> writers = new ThreadLocal<>();
    /** A writer whose buffer grew beyond this (a long chronology) is not kept: a few threads keep one each. */
    private static final int KEPT_BUFFER = 1 << 20;

    private final OnceTag once;

    private TemplateEngine(PebbleEngine engine, Path themeDir, OnceTag once) {
        this.engine = engine;
        this.themeDir = themeDir;
        this.once = once;
    }

    /**
     * Lets go of the fragments {@code {% once %}} kept (an article's list item, a chronology entry): a build
     * that has rendered all its pages needs them no more, and at 10,000 articles they are tens of megabytes.
     * Pages rendered later render them again, alike.
     */
    public void forgetFragments() {
        once.forget();
    }

    /** Compiles every template of the theme; syntax errors become diagnostics. */
    public static Optional<TemplateEngine> compile(Path root, Theme theme, Diagnostics diags) {
        FileLoader loader = new FileLoader(root.resolve(theme.templatesDir()).toAbsolutePath().toString());
        BriefExtension extension = new BriefExtension(theme.strings());
        loader.setCharset("UTF-8");
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                // The same text as Pebble's "html" strategy, cheaper (see Escape.html).
                .addEscapingStrategy("html", Escape::html)
                .newLineTrimming(true)
                .extension(extension)
                .build();
        TemplateEngine te = new TemplateEngine(engine, theme.templatesDir(), extension.once);
        te.nameAssets(root, theme);
        if (!te.readTemplates(root, theme, diags)) return Optional.empty();
        te.parseTemplates(theme, diags);
        return diags.hasErrors() ? Optional.empty() : Optional.of(te);
    }

    /** The name each static file is published under (fingerprinted by its bytes). */
    private void nameAssets(Path root, Theme theme) {
        for (Path p : theme.staticFiles()) {
            String rel = theme.staticDir().relativize(p).toString().replace('\\', '/');
            try {
                assetNames.put(rel, Assets.name(rel, java.nio.file.Files.readAllBytes(root.resolve(p))));
            } catch (IOException e) {
                assetNames.put(rel, rel); // The build reports the unreadable file when it copies it.
            }
        }
    }

    /**
     * Reads every template and looks for tags left open, first: Pebble's lexer runs off the end of the text on
     * them, in this template or in any that extends or includes it, instead of reporting them. False when a
     * template is too large, unreadable or has a tag left open (each is reported).
     */
    private boolean readTemplates(Path root, Theme theme, Diagnostics diags) {
        boolean open = false;
        for (Path t : theme.templates()) {
            String name = theme.templatesDir().relativize(t).toString().replace('\\', '/');
            if (!name.endsWith(".peb")) continue;
            String text;
            try {
                long size = java.nio.file.Files.size(root.resolve(t));
                if (size > brief.source.SourceFile.MAX_BYTES) {
                    diags.errorWithHint(Code.FILE_TOO_LARGE, SourcePos.of(t), "split it into templates that include one another",
                            "the file is %.1f MB, more than the %d MB brief reads", size / 1048576.0,
                            brief.source.SourceFile.MAX_BYTES / 1048576);
                    open = true;
                    continue;
                }
                text = java.nio.file.Files.readString(root.resolve(t), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException | UncheckedIOException e) {
                diags.error(Code.FILE_UNREADABLE, SourcePos.of(t), "cannot read template: %s", brief.diag.Causes.plain(e));
                open = true;
                continue;
            }
            texts.put(name, text);
            TemplateErrors.Problem p = TemplateErrors.unclosed(t, text);
            if (p != null) {
                diags.errorWithHint(Code.TEMPLATE_ERROR, p.pos(), p.hint(), "template error: %s", p.message());
                open = true;
            }
        }
        return !open;
    }

    /** Compiles each template; Pebble's errors become diagnostics at the template and line they are in. */
    private void parseTemplates(Theme theme, Diagnostics diags) {
        for (Path t : theme.templates()) {
            String name = theme.templatesDir().relativize(t).toString().replace('\\', '/');
            if (!name.endsWith(".peb")) continue;
            try {
                templates.put(name, engine.getTemplate(name));
            } catch (PebbleException e) {
                String in = templateName(e.getFileName(), name);
                TemplateErrors.Problem p = TemplateErrors.of(theme.templatesDir().resolve(in), texts.get(in),
                        e.getLineNumber(), e.getPebbleMessage());
                diags.errorWithHint(Code.TEMPLATE_ERROR, p.pos(), p.hint(), "template error: %s", p.message());
            } catch (RuntimeException e) {
                TemplateErrors.Problem p = TemplateErrors.unexpected(t, null);
                diags.errorWithHint(Code.TEMPLATE_ERROR, p.pos(), p.hint(), "template error: %s", p.message());
            }
        }
    }

    /** The theme's static files: their own names → the (fingerprinted) names pages link to. */
    public Map<String, String> assetNames() {
        return java.util.Collections.unmodifiableMap(assetNames);
    }

    /** A template's text, as compiled: the rebuild compares it to tell an edited template from a saved one. */
    public Optional<String> text(String name) {
        return Optional.ofNullable(texts.get(name));
    }

    /** The names of the theme's templates. */
    public java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(texts.keySet()));
    }

    public boolean has(String name) {
        return templates.containsKey(name);
    }

    /**
     * Renders a page template with what it reads: {@code lang}, {@code site} and {@code page}, into the page's
     * UTF-8 bytes; a failure names the template and line, as a {@link TemplateFailure}.
     */
    byte[] render(String name, String lang, PageView.Site site, PageView page) {
        // Pebble takes its variables as a map: the three names a template may read.
        Map<String, Object> context = new HashMap<>(4);
        context.put("lang", lang);
        context.put("site", site);
        context.put("page", page);
        PebbleTemplate t = templates.get(name);
        if (t == null) {
            throw new TemplateFailure(new SourcePos(themeDir.resolve(name), 0, 0), "template not found",
                    "add " + themeDir.resolve(name) + " to the theme");
        }
        // Encoded as it is written, into a buffer this thread keeps: a buffer grown page after page by doubling
        // copies is garbage that a large build collects thousands of times, and so are a page's String and bytes.
        Utf8Writer w = writers.get();
        writers.set(null);
        if (w == null) w = new Utf8Writer(1 << 16);
        try {
            t.evaluate(w, context);
            return w.toByteArray();
        } catch (PebbleException e) {
            String file = templateName(e.getFileName(), name);
            TemplateErrors.Problem p = TemplateErrors.of(themeDir.resolve(file), texts.get(file), e.getLineNumber(),
                    e.getPebbleMessage());
            throw new TemplateFailure(p.pos(), p.message(), p.hint());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // Not Pebble's own report (a function of ours or Pebble failed): still the template's, never Java's.
            TemplateErrors.Problem p = TemplateErrors.unexpected(themeDir.resolve(name), null);
            throw new TemplateFailure(p.pos(), p.message(), p.hint());
        } finally {
            w.reset();
            if (w.capacity() <= KEPT_BUFFER) writers.set(w);
        }
    }

    /** The name of the template Pebble names in a failure (a name or a path under the templates), else {@code fallback}. */
    private String templateName(String pebbleFile, String fallback) {
        if (pebbleFile == null || pebbleFile.isBlank()) return fallback;
        String f = pebbleFile.replace('\\', '/');
        if (texts.containsKey(f)) return f;
        for (String known : texts.keySet()) {
            if (f.endsWith("/" + known)) return known;
        }
        return Path.of(f).getFileName().toString();
    }

    /** A template that failed while rendering a page: where, what and the fix. */
    public static final class TemplateFailure extends RuntimeException {
        public final SourcePos pos;
        public final String hint;

        TemplateFailure(SourcePos pos, String message, String hint) {
            super(message);
            this.pos = pos;
            this.hint = hint;
        }
    }

    /** The template functions: t('key', args…) for UI strings in the page's language. */
    static final class BriefExtension extends AbstractExtension {
        private final Strings strings;

        /** {@code {% once item %}}: fragments rendered once and reused, see {@link OnceTag}. */
        final OnceTag once = new OnceTag();

        BriefExtension(Strings strings) {
            this.strings = strings;
        }

        @Override
        public List<io.pebbletemplates.pebble.tokenParser.TokenParser> getTokenParsers() {
            return List.of(once);
        }

        /** Prints and attribute reads take shorter paths, made when a template is compiled (see {@link TemplatePrints}). */
        @Override
        public List<io.pebbletemplates.pebble.extension.NodeVisitorFactory> getNodeVisitors() {
            return List.of(new TemplatePrints(Map.of("t", this::t)));
        }

        /** Views' attributes read through method handles, ahead of Pebble's reflective resolver. */
        @Override
        public List<io.pebbletemplates.pebble.attributes.AttributeResolver> getAttributeResolver() {
            return List.of(new ViewAttributes());
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
                    // Pebble names positional arguments "0", "1", … when a function names none.
                    Object[] values = new Object[args.size()];
                    int n = 0;
                    while (args.containsKey(String.valueOf(n))) {
                        values[n] = args.get(String.valueOf(n));
                        n++;
                    }
                    return t(java.util.Arrays.copyOf(values, n), ctx);
                }
            });
        }

        /** t('key', args…): the UI string in the page's language, the arguments formatted into it. */
        private Object t(Object[] args, EvaluationContext ctx) {
            String lang = String.valueOf(ctx.getVariable("lang"));
            String key = String.valueOf(args.length == 0 ? null : args[0]);
            // Most calls name a string and nothing else: no list of arguments to make for them.
            if (args.length < 2) return strings.t(lang, key);
            return strings.t(lang, key, java.util.Arrays.copyOfRange(args, 1, args.length));
        }
    }
}
