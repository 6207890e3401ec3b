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

    /**
     * A role from a date to a date; {@code to} is empty while the role is held, so a role with {@code to} is a
     * past one (pages say "former"; no build date is consulted, so output stays the same on every day).
     * {@code concurrent}: held together with roles whose dates overlap it (a Deputy Prime Minister who is also
     * Foreign Minister); without it, an overlap is an error.
     */
    public record Role(LocalizedText title, FlexDate from, Optional<FlexDate> to, boolean concurrent, SourcePos pos) {
        public boolean covers(LocalDate day) {
            return !day.isBefore(from.start()) && to.map(t -> !day.isAfter(t.end())).orElse(true);
        }

        public boolean open() {
            return to.isEmpty();
        }
    }

    /** The role held on a day: the one that covers it, the latest started if several do. */
    public Optional<Role> roleOn(LocalDate day) {
        return rolesOn(day).stream().reduce((a, b) -> b);
    }

    /**
     * Every role held on a day, earliest started first: several when they are held together. On the day one
     * role ends and the next begins (a handover written with the same date), only the one that begins counts.
     */
    public List<Role> rolesOn(LocalDate day) {
        List<Role> on = roles.stream().filter(r -> r.covers(day)).sorted(java.util.Comparator.comparing(Role::from)).toList();
        if (on.size() < 2) return on;
        List<Role> out = new java.util.ArrayList<>();
        for (Role r : on) {
            boolean handedOver = r.to().isPresent() && r.to().get().end().equals(day)
                    && on.stream().anyMatch(o -> o != r && o.from().start().equals(day));
            if (!handedOver) out.add(r);
        }
        return out.isEmpty() ? on : List.copyOf(out);
    }

    /** The roles held now, as the data says: those without an end date, earliest started first. */
    public List<Role> openRoles() {
        return roles.stream().filter(Role::open).sorted(java.util.Comparator.comparing(Role::from)).toList();
    }

    /** The role that ended last, for a leader who holds none now. */
    public Optional<Role> lastEnded() {
        return roles.stream().filter(r -> !r.open()).max(java.util.Comparator.comparing((Role r) -> r.to().get())
                .thenComparing(Role::from));
    }

    /** Every name form in a language: the name and its aliases, longest first. */
    public List<String> namesIn(String lang) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        name.in(lang).ifPresent(all::add);
        all.addAll(aliases.getOrDefault(lang, List.of()));
        return all.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }
}
