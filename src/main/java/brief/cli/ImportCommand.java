package brief.cli;

import brief.content.Importer;
import brief.diag.BriefException;
import brief.i18n.FlexDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turns raw wire text into an article: content/articles/<id>/<lang>.md. Keeps every paragraph verbatim, marks photo captions, drops page boilerplate, and says what it decided and what it could not (a missing date asks for --date). Never overwrites without --force.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    SourceOption source;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Raw text files to import.")
    List<Path> files;

    @Option(names = "--lang", defaultValue = "vi", description = "The language of the text (default: vi).")
    String lang;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The article's date, when the text has no date line.")
    String date;

    @Option(names = "--id", paramLabel = "ID", description = "The article id (folder name); default: date and slug.")
    String id;

    @Option(names = "--title", description = "The title to use instead of the proposed one.")
    String title;

    @Option(names = "--force", description = "Overwrite an existing article file.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (id != null && files.size() > 1) throw new BriefException("--id names one article; import one file at a time", Main.USAGE);
        Optional<FlexDate> given = Optional.empty();
        if (date != null) {
            try {
                given = FlexDate.parse(date);
            } catch (java.time.DateTimeException e) {
                throw new BriefException("--date " + date + ": " + e.getMessage(), Main.USAGE);
            }
            if (given.isEmpty()) throw new BriefException("--date " + date + " is not YYYY-MM-DD", Main.USAGE);
        }
        Path root = source.root();
        int failures = 0;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                System.err.println(f + ": error: no such file");
                failures++;
                continue;
            }
            String raw = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            Importer.Result r = new Importer().importText(raw, given);
            if (title != null) r = withTitle(r, title);
            String articleId = id != null ? id
                    : r.date().map(d -> d.iso() + "-").orElse("") + shortSlug(r.slug());
            Path dir = root.resolve("content").resolve("articles").resolve(articleId);
            Path target = dir.resolve(lang + ".md");
            System.out.println(f + " → " + root.relativize(target));
            r.decisions().forEach(d -> System.out.println("  decided: " + d));
            r.problems().forEach(p -> System.out.println("  to do:   " + p));
            if (r.date().isEmpty()) {
                System.err.println(f + ": error: the text has no date line; run again with --date YYYY-MM-DD");
                failures++;
                continue;
            }
            if (Files.exists(target) && !force) {
                System.err.println(root.relativize(target) + ": error: the article exists already; use --force to overwrite it");
                failures++;
                continue;
            }
            Files.createDirectories(dir);
            Files.writeString(target, r.markdown(lang), StandardCharsets.UTF_8);
            System.out.println("  next: edit " + root.relativize(target) + " (title, summits, leaders), then ./brief check");
        }
        return failures == 0 ? 0 : Main.CONTENT_ERRORS;
    }

    private static String shortSlug(String slug) {
        String[] parts = slug.split("-");
        return String.join("-", java.util.Arrays.copyOf(parts, Math.min(parts.length, 8)));
    }

    private static Importer.Result withTitle(Importer.Result r, String title) {
        return new Importer.Result(r.date(), title, false, brief.i18n.Slugs.slugify(title), r.outlet(), r.agency(),
                r.byline(), r.blocks(), r.decisions().stream().map(d -> d.startsWith("slug: ")
                        ? "slug: " + brief.i18n.Slugs.slugify(title) + " (from --title)" : d).toList(), r.problems().stream().filter(p -> !p.startsWith("no headline")).toList());
    }
}
