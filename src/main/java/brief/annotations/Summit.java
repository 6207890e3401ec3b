package brief.annotations;

import brief.diag.SourcePos;
import brief.i18n.FlexDate;
import brief.i18n.LocalizedText;
import brief.yaml.Fields.Ref;
import java.util.List;
import java.util.Optional;

/**
 * A summit or meeting, with its outcomes and key figures. {@code host} is who hosts it (a country, a city);
 * {@code coChairs} who chair it together, which is often someone else (Viet Nam and Japan co-chair the
 * Mekong–Japan meetings that Malaysia hosts).
 */
public record Summit(String id, Optional<Ref> series, Optional<Integer> ordinal, Optional<Ref> parent,
                     LocalizedText name, FlexDate start, FlexDate end, LocalizedText city, Optional<String> country,
                     LocalizedText venue, LocalizedText host, LocalizedText coChairs, LocalizedText summary, List<Ref> participants,
                     List<LocalizedText> outcomes, List<Figure> figures, SourcePos pos) {
    public Summit {
        participants = List.copyOf(participants);
        outcomes = List.copyOf(outcomes);
        figures = List.copyOf(figures);
    }

    /** This summit with other key figures (the resolver holds back those that cite an unpublished article). */
    public Summit withFigures(List<Figure> shownFigures) {
        return new Summit(id, series, ordinal, parent, name, start, end, city, country, venue, host, coChairs, summary,
                participants, outcomes, shownFigures, pos);
    }
}
