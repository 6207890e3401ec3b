package brief.check;

import brief.load.Sources;
import brief.i18n.Strings;

/** Sources with no error. Only the validator makes one, so later stages need not defend against bad input. */
public record Validated(Sources sources, Strings strings) {}
