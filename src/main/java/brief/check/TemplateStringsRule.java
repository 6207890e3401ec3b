package brief.check;

import brief.diag.Code;
import brief.load.Sources;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import brief.i18n.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every UI string a template asks for with t('key'), and every string brief itself needs (dates, figures),
 * exists in every language's strings file.
 */
final class TemplateStringsRule {
    /** Strings the Java code formats with; a theme must define them all. */
    static final List<String> REQUIRED = List.of("date.day", "date.month", "date.year", "date.short",
            "figure.money", "figure.percent", "figure.count", "figure.scale.thousand", "figure.scale.million",
            "figure.scale.billion", "figure.scale.trillion", "figure.approx.more-than", "figure.approx.about",
            "figure.approx.nearly", "figure.approx.less-than", "figure.original", "figure.untranslated",
            "figure.outdated");
    private static final Pattern CALL = Pattern.compile("\\bt\\(\\s*(['\"])([^'\"]+)\\1");

    private final Sources sources;

    TemplateStringsRule(Sources sources) {
        this.sources = sources;
    }

    void check(Diagnostics d) {
        check(texts(d), d);
    }

    /** The text of each template, by path, in the theme's order; one that cannot be read is reported and left out. */
    Map<Path, String> texts(Diagnostics d) {
        Map<Path, String> out = new java.util.LinkedHashMap<>();
        for (Path template : sources.theme().templates()) {
            try {
                out.put(template, Files.readString(sources.root().resolve(template)));
            } catch (IOException e) {
                d.error(Code.FILE_UNREADABLE, SourcePos.of(template), "cannot read template: %s", e.getMessage());
            }
        }
        return out;
    }

    /**
     * The rule over the templates' {@code texts}: what it reports depends on them, the theme's strings and the
     * languages only (the check cache keeps it while those are equal).
     */
    void check(Map<Path, String> texts, Diagnostics d) {
        var strings = sources.theme().strings();
        for (var e : texts.entrySet()) {
            Path template = e.getKey();
            String text = e.getValue();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = CALL.matcher(lines[i]);
                while (m.find()) {
                    for (Language l : sources.config().languages()) {
                        if (!strings.has(l.code(), m.group(2))) {
                            d.errorWithHint(Code.MISSING_STRING, new SourcePos(template, i + 1, m.start(2) + 1),
                                    "add '" + m.group(2) + ": …' to " + i18nFile(l),
                                    "UI string '%s' is missing in language '%s'", m.group(2), l.code());
                        }
                    }
                }
            }
        }
        for (String key : REQUIRED) {
            for (Language l : sources.config().languages()) {
                if (!strings.has(l.code(), key)) {
                    d.errorWithHint(Code.MISSING_STRING, SourcePos.of(i18nFile(l)), "add '" + key + ": …' (see the default theme for an example)",
                            "UI string '%s' is missing in language '%s'", key, l.code());
                }
            }
        }
    }

    private Path i18nFile(Language l) {
        return sources.theme().dir().resolve("i18n").resolve(l.code() + ".yaml");
    }
}
