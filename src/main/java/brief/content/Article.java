package brief.content;

import brief.i18n.FlexDate;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An article: its id (the folder name) and its text in each language it exists in. */
public record Article(String id, Path dir, String sourceLang, Map<String, ArticleText> texts) {
    public Article {
        texts = java.util.Collections.unmodifiableMap(new TreeMap<>(texts));
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
