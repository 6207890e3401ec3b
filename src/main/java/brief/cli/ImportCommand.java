package brief.cli;

import brief.content.Importer;
import brief.diag.BriefException;
import brief.diag.ExitCode;
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

    @Option(names = "--dry-run", description = "Say what the import would write (title, id, decisions), and write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        if (id != null && files.size() > 1) throw new BriefException("--id names one article; import one file at a time", ExitCode.USAGE);
        if (id != null && !brief.i18n.Slugs.isValid(id)) {
            throw new BriefException("--id " + id + " is not a valid id (lower-case ASCII letters, digits, hyphens), e.g. "
                    + brief.i18n.Slugs.slugify(id), ExitCode.USAGE);
        }
        Optional<FlexDate> given = Optional.empty();
        if (date != null) {
            try {
                given = FlexDate.parse(date);
            } catch (java.time.DateTimeException e) {
                throw new BriefException("--date " + date + ": " + e.getMessage(), ExitCode.USAGE);
            }
            if (given.isEmpty()) throw new BriefException("--date " + date + " is not YYYY-MM-DD", ExitCode.USAGE);
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
            String articleId = id != null ? id : r.proposedId();
            Path dir = root.resolve("content").resolve("articles").resolve(articleId);
            Path target = dir.resolve(lang + ".md");
            // Refusals come first and alone: decisions about a file that was not written would read as done.
            if (r.date().isEmpty()) {
                System.err.println(f + ": error: the text has no date line; run again with --date YYYY-MM-DD");
                failures++;
                continue;
            }
            if (Files.exists(target) && !force && !dryRun) {
                System.err.println(root.relativize(target) + ": error: the article exists already; use --force to overwrite it,"
                        + " or --id to import it under another id");
                failures++;
                continue;
            }
            for (String w : alreadyImported(root, target, r)) System.err.println(f + ": warning: " + w);
            System.out.println(dryRun ? f + ": nothing written (--dry-run); it would write " + root.relativize(target) + ":"
                    : "wrote " + root.relativize(target) + " from " + f);
            System.out.println("  id:       " + articleId + (id != null ? " (from --id)" : " (proposed: the date and "
                    + (r.idStem().equals(shortSlug(r.slug())) ? "the title)" : "the meeting)")));
            System.out.println("  title:    \"" + r.title() + "\"" + (title != null ? " (from --title)"
                    : r.titleFromText() ? " (proposed)" : " (the headline)"));
            r.decisions().stream().filter(d -> !d.startsWith("title:")).forEach(d -> System.out.println("  decided: " + d));
            r.problems().forEach(p -> System.out.println("  to do:   " + p));
            if (dryRun) continue;
            Files.createDirectories(dir);
            Files.writeString(target, r.markdown(lang), StandardCharsets.UTF_8);
            System.out.println("  next: add summits and leaders to " + root.relativize(target) + ", then ./brief check");
        }
        return (failures == 0 ? ExitCode.OK : ExitCode.CONTENT_ERRORS).code();
    }

    /**
     * The articles that hold most of the same paragraphs already, under any id: a wire report imported twice
     * would be published twice. The file being overwritten (--force) is not counted.
     */
    private List<String> alreadyImported(Path root, Path target, Importer.Result r) throws IOException {
        Path articles = root.resolve("content").resolve("articles");
        List<String> out = new java.util.ArrayList<>();
        if (!Files.isDirectory(articles) || r.blocks().isEmpty()) return out;
        List<Path> existing;
        try (java.util.stream.Stream<Path> s = Files.walk(articles, 2)) {
            existing = s.filter(p -> p.getFileName().toString().equals(lang + ".md")).sorted().toList();
        }
        for (Path p : existing) {
            if (p.equals(target)) continue;
            int same = Importer.sameParagraphs(r.blocks(), Files.readString(p, StandardCharsets.UTF_8));
            if (same * 2 >= r.blocks().size()) {
                out.add("the same text was already imported as " + root.relativize(p) + " (" + same + " of "
                        + r.blocks().size() + " paragraphs are the same); remove one of the two before you publish");
            }
        }
        return out;
    }

    private static String shortSlug(String slug) {
        String[] parts = slug.split("-");
        return String.join("-", java.util.Arrays.copyOf(parts, Math.min(parts.length, 6)));
    }

    private static Importer.Result withTitle(Importer.Result r, String title) {
        String slug = brief.i18n.Slugs.slugify(title);
        return new Importer.Result(r.date(), title, false, slug, r.outlet(), r.agency(), r.byline(), r.blocks(),
                r.decisions().stream().map(d -> d.startsWith("slug: ") ? "slug: " + slug + " (from --title)" : d).toList(),
                r.problems().stream().filter(p -> !p.startsWith("no headline")).toList(), r.idStem());
    }
}
