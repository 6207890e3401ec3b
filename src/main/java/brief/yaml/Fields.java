package brief.yaml;

import brief.diag.Code;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import brief.i18n.FlexDate;
import brief.i18n.LocalizedText;
import brief.yaml.YNode.YList;
import brief.yaml.YNode.YMap;
import brief.yaml.YNode.YScalar;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to the keys of one YAML mapping. Every problem (missing, misspelt, mistyped) becomes a
 * diagnostic at the value's position and the accessor returns empty, so a whole file is checked in one run.
 */
public final class Fields {
    private final YMap map;
    private final Diagnostics diags;
    private final String what;
    private final Set<String> languages;

    /**
     * @param what      how the user calls this thing, for messages: "leader 'pham-minh-chinh'"
     * @param languages the site's language codes, for localized text
     */
    public Fields(YMap map, Diagnostics diags, String what, Set<String> languages) {
        this.map = map;
        this.diags = diags;
        this.what = what;
        this.languages = languages;
    }

    /** Checks a node is a mapping; reports it otherwise. */
    public static Optional<Fields> of(YNode node, Diagnostics diags, String what, Set<String> languages) {
        if (node instanceof YMap m) return Optional.of(new Fields(m, diags, what, languages));
        diags.error(Code.WRONG_TYPE, node.pos(), "%s must be a mapping of 'key: value' lines, found %s", what, node.describe());
        return Optional.empty();
    }

    public SourcePos pos() {
        return map.pos();
    }

    public SourcePos pos(String key) {
        YNode n = map.entries().get(key);
        return n != null ? n.pos() : map.pos();
    }

    public SourcePos keyPos(String key) {
        return map.keyPositions().getOrDefault(key, map.pos());
    }

    public boolean has(String key) {
        YNode n = map.entries().get(key);
        return n != null && !(n instanceof YScalar s && s.isNull());
    }

    public Optional<YNode> node(String key) {
        return Optional.ofNullable(map.entries().get(key));
    }

    /** Reports every key not in {@code allowed}, suggesting the nearest allowed one. */
    public Fields allowOnly(Collection<String> allowed) {
        for (var e : map.keyPositions().entrySet()) {
            String key = e.getKey();
            if (allowed.contains(key)) continue;
            String near = Suggest.nearest(key, allowed).orElse(null);
            String hint = near != null ? "did you mean '" + near + "'?"
                    : "the keys of " + what + " are: " + String.join(", ", allowed);
            diags.errorWithHint(Code.UNKNOWN_KEY, e.getValue(), hint, "unknown key '%s' in %s", key, what);
        }
        return this;
    }

    private void missing(String key, String example) {
        diags.errorWithHint(Code.MISSING_FIELD, map.pos(), "add a line such as '" + key + ": " + example + "'",
                "%s has no '%s'", what, key);
    }

    /** The value of {@code key}, text; its absence is an error. */
    public Optional<String> requiredString(String key) {
        return string(key, true);
    }

    /** The value of {@code key}, text, when it is given. */
    public Optional<String> optionalString(String key) {
        return string(key, false);
    }

    /** The value of {@code key}, an id (lower-case ASCII letters, digits, hyphens); its absence is an error. */
    public Optional<String> requiredId(String key) {
        return id(key, true);
    }

    /** The value of {@code key}, a plain decimal number; its absence is an error. */
    public Optional<Double> requiredNumber(String key) {
        return number(key, true);
    }

    /** The value of {@code key}, a plain decimal number, when it is given. */
    public Optional<Double> optionalNumber(String key) {
        return number(key, false);
    }

    /** The value of {@code key}, a whole number; its absence is an error. */
    public Optional<Integer> requiredInteger(String key) {
        return integer(key, true);
    }

    /** The value of {@code key}, a whole number, when it is given. */
    public Optional<Integer> optionalInteger(String key) {
        return integer(key, false);
    }

    /** The value of {@code key}, a date of year, month or day precision; its absence is an error. */
    public Optional<FlexDate> requiredDate(String key) {
        return date(key, true);
    }

    /** The value of {@code key}, a date of year, month or day precision, when it is given. */
    public Optional<FlexDate> optionalDate(String key) {
        return date(key, false);
    }

    /** The value of {@code key}, localized text ({vi: …, en: …}, or one text for every language); its absence is an error. */
    public LocalizedText requiredText(String key) {
        return text(key, true);
    }

    /** The value of {@code key}, localized text ({vi: …, en: …}, or one text for every language), when it is given. */
    public LocalizedText optionalText(String key) {
        return text(key, false);
    }

    private Optional<String> string(String key, boolean required) {
        YNode n = map.entries().get(key);
        if (n == null || n instanceof YScalar s && s.isNull()) {
            if (required) missing(key, "…");
            return Optional.empty();
        }
        if (n instanceof YScalar s) {
            if (s.kind() == YScalar.Kind.BOOLEAN && s.kind() != YScalar.Kind.STRING) {
                diags.warningWithHint(Code.WRONG_TYPE, s.pos(), "write \"" + s.text() + "\" in double quotes if you mean the text",
                        "'%s' of %s is read as yes/no; it is used as text '%s'", key, what, s.text());
            }
            return Optional.of(nfc(s.text()));
        }
        diags.errorWithHint(Code.WRONG_TYPE, n.pos(), "write a single value on the same line as '" + key + ":'",
                "'%s' of %s must be text, found %s", key, what, n.describe());
        return Optional.empty();
    }

    private Optional<String> id(String key, boolean required) {
        Optional<String> v = string(key, required);
        if (v.isPresent() && !brief.i18n.Slugs.isValid(v.get())) {
            diags.errorWithHint(Code.INVALID_ID, pos(key), "use lower-case ASCII letters, digits and hyphens, e.g. '"
                    + brief.i18n.Slugs.slugify(v.get()) + "'", "'%s' of %s is not a valid id: '%s'", key, what, v.get());
            return Optional.empty();
        }
        return v;
    }

    public boolean bool(String key, boolean fallback) {
        YNode n = map.entries().get(key);
        if (n == null || n instanceof YScalar s && s.isNull()) return fallback;
        if (n instanceof YScalar s && s.kind() == YScalar.Kind.BOOLEAN) {
            return s.text().equalsIgnoreCase("true") || s.text().equalsIgnoreCase("yes") || s.text().equalsIgnoreCase("on");
        }
        diags.errorWithHint(Code.WRONG_TYPE, n.pos(), "write '" + key + ": true' or '" + key + ": false'",
                "'%s' of %s must be true or false, found %s", key, what, n.describe());
        return fallback;
    }

    private Optional<Double> number(String key, boolean required) {
        YNode n = map.entries().get(key);
        if (n == null || n instanceof YScalar s && s.isNull()) {
            if (required) missing(key, "453");
            return Optional.empty();
        }
        if (n instanceof YScalar s && (s.kind() == YScalar.Kind.INTEGER || s.kind() == YScalar.Kind.DECIMAL)) {
            // YAML also reads 0x1F, 1_000, .inf and .nan as numbers; a briefing's figure is none of those.
            Double d = null;
            try {
                d = Double.parseDouble(s.text());
            } catch (NumberFormatException e) {
                // reported below
            }
            if (d != null && Double.isFinite(d)) return Optional.of(d);
            diags.errorWithHint(Code.WRONG_TYPE, n.pos(), "write a plain number with a dot for decimals, e.g. 11.8",
                    "'%s' of %s must be a plain decimal number, found '%s'", key, what, s.text());
            return Optional.empty();
        }
        String hint = "write a plain number with a dot for decimals, e.g. 11.8";
        if (n instanceof YScalar s && s.text().matches("[0-9.,]+")) {
            hint = "write '" + s.text().replace(".", "").replace(',', '.') + "': a dot for decimals, no thousands separator";
        }
        diags.errorWithHint(Code.WRONG_TYPE, n.pos(), hint, "'%s' of %s must be a number, found %s", key, what, n.describe());
        return Optional.empty();
    }

    private Optional<Integer> integer(String key, boolean required) {
        return number(key, required).flatMap(d -> {
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                diags.error(Code.WRONG_TYPE, pos(key), "'%s' of %s must be a whole number, found %s", key, what,
                        java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
                return Optional.empty();
            }
            return Optional.of(d.intValue());
        });
    }

    private Optional<FlexDate> date(String key, boolean required) {
        YNode n = map.entries().get(key);
        if (n == null || n instanceof YScalar s && s.isNull()) {
            if (required) missing(key, "\"2025-10-26\"");
            return Optional.empty();
        }
        if (n instanceof YScalar s) {
            try {
                Optional<FlexDate> d = FlexDate.parse(s.text());
                if (d.isEmpty()) {
                    diags.errorWithHint(Code.INVALID_DATE, s.pos(), "write YYYY-MM-DD, YYYY-MM or YYYY, e.g. \"2025-10-26\"",
                            "'%s' of %s is not a date: '%s'", key, what, s.text());
                }
                return d;
            } catch (DateTimeException e) {
                diags.errorWithHint(Code.INVALID_DATE, s.pos(), "write YYYY-MM-DD, YYYY-MM or YYYY with a real month and day",
                        "invalid date '%s' in '%s' of %s: %s", s.text(), key, what, e.getMessage());
                return Optional.empty();
            }
        }
        diags.error(Code.WRONG_TYPE, n.pos(), "'%s' of %s must be a date, found %s", key, what, n.describe());
        return Optional.empty();
    }

    /**
     * A moment: an ISO date and time with its offset from UTC ("2025-10-26T18:00+07:00", seconds and 'Z'
     * allowed). A time without an offset is refused rather than guessed: the same words mean moments hours
     * apart in Hà Nội and in Brussels, and the offset is what makes a build anywhere agree.
     */
    public Optional<java.time.OffsetDateTime> dateTime(String key) {
        YNode n = map.entries().get(key);
        if (n == null || n instanceof YScalar s && s.isNull()) return Optional.empty();
        String example = "\"2025-10-26T18:00+07:00\"";
        if (!(n instanceof YScalar s)) {
            diags.errorWithHint(Code.WRONG_TYPE, n.pos(), "write it on one line, e.g. '" + key + ": " + example + "'",
                    "'%s' of %s must be a date and time, found %s", key, what, n.describe());
            return Optional.empty();
        }
        String text = s.text().strip();
        try {
            return Optional.of(java.time.OffsetDateTime.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            // The right shape with an impossible value (30 February, 25:00): the cause says which.
            if (e.getCause() != null) {
                diags.errorWithHint(Code.INVALID_DATE, s.pos(), "write a real date and a time from 00:00 to 23:59, e.g. " + example,
                        "invalid date and time '%s' in '%s' of %s: %s", text, key, what, e.getCause().getMessage());
                return Optional.empty();
            }
            // Otherwise say what is missing: most often the offset, sometimes the time.
        }
        try {
            java.time.LocalDateTime local = java.time.LocalDateTime.parse(text);
            diags.errorWithHint(Code.INVALID_DATE, s.pos(), "add the offset from UTC of the time zone it is given in, e.g. \"" + local
                    + "+07:00\" for Việt Nam time or \"" + local + "Z\" for UTC",
                    "'%s' of %s has no time zone: '%s'", key, what, text);
            return Optional.empty();
        } catch (DateTimeException notLocal) {
            // not a local date and time either
        }
        try {
            java.time.LocalDate day = java.time.LocalDate.parse(text);
            diags.errorWithHint(Code.INVALID_DATE, s.pos(), "add the time and the offset from UTC, e.g. \"" + day + "T18:00+07:00\"",
                    "'%s' of %s is a date without a time: '%s'", key, what, text);
        } catch (DateTimeException e) {
            diags.errorWithHint(Code.INVALID_DATE, s.pos(), "write the date, 'T', the time and the offset from UTC, e.g. " + example,
                    "'%s' of %s is not a date and time: '%s'", key, what, text);
        }
        return Optional.empty();
    }

    /** A list of text values; a single value is accepted as a list of one. */
    public List<String> strings(String key) {
        YNode n = map.entries().get(key);
        if (n == null || n instanceof YScalar s && s.isNull()) return List.of();
        if (n instanceof YScalar s) return List.of(nfc(s.text()));
        if (n instanceof YList l) {
            List<String> out = new ArrayList<>();
            for (YNode item : l.items()) {
                if (item instanceof YScalar s && !s.isNull()) out.add(nfc(s.text()));
                else diags.error(Code.WRONG_TYPE, item.pos(), "each item of '%s' in %s must be text, found %s", key, what, item.describe());
            }
            return out;
        }
        diags.errorWithHint(Code.WRONG_TYPE, n.pos(), "write a list: '" + key + ": [a, b]'",
                "'%s' of %s must be a list, found %s", key, what, n.describe());
        return List.of();
    }

    /** A list of (id, position) pairs, for references that are resolved later. */
    public List<Ref> refs(String key) {
        YNode n = map.entries().get(key);
        if (n == null || n instanceof YScalar s && s.isNull()) return List.of();
        List<YNode> items = n instanceof YList l ? l.items() : List.of(n);
        if (n instanceof YMap) {
            diags.error(Code.WRONG_TYPE, n.pos(), "'%s' of %s must be a list of ids, found %s", key, what, n.describe());
            return List.of();
        }
        List<Ref> out = new ArrayList<>();
        for (YNode item : items) {
            if (item instanceof YScalar s && !s.isNull()) out.add(new Ref(s.text().trim(), s.pos()));
            else diags.error(Code.WRONG_TYPE, item.pos(), "each item of '%s' in %s must be an id, found %s", key, what, item.describe());
        }
        return out;
    }

    public List<YNode> list(String key) {
        YNode n = map.entries().get(key);
        if (n == null || n instanceof YScalar s && s.isNull()) return List.of();
        if (n instanceof YList l) return l.items();
        diags.errorWithHint(Code.WRONG_TYPE, n.pos(), "start each item on its own line with '- '",
                "'%s' of %s must be a list, found %s", key, what, n.describe());
        return List.of();
    }

    /**
     * Localized text: either one text for every language, or a mapping {vi: …, en: …} whose keys are the
     * site's languages. With {@code required}, every language must be given.
     */
    private LocalizedText text(String key, boolean required) {
        YNode n = map.entries().get(key);
        if (n == null || n instanceof YScalar s && s.isNull()) {
            if (required) missing(key, "{" + String.join(": …, ", languages) + ": …}");
            return LocalizedText.EMPTY;
        }
        return localized(n, key, required);
    }

    public LocalizedText localized(YNode n, String key, boolean requireEveryLanguage) {
        if (n instanceof YScalar s) return LocalizedText.same(nfc(s.text()));
        if (n instanceof YMap m) {
            Map<String, String> out = new LinkedHashMap<>();
            for (var e : m.entries().entrySet()) {
                String lang = e.getKey();
                SourcePos kp = m.keyPositions().get(lang);
                if (!languages.contains(lang)) {
                    String near = Suggest.nearest(lang, languages).orElse(null);
                    diags.errorWithHint(Code.UNKNOWN_LANGUAGE, kp, near != null ? "did you mean '" + near + "'?" : "the languages are " + languages,
                            "unknown language '%s' in '%s' of %s (the site's languages are %s)", lang, key, what,
                            String.join(", ", languages));
                    continue;
                }
                if (e.getValue() instanceof YScalar s && !s.isNull()) out.put(lang, nfc(s.text()));
                else diags.error(Code.WRONG_TYPE, e.getValue().pos(), "'%s.%s' of %s must be text, found %s", key, lang, what,
                        e.getValue().describe());
            }
            if (requireEveryLanguage) {
                for (String lang : languages) {
                    if (!out.containsKey(lang) && !m.keyPositions().containsKey(lang)) {
                        diags.errorWithHint(Code.MISSING_LANGUAGE, m.pos(), "add '" + lang + ": …' under '" + key + "'",
                                "'%s' of %s has no text in language '%s'", key, what, lang);
                    }
                }
            }
            return new LocalizedText(out);
        }
        diags.error(Code.WRONG_TYPE, n.pos(), "'%s' of %s must be text or {%s}, found %s", key, what,
                String.join(": …, ", languages) + ": …", n.describe());
        return LocalizedText.EMPTY;
    }

    public Optional<Fields> sub(String key, String subWhat) {
        YNode n = map.entries().get(key);
        if (n == null || n instanceof YScalar s && s.isNull()) return Optional.empty();
        return of(n, diags, subWhat, languages);
    }

    public Diagnostics diags() {
        return diags;
    }

    public Set<String> languages() {
        return languages;
    }

    static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** A reference by id, remembered with where it was written. */
    public record Ref(String id, SourcePos pos) {}
}
