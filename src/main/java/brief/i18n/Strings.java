package brief.i18n;

import brief.diag.SourcePos;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UI strings of a theme in every language (themes/&lt;theme&gt;/i18n/&lt;lang&gt;.yaml), with the date and
 * number formats they define. Placeholders follow {@link MessageFormat}: {0}, {1}; a quote is written ''.
 */
public final class Strings {
    private final Map<String, Map<String, String>> byLang;
    private final Map<String, Map<String, SourcePos>> positions;
    private final Map<String, Language> languages;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    private final Map<String, DateTimeFormatter> dateFormats = new ConcurrentHashMap<>();
    /** Language → date pattern → date → its text (see {@link #formatDate}). */
    private final Map<String, Map<String, Map<java.time.LocalDate, String>>> formatted = new ConcurrentHashMap<>();

    public Strings(Map<String, Map<String, String>> byLang, Map<String, Map<String, SourcePos>> positions,
                   Map<String, Language> languages) {
        this.byLang = Map.copyOf(byLang);
        this.positions = Map.copyOf(positions);
        this.languages = Map.copyOf(languages);
    }

    /** Same strings in the same languages, wherever they were read from: they format everything alike. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Strings other && byLang.equals(other.byLang) && languages.equals(other.languages);
    }

    @Override
    public int hashCode() {
        return byLang.hashCode();
    }

    public Optional<String> raw(String lang, String key) {
        return Optional.ofNullable(byLang.getOrDefault(lang, Map.of()).get(key));
    }

    public boolean has(String lang, String key) {
        return raw(lang, key).isPresent();
    }

    public Map<String, String> all(String lang) {
        return byLang.getOrDefault(lang, Map.of());
    }

    public Optional<SourcePos> position(String lang, String key) {
        return Optional.ofNullable(positions.getOrDefault(lang, Map.of()).get(key));
    }

    /** The string with its placeholders filled; a missing key shows as the key, which check reports. */
    public String t(String lang, String key, Object... args) {
        String pattern = raw(lang, key).orElse(null);
        if (pattern == null) return key;
        if (args.length == 0 && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) return pattern;
        String plain = substituted(pattern, args);
        if (plain != null) return plain;
        MessageFormat mf = formats.computeIfAbsent(lang + "\u0000" + key,
                k -> new MessageFormat(pattern, locale(lang)));
        synchronized (mf) {
            return mf.format(args);
        }
    }

    /**
     * What MessageFormat makes of a pattern whose only syntax is "{0}"-style placeholders, filled with strings:
     * the pattern with each placeholder replaced by its argument as it is. Null for anything else (a quote, a
     * format type, an argument that is not a string or not given), which MessageFormat then formats. Pages ask
     * for such strings millions of times in a large build (a paragraph's permalink label, "{0} · {1}"), and
     * one shared MessageFormat per string made the threads queue on its lock.
     */
    private static String substituted(String pattern, Object[] args) {
        if (pattern.indexOf('\'') >= 0) return null;
        for (Object a : args) if (!(a instanceof String)) return null;
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int close = i + 1;
            int n = 0;
            while (close < pattern.length() && close - i <= 2 && pattern.charAt(close) >= '0' && pattern.charAt(close) <= '9') {
                n = n * 10 + pattern.charAt(close) - '0';
                close++;
            }
            if (close == i + 1 || close >= pattern.length() || pattern.charAt(close) != '}' || n >= args.length) return null;
            out.append((String) args[n]);
            i = close + 1;
        }
        return out.toString();
    }

    public java.util.Locale locale(String lang) {
        Language l = languages.get(lang);
        return l != null ? l.locale() : java.util.Locale.forLanguageTag(lang);
    }

    /** A date in the language's own way, at its own precision (keys date.day, date.month, date.year). */
    public String date(String lang, FlexDate d) {
        String key = switch (d.precision()) {
            case DAY -> "date.day";
            case MONTH -> "date.month";
            case YEAR -> "date.year";
        };
        return formatDate(lang, key, d);
    }

    public String formatDate(String lang, String key, FlexDate d) {
        String pattern = raw(lang, key).orElse("yyyy-MM-dd");
        // Each date as formatted before: a large site prints the same few thousand dates on many pages each.
        Map<java.time.LocalDate, String> dates = formatted.computeIfAbsent(lang, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(pattern, p -> new ConcurrentHashMap<>());
        String text = dates.get(d.start());
        if (text != null) return text;
        DateTimeFormatter f = dateFormats.computeIfAbsent(lang + "\u0000" + pattern,
                k -> DateTimeFormatter.ofPattern(pattern, locale(lang)));
        text = f.format(d.start());
        if (dates.size() < MAX_FORMATTED) dates.put(d.start(), text);
        return text;
    }

    /** How many dates per language and pattern are kept formatted: bounds a long preview session's memory. */
    private static final int MAX_FORMATTED = 100_000;

    /** A number with the language's separators: 11,8 in Vietnamese, 11.8 in English. */
    public String number(String lang, double value) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale(lang));
        nf.setMaximumFractionDigits(2);
        nf.setGroupingUsed(true);
        return nf.format(value);
    }
}
