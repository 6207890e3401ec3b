package brief.content;

import brief.diag.SourcePos;
import brief.i18n.FlexDate;
import brief.yaml.Fields.Ref;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One language version of an article: its front matter and its parsed body. In a translation the shared
 * fields (date, outlet, references) are empty and come from the source language's file.
 */
public record ArticleText(
        String lang,
        Path file,
        String title,
        Optional<String> slug,
        Optional<String> summary,
        Optional<FlexDate> date,
        Optional<String> outlet,
        Optional<String> agency,
        Optional<String> byline,
        List<Ref> summits,
        List<Ref> leaders,
        List<String> topics,
        boolean draft,
        Optional<TranslationStamp> translatedFrom,
        Body body,
        SourcePos titlePos,
        /** Where the URL comes from: the 'slug:' line when there is one, else the title. */
        SourcePos slugPos,
        /** Numbers warnings accepted in this file (a translation's 'accept:'), by paragraph. */
        List<AcceptedNumber> accepted) {

    public ArticleText {
        summits = List.copyOf(summits);
        leaders = List.copyOf(leaders);
        topics = List.copyOf(topics);
        accepted = List.copyOf(accepted);
    }
}
