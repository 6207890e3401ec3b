package brief.content;

import brief.diag.SourcePos;
import brief.i18n.FlexDate;
import brief.i18n.LocalizedText;
import brief.yaml.Fields.Ref;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One language version of an article: its front matter and its parsed body. In a translation the shared
 * fields (date, outlet, references, embargo) are empty and come from the source language's file. The outlet
 * and the agency it credits may be named per language ({vi: TTXVN, en: VNA}). {@code embargo} is the moment
 * before which the article must not be published, with the offset it was written with.
 */
public record ArticleText(
        String lang,
        Path file,
        String title,
        Optional<String> slug,
        Optional<String> summary,
        Optional<FlexDate> date,
        LocalizedText outlet,
        LocalizedText agency,
        Optional<String> byline,
        List<Ref> summits,
        List<Ref> leaders,
        /** Ids from content/topics.yaml; shared by every language, so a translation's are empty. */
        List<Ref> topics,
        boolean draft,
        Optional<java.time.OffsetDateTime> embargo,
        Optional<TranslationStamp> translatedFrom,
        Body body,
        SourcePos titlePos,
        /** Where the URL comes from: the 'slug:' line when there is one, else the title. */
        SourcePos slugPos,
        /** Numbers warnings accepted in this file (a translation's 'accept:'), by paragraph. */
        List<AcceptedNumber> accepted,
        /** The source file's 'updated:', the day the text last changed in substance, when not its date. */
        Optional<FlexDate> updated) {

    /** A text without an 'updated:' date. */
    public ArticleText(String lang, java.nio.file.Path file, String title, Optional<String> slug, Optional<String> summary,
                       Optional<FlexDate> date, LocalizedText outlet, LocalizedText agency, Optional<String> byline,
                       List<Ref> summits, List<Ref> leaders, List<Ref> topics, boolean draft,
                       Optional<java.time.OffsetDateTime> embargo, Optional<TranslationStamp> translatedFrom, Body body,
                       SourcePos titlePos, SourcePos slugPos, List<AcceptedNumber> accepted) {
        this(lang, file, title, slug, summary, date, outlet, agency, byline, summits, leaders, topics, draft, embargo,
                translatedFrom, body, titlePos, slugPos, accepted, Optional.empty());
    }

    public ArticleText {
        summits = List.copyOf(summits);
        leaders = List.copyOf(leaders);
        topics = List.copyOf(topics);
        accepted = List.copyOf(accepted);
    }
}
