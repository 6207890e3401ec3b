package brief.cli;

import brief.bench.SiteGenerator;
import brief.diag.BriefException;
import brief.diag.ExitCode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a synthetic site of N articles for benchmarks: every article in every language, with summits, leaders, chronology events and key figures. The same options give the same bytes. With --format hugo it writes the content/ of a comparable Hugo site instead.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles.")
    int articles;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where to write the site; an existing folder must be empty or written by generate before.")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: 42).")
    long seed;

    @Option(names = "--languages", defaultValue = "vi,en", split = ",", paramLabel = "CODES",
            description = "Language codes, the source first (default: vi,en). vi gets Vietnamese text, others English.")
    List<String> languages;

    @Option(names = "--format", defaultValue = "brief", paramLabel = "brief|hugo",
            description = "brief (default) or hugo.")
    String format;

    @Option(names = "--shape", defaultValue = "classic", paramLabel = "classic|archive",
            description = "classic (default): up to 200 leaders, a summit per 50 articles, 2 leaders an article. archive:"
                    + " a leader per 10 articles, a summit per 20, 24 topics, 2-5 leaders an article, ~750 words with"
                    + " headings, lists and quotes, and 20%% of articles naming their leaders only by title (warnings).")
    String shape;

    @Option(names = "--leaders", paramLabel = "N", description = "How many leaders (default: the shape's).")
    Integer leaders;

    @Option(names = "--summits", paramLabel = "N", description = "How many summits (default: the shape's).")
    Integer summits;

    @Option(names = "--topics", paramLabel = "N", description = "How many topics (archive; default 24).")
    Integer topics;

    @Option(names = "--leaders-per-article", paramLabel = "MIN-MAX", description = "Leaders an article is annotated with (archive; default 2-5).")
    String perArticle;

    @Option(names = "--body-words", paramLabel = "N", description = "About how many words a body has (archive; default 750).")
    Integer bodyWords;

    @Option(names = "--title-only", paramLabel = "PERCENT",
            description = "Share of articles that name their leaders only by title (archive; default 20).")
    Integer titleOnly;

    @Option(names = "--theme", paramLabel = "DIR",
            description = "The theme to copy into the site (default: ./themes/default, else the one beside brief's jar).")
    Path theme;

    @Override
    public Integer call() throws IOException {
        if (articles < 1) throw new BriefException("--articles must be at least 1", ExitCode.USAGE);
        for (String l : languages) {
            if (!l.matches("[a-z]{2,3}")) {
                throw new BriefException("--languages: '" + l + "' is not a language code such as vi or en", ExitCode.USAGE);
            }
        }
        SiteGenerator.Format f = switch (format.toLowerCase(Locale.ROOT)) {
            case "brief" -> SiteGenerator.Format.BRIEF;
            case "hugo" -> SiteGenerator.Format.HUGO;
            default -> throw new BriefException("--format must be 'brief' or 'hugo', not '" + format + "'", ExitCode.USAGE);
        };
        SiteGenerator.Shape s = shape();
        Path themeDir = f == SiteGenerator.Format.BRIEF ? findTheme() : null;
        Path target = out.toAbsolutePath().normalize();
        prepare(target);
        long start = System.nanoTime();
        var r = new SiteGenerator(new SiteGenerator.Options(articles, seed, languages, f, themeDir, s)).write(target);
        System.out.printf(Locale.ROOT, "generated %d articles × %d languages (%s shape), %d summits, %d leaders, %d events"
                        + " (%d files) in %s in %.1f s%n", r.articles(), languages.size(), s.archive() ? "archive" : "classic", r.summits(), r.leaders(),
                r.events(), r.files(), out, (System.nanoTime() - start) / 1e9);
        return ExitCode.OK.code();
    }

    private SiteGenerator.Shape shape() {
        SiteGenerator.Shape d = switch (shape.toLowerCase(Locale.ROOT)) {
            case "classic" -> SiteGenerator.Shape.classic(articles);
            case "archive" -> SiteGenerator.Shape.archive(articles);
            default -> throw new BriefException("--shape must be 'classic' or 'archive', not '" + shape + "'", ExitCode.USAGE);
        };
        if (!d.archive() && (topics != null || perArticle != null || bodyWords != null || titleOnly != null)) {
            throw new BriefException("--topics, --leaders-per-article, --body-words and --title-only need --shape archive",
                    ExitCode.USAGE);
        }
        int min = d.minLeaders();
        int max = d.maxLeaders();
        if (perArticle != null) {
            var m = java.util.regex.Pattern.compile("(\\d{1,3})(?:-(\\d{1,3}))?").matcher(perArticle);
            if (!m.matches()) {
                throw new BriefException("--leaders-per-article must be MIN-MAX such as 2-5, not '" + perArticle + "'", ExitCode.USAGE);
            }
            min = Integer.parseInt(m.group(1));
            max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
        }
        try {
            return new SiteGenerator.Shape(d.archive(), leaders != null ? leaders : d.leaders(),
                    summits != null ? summits : d.summits(), topics != null ? topics : d.topics(), min, max,
                    bodyWords != null ? bodyWords : d.bodyWords(), titleOnly != null ? titleOnly : d.titleOnlyPercent());
        } catch (IllegalArgumentException e) {
            throw new BriefException(e.getMessage(), ExitCode.USAGE);
        }
    }

    private Path findTheme() {
        if (theme != null) {
            if (!Files.isDirectory(theme.resolve("templates"))) {
                throw new BriefException("--theme " + theme + " has no templates/ folder", ExitCode.USAGE);
            }
            return theme;
        }
        Path here = Path.of("themes", "default");
        if (Files.isDirectory(here.resolve("templates"))) return here;
        try {
            // The jar is target/brief.jar in a checkout: the theme is two folders up.
            Path jar = Path.of(GenerateCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                Path t = p.resolve("themes").resolve("default");
                if (Files.isDirectory(t.resolve("templates"))) return t;
            }
        } catch (URISyntaxException | SecurityException e) {
            // Fall through to the message below.
        }
        throw new BriefException("no theme to copy: run from the brief folder or give --theme DIR", ExitCode.USAGE);
    }

    /** Clears a folder written by an earlier run; refuses any other non-empty folder. */
    private static void prepare(Path target) throws IOException {
        if (!Files.exists(target)) return;
        if (!Files.isDirectory(target)) throw new BriefException("--out " + target + " is a file", ExitCode.USAGE);
        boolean empty;
        try (Stream<Path> s = Files.list(target)) {
            empty = s.findAny().isEmpty();
        }
        if (empty) return;
        if (!Files.exists(target.resolve(SiteGenerator.MARKER))) {
            throw new BriefException("refusing to write into " + target + ": it is not empty and was not written by"
                    + " 'brief generate' (no " + SiteGenerator.MARKER + "); choose another --out", ExitCode.USAGE);
        }
        try (Stream<Path> s = Files.walk(target)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(target)) Files.delete(p);
            }
        }
    }
}
