package brief.i18n;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Text in several languages: language code → text. A value written once for all languages (a city
 * name) is stored under {@link #ALL}.
 */
public record LocalizedText(Map<String, String> byLanguage) {
    public static final String ALL = "*";
    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        byLanguage = java.util.Collections.unmodifiableMap(new TreeMap<>(byLanguage));
    }

    public static LocalizedText same(String text) {
        return new LocalizedText(Map.of(ALL, text));
    }

    /** The text in this language, if it was given for it (or for all languages). */
    public Optional<String> in(String lang) {
        String v = byLanguage.get(lang);
        if (v == null) v = byLanguage.get(ALL);
        return Optional.ofNullable(v);
    }

    /** The text in this language, else in the fallback language, else any. */
    public String or(String lang, String fallback) {
        return in(lang).or(() -> in(fallback))
                .orElseGet(() -> byLanguage.values().stream().findFirst().orElse(""));
    }

    public boolean has(String lang) {
        return in(lang).isPresent();
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }
}
