package brief.bench;

import brief.bench.Phrases.City;
import brief.bench.Phrases.Pair;
import brief.i18n.Slugs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a synthetic site of N articles in every language, with ~N/50 summits (each with key figures that
 * quote a sentence of an article), up to 200 leaders, ~N/20 chronology events and the series, either as a
 * brief source tree (with the theme copied in) or as the content of a comparable Hugo site.
 *
 * <p>Deterministic: every article draws from its own {@link Random} seeded from (seed, article number), so
 * the bytes depend on the options only, not on thread scheduling; files are written in parallel.
 */
public final class SiteGenerator {
    /** What to write: a brief source tree, or the content/ of a Hugo site. */
    public enum Format { BRIEF, HUGO }

    /** @param theme the theme folder to copy into themes/default (BRIEF only) */
    public record Options(int articles, long seed, List<String> languages, Format format, Path theme, Shape shape) {
        public Options {
            languages = List.copyOf(languages);
            if (articles < 1) throw new IllegalArgumentException("--articles must be at least 1");
            if (languages.isEmpty()) throw new IllegalArgumentException("--languages needs at least one language");
        }

        public Options(int articles, long seed, List<String> languages, Format format, Path theme) {
            this(articles, seed, languages, format, theme, Shape.classic(articles));
        }
    }

    /**
     * How the site is shaped. {@code classic}: up to 200 leaders, a summit per 50 articles, two leaders per
     * article, the 7 topics, bodies of ~700 words (the benchmark of November 2026). {@code archive}: what a
     * press office's archive looks like: a leader per 10 articles, a summit per 20, 24 topics, 2–5 leaders per
     * article, bodies of ~750 words with headings, lists and quotes, and a share of articles that name their
     * leaders only by title (each such leader is a warning of the checks, as in real archives).
     */
    public record Shape(boolean archive, int leaders, int summits, int topics, int minLeaders, int maxLeaders,
                        int bodyWords, int titleOnlyPercent) {
        public Shape {
            if (leaders < 2) throw new IllegalArgumentException("--leaders must be at least 2");
            if (summits < 1) throw new IllegalArgumentException("--summits must be at least 1");
            if (topics < 1) throw new IllegalArgumentException("--topics must be at least 1");
            if (minLeaders < 2 || maxLeaders < minLeaders || maxLeaders > leaders) {
                throw new IllegalArgumentException("--leaders-per-article must be MIN-MAX with 2 <= MIN <= MAX <= --leaders");
            }
            if (bodyWords < 100) throw new IllegalArgumentException("--body-words must be at least 100");
            if (titleOnlyPercent < 0 || titleOnlyPercent > 100) {
                throw new IllegalArgumentException("--title-only must be a percentage from 0 to 100");
            }
        }

        public static Shape classic(int articles) {
            return new Shape(false, Math.min(200, Math.max(10, articles)), Math.max(1, articles / 50),
                    Phrases.TOPICS.size(), 2, 2, 700, 0);
        }

        public static Shape archive(int articles) {
            return new Shape(true, Math.max(10, articles / 10), Math.max(1, articles / 20), 24, 2, 5, 750, 20);
        }

        /** The options that give this shape, as generate's command line writes them. */
        String describe() {
            return archive ? " --shape archive --leaders " + leaders + " --summits " + summits + " --topics " + topics
                    + " --leaders-per-article " + minLeaders + "-" + maxLeaders + " --body-words " + bodyWords
                    + " --title-only " + titleOnlyPercent : "";
        }
    }

    /** What was written. */
    public record Result(int articles, int summits, int leaders, int events, int series, long files) {}

    /** Marks a folder the generator wrote, so that it may replace it on a later run. */
    public static final String MARKER = ".brief-generated";

    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final int SPAN_DAYS = 26 * 365;

    private record LeaderSpec(String id, String vi, String en, String country, int role, int born) {}

    private record SummitSpec(String id, int series, int ordinal, LocalDate start, LocalDate end, City city,
                              List<Integer> participants, List<Integer> outcomes, int delegations) {}

    /**
     * The numbers of an article's quoted sentence, known before its body is written; {@code people} are its
     * leaders ({@code a} and {@code b} first), {@code titleOnly} whether its text names them only by title.
     */
    private record ArticleSpec(int index, String id, LocalDate date, int summit, int a, int b, int year, int amount,
                               int tenths, List<Integer> people, boolean titleOnly) {}

    private final Options o;
    private final List<LeaderSpec> leaders;
    private final List<SummitSpec> summits;
    private final List<ArticleSpec> articles;
    /** Parses the source bodies whose paragraph hashes stamp the translations, as `brief stamp` would. */
    private final brief.content.MarkdownParser markdown = new brief.content.MarkdownParser();

    public SiteGenerator(Options options) {
        this.o = options;
        this.leaders = leaders();
        this.summits = summits();
        this.articles = IntStream.range(0, o.articles()).mapToObj(this::article).toList();
    }

    public Result write(Path out) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve(MARKER), "brief generate --articles " + o.articles() + " --seed " + o.seed()
                + " --languages " + String.join(",", o.languages()) + " --format " + o.format().name().toLowerCase(Locale.ROOT)
                + o.shape().describe() + "\n", StandardCharsets.UTF_8);
        Path content = out.resolve("content");
        Files.createDirectories(content);
        int events = Math.max(1, o.articles() / 20);
        try {
            IntStream.range(0, articles.size()).parallel().forEach(i -> writeArticle(content, articles.get(i)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (o.format() == Format.BRIEF) {
            Files.writeString(content.resolve("site.yaml"), siteYaml(), StandardCharsets.UTF_8);
            Files.writeString(content.resolve("series.yaml"), seriesYaml(), StandardCharsets.UTF_8);
            Files.writeString(content.resolve("leaders.yaml"), leadersYaml(), StandardCharsets.UTF_8);
            Files.writeString(content.resolve("summits.yaml"), summitsYaml(), StandardCharsets.UTF_8);
            Files.writeString(content.resolve("events.yaml"), eventsYaml(events), StandardCharsets.UTF_8);
            Files.writeString(content.resolve("topics.yaml"), topicsYaml(), StandardCharsets.UTF_8);
            copyTheme(o.theme(), out.resolve("themes").resolve("default"), o.languages());
        } else {
            writeHugoTerms(content);
        }
        long files;
        try (Stream<Path> s = Files.walk(out)) {
            files = s.filter(Files::isRegularFile).count();
        }
        return new Result(articles.size(), summits.size(), leaders.size(), o.format() == Format.BRIEF ? events : 0,
                Phrases.SERIES.size(), files);
    }

    // ---- the model: drawn once, small, so that summits can quote articles written later ----

    private Random random(char kind, long n) {
        // Mix seed, kind and number so that neighbouring articles do not draw correlated sequences.
        long x = o.seed() * 0x9E3779B97F4A7C15L + kind * 0xBF58476D1CE4E5B9L + n * 0x94D049BB133111EBL;
        return new Random(x ^ (x >>> 31));
    }

    private List<LeaderSpec> leaders() {
        int count = o.shape().leaders();
        Random r = random('L', 0);
        List<LeaderSpec> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        while (out.size() < count) {
            String vi = pick(r, Phrases.FAMILY) + " " + pick(r, Phrases.MIDDLE) + " " + pick(r, Phrases.GIVEN);
            // 4,800 names of three words; an archive of thousands of leaders needs names of four as well.
            if (o.shape().archive() && taken.contains(ascii(vi))) {
                vi = vi.substring(0, vi.lastIndexOf(' ')) + " " + pick(r, Phrases.MIDDLE) + " " + pick(r, Phrases.GIVEN);
            }
            String en = ascii(vi);
            if (!taken.add(en)) continue; // names must be unique in every language, or aliases are ambiguous
            String country = r.nextInt(2) == 0 ? "VN" : pick(r, Phrases.CITIES).country();
            String id = Slugs.slugify(en) + "-" + (out.size() + 1);
            out.add(new LeaderSpec(id, vi, en, country, r.nextInt(Phrases.ROLES.size()), 1940 + r.nextInt(30)));
        }
        return out;
    }

    private List<SummitSpec> summits() {
        int count = o.shape().summits();
        List<SummitSpec> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Random r = random('S', k);
            int series = k % Phrases.SERIES.size();
            int ordinal = k / Phrases.SERIES.size() + 1;
            LocalDate start = FIRST_DAY.plusDays((long) k * SPAN_DAYS / count + r.nextInt(5));
            List<Integer> people = distinct(r, 4, leaders.size());
            List<Integer> outcomes = distinct(r, 2, Phrases.OUTCOMES.size());
            String id = Slugs.slugify(Phrases.SERIES.get(series).en()) + "-" + ordinal;
            out.add(new SummitSpec(id, series, ordinal, start, start.plusDays(r.nextInt(3)), pick(r, Phrases.CITIES),
                    people, outcomes, 5 + r.nextInt(40)));
        }
        return out;
    }

    private ArticleSpec article(int i) {
        Random r = random('F', i);
        int s = i % summits.size();
        SummitSpec su = summits.get(s);
        List<Integer> two = distinct(r, 2, su.participants().size());
        LocalDate date = su.start().plusDays(r.nextInt(3));
        String id = date + "-" + su.id() + "-" + (i + 1);
        int a = su.participants().get(two.get(0));
        int b = su.participants().get(two.get(1));
        int year = date.getYear() - r.nextInt(2);
        int amount = 10 + r.nextInt(990);
        int tenths = 11 + r.nextInt(980);
        if (!o.shape().archive()) return new ArticleSpec(i, id, date, s, a, b, year, amount, tenths, List.of(a, b), false);
        // Two of the summit's participants, then others from the whole archive.
        Shape sh = o.shape();
        List<Integer> people = new ArrayList<>(List.of(a, b));
        int k = sh.minLeaders() + r.nextInt(sh.maxLeaders() - sh.minLeaders() + 1);
        while (people.size() < k) {
            int x = r.nextInt(leaders.size());
            if (!people.contains(x)) people.add(x);
        }
        return new ArticleSpec(i, id, date, s, a, b, year, amount, tenths, people, r.nextInt(100) < sh.titleOnlyPercent());
    }

    // ---- articles ----

    /** The words that fill a template in one language. */
    private record Vars(String lang, String a, String aid, String b, String bid, String summit, String sid, String city) {}

    private Vars vars(ArticleSpec a, String lang) {
        return vars(a, lang, a.a(), a.b());
    }

    /** The words of a sentence about leaders {@code x} and {@code y}: their names, or only their titles. */
    private Vars vars(ArticleSpec a, String lang, int x, int y) {
        LeaderSpec la = leaders.get(x);
        LeaderSpec lb = leaders.get(y);
        SummitSpec su = summits.get(a.summit());
        return new Vars(lang, who(la, lang, a.titleOnly()), la.id(), who(lb, lang, a.titleOnly()), lb.id(),
                summitName(su, lang), su.id(), vi(lang) ? su.city().vi() : su.city().en());
    }

    private String who(LeaderSpec l, String lang, boolean titleOnly) {
        return titleOnly ? text(Phrases.ROLES.get(l.role()), lang) : name(l, lang);
    }

    private String ids(List<Integer> people) {
        return String.join(", ", people.stream().map(p -> leaders.get(p).id()).toList());
    }

    /** An archive article's topics: one to three of the shape's, drawn from the title's sequence. */
    private String topics(Random titles) {
        List<Integer> chosen = distinct(titles, 1 + titles.nextInt(3), o.shape().topics());
        return String.join(", ", chosen.stream().map(SiteGenerator::topic).toList());
    }

    static String topic(int i) {
        return i < Phrases.ARCHIVE_TOPICS.size() ? Phrases.ARCHIVE_TOPICS.get(i) : "topic-" + (i + 1);
    }

    private void writeArticle(Path content, ArticleSpec a) {
        try {
            Path dir = content.resolve("articles").resolve(a.id());
            Files.createDirectories(dir);
            for (String lang : o.languages()) {
                String file = o.format() == Format.BRIEF ? lang + ".md" : "index." + lang + ".md";
                Files.writeString(dir.resolve(file), articleFile(a, lang), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String articleFile(ArticleSpec a, String lang) {
        Vars v = vars(a, lang);
        Random titles = random('T', a.index());
        String title = (vi(lang) ? "Bản tin số " : "Briefing ") + (a.index() + 1) + ": "
                + fill(text(pick(titles, Phrases.TITLES), lang), v, null);
        String summary = fill(text(Phrases.TITLES.get(0), lang), v, null) + (vi(lang) ? " tại " : " in ") + v.city() + ".";
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(q(title)).append('\n');
        boolean source = lang.equals(o.languages().get(0));
        if (o.format() == Format.HUGO) {
            sb.append("date: ").append(a.date()).append('\n');
            sb.append("summits: [").append(summits.get(a.summit()).id()).append("]\n");
            sb.append("leaders: [").append(ids(a.people())).append("]\n");
            if (o.shape().archive()) sb.append("topics: [").append(topics(titles)).append("]\n");
            sb.append("summary: ").append(q(summary)).append('\n');
        } else if (source) {
            sb.append("date: ").append(q(a.date().toString())).append('\n');
            sb.append("outlet: ").append(q(pick(titles, Phrases.OUTLETS))).append('\n');
            sb.append("source: \"TTXVN\"\n");
            sb.append("summary: ").append(q(summary)).append('\n');
            sb.append("summits: [").append(summits.get(a.summit()).id()).append("]\n");
            sb.append("leaders: [").append(ids(a.people())).append("]\n");
            if (o.shape().archive()) {
                sb.append("topics: [").append(topics(titles)).append("]\n");
            } else {
                List<Integer> topics = distinct(titles, 2, Phrases.TOPICS.size());
                sb.append("topics: [").append(Phrases.TOPICS.get(topics.get(0))).append(", ")
                        .append(Phrases.TOPICS.get(topics.get(1))).append("]\n");
            }
            sb.append("draft: false\n");
        } else {
            sb.append("summary: ").append(q(summary)).append('\n');
            // Stamped, as a translator would after checking it: an unstamped translation is "freshness unknown".
            if (o.format() == Format.BRIEF) sb.append("translated_from: ").append(stamp(a)).append('\n');
        }
        sb.append("---\n\n");
        if (o.shape().archive()) {
            archiveBody(sb, a, lang);
        } else {
            body(sb, a, v);
        }
        return sb.toString();
    }

    /** Vietnamese words in an average sentence of {@link Phrases#SENTENCES}, names filled in. */
    private static final double SENTENCE_WORDS = Phrases.SENTENCES.stream()
            .mapToInt(p -> p.vi().replace("{", " {").split("\\s+").length + 2).average().orElse(25);

    /**
     * An archive article's body, about {@code bodyWords} Vietnamese words: a lead that names every leader of
     * the article (or gives their titles only), a caption, then sections of a heading, paragraphs, a list every
     * other section and a quote every third, until the words run out. The structure depends on the article's
     * numbers only, never on the language, so every translation has the same blocks in the same order, and
     * paragraph N states the same numbers in each.
     */
    private void archiveBody(StringBuilder sb, ArticleSpec a, String lang) {
        Random r = random('B', a.index());
        List<Integer> people = a.people();
        Vars lead = vars(a, lang, people.get(0), people.get(1));
        sb.append(fill(text(pick(r, Phrases.LEADS), lang), lead, null));
        if (people.size() > 2) {
            List<String> others = new ArrayList<>();
            for (int p : people.subList(2, people.size())) {
                LeaderSpec l = leaders.get(p);
                others.add("[" + who(l, lang, a.titleOnly()) + "](" + link("leader", l.id(), lang) + ")");
            }
            String list = String.join(", ", others.subList(0, others.size() - 1));
            list = others.size() == 1 ? others.get(0)
                    : list + (vi(lang) ? " và " : " and ") + others.get(others.size() - 1);
            sb.append(vi(lang) ? " Cùng dự có " : " Also attending were ").append(list).append('.');
        }
        sb.append("\n\n");
        sb.append("::: caption\n").append(fill(text(pick(r, Phrases.CAPTIONS), lang), lead, null)).append("\n:::\n\n");
        double words = 60;
        int paragraph = 0;
        int figureSection = r.nextInt(2);
        boolean figure = false;
        for (int section = 0; words < o.shape().bodyWords(); section++) {
            String heading = text(Phrases.HEADINGS.get(section % Phrases.HEADINGS.size()), lang);
            // Headings stay distinct in a long body: their anchors must be unique.
            if (section >= Phrases.HEADINGS.size()) heading += " (" + (section / Phrases.HEADINGS.size() + 1) + ")";
            sb.append("## ").append(heading).append("\n\n");
            words += 5;
            for (int p = 0; p < 2 && words < o.shape().bodyWords(); p++, paragraph++) {
                Vars v = vars(a, lang, people.get(paragraph % people.size()), people.get((paragraph + 1) % people.size()));
                boolean here = section == figureSection && p == 0;
                figure |= here;
                paragraphs(sb, r, v, 1, here ? 0 : -1, a);
                words += 3.5 * SENTENCE_WORDS;
                if (p == 0 && section % 2 == 0) {
                    int items = 3 + r.nextInt(2);
                    for (int i = 0; i < items; i++) {
                        sb.append("- ").append(fill(text(pick(r, Phrases.LIST_ITEMS), lang), v, r)).append('\n');
                    }
                    sb.append('\n');
                    words += items * 5;
                }
                if (p == 0 && section % 3 == 1) {
                    sb.append("> ").append(fill(text(pick(r, Phrases.SENTENCES), lang), v, r)).append("\n\n");
                    words += SENTENCE_WORDS;
                }
            }
        }
        // A short body may end before the section meant for it: summits' key figures quote this sentence.
        if (!figure) sb.append(figureSentence(a, lang)).append("\n\n");
    }

    /**
     * About 700 words in blocks that line up across languages: lead, caption, paragraphs, a heading, a list,
     * the paragraph with the quoted figure, another heading, paragraphs. Every language draws the same
     * sequence, so paragraph N states the same numbers in each.
     */
    /** The hashes of the source body's blocks, "[h1, h2, …]". */
    private String stamp(ArticleSpec a) {
        StringBuilder src = new StringBuilder();
        // The same body as the source file's, whichever shape made it.
        if (o.shape().archive()) archiveBody(src, a, o.languages().get(0));
        else body(src, a, vars(a, o.languages().get(0)));
        return markdown.parse(src.toString(), 1).blocks().stream().map(brief.content.Block::hash)
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    private void body(StringBuilder sb, ArticleSpec a, Vars v) {
        Random r = random('B', a.index());
        String lang = v.lang();
        sb.append(fill(text(pick(r, Phrases.LEADS), lang), v, null)).append("\n\n");
        sb.append("::: caption\n").append(fill(text(pick(r, Phrases.CAPTIONS), lang), v, null)).append("\n:::\n\n");
        List<Integer> headings = distinct(r, 2, Phrases.HEADINGS.size());
        paragraphs(sb, r, v, 2, -1, null);
        sb.append("## ").append(text(Phrases.HEADINGS.get(headings.get(0)), lang)).append("\n\n");
        int items = 3 + r.nextInt(2);
        for (int i = 0; i < items; i++) {
            sb.append("- ").append(fill(text(pick(r, Phrases.LIST_ITEMS), lang), v, r)).append('\n');
        }
        sb.append('\n');
        paragraphs(sb, r, v, 2, r.nextInt(2), a);
        sb.append("## ").append(text(Phrases.HEADINGS.get(headings.get(1)), lang)).append("\n\n");
        paragraphs(sb, r, v, 3, -1, null);
    }

    private void paragraphs(StringBuilder sb, Random r, Vars v, int count, int figureIn, ArticleSpec figure) {
        for (int p = 0; p < count; p++) {
            int sentences = 3 + r.nextInt(2);
            int figureAt = p == figureIn ? r.nextInt(sentences) : -1;
            List<Integer> chosen = distinct(r, sentences, Phrases.SENTENCES.size());
            for (int s = 0; s < sentences; s++) {
                if (s > 0) sb.append(' ');
                if (s == figureAt) {
                    sb.append(figureSentence(figure, v.lang()));
                } else {
                    sb.append(fill(text(Phrases.SENTENCES.get(chosen.get(s)), v.lang()), v, r));
                }
            }
            sb.append("\n\n");
        }
    }

    private String figureSentence(ArticleSpec a, String lang) {
        return text(Phrases.FIGURE, lang).replace("{y}", Integer.toString(a.year()))
                .replace("{n}", Integer.toString(a.amount())).replace("{p}", decimal(a.tenths(), lang));
    }

    /**
     * Fills a template. When {@code r} is given, four numbers are drawn first, always in the same order, so
     * that every language's version of the sentence gets the same numbers wherever it places them.
     */
    private String fill(String template, Vars v, Random r) {
        int n = r == null ? 0 : 10 + r.nextInt(990);
        int m = r == null ? 0 : 2 + r.nextInt(98);
        int y = r == null ? 0 : 1995 + r.nextInt(35);
        int p = r == null ? 0 : 11 + r.nextInt(980);
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            String key = template.substring(i + 1, close);
            out.append(switch (key) {
                case "A" -> v.a();
                case "B" -> v.b();
                case "S" -> v.summit();
                case "C" -> v.city();
                case "aid" -> link("leader", v.aid(), v.lang());
                case "bid" -> link("leader", v.bid(), v.lang());
                case "sid" -> link("summit", v.sid(), v.lang());
                case "n" -> Integer.toString(n);
                case "m" -> Integer.toString(m);
                case "y" -> Integer.toString(y);
                case "p" -> decimal(p, v.lang());
                default -> throw new IllegalStateException("unknown placeholder {" + key + "}");
            });
            i = close + 1;
        }
        return out.toString();
    }

    /** brief resolves summit:/leader: links itself; Hugo gets the path its taxonomies publish. */
    private String link(String kind, String id, String lang) {
        return o.format() == Format.BRIEF ? kind + ":" + id : "/" + lang + "/" + kind + "s/" + id + "/";
    }

    // ---- annotations (brief format) ----

    private String siteYaml() {
        StringBuilder sb = new StringBuilder("# A synthetic site written by 'brief generate' for benchmarks.\n");
        sb.append("title: {").append(localized("Bản tin thử nghiệm", "Benchmark briefings")).append("}\n");
        sb.append("description: {").append(localized("Trang tổng hợp bản tin được sinh tự động để đo hiệu năng.",
                "Briefings generated to measure build performance.")).append("}\n");
        sb.append("base_url: https://example.org/\nlanguages:\n");
        boolean first = true;
        for (String l : o.languages()) {
            sb.append("  - code: ").append(l).append('\n');
            sb.append("    name: ").append(q(l.equals("vi") ? "Tiếng Việt" : l.equals("en") ? "English" : l)).append('\n');
            sb.append("    locale: ").append(l.equals("vi") ? "vi-VN" : l.equals("en") ? "en-GB" : l).append('\n');
            if (first) sb.append("    source: true\n");
            first = false;
        }
        sb.append("sections:\n");
        String[][] sections = {{"articles", "bai-viet", "articles"}, {"summits", "hoi-nghi", "summits"},
                {"leaders", "lanh-dao", "leaders"}, {"chronology", "dong-thoi-gian", "chronology"},
                {"search", "tim-kiem", "search"}};
        for (String[] s : sections) sb.append("  ").append(s[0]).append(": {").append(localized(s[1], s[2])).append("}\n");
        sb.append("theme: default\n");
        return sb.toString();
    }

    /** Every topic the articles can name, so that the site checks (an unknown topic is an error). */
    private String topicsYaml() {
        List<String> ids = new ArrayList<>();
        if (o.shape().archive()) for (int i = 0; i < o.shape().topics(); i++) ids.add(topic(i));
        else ids.addAll(Phrases.TOPICS);
        StringBuilder sb = new StringBuilder();
        for (String id : ids) {
            String en = Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
            sb.append("- id: ").append(id).append('\n');
            sb.append("  name: {").append(localized("Chủ đề " + en.toLowerCase(Locale.ROOT), en)).append("}\n");
        }
        return sb.toString();
    }

    private String seriesYaml() {
        StringBuilder sb = new StringBuilder();
        for (Pair p : Phrases.SERIES) {
            sb.append("- id: ").append(Slugs.slugify(p.en())).append('\n');
            sb.append("  name: {").append(localized(p.vi(), p.en())).append("}\n\n");
        }
        return sb.toString();
    }

    private String leadersYaml() {
        StringBuilder sb = new StringBuilder();
        for (LeaderSpec l : leaders) {
            Pair role = Phrases.ROLES.get(l.role());
            Pair before = Phrases.ROLES.get((l.role() + 1) % Phrases.ROLES.size());
            sb.append("- id: ").append(l.id()).append('\n');
            sb.append("  name: {").append(localized(l.vi(), l.en())).append("}\n");
            sb.append("  aliases:\n");
            for (String lang : o.languages()) {
                sb.append("    ").append(lang).append(": [").append(q(text(role, lang) + " " + name(l, lang))).append("]\n");
            }
            sb.append("  country: ").append(l.country()).append('\n');
            sb.append("  roles:\n");
            sb.append("    - title: {").append(localized(before.vi(), before.en())).append("}\n");
            sb.append("      from: \"1985-01-01\"\n      to: \"1994-12-31\"\n");
            sb.append("    - title: {").append(localized(role.vi(), role.en())).append("}\n");
            sb.append("      from: \"1995-01-01\"\n");
            sb.append("  bio: {").append(localized(
                    "Ông " + l.vi() + " sinh năm " + l.born() + ", từng giữ chức " + before.vi() + " từ năm 1985 đến năm 1994.",
                    l.en() + " was born in " + l.born() + " and served as " + before.en() + " from 1985 to 1994."))
                    .append("}\n\n");
        }
        return sb.toString();
    }

    private String summitsYaml() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < summits.size(); k++) {
            SummitSpec s = summits.get(k);
            sb.append("- id: ").append(s.id()).append('\n');
            sb.append("  series: ").append(Slugs.slugify(Phrases.SERIES.get(s.series()).en())).append('\n');
            sb.append("  ordinal: ").append(s.ordinal()).append('\n');
            sb.append("  name: {").append(localized(summitName(s, "vi"), summitName(s, "en"))).append("}\n");
            sb.append("  start: ").append(q(s.start().toString())).append('\n');
            sb.append("  end: ").append(q(s.end().toString())).append('\n');
            sb.append("  city: {").append(localized(s.city().vi(), s.city().en())).append("}\n");
            sb.append("  country: ").append(s.city().country()).append('\n');
            sb.append("  summary: {").append(localized(
                    summitName(s, "vi") + " diễn ra tại " + s.city().vi() + " với sự tham dự của " + s.delegations() + " đoàn đại biểu.",
                    "The " + summitName(s, "en") + " was held in " + s.city().en() + " with " + s.delegations()
                            + " delegations attending.")).append("}\n");
            sb.append("  participants:\n");
            for (int p : s.participants()) sb.append("    - ").append(leaders.get(p).id()).append('\n');
            sb.append("  outcomes:\n");
            for (int x : s.outcomes()) {
                Pair out = Phrases.OUTCOMES.get(x);
                sb.append("    - {").append(localized(out.vi(), out.en())).append("}\n");
            }
            sb.append("  figures:\n");
            // The summit's first articles are k and k + S (article i belongs to summit i mod S).
            ArticleSpec first = null;
            for (int i = k, n = 0; i < articles.size() && n < 2; i += summits.size(), n++) {
                ArticleSpec a = articles.get(i);
                // Two articles may draw the same year and amount (at 50,000 articles some do): that is one fact, and
                // two figures of it would be the error "figure … repeats figure …". The first article's stands.
                if (first != null && first.year() == a.year() && first.amount() == a.amount()) continue;
                if (first == null) first = a;
                String quote = figureSentence(a, "vi");
                sb.append("    - id: ").append(s.id()).append("-trade-").append(n + 1).append('\n');
                sb.append("      label: {").append(localized("Thương mại hai chiều năm " + a.year(),
                        "Two-way trade in " + a.year())).append("}\n");
                sb.append("      value: ").append(a.amount()).append('\n');
                sb.append("      unit: USD\n      scale: billion\n      approx: more-than\n");
                sb.append("      source:\n        article: ").append(a.id()).append('\n');
                sb.append("        quote: ").append(q(quote)).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private String eventsYaml(int count) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < count; j++) {
            ArticleSpec a = articles.get((int) ((long) j * 20 % articles.size()));
            LeaderSpec l = leaders.get(a.a());
            SummitSpec s = summits.get(a.summit());
            sb.append("- id: event-").append(j + 1).append('\n');
            sb.append("  date: ").append(q(a.date().toString().substring(0, 7))).append('\n');
            sb.append("  title: {").append(localized(l.vi() + " thăm làm việc tại " + s.city().vi(),
                    l.en() + " pays a working visit to " + s.city().en())).append("}\n");
            sb.append("  summits: [").append(s.id()).append("]\n");
            sb.append("  leaders: [").append(l.id()).append("]\n");
            sb.append("  source:\n    article: ").append(a.id()).append('\n');
            sb.append("    quote: ").append(q(figureSentence(a, "vi"))).append("\n\n");
        }
        return sb.toString();
    }

    // ---- Hugo: summit and leader pages are taxonomy terms; give them a title and a text ----

    private void writeHugoTerms(Path content) throws IOException {
        for (SummitSpec s : summits) {
            termPage(content.resolve("summits").resolve(s.id()), (lang, sb) -> sb.append("title: ")
                    .append(q(summitName(s, lang))).append("\n---\n\n").append(vi(lang)
                            ? summitName(s, lang) + " diễn ra tại " + s.city().vi() + "."
                            : "The " + summitName(s, lang) + " was held in " + s.city().en() + ".").append('\n'));
        }
        for (LeaderSpec l : leaders) {
            termPage(content.resolve("leaders").resolve(l.id()), (lang, sb) -> sb.append("title: ")
                    .append(q(name(l, lang))).append("\n---\n\n").append(vi(lang)
                            ? "Ông " + l.vi() + " sinh năm " + l.born() + "."
                            : l.en() + " was born in " + l.born() + ".").append('\n'));
        }
    }

    private void termPage(Path dir, BiFunction<String, StringBuilder, StringBuilder> body) throws IOException {
        Files.createDirectories(dir);
        for (String lang : o.languages()) {
            Files.writeString(dir.resolve("_index." + lang + ".md"), body.apply(lang, new StringBuilder("---\n")).toString(),
                    StandardCharsets.UTF_8);
        }
    }

    // ---- helpers ----

    private static void copyTheme(Path from, Path to, List<String> languages) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Path dest = to.resolve(from.relativize(f).toString());
            Files.createDirectories(dest.getParent());
            Files.copy(f, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        // A language the theme has no strings for gets the English ones, so the site still checks.
        Path i18n = to.resolve("i18n");
        if (Files.isRegularFile(i18n.resolve("en.yaml"))) {
            for (String lang : languages) {
                if (!Files.exists(i18n.resolve(lang + ".yaml"))) Files.copy(i18n.resolve("en.yaml"), i18n.resolve(lang + ".yaml"));
            }
        }
    }

    private boolean vi(String lang) {
        return lang.equals("vi");
    }

    private static String text(Pair p, String lang) {
        return lang.equals("vi") ? p.vi() : p.en();
    }

    private String name(LeaderSpec l, String lang) {
        return vi(lang) ? l.vi() : l.en();
    }

    private static String summitName(SummitSpec s, String lang) {
        Pair series = Phrases.SERIES.get(s.series());
        return lang.equals("vi") ? series.vi() + " lần thứ " + s.ordinal() : ordinal(s.ordinal()) + " " + series.en();
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; };
        return n + suffix;
    }

    /** One decimal, written the way the language writes it: "12,5" in Vietnamese, "12.5" in English. */
    private static String decimal(int tenths, String lang) {
        return tenths / 10 + (lang.equals("vi") ? "," : ".") + tenths % 10;
    }

    /** A localized YAML map body for every language of the site: Vietnamese text for vi, English for others. */
    private String localized(String vi, String en) {
        StringBuilder sb = new StringBuilder();
        for (String l : o.languages()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(l).append(": ").append(q(vi(l) ? vi : en));
        }
        return sb.toString();
    }

    static String ascii(String s) {
        String n = Normalizer.normalize(s.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}+", "");
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    /** {@code n} distinct indexes below {@code bound}, in the order drawn. */
    private static List<Integer> distinct(Random r, int n, int bound) {
        List<Integer> out = new ArrayList<>();
        while (out.size() < Math.min(n, bound)) {
            int x = r.nextInt(bound);
            if (!out.contains(x)) out.add(x);
        }
        return out;
    }
}
