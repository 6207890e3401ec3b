package brief.annotations;

import brief.config.SiteConfig;
import brief.diag.Code;
import brief.source.SourceFile;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import brief.i18n.Countries;
import brief.i18n.FlexDate;
import brief.i18n.LocalizedText;
import brief.yaml.Fields;
import brief.yaml.Fields.Ref;
import brief.yaml.ListItems;
import brief.yaml.YNode;
import brief.yaml.YNode.YList;
import brief.yaml.YNode.YMap;
import brief.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** Reads content/series.yaml, summits.yaml, leaders.yaml, events.yaml and topics.yaml; each file is optional. */
public final class AnnotationLoader {
    public static final Path SERIES = Path.of("content", "series.yaml");
    public static final Path SUMMITS = Path.of("content", "summits.yaml");
    public static final Path LEADERS = Path.of("content", "leaders.yaml");
    public static final Path EVENTS = Path.of("content", "events.yaml");
    public static final Path TOPICS = Path.of("content", "topics.yaml");

    static final List<String> SERIES_KEYS = List.of("id", "name");
    static final List<String> SUMMIT_KEYS = List.of("id", "series", "ordinal", "parent", "name", "start", "end", "city",
            "country", "venue", "host", "co_chairs", "summary", "participants", "outcomes", "figures");
    static final List<String> FIGURE_KEYS = List.of("id", "label", "value", "unit", "scale", "approx", "source",
            "sources");
    static final List<String> SOURCE_KEYS = List.of("article", "quote");
    static final List<String> LEADER_KEYS = List.of("id", "name", "aliases", "country", "roles", "bio");
    static final List<String> ROLE_KEYS = List.of("title", "from", "to", "concurrent");
    static final List<String> TOPIC_KEYS = List.of("id", "name", "description");
    static final List<String> EVENT_KEYS = List.of("id", "date", "title", "summary", "summits", "leaders", "source");
    /** Stands in for a date that was reported as wrong, so the entity stays known; the build stops anyway. */
    public static final FlexDate PLACEHOLDER_DATE = new FlexDate(1970, 1, 1, FlexDate.Precision.DAY);

    private final Set<String> languages;

    public AnnotationLoader(SiteConfig config) {
        this.languages = new LinkedHashSet<>(config.languageCodes());
    }

    public Annotations load(Path root, Diagnostics diags, Map<Path, SourceFile> files) {
        return new Annotations(
                readList(root, SERIES, diags, files, this::series),
                readList(root, SUMMITS, diags, files, this::summit),
                readList(root, LEADERS, diags, files, this::leader),
                readList(root, EVENTS, diags, files, this::event),
                readList(root, TOPICS, diags, files, this::topic));
    }

    /**
     * Parses annotation files already read, keyed by their paths ({@link #SERIES}, {@link #SUMMITS}, …); a file
     * that is not in the map counts as absent. Reads nothing from disk, so the fuzz tests can call it directly.
     */
    public Annotations parse(Map<Path, SourceFile> sources, Diagnostics diags) {
        return new Annotations(
                parseList(sources.get(SERIES), diags, this::series),
                parseList(sources.get(SUMMITS), diags, this::summit),
                parseList(sources.get(LEADERS), diags, this::leader),
                parseList(sources.get(EVENTS), diags, this::event),
                parseList(sources.get(TOPICS), diags, this::topic));
    }

    private <T> List<T> readList(Path root, Path file, Diagnostics diags, Map<Path, SourceFile> files,
                                 BiFunction<Fields, Diagnostics, Optional<T>> one) {
        if (!Files.exists(root.resolve(file))) return List.of();
        Optional<SourceFile> sf = SourceFile.read(root, file, SourceFile.MAX_ANNOTATION_BYTES, diags);
        if (sf.isEmpty()) return List.of();
        files.put(file, sf.get());
        return parseList(sf.get(), diags, one);
    }

    private <T> List<T> parseList(SourceFile source, Diagnostics diags, BiFunction<Fields, Diagnostics, Optional<T>> one) {
        if (source == null) return List.of();
        Path file = source.relPath();
        Optional<SourceFile> sf = Optional.of(source);
        // A file that yields nothing is an error: an emptied events.yaml would silently empty the chronology.
        // A file that means to have no entries says so with '[]'.
        if (sf.get().text().isBlank()) {
            diags.errorWithHint(Code.FILE_EMPTY, new SourcePos(file, 1, 1), "add entries starting with '- id: …'; write '[]' if there"
                    + " are none yet", "the file is empty");
            return List.of();
        }
        Optional<YNode> tree = YamlReader.read(file, sf.get().text(), 0, diags);
        if (tree.isEmpty()) {
            if (sf.get().text().lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#") || l.strip().equals("---"))) {
                diags.errorWithHint(Code.NO_ENTRIES, new SourcePos(file, 1, 1), "add entries starting with '- id: …'; write '[]' if"
                        + " there are none yet", "the file has no entries (only comments)");
            }
            return List.of();
        }
        if (!(tree.get() instanceof YList list)) {
            diags.errorWithHint(Code.WRONG_TYPE, tree.get().pos(), "start each entry with '- id: …' at the beginning of a line",
                    "%s must be a list of entries, found %s", file.getFileName(), tree.get().describe());
            return List.of();
        }
        List<T> out = new ArrayList<>();
        int n = 0;
        for (YNode item : list.items()) item(file, item, ++n, diags, one).ifPresent(out::add);
        return out;
    }

    /** The {@code n}th entry of {@code file}, read. */
    private <T> Optional<T> item(Path file, YNode item, int n, Diagnostics diags,
                                 BiFunction<Fields, Diagnostics, Optional<T>> one) {
        String what = "entry " + n + " of " + file.getFileName();
        if (item instanceof YMap m && m.entries().get("id") instanceof YNode.YScalar s) {
            what = "'" + s.text() + "' in " + file.getFileName();
        }
        return Fields.of(item, diags, what, languages).flatMap(f -> one.apply(f, diags));
    }

    /**
     * One entry of an annotation file as read: its text (from its "- " line to the next entry's), the lines before
     * it, its place in the list, what it gave and the diagnostics it gave (replayed when it is kept).
     */
    public record Entry(String text, int lineOffset, int index, Optional<?> value, Diagnostics diags) {}

    /**
     * One annotation file read: its entries' values in order, and each entry as read (none when the file was read
     * whole: it is not a plain list, or an entry of it has a syntax error).
     */
    public record Parsed(List<?> values, List<Entry> entries) {
        public Parsed {
            values = List.copyOf(values);
            entries = List.copyOf(entries);
        }
    }

    /**
     * Reads one annotation file ({@link #SERIES}, {@link #SUMMITS}, …) entry by entry, keeping each entry of
     * {@code last} (this file's last reading, or null) whose text, line and place in the list are unchanged, and
     * its diagnostics: after an edit to one leader of a 690 KB leaders.yaml, that leader alone is parsed. The values
     * and diagnostics equal those of {@link #parse}: a file that is not a plain list, or whose changed entries do
     * not read without a syntax error alone, is read whole.
     */
    public Parsed parseFile(SourceFile source, Diagnostics diags, Parsed last) {
        Path file = source.relPath();
        BiFunction<Fields, Diagnostics, Optional<Object>> one = kind(file);
        Optional<List<ListItems.Item>> items = ListItems.split(source.text());
        if (items.isPresent()) {
            Map<List<Object>, Entry> before = new java.util.HashMap<>();
            if (last != null) for (Entry e : last.entries()) before.put(List.of(e.text(), e.lineOffset(), e.index()), e);
            List<Entry> entries = new ArrayList<>(items.get().size());
            for (ListItems.Item it : items.get()) {
                int n = entries.size() + 1;
                Entry e = before.get(List.of(it.text(), it.lineOffset(), n));
                if (e == null) e = entry(file, it, n, diags.sibling(), one, last);
                if (e == null) break;
                entries.add(e);
            }
            if (entries.size() == items.get().size()) {
                List<Object> values = new ArrayList<>(entries.size());
                for (Entry e : entries) {
                    diags.addAll(e.diags());
                    e.value().ifPresent(values::add);
                }
                return new Parsed(values, entries);
            }
        }
        return new Parsed(parseList(source, diags, one), List.of());
    }

    /** An entry read alone; null when it does not read as one entry without a syntax error. */
    private Entry entry(Path file, ListItems.Item it, int n, Diagnostics d, BiFunction<Fields, Diagnostics,
            Optional<Object>> one, Parsed last) {
        Optional<YNode> tree = YamlReader.read(file, it.text(), it.lineOffset(), d);
        if (d.hasErrors() || tree.isEmpty() || !(tree.get() instanceof YList list) || list.items().size() != 1) return null;
        Optional<Object> value = item(file, list.items().get(0), n, d, one);
        // An entry that reads as before (a comment edited) is last reading's object: later stages compare by reference first.
        if (value.isPresent() && last != null) {
            for (Object v : last.values()) if (v.equals(value.get())) return new Entry(it.text(), it.lineOffset(), n, Optional.of(v), d);
        }
        return new Entry(it.text(), it.lineOffset(), n, value, d);
    }

    /** How an entry of {@code file} is read. */
    private BiFunction<Fields, Diagnostics, Optional<Object>> kind(Path file) {
        if (file.equals(SERIES)) return (f, d) -> series(f, d).map(Object.class::cast);
        if (file.equals(SUMMITS)) return (f, d) -> summit(f, d).map(Object.class::cast);
        if (file.equals(LEADERS)) return (f, d) -> leader(f, d).map(Object.class::cast);
        if (file.equals(EVENTS)) return (f, d) -> event(f, d).map(Object.class::cast);
        if (file.equals(TOPICS)) return (f, d) -> topic(f, d).map(Object.class::cast);
        throw new IllegalArgumentException("not an annotation file: " + file);
    }

    private Optional<Series> series(Fields f, Diagnostics d) {
        f.allowOnly(SERIES_KEYS);
        Optional<String> id = f.requiredId("id");
        LocalizedText name = f.requiredText("name");
        return id.map(i -> new Series(i, name, f.pos()));
    }

    /** A topic's name is required in every language: a topic page or link without one would fall back silently. */
    private Optional<Topic> topic(Fields f, Diagnostics d) {
        f.allowOnly(TOPIC_KEYS);
        Optional<String> id = f.requiredId("id");
        LocalizedText name = f.requiredText("name");
        LocalizedText description = f.optionalText("description");
        return id.map(i -> new Topic(i, name, description, f.pos()));
    }

    private Optional<Summit> summit(Fields f, Diagnostics d) {
        f.allowOnly(SUMMIT_KEYS);
        Optional<String> id = f.requiredId("id");
        LocalizedText name = f.requiredText("name");
        Optional<FlexDate> start = f.requiredDate("start");
        Optional<FlexDate> end = f.optionalDate("end");
        if (start.isPresent() && end.isPresent() && end.get().end().isBefore(start.get().start())) {
            d.errorWithHint(Code.DATE_ORDER, f.pos("end"), "swap 'start' and 'end', or correct one of them",
                    "the summit ends (%s) before it starts (%s)", end.get().iso(), start.get().iso());
        }
        Optional<String> country = country(f, d);
        List<LocalizedText> outcomes = new ArrayList<>();
        for (YNode o : f.list("outcomes")) outcomes.add(f.localized(o, "outcomes", true));
        List<Figure> figures = new ArrayList<>();
        for (YNode fig : f.list("figures")) {
            Fields.of(fig, d, "a figure of summit '" + id.orElse("?") + "'", languages)
                    .flatMap(ff -> figure(ff, d)).ifPresent(figures::add);
        }
        if (id.isEmpty()) return Optional.empty();
        // A summit with a bad date is kept (the error is reported), so references to it do not cascade.
        FlexDate from = start.orElse(PLACEHOLDER_DATE);
        return Optional.of(new Summit(id.get(), ref(f, "series"), f.optionalInteger("ordinal"), ref(f, "parent"), name,
                from, end.filter(e -> !e.end().isBefore(from.start())).orElse(from), f.optionalText("city"), country, f.optionalText("venue"),
                f.optionalText("host"), f.optionalText("co_chairs"), f.optionalText("summary"), f.refs("participants"), outcomes, figures, f.pos()));
    }

    private Optional<Ref> ref(Fields f, String key) {
        return f.optionalString(key).map(s -> new Ref(s, f.pos(key)));
    }

    private Optional<String> country(Fields f, Diagnostics d) {
        Optional<String> c = f.optionalString("country");
        if (c.isPresent() && !Countries.isCode(c.get())) {
            String guess = Countries.guess(c.get()).orElse(null);
            d.errorWithHint(Code.UNKNOWN_COUNTRY, f.pos("country"), guess != null ? "use '" + guess + "'"
                            : "use a two-letter ISO 3166 code such as 'VN', 'US', 'MY', 'KR'",
                    "unknown country '%s' (expected a two-letter ISO code such as VN, US, MY)", c.get());
            return Optional.empty();
        }
        return c;
    }

    private Optional<Figure> figure(Fields f, Diagnostics d) {
        f.allowOnly(FIGURE_KEYS);
        Optional<String> id = f.requiredId("id");
        LocalizedText label = f.requiredText("label");
        Optional<Double> value = f.requiredNumber("value");
        Optional<Figure.Unit> unit = unit(f);
        Optional<Figure.Scale> scale = enumValue(f, "scale", Figure.Scale.class);
        Optional<Figure.Approx> approx = enumValue(f, "approx", Figure.Approx.class);
        List<SourceQuote> sources = figureSources(f, d);
        if (id.isEmpty() || value.isEmpty() || unit.isEmpty() || sources.isEmpty()) return Optional.empty();
        return Optional.of(new Figure(id.get(), label, value.get(), unit.get(), scale, approx, sources, f.pos(),
                f.pos("value")));
    }

    /** The currencies 'unit' accepts: ISO 4217's codes, as the JDK knows them. */
    private static final Set<String> CURRENCIES = java.util.Currency.getAvailableCurrencies().stream()
            .map(java.util.Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * 'percent', 'count', or a currency's ISO 4217 code ('USD', 'AUD', 'VND'). A code that is not a currency is
     * never answered with another currency: "AUS" is not a typo of "AUD" that a reader could spot on the page.
     */
    private Optional<Figure.Unit> unit(Fields f) {
        Optional<String> v = f.requiredString("unit");
        if (v.isEmpty()) return Optional.empty();
        String u = v.get().strip();
        if (u.equalsIgnoreCase("percent")) return Optional.of(new Figure.Percent());
        if (u.equalsIgnoreCase("count")) return Optional.of(new Figure.Count());
        String upper = u.toUpperCase(Locale.ROOT);
        if (upper.length() == 3 && CURRENCIES.contains(upper)) return Optional.of(new Figure.Money(upper));
        String near = brief.yaml.Suggest.nearest(u, List.of("percent", "count")).orElse(null);
        f.diags().errorWithHint(Code.UNKNOWN_UNIT, f.pos("unit"), (near != null ? "did you mean '" + near + "'? " : "")
                        + "write 'percent', 'count', or the three-letter ISO 4217 code of the currency",
                "unknown unit '%s' (expected percent, count or a currency code such as USD, EUR, JPY, AUD, VND)", u);
        return Optional.empty();
    }

    /** A figure's sources: 'sources', a list of {article, quote}, or the one 'source' of older files. */
    private List<SourceQuote> figureSources(Fields f, Diagnostics d) {
        if (f.has("source") && f.has("sources")) {
            d.errorWithHint(Code.CONFLICTING_FIELDS, f.keyPos("sources"), "move the 'source' entry into the 'sources' list",
                    "a figure has either 'source' or 'sources', not both");
            return List.of();
        }
        if (!f.has("sources")) return source(f, d, true).map(List::of).orElse(List.of());
        List<SourceQuote> out = new ArrayList<>();
        boolean bad = false;
        for (YNode n : f.list("sources")) {
            Optional<SourceQuote> q = Fields.of(n, d, "a source", languages).flatMap(this::sourceQuote);
            q.ifPresent(out::add);
            bad |= q.isEmpty();
        }
        if (out.isEmpty() && !bad) {
            d.errorWithHint(Code.MISSING_FIELD, f.pos("sources"), "add '- {article: <article id>, quote: \"the exact sentence\"}'",
                    "'sources' of a figure is empty");
        }
        return bad ? List.of() : out;
    }

    private Optional<SourceQuote> source(Fields f, Diagnostics d, boolean required) {
        if (!f.has("source")) {
            if (required) {
                d.errorWithHint(Code.MISSING_FIELD, f.pos(), "add 'source: {article: <article id>, quote: \"the exact sentence\"}'",
                        "%s has no source", "this entry");
            }
            return Optional.empty();
        }
        return f.sub("source", "the source").flatMap(this::sourceQuote);
    }

    private Optional<SourceQuote> sourceQuote(Fields s) {
        s.allowOnly(SOURCE_KEYS);
        Optional<String> article = s.requiredString("article");
        Optional<String> quote = s.requiredString("quote");
        if (article.isEmpty() || quote.isEmpty()) return Optional.empty();
        return Optional.of(new SourceQuote(article.get(), quote.get(), s.pos("article"), s.pos("quote")));
    }

    private <E extends Enum<E>> Optional<E> enumValue(Fields f, String key, Class<E> type) {
        Optional<String> v = f.optionalString(key);
        if (v.isEmpty()) return Optional.empty();
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            String n = e.name().toLowerCase(Locale.ROOT).replace('_', '-');
            names.add(n);
            if (n.equalsIgnoreCase(v.get()) || e.name().equalsIgnoreCase(v.get())) return Optional.of(e);
        }
        String near = brief.yaml.Suggest.nearest(v.get(), names).orElse(null);
        f.diags().errorWithHint(Code.INVALID_VALUE, f.pos(key), near != null ? "did you mean '" + near + "'?" : "use one of " + names,
                "unknown %s '%s' (expected one of %s)", key, v.get(), String.join(", ", names));
        return Optional.empty();
    }

    private Optional<Leader> leader(Fields f, Diagnostics d) {
        f.allowOnly(LEADER_KEYS);
        Optional<String> id = f.requiredId("id");
        LocalizedText name = f.requiredText("name");
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        f.sub("aliases", "the aliases of leader '" + id.orElse("?") + "'").ifPresent(a -> {
            a.allowOnly(languages);
            for (String lang : languages) {
                List<String> list = a.strings(lang);
                if (!list.isEmpty()) aliases.put(lang, list);
            }
        });
        Optional<String> country = f.has("country") ? country(f, d) : Optional.empty();
        if (!f.has("country")) f.requiredString("country");
        List<Leader.Role> roles = new ArrayList<>();
        for (YNode r : f.list("roles")) {
            Fields.of(r, d, "a role of leader '" + id.orElse("?") + "'", languages).ifPresent(rf -> {
                rf.allowOnly(ROLE_KEYS);
                LocalizedText title = rf.requiredText("title");
                Optional<FlexDate> from = rf.requiredDate("from");
                Optional<FlexDate> to = rf.optionalDate("to");
                if (from.isPresent() && to.isPresent() && to.get().end().isBefore(from.get().start())) {
                    d.errorWithHint(Code.DATE_ORDER, rf.pos("to"), "swap 'from' and 'to', or correct one of them",
                            "the role ends (%s) before it starts (%s)", to.get().iso(), from.get().iso());
                }
                boolean concurrent = rf.bool("concurrent", false);
                from.ifPresent(fr -> roles.add(new Leader.Role(title, fr, to, concurrent, rf.pos())));
            });
        }
        LocalizedText bio = f.optionalText("bio");
        if (id.isEmpty()) return Optional.empty();
        return Optional.of(new Leader(id.get(), name, aliases, country.orElse("ZZ"), roles, bio, f.pos()));
    }

    private Optional<Event> event(Fields f, Diagnostics d) {
        f.allowOnly(EVENT_KEYS);
        Optional<String> id = f.requiredId("id");
        Optional<FlexDate> date = f.requiredDate("date");
        LocalizedText title = f.requiredText("title");
        Optional<SourceQuote> source = source(f, d, false);
        if (id.isEmpty()) return Optional.empty();
        return Optional.of(new Event(id.get(), date.orElse(PLACEHOLDER_DATE), title, f.optionalText("summary"), f.refs("summits"),
                f.refs("leaders"), source, f.pos()));
    }
}
