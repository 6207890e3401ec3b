package brief.annotations;

import brief.diag.SourcePos;
import brief.i18n.LocalizedText;

/** A recurring series of meetings, such as the ASEAN–US Summit. */
public record Series(String id, LocalizedText name, SourcePos pos) {}
