package brief.annotations;

import brief.diag.SourcePos;
import brief.i18n.LocalizedText;

/**
 * A subject articles are filed under (content/topics.yaml): its name in every language, and optionally a line
 * that says what it covers. Articles name topics by id in their front matter ({@code topics: [trade]}).
 */
public record Topic(String id, LocalizedText name, LocalizedText description, SourcePos pos) {
    /**
     * The last segment of the topic page's URL in a language: its name there as an ASCII slug ("Quan hệ Việt
     * Nam - Hoa Kỳ" → quan-he-viet-nam-hoa-ky), or its id when the name has no letter or digit to make one of.
     */
    public String slug(String lang, String sourceLang) {
        String s = brief.i18n.Slugs.slugify(name.or(lang, sourceLang));
        return s.isEmpty() ? id : s;
    }
}
