package brief.build;

import brief.check.Validated;
import brief.check.Validator;
import brief.content.MarkdownParser;
import brief.diag.Diagnostics;
import brief.render.RenderedPage;
import brief.render.Renderer;
import brief.render.TemplateEngine;
import brief.site.Resolver;
import brief.site.SiteModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The build, as a recipe: load → validate → resolve → render → write. Each stage is a class with one
 * public method; a stage runs only when the one before it succeeded.
 */
public final class Pipeline {
    private final Loader loader = new Loader();
    private final Validator validator = new Validator();
    private final Resolver resolver = new Resolver();
    private final OutputWriter writer = new OutputWriter();

    /** What a run produced; {@code model} and {@code pages} are empty when a stage failed. */
    public record Result(Optional<SiteModel> model, List<RenderedPage> pages, Optional<OutputWriter.WriteResult> written,
                         Map<String, Long> millis) {
        public boolean ok() {
            return model.isPresent();
        }
    }

    /** Loads and validates only, as `brief check` does. */
    public Optional<Validated> check(Path source, Diagnostics diags) {
        Optional<Sources> sources = loader.load(source, diags, Loader.newFileMap());
        if (sources.isEmpty()) return Optional.empty();
        Optional<Validated> v = validator.validate(sources.get(), diags);
        TemplateEngine.compile(source, sources.get().theme(), diags);
        return diags.hasErrors() ? Optional.empty() : v;
    }

    /** Builds the site; writes it to {@code out} when {@code out} is not null. */
    public Result build(Path source, Path out, boolean drafts, Diagnostics diags) {
        Map<String, Long> millis = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        Optional<Sources> sources = loader.load(source, diags, Loader.newFileMap());
        long t1 = lap(millis, "load", t0);
        if (sources.isEmpty()) return failed(millis);
        Optional<Validated> checked = validator.validate(sources.get(), diags);
        Optional<TemplateEngine> templates = TemplateEngine.compile(source, sources.get().theme(), diags);
        long t2 = lap(millis, "validate", t1);
        if (checked.isEmpty() || templates.isEmpty() || diags.hasErrors()) return failed(millis);
        SiteModel model = resolver.resolve(checked.get(), drafts);
        long t3 = lap(millis, "resolve", t2);
        List<RenderedPage> pages;
        try {
            pages = new ArrayList<>(new Renderer(templates.get(), new MarkdownParser()).render(model));
        } catch (TemplateEngine.TemplateFailure e) {
            diags.error(e.pos, "template error: %s", e.getMessage());
            return failed(millis);
        }
        pages.addAll(derivedFiles(sources.get(), model));
        pages.sort(java.util.Comparator.comparing(RenderedPage::path));
        long t4 = lap(millis, "render", t3);
        Optional<OutputWriter.WriteResult> written = Optional.empty();
        if (out != null) {
            written = Optional.of(writer.write(pages, out));
            lap(millis, "write", t4);
        }
        return new Result(Optional.of(model), List.copyOf(pages), written, millis);
    }

    /**
     * The output files that are not rendered pages (theme assets, search index): made from the whole model each
     * time. Serve mode adds them after its incremental render, so both builds stay the same.
     */
    public static List<RenderedPage> derivedFiles(Sources sources, SiteModel model) {
        List<RenderedPage> out = new ArrayList<>(sources.assets());
        out.addAll(new brief.search.SearchIndex().files(model));
        return out;
    }

    private static Result failed(Map<String, Long> millis) {
        return new Result(Optional.empty(), List.of(), Optional.empty(), millis);
    }

    private static long lap(Map<String, Long> millis, String stage, long since) {
        long now = System.nanoTime();
        millis.put(stage, (now - since) / 1_000_000);
        return now;
    }

}
