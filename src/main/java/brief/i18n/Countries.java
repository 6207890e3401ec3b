package brief.i18n;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 3166 country codes: which codes exist, the code a mistyped one probably meant, and the default name of
 * a country in a language (the JDK's, from CLDR). A site's house style ("Viet Nam", "Republic of Korea")
 * overrides the default through {@code countries:} in site.yaml.
 */
public final class Countries {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {}

    public static boolean isCode(String code) {
        return CODES.contains(code);
    }

    /** The code meant by a wrong one: "vn" → VN, "VNM" → VN; empty when there is no good guess. */
    public static Optional<String> guess(String wrong) {
        String upper = wrong.toUpperCase(Locale.ROOT);
        if (CODES.contains(upper)) return Optional.of(upper);
        if (wrong.length() != 3) return Optional.empty();
        for (String c : Locale.getISOCountries()) {
            try {
                if (new Locale("", c).getISO3Country().equalsIgnoreCase(wrong)) return Optional.of(c);
            } catch (java.util.MissingResourceException e) {
                // no ISO3 code for this country; keep looking
            }
        }
        return Optional.empty();
    }

    /** The JDK's name of a country in a locale: "South Korea" for KR in English, "Hàn Quốc" in Vietnamese. */
    public static String defaultName(String code, Locale locale) {
        return new Locale("", code).getDisplayCountry(locale);
    }
}
