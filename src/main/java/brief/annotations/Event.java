package brief.annotations;

import brief.diag.SourcePos;
import brief.i18n.FlexDate;
import brief.i18n.LocalizedText;
import brief.yaml.Fields.Ref;
import java.util.List;
import java.util.Optional;

/** A dated chronology item that is neither an article nor a summit. */
public record Event(String id, FlexDate date, LocalizedText title, LocalizedText summary, List<Ref> summits,
                    List<Ref> leaders, Optional<SourceQuote> source, SourcePos pos) {
    public Event {
        summits = List.copyOf(summits);
        leaders = List.copyOf(leaders);
    }
}
