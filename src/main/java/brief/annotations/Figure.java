package brief.annotations;

import brief.diag.SourcePos;
import brief.i18n.LocalizedText;
import java.util.Optional;

/** A key figure of a summit: a value with its unit, and the sentence of an article it comes from. */
public record Figure(String id, LocalizedText label, double value, Unit unit, Optional<Scale> scale,
                     Optional<Approx> approx, SourceQuote source, SourcePos pos) {

    public enum Unit { USD, PERCENT, COUNT }

    public enum Scale {
        THOUSAND(1e3), MILLION(1e6), BILLION(1e9);

        public final double factor;

        Scale(double factor) {
            this.factor = factor;
        }
    }

    public enum Approx { MORE_THAN, ABOUT, LESS_THAN }
}
