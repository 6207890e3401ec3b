package brief.annotations;

import brief.diag.SourcePos;
import brief.i18n.FlexDate;
import brief.i18n.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A person named in the articles, with the roles they held and when. */
public record Leader(String id, LocalizedText name, Map<String, List<String>> aliases, String country,
                     List<Role> roles, LocalizedText bio, SourcePos pos) {

    public Leader {
        aliases = Map.copyOf(aliases);
        roles = List.copyOf(roles);
    }

    /** A role from a date to a date; {@code to} is empty while the role is held. */
    public record Role(LocalizedText title, FlexDate from, Optional<FlexDate> to, SourcePos pos) {
        public boolean covers(LocalDate day) {
            return !day.isBefore(from.start()) && to.map(t -> !day.isAfter(t.end())).orElse(true);
        }
    }

    /** The role held on a day: the one that covers it, the latest started if several do. */
    public Optional<Role> roleOn(LocalDate day) {
        return roles.stream().filter(r -> r.covers(day)).max(java.util.Comparator.comparing(Role::from));
    }

    /** Every name form in a language: the name and its aliases, longest first. */
    public List<String> namesIn(String lang) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        name.in(lang).ifPresent(all::add);
        all.addAll(aliases.getOrDefault(lang, List.of()));
        return all.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }
}
