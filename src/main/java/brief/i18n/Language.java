package brief.i18n;

import java.util.Locale;

/** A language of the site, from site.yaml. */
public record Language(String code, String name, Locale locale, boolean source, int order) {
    public String tag() {
        return locale.toLanguageTag();
    }
}
