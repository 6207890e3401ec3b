package brief.cli;

import brief.annotations.Scaffolds;
import brief.config.ConfigLoader;
import brief.config.SiteConfig;
import brief.diag.BriefException;
import brief.diag.Diagnostics;
import brief.diag.ExitCode;
import brief.i18n.FlexDate;
import brief.i18n.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Scaffolds for everything staff write by hand: an article, and entries of summits.yaml, leaders.yaml and
 * events.yaml, each valid and commented, so that nobody has to get nested YAML and its quoting right from a
 * blank page. Values missing from the options are asked for in a terminal; without one, a usage error names them.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Scaffolds content: an article, a summit, a leader, an event, a key figure or a topic.",
        subcommands = {NewCommand.Article.class, NewCommand.Summit.class, NewCommand.Leader.class,
                NewCommand.Event.class, NewCommand.Figure.class, NewCommand.Topic.class})
final class NewCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "say what to create: article, summit, leader, event, figure or topic");
    }

    /** Values from options, else asked in a terminal, else collected as missing for one usage error. */
    static final class Ask {
        private final java.io.Console console = terminal();
        private final List<String> missing = new ArrayList<>();
        private final String command;

        Ask(String command) {
            this.command = command;
        }

        /**
         * The console when a person is typing at it. From Java 22 on, {@code System.console()} is there even when
         * the input is a pipe or a file, and {@code isTerminal()} (absent before) tells the two apart.
         */
        private static java.io.Console terminal() {
            java.io.Console c = System.console();
            if (c == null) return null;
            try {
                Object isTerminal = java.io.Console.class.getMethod("isTerminal").invoke(c);
                return Boolean.TRUE.equals(isTerminal) ? c : null;
            } catch (ReflectiveOperationException e) {
                return c; // Java 17-21: a console exists only for a terminal
            }
        }

        String text(String given, String option, String question) {
            if (given != null && !given.isBlank()) return given.strip();
            if (console != null) {
                while (true) {
                    String answer = console.readLine("%s: ", question);
                    if (answer == null) break;
                    if (!answer.isBlank()) return answer.strip();
                }
            }
            missing.add(option);
            return "";
        }

        /** A text in every language of the site: {@code --name vi="…" --name en="…"}. */
        Map<String, String> localized(Map<String, String> given, String option, String question, List<String> languages) {
            Map<String, String> out = new LinkedHashMap<>();
            for (String l : languages) {
                out.put(l, text(given == null ? null : given.get(l), option + " " + l + "=\"…\"", question + " (" + l + ")"));
            }
            if (given != null) {
                for (String l : given.keySet()) {
                    if (!languages.contains(l)) {
                        throw new BriefException(option + " " + l + "=…: '" + l + "' is not a language of the site ("
                                + String.join(", ", languages) + ")", ExitCode.USAGE);
                    }
                }
            }
            return out;
        }

        /** Fails with every missing option named, when there was no terminal to ask in. */
        void done() {
            if (missing.isEmpty()) return;
            throw new BriefException("missing " + String.join(", ", missing) + "; give "
                    + (missing.size() == 1 ? "it" : "them") + " as options, or run the command in a terminal to be asked"
                    + " (see 'brief new " + command + " --help')", ExitCode.USAGE);
        }
    }

    static SiteConfig config(Path root) {
        Diagnostics d = Diagnostics.forSource(root);
        return new ConfigLoader().load(root, d).orElseThrow(() -> new BriefException(
                "content/site.yaml cannot be read; run ./brief check to see why", ExitCode.CONTENT_ERRORS));
    }

    static String id(String id, String option) {
        if (!Slugs.isValid(id)) {
            throw new BriefException(option + " '" + id + "' is not a valid id (lower-case ASCII letters, digits, hyphens),"
                    + " e.g. '" + Slugs.slugify(id) + "'", ExitCode.USAGE);
        }
        return id;
    }

    static FlexDate date(String text, String option) {
        try {
            return FlexDate.parse(text).orElseThrow(() -> new BriefException(option + " " + text
                    + " is not a date: write YYYY-MM-DD, YYYY-MM or YYYY", ExitCode.USAGE));
        } catch (java.time.DateTimeException e) {
            throw new BriefException(option + " " + text + ": " + e.getMessage(), ExitCode.USAGE);
        }
    }

    static String country(String code) {
        String c = code.toUpperCase(Locale.ROOT);
        if (!java.util.Set.of(Locale.getISOCountries()).contains(c)) {
            throw new BriefException("--country " + code + " is not a two-letter ISO country code such as VN, AU, US",
                    ExitCode.USAGE);
        }
        return c;
    }

    /** Writes the edit, and says where the entry is and what is left to fill in. */
    static void write(Path root, Path file, String kind, String id, Scaffolds.Edit edit, String fillIn) throws IOException {
        Files.writeString(root.resolve(file), edit.text(), StandardCharsets.UTF_8);
        String where = file.toString().replace('\\', '/') + ":" + edit.line();
        System.out.println("added " + kind + " '" + id + "' at " + where);
        System.out.println("next: open " + where + (fillIn == null ? "" : " and fill in " + fillIn) + ", then run ./brief check");
    }

    static String read(Path root, Path file) throws IOException {
        Path p = root.resolve(file);
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    static void unique(String text, String id, String kind, Path file) {
        if (Scaffolds.hasId(text, id)) {
            throw new BriefException(file.toString().replace('\\', '/') + " has a " + kind + " '" + id
                    + "' already; choose another --id", ExitCode.CONTENT_ERRORS);
        }
    }

    @Command(name = "article", mixinStandardHelpOptions = true,
            description = "Creates content/articles/<date>-<slug>/<lang>.md, a draft with its front matter.")
    static final class Article implements Callable<Integer> {
        @Mixin
        SourceOption source;

        @Option(names = "--title", description = "The article's title.")
        String title;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The article's date (default: today).")
        String date;

        @Option(names = "--lang", defaultValue = "vi", description = "The language of the file (default: vi).")
        String lang;

        @Override
        public Integer call() throws IOException {
            Ask ask = new Ask("article");
            String t = ask.text(title, "--title \"…\"", "Title");
            ask.done();
            FlexDate d = date == null ? FlexDate.of(LocalDate.now()) : date(date, "--date");
            String slug = Slugs.slugify(t);
            if (slug.isEmpty()) throw new BriefException("the title has no letters or digits to make a URL from", ExitCode.USAGE);
            Path root = source.root();
            Path dir = root.resolve("content/articles").resolve(d.iso() + "-" + slug);
            Path file = dir.resolve(lang + ".md");
            if (Files.exists(file)) throw new BriefException(root.relativize(file) + " exists already", ExitCode.CONTENT_ERRORS);
            Files.createDirectories(dir);
            Files.writeString(file, "---\ntitle: " + Scaffolds.quote(t) + "\ndate: \"" + d.iso()
                    + "\"\noutlet: \"\"\nsummits: []\nleaders: []\ntopics: []\ndraft: true\n---\n\n"
                    + brief.content.ArticleLoader.PLACEHOLDER + "\n", StandardCharsets.UTF_8);
            System.out.println("created " + root.relativize(file));
            System.out.println("next: edit " + root.relativize(file) + ", then ./brief check (it is a draft until you set draft: false)");
            return ExitCode.OK.code();
        }
    }

    @Command(name = "summit", mixinStandardHelpOptions = true,
            description = "Adds a summit (a meeting) to content/summits.yaml, with comments for the optional fields.")
    static final class Summit implements Callable<Integer> {
        @Mixin
        SourceOption source;

        @Option(names = "--id", description = "The summit's id, e.g. asean-au-2026 (default: from the name).")
        String id;

        @Option(names = "--name", paramLabel = "LANG=TEXT", description = "Its name in each language: --name vi=\"…\" --name en=\"…\".")
        Map<String, String> name;

        @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "The first day.")
        String start;

        @Option(names = "--city", description = "The city (the same in every language).")
        String city;

        @Option(names = "--country", paramLabel = "CC", description = "The host country, a two-letter ISO code (VN, AU, US…).")
        String country;

        @Option(names = "--participant", paramLabel = "LEADER", split = ",", description = "A leader id from content/leaders.yaml; repeat or separate with commas.")
        List<String> participants = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            Path root = source.root();
            List<String> langs = config(root).languageCodes();
            Ask ask = new Ask("summit");
            Map<String, String> names = ask.localized(name, "--name", "Name", langs);
            String s = ask.text(start, "--start YYYY-MM-DD", "First day (YYYY-MM-DD)");
            ask.done();
            String sid = id(id != null ? id : Slugs.slugify(names.get(langs.get(0))), "--id");
            FlexDate d = date(s, "--start");
            participants.forEach(p -> id(p, "--participant"));
            Path file = brief.annotations.AnnotationLoader.SUMMITS;
            String text = read(root, file);
            unique(text, sid, "summit", file);
            StringBuilder e = new StringBuilder();
            e.append("# Added by 'brief new summit'. Lines starting with '#' are examples: remove the '#' to use one.\n");
            e.append("- id: ").append(sid).append('\n');
            e.append("  name: ").append(Scaffolds.localized(langs, names)).append('\n');
            e.append("  # series: asean-us-summit            # an id from content/series.yaml\n");
            e.append("  # ordinal: 13                        # its number in the series\n");
            e.append("  start: \"").append(d.iso()).append("\"\n");
            e.append("  # end: \"").append(d.iso()).append("\"                  # the last day, if it lasted longer\n");
            if (city != null) e.append("  city: ").append(Scaffolds.quote(city)).append('\n');
            else e.append("  # city: \"Kuala Lumpur\"\n");
            if (country != null) e.append("  country: ").append(country(country)).append('\n');
            else e.append("  # country: MY                        # two-letter ISO code\n");
            e.append("  # venue: ").append(Scaffolds.example(langs)).append('\n');
            e.append("  # host: ").append(Scaffolds.example(langs)).append('\n');
            e.append("  # summary: ").append(Scaffolds.example(langs)).append('\n');
            e.append("  participants: ").append(Scaffolds.list(participants)).append("   # leader ids from content/leaders.yaml\n");
            e.append("  # outcomes:\n  #   - ").append(Scaffolds.example(langs)).append('\n');
            e.append("  # key figures: ./brief new figure --summit ").append(sid).append('\n');
            write(root, file, "summit", sid, Scaffolds.append(text, e.toString()),
                    "the summary, participants and outcomes (the lines starting with '#')");
            return ExitCode.OK.code();
        }
    }

    @Command(name = "leader", mixinStandardHelpOptions = true,
            description = "Adds a leader to content/leaders.yaml, with a role and comments for aliases and a biography.")
    static final class Leader implements Callable<Integer> {
        @Mixin
        SourceOption source;

        @Option(names = "--id", description = "The leader's id, e.g. penny-wong (default: from the name).")
        String id;

        @Option(names = "--name", paramLabel = "LANG=TEXT", description = "The name in each language: --name vi=\"…\" --name en=\"…\".")
        Map<String, String> name;

        @Option(names = "--country", paramLabel = "CC", description = "Two-letter ISO country code (VN, AU, US…).")
        String country;

        @Option(names = "--role", paramLabel = "LANG=TEXT", description = "The title held, in each language: --role vi=\"Bộ trưởng Ngoại giao\" --role en=\"Foreign Minister\".")
        Map<String, String> role;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Since when the role is held.")
        String from;

        @Override
        public Integer call() throws IOException {
            Path root = source.root();
            List<String> langs = config(root).languageCodes();
            Ask ask = new Ask("leader");
            Map<String, String> names = ask.localized(name, "--name", "Name", langs);
            String c = ask.text(country, "--country CC", "Country (two-letter ISO code, e.g. AU)");
            Map<String, String> roles = ask.localized(role, "--role", "Title held", langs);
            String since = ask.text(from, "--from YYYY-MM-DD", "In this role since (YYYY-MM-DD)");
            ask.done();
            String lid = id(id != null ? id : Slugs.slugify(names.get(langs.get(0))), "--id");
            FlexDate d = date(since, "--from");
            Path file = brief.annotations.AnnotationLoader.LEADERS;
            String text = read(root, file);
            unique(text, lid, "leader", file);
            StringBuilder e = new StringBuilder();
            e.append("# Added by 'brief new leader'. Lines starting with '#' are examples: remove the '#' to use one.\n");
            e.append("- id: ").append(lid).append('\n');
            e.append("  name: ").append(Scaffolds.localized(langs, names)).append('\n');
            e.append("  # aliases: how the articles name this leader besides the name, so that mentions link here\n");
            e.append("  # aliases: {").append(String.join(", ", langs.stream().map(l -> l + ": [\"…\"]").toList())).append("}\n");
            e.append("  country: ").append(country(c)).append('\n');
            e.append("  roles:\n");
            e.append("    - title: ").append(Scaffolds.localized(langs, roles)).append('\n');
            e.append("      from: \"").append(d.iso()).append("\"\n");
            e.append("      # to: \"…\"                        # the last day in the role; leave out while in office\n");
            e.append("  # bio: ").append(Scaffolds.example(langs)).append('\n');
            write(root, file, "leader", lid, Scaffolds.append(text, e.toString()), "the aliases and the biography");
            return ExitCode.OK.code();
        }
    }

    @Command(name = "event", mixinStandardHelpOptions = true,
            description = "Adds a chronology event to content/events.yaml.")
    static final class Event implements Callable<Integer> {
        @Mixin
        SourceOption source;

        @Option(names = "--id", description = "The event's id (default: from the title and the year).")
        String id;

        @Option(names = "--date", paramLabel = "DATE", description = "When: YYYY-MM-DD, YYYY-MM or YYYY.")
        String date;

        @Option(names = "--title", paramLabel = "LANG=TEXT", description = "What happened, in each language: --title vi=\"…\" --title en=\"…\".")
        Map<String, String> title;

        @Option(names = "--summit", paramLabel = "SUMMIT", split = ",", description = "A summit id it belongs to.")
        List<String> summits = new ArrayList<>();

        @Option(names = "--leader", paramLabel = "LEADER", split = ",", description = "A leader id it concerns.")
        List<String> leaders = new ArrayList<>();

        @Option(names = "--article", paramLabel = "ARTICLE", description = "The article that reports it (with --quote).")
        String article;

        @Option(names = "--quote", description = "A sentence copied exactly from that article.")
        String quote;

        @Override
        public Integer call() throws IOException {
            Path root = source.root();
            List<String> langs = config(root).languageCodes();
            Ask ask = new Ask("event");
            String when = ask.text(date, "--date YYYY-MM-DD", "Date (YYYY-MM-DD, YYYY-MM or YYYY)");
            Map<String, String> titles = ask.localized(title, "--title", "What happened", langs);
            ask.done();
            FlexDate d = date(when, "--date");
            String eid = id(id != null ? id : Slugs.slugify(titles.get(langs.get(0)) + " " + d.year()), "--id");
            summits.forEach(x -> id(x, "--summit"));
            leaders.forEach(x -> id(x, "--leader"));
            if ((article == null) != (quote == null)) {
                throw new BriefException("--article and --quote go together: the quote is a sentence of that article", ExitCode.USAGE);
            }
            Path file = brief.annotations.AnnotationLoader.EVENTS;
            String text = read(root, file);
            unique(text, eid, "event", file);
            StringBuilder e = new StringBuilder();
            e.append("# Added by 'brief new event'. Lines starting with '#' are examples: remove the '#' to use one.\n");
            e.append("- id: ").append(eid).append('\n');
            e.append("  date: \"").append(d.iso()).append("\"\n");
            e.append("  title: ").append(Scaffolds.localized(langs, titles)).append('\n');
            e.append("  # summary: ").append(Scaffolds.example(langs)).append('\n');
            e.append("  summits: ").append(Scaffolds.list(summits)).append('\n');
            e.append("  leaders: ").append(Scaffolds.list(leaders)).append('\n');
            if (article != null) {
                e.append("  source:\n    article: ").append(id(article, "--article")).append('\n');
                e.append("    quote: ").append(Scaffolds.quote(quote)).append('\n');
            } else {
                e.append("  # source: {article: ARTICLE-ID, quote: \"a sentence copied exactly from the article\"}\n");
            }
            write(root, file, "event", eid, Scaffolds.append(text, e.toString()),
                    article == null ? "the summary and the source" : "the summary");
            return ExitCode.OK.code();
        }
    }

    @Command(name = "topic", mixinStandardHelpOptions = true,
            description = "Adds a topic to content/topics.yaml: its name in every language, and a line for its page.")
    static final class Topic implements Callable<Integer> {
        @Mixin
        SourceOption source;

        @Option(names = "--id", description = "The topic's id, which articles name in 'topics:' (default: from the name).")
        String id;

        @Option(names = "--name", paramLabel = "LANG=TEXT", description = "Its name in each language: --name vi=\"Thương mại\" --name en=\"Trade\".")
        Map<String, String> name;

        @Override
        public Integer call() throws IOException {
            Path root = source.root();
            List<String> langs = config(root).languageCodes();
            Ask ask = new Ask("topic");
            Map<String, String> names = ask.localized(name, "--name", "Name", langs);
            ask.done();
            String tid = id(id != null ? id : Slugs.slugify(names.get(langs.get(0))), "--id");
            Path file = brief.annotations.AnnotationLoader.TOPICS;
            String text = read(root, file);
            unique(text, tid, "topic", file);
            StringBuilder e = new StringBuilder();
            e.append("# Added by 'brief new topic'. Lines starting with '#' are examples: remove the '#' to use one.\n");
            e.append("- id: ").append(tid).append('\n');
            e.append("  name: ").append(Scaffolds.localized(langs, names)).append('\n');
            e.append("  # description: ").append(Scaffolds.example(langs)).append("   # one line, shown on its page\n");
            write(root, file, "topic", tid, Scaffolds.append(text, e.toString()),
                    "the description, then add '" + tid + "' to the 'topics:' of its articles");
            return 0;
        }
    }

    @Command(name = "figure", mixinStandardHelpOptions = true,
            description = "Adds a key figure under a summit's 'figures:' in content/summits.yaml, with the sentence it comes from.")
    static final class Figure implements Callable<Integer> {
        @Mixin
        SourceOption source;

        @Option(names = "--summit", paramLabel = "SUMMIT", description = "The summit the figure belongs to.")
        String summit;

        @Option(names = "--id", description = "The figure's id, e.g. vn-au-trade-2025.")
        String id;

        @Option(names = "--label", paramLabel = "LANG=TEXT", description = "What it measures, in each language: --label vi=\"…\" --label en=\"…\".")
        Map<String, String> label;

        @Option(names = "--value", description = "A plain number, with a dot for decimals: 453, 11.8.")
        String value;

        @Option(names = "--unit", description = "USD, percent or count.")
        String unit;

        @Option(names = "--scale", description = "thousand, million or billion (optional).")
        String scale;

        @Option(names = "--approx", description = "more-than, about or less-than (optional).")
        String approx;

        @Option(names = "--article", paramLabel = "ARTICLE", description = "The article the figure is quoted from.")
        String article;

        @Option(names = "--quote", description = "The sentence that states it, copied exactly from the article.")
        String quote;

        @Override
        public Integer call() throws IOException {
            Path root = source.root();
            List<String> langs = config(root).languageCodes();
            Ask ask = new Ask("figure");
            String sid = ask.text(summit, "--summit SUMMIT", "Summit id");
            String fid = ask.text(id, "--id ID", "Figure id");
            Map<String, String> labels = ask.localized(label, "--label", "What it measures", langs);
            String v = ask.text(value, "--value N", "Value (a plain number, dot for decimals)");
            String u = ask.text(unit, "--unit USD|percent|count", "Unit (USD, percent or count)");
            String a = ask.text(article, "--article ARTICLE", "Article it is quoted from");
            String q = ask.text(quote, "--quote \"…\"", "The sentence, copied exactly from the article");
            ask.done();
            id(sid, "--summit");
            id(fid, "--id");
            id(a, "--article");
            if (!v.matches("-?\\d+(\\.\\d+)?")) {
                throw new BriefException("--value " + v + " is not a plain number: write 453 or 11.8 (dot for decimals, no separators)", ExitCode.USAGE);
            }
            String un = choice(u, "--unit", List.of("USD", "percent", "count"));
            Path file = brief.annotations.AnnotationLoader.SUMMITS;
            String text = read(root, file);
            unique(text, fid, "figure", file);
            StringBuilder e = new StringBuilder();
            e.append("# Added by 'brief new figure'.\n");
            e.append("- id: ").append(fid).append('\n');
            e.append("  label: ").append(Scaffolds.localized(langs, labels)).append('\n');
            e.append("  value: ").append(v).append('\n');
            e.append("  unit: ").append(un).append("                          # USD | percent | count\n");
            if (scale != null) e.append("  scale: ").append(choice(scale, "--scale", List.of("thousand", "million", "billion"))).append('\n');
            else e.append("  # scale: billion                   # thousand | million | billion\n");
            if (approx != null) e.append("  approx: ").append(choice(approx, "--approx", List.of("more-than", "about", "less-than"))).append('\n');
            else e.append("  # approx: more-than                # more-than | about | less-than\n");
            e.append("  source:\n    article: ").append(a).append('\n');
            e.append("    quote: ").append(Scaffolds.quote(q)).append('\n');
            Scaffolds.Edit edit = Scaffolds.addFigure(text, sid, e.toString().stripTrailing()).orElseThrow(() ->
                    new BriefException(file.toString().replace('\\', '/') + " has no summit '" + sid
                            + "'; add it first with ./brief new summit", ExitCode.CONTENT_ERRORS));
            write(root, file, "figure", fid, edit, null);
            return ExitCode.OK.code();
        }

        private static String choice(String given, String option, List<String> allowed) {
            for (String x : allowed) if (x.equalsIgnoreCase(given)) return x;
            throw new BriefException(option + " " + given + ": use one of " + String.join(", ", allowed), ExitCode.USAGE);
        }
    }
}
