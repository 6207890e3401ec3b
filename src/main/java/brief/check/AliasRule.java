package brief.check;

import brief.diag.Code;
import brief.annotations.Leader;
import brief.load.Sources;
import brief.diag.Diagnostics;
import java.util.HashMap;
import java.util.Map;

/** An alias that names two leaders cannot be linked to either: report it. */
final class AliasRule {
    private final Sources sources;

    AliasRule(Sources sources) {
        this.sources = sources;
    }

    void check(Diagnostics d) {
        for (String lang : sources.config().languageCodes()) {
            Map<String, Leader> owner = new HashMap<>();
            for (Leader l : sources.annotations().leaders()) {
                for (String name : l.namesIn(lang)) {
                    Leader other = owner.putIfAbsent(name, l);
                    if (other != null && other != l) {
                        d.warningWithHint(Code.AMBIGUOUS_ALIAS, l.pos(), "make the alias longer (e.g. with a first name), or remove it from one",
                                "ambiguous alias '%s' (%s): it names both '%s' and '%s'; it will not be linked",
                                name, lang, other.id(), l.id());
                    }
                }
            }
        }
    }
}
