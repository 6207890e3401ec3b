package brief.content;

import brief.i18n.FlexDate;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An article: its id (the folder name), its text in each language it exists in, and the languages whose
 * file is there but could not be read ({@code unreadable}: their errors are reported; they are not missing).
 */
public record Article(String id, Path dir, String sourceLang, Map<String, ArticleText> texts, java.util.Set<String> unreadable) {
    public Article {
        texts = java.util.Collections.unmodifiableMap(new TreeMap<>(texts));
        unreadable = java.util.Set.copyOf(unreadable);
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
}
