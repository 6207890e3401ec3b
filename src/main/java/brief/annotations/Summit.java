package brief.annotations;

import brief.diag.SourcePos;
import brief.i18n.FlexDate;
import brief.i18n.LocalizedText;
import brief.yaml.Fields.Ref;
import java.util.List;
import java.util.Optional;

/** A summit or meeting, with its outcomes and key figures. */
public record Summit(String id, Optional<Ref> series, Optional<Integer> ordinal, Optional<Ref> parent,
                     LocalizedText name, FlexDate start, FlexDate end, LocalizedText city, Optional<String> country,
                     LocalizedText venue, LocalizedText host, LocalizedText summary, List<Ref> participants,
                     List<LocalizedText> outcomes, List<Figure> figures, SourcePos pos) {
    public Summit {
        participants = List.copyOf(participants);
        outcomes = List.copyOf(outcomes);
        figures = List.copyOf(figures);
    }
}
