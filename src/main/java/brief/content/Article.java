package brief.content;

import brief.i18n.FlexDate;
import brief.i18n.Language;
import brief.i18n.Slugs;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An article: its id (the folder name), its text in each language it exists in, the languages whose file is
 * there but could not be read ({@code unreadable}: their errors are reported; they are not missing), and the
 * photos of its folder by file name (read, not yet published: only those a text shows are).
 */
public record Article(String id, Path dir, String sourceLang, Map<String, ArticleText> texts, java.util.Set<String> unreadable,
                      Map<String, brief.photo.Photo> photos) {
    public Article {
        texts = java.util.Collections.unmodifiableMap(new TreeMap<>(texts));
        unreadable = java.util.Set.copyOf(unreadable);
        photos = java.util.Collections.unmodifiableMap(new TreeMap<>(photos));
    }

    public Article(String id, Path dir, String sourceLang, Map<String, ArticleText> texts) {
        this(id, dir, sourceLang, texts, java.util.Set.of(), Map.of());
    }

    /**
     * The first photo a text shows that can be published (the source's when the text has none): the lead
     * image of lists, link previews and JSON-LD.
     */
    public Optional<brief.photo.Photo> lead(String lang) {
        for (ArticleText t : in(lang).map(java.util.List::of).orElse(java.util.List.of())) {
            Optional<brief.photo.Photo> p = leadOf(t);
            if (p.isPresent()) return p;
        }
        return leadOf(source());
    }

    private Optional<brief.photo.Photo> leadOf(ArticleText t) {
        for (Body.PhotoAt at : t.body().photos()) {
            brief.photo.Photo p = photos.get(at.name());
            if (p != null && p.ok()) return Optional.of(p);
        }
        return Optional.empty();
    }

    public ArticleText source() {
        return texts.get(sourceLang);
    }

    public Optional<ArticleText> in(String lang) {
        return Optional.ofNullable(texts.get(lang));
    }

    public FlexDate date() {
        return source().date().orElseThrow();
    }

    public boolean draft() {
        return source().draft();
    }

    /** The moment before which the article must not be published, if it has one (see site/Publication). */
    public Optional<java.time.OffsetDateTime> embargo() {
        return source().embargo();
    }

    /** The slug of an article in each language: its own, or its title's, or the source's when untranslated. */
    public Map<String, String> slugs(List<Language> languages) {
        Map<String, String> out = new LinkedHashMap<>();
        String sourceSlug = slugOf(source(), id);
        for (Language l : languages) {
            out.put(l.code(), in(l.code()).map(t -> slugOf(t, id)).orElse(sourceSlug));
        }
        return out;
    }

    private static String slugOf(ArticleText t, String fallback) {
        String s = t.slug().orElseGet(() -> Slugs.slugify(t.title()));
        return s.isEmpty() ? fallback : s;
    }
}
