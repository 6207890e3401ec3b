package brief.config;

import brief.i18n.Language;
import brief.i18n.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * content/site.yaml, typed. {@code baseUrl} always ends with '/', and {@code basePath} is its path
 * ("/" or "/briefings/"), which every link of the site starts with. {@code countries} are the site's own
 * names of countries (ISO code → text), which override the JDK's.
 */
public record SiteConfig(
        LocalizedText title,
        LocalizedText description,
        String baseUrl,
        List<Language> languages,
        Map<String, LocalizedText> sections,
        String theme,
        boolean allowRawHtml,
        Map<String, LocalizedText> countries,
        Translations translations,
        /** The picture link previews show for pages without a photo of their own (share_image:). */
        Optional<brief.photo.Photo> shareImage,
        Optional<Publisher> publisher,
        List<SitePage> pages,
        Map<String, String> themeColors) {

    public static final List<String> SECTIONS = List.of("articles", "summits", "leaders", "chronology", "search",
            "topics");

    public SiteConfig {
        languages = List.copyOf(languages);
        sections = Map.copyOf(sections);
        countries = Map.copyOf(countries);
        pages = List.copyOf(pages);
        themeColors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(themeColors));
    }

    /**
     * A site that names every country as the JDK does, only warns about translations, and has no share image,
     * publisher, pages or colours of its own.
     */
    public SiteConfig(LocalizedText title, LocalizedText description, String baseUrl, List<Language> languages,
                      Map<String, LocalizedText> sections, String theme, boolean allowRawHtml) {
        this(title, description, baseUrl, languages, sections, theme, allowRawHtml, Map.of(), Translations.DEFAULT,
                Optional.empty(), Optional.empty(), List.of(), Map.of());
    }

    /**
     * {@code translations: {outdated: warn|error, unknown: warn|error}}: whether a translation whose source
     * changed since it was stamped (outdated), or that was never stamped (unknown), only warns or stops the
     * build. A press office that must not publish a stale translation sets both to error.
     */
    public record Translations(boolean outdatedIsError, boolean unknownIsError) {
        public static final Translations DEFAULT = new Translations(false, false);
    }

    public Language sourceLanguage() {
        // Loops, not streams: every localized text of every page falls back to the source language, so this and
        // language() run millions of times in a large build, and a stream allocated four objects each time.
        for (Language l : languages) if (l.source()) return l;
        return languages.get(0);
    }

    public Optional<Language> language(String code) {
        for (Language l : languages) if (l.code().equals(code)) return Optional.of(l);
        return Optional.empty();
    }

    public List<String> languageCodes() {
        return languages.stream().map(Language::code).toList();
    }

    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        int slash = scheme < 0 ? baseUrl.indexOf('/') : baseUrl.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }

    /** The site's own name of a country in a language (its house style), if site.yaml gives one. */
    public Optional<String> countryName(String code, String lang) {
        return countries.getOrDefault(code, LocalizedText.EMPTY).in(lang);
    }

    /** The path name of a section in a language, e.g. ("articles", "vi") → "bai-viet". */
    public String section(String section, String lang) {
        return sections.getOrDefault(section, LocalizedText.EMPTY).in(lang).orElse(section);
    }
}
