package brief.annotations;

import brief.diag.SourcePos;
import brief.i18n.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A key figure of a summit: a value with its unit, and the sentences of the articles that report it (one fact
 * reported by two articles is one figure with two sources). {@code valuePos} is where its value is written:
 * a figure its quote contradicts is reported there.
 */
public record Figure(String id, LocalizedText label, double value, Unit unit, Optional<Scale> scale,
                     Optional<Approx> approx, List<SourceQuote> sources, SourcePos pos, SourcePos valuePos) {

    public Figure {
        sources = List.copyOf(sources);
    }

    /** This figure citing only {@code shownSources} (the resolver drops citations of unpublished articles). */
    public Figure withSources(List<SourceQuote> shownSources) {
        return new Figure(id, label, value, unit, scale, approx, shownSources, pos, valuePos);
    }

    /** What a figure counts: a share, a number of things, or money in an ISO 4217 currency. */
    public sealed interface Unit permits Percent, Count, Money {
        /** As written in summits.yaml and in messages: "percent", "count", "AUD". */
        String code();
    }

    public record Percent() implements Unit {
        public String code() {
            return "percent";
        }
    }

    public record Count() implements Unit {
        public String code() {
            return "count";
        }
    }

    /** Money; {@code currency} is an upper-case ISO 4217 code (USD, AUD, JPY, VND…). */
    public record Money(String currency) implements Unit {
        public String code() {
            return currency;
        }
    }

    public enum Scale {
        THOUSAND(3), MILLION(6), BILLION(9), TRILLION(12);

        /** The power of ten the scale word stands for. */
        public final int power;

        Scale(int power) {
            this.power = power;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Approx {
        MORE_THAN, ABOUT, NEARLY, LESS_THAN;

        /** As written in summits.yaml and in the UI strings' keys: "more-than". */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The power of ten of the figure's scale, 0 without one. */
    public int power() {
        return scale.map(s -> s.power).orElse(0);
    }

    /** The amount the figure states, scale applied: 453 billion → 453000000000. */
    public BigDecimal amount() {
        return BigDecimal.valueOf(value).movePointRight(power()).stripTrailingZeros();
    }
}
