package brief.config;

import brief.diag.Code;
import brief.source.SourceFile;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import brief.i18n.Countries;
import brief.i18n.Language;
import brief.i18n.LocalizedText;
import brief.i18n.Slugs;
import brief.yaml.Fields;
import brief.yaml.YNode;
import brief.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads content/site.yaml. Unknown keys are errors, as are languages without a code or locale. */
public final class ConfigLoader {
    public static final Path FILE = Path.of("content", "site.yaml");
    private static final List<String> KEYS = List.of("title", "description", "base_url", "languages", "sections",
            "theme", "allow_raw_html", "countries", "translations", "share_image", "publisher", "theme_colors");
    private static final List<String> LANGUAGE_KEYS = List.of("code", "name", "locale", "source");

    public Optional<SiteConfig> load(Path root, Diagnostics diags) {
        if (!Files.isRegularFile(root.resolve(FILE))) {
            diags.errorWithHint(Code.FILE_MISSING, SourcePos.of(FILE), "is --source the folder that holds content/ and themes/?",
                    "no site configuration: %s does not exist in %s", FILE, root.toAbsolutePath().normalize());
            return Optional.empty();
        }
        Optional<SourceFile> file = SourceFile.read(root, FILE, diags);
        if (file.isEmpty()) return Optional.empty();
        Optional<YNode> tree = YamlReader.read(FILE, file.get().text(), 0, diags);
        if (tree.isEmpty()) {
            if (file.get().text().isBlank()) diags.error(Code.FILE_EMPTY, SourcePos.of(FILE), "the file is empty");
            return Optional.empty();
        }
        // Languages first: every localized field is checked against them.
        Optional<Fields> top = Fields.of(tree.get(), diags, "site.yaml", Set.of());
        if (top.isEmpty()) return Optional.empty();
        List<Language> languages = languages(top.get(), diags);
        if (languages.isEmpty()) return Optional.empty();
        Set<String> codes = new LinkedHashSet<>();
        languages.forEach(l -> codes.add(l.code()));
        Fields f = new Fields((YNode.YMap) tree.get(), diags, "site.yaml", codes).allowOnly(KEYS);

        LocalizedText title = f.requiredText("title");
        LocalizedText description = f.optionalText("description");
        String baseUrl = f.optionalString("base_url").orElse("/");
        if (!baseUrl.endsWith("/")) baseUrl = baseUrl + "/";
        if (!baseUrl.startsWith("/") && !baseUrl.matches("https?://[^/]+/.*")) {
            diags.errorWithHint(Code.INVALID_URL, f.pos("base_url"), "write it like 'https://example.org/briefings/' or '/'",
                    "base_url '%s' is not an http(s) URL or a path", baseUrl);
        }
        Map<String, LocalizedText> sections = new LinkedHashMap<>();
        f.sub("sections", "'sections' of site.yaml").ifPresent(s -> {
            s.allowOnly(SiteConfig.SECTIONS);
            for (String name : SiteConfig.SECTIONS) {
                LocalizedText t = s.optionalText(name);
                for (var e : t.byLanguage().entrySet()) {
                    if (!Slugs.isValid(e.getValue())) {
                        diags.errorWithHint(Code.INVALID_SLUG, s.pos(name), "use lower-case ASCII letters, digits and hyphens, e.g. '"
                                + Slugs.slugify(e.getValue()) + "'", "section path '%s' is not a valid URL segment", e.getValue());
                    }
                }
                if (!t.isEmpty()) sections.put(name, t);
            }
        });
        String theme = f.optionalString("theme").orElse("default");
        boolean raw = f.bool("allow_raw_html", false);
        return Optional.of(new SiteConfig(title, description, baseUrl, languages, sections, theme, raw,
                countries(f, diags), translations(f, diags), shareImage(root, f, diags),
                PublisherLoader.publisher(root, f, diags), PublisherLoader.pages(root, codes, diags),
                PublisherLoader.colors(f, diags)));
    }

    /**
     * share_image: a JPEG or PNG under the source folder (content/… or themes/…), cropped to 1200×630 from its
     * centre for link previews of pages without a photo of their own.
     */
    private static Optional<brief.photo.Photo> shareImage(Path root, Fields f, Diagnostics diags) {
        Optional<String> path = f.optionalString("share_image");
        if (path.isEmpty()) return Optional.empty();
        SourcePos pos = f.pos("share_image");
        Path rel = Path.of(path.get()).normalize();
        if (rel.isAbsolute() || rel.startsWith("..") || !java.nio.file.Files.isRegularFile(root.resolve(rel))) {
            diags.errorWithHint(Code.FILE_MISSING, pos, "give a path under the source folder, such as 'content/share.jpg'",
                    "share_image '%s' is not a file of the site", path.get());
            return Optional.empty();
        }
        brief.photo.Photo p = new brief.photo.PhotoCache(root).read(root, rel);
        if (!p.ok()) {
            diags.errorWithHint(Code.PHOTO_UNUSABLE, pos, "export it again as JPEG or PNG (1200×630 px is best)",
                    "share_image '%s' cannot be used: %s", path.get(), p.problem().get());
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /** countries: {VN: {vi: Việt Nam, en: Viet Nam}, …}; a plain text names the country so in every language. */
    private static Map<String, LocalizedText> countries(Fields f, Diagnostics diags) {
        Map<String, LocalizedText> out = new LinkedHashMap<>();
        Optional<YNode> node = f.node("countries").filter(n -> !(n instanceof YNode.YScalar s && s.isNull()));
        if (node.isEmpty()) return out;
        Optional<Fields> of = Fields.of(node.get(), diags, "'countries' of site.yaml", f.languages());
        if (of.isEmpty()) return out;
        YNode.YMap map = (YNode.YMap) node.get();
        for (var e : map.entries().entrySet()) {
            String code = e.getKey();
            if (!Countries.isCode(code)) {
                String guess = Countries.guess(code).orElse(null);
                diags.errorWithHint(Code.UNKNOWN_COUNTRY, map.keyPositions().get(code), guess != null ? "use '" + guess + "'"
                                : "use a two-letter ISO 3166 code such as 'VN', 'US', 'MY', 'KR'",
                        "unknown country '%s' in 'countries' of site.yaml (expected a two-letter ISO code such as VN, US, MY)",
                        code);
                continue;
            }
            if (e.getValue() instanceof YNode.YScalar v && (v.isNull() || v.text().isBlank())) {
                diags.errorWithHint(Code.MISSING_FIELD, e.getValue().pos(), "write the name, e.g. '" + code + ": {"
                                + String.join(": …, ", f.languages()) + ": …}', or remove the line",
                        "country '%s' in 'countries' of site.yaml has no name", code);
                continue;
            }
            LocalizedText name = of.get().localized(e.getValue(), code, false);
            if (!name.isEmpty()) out.put(code, name);
        }
        return out;
    }

    private static SiteConfig.Translations translations(Fields f, Diagnostics diags) {
        Optional<Fields> t = f.sub("translations", "'translations' of site.yaml");
        if (t.isEmpty()) return SiteConfig.Translations.DEFAULT;
        t.get().allowOnly(List.of("outdated", "unknown"));
        return new SiteConfig.Translations(isError(t.get(), "outdated", diags), isError(t.get(), "unknown", diags));
    }

    private static boolean isError(Fields t, String key, Diagnostics diags) {
        Optional<String> v = t.optionalString(key);
        if (v.isEmpty() || v.get().equals("warn")) return false;
        if (v.get().equals("error")) return true;
        diags.errorWithHint(Code.INVALID_VALUE, t.pos(key), "write '" + key + ": warn' or '" + key + ": error'",
                "'%s' of 'translations' in site.yaml must be warn or error, found '%s'", key, v.get());
        return false;
    }

    private List<Language> languages(Fields top, Diagnostics diags) {
        List<YNode> items = top.list("languages");
        if (items.isEmpty()) {
            diags.errorWithHint(Code.MISSING_FIELD, top.pos(), "add 'languages:' with at least one '- code: vi' entry",
                    "site.yaml declares no languages");
            return List.of();
        }
        List<Language> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int order = 0;
        for (YNode item : items) {
            Optional<Fields> lf = Fields.of(item, diags, "a language of site.yaml", Set.of());
            if (lf.isEmpty()) continue;
            Fields l = lf.get().allowOnly(LANGUAGE_KEYS);
            Optional<String> code = l.requiredString("code");
            if (code.isEmpty()) continue;
            if (!code.get().matches("[a-z]{2,3}(-[A-Za-z0-9]+)*")) {
                diags.errorWithHint(Code.INVALID_VALUE, l.pos("code"), "use a language code such as 'vi', 'en' or 'fr'",
                        "'%s' is not a language code", code.get());
                continue;
            }
            if (!seen.add(code.get())) {
                diags.error(Code.DUPLICATE_ID, l.pos("code"), "language '%s' is declared twice", code.get());
                continue;
            }
            String name = l.optionalString("name").orElse(code.get());
            Locale locale = Locale.forLanguageTag(l.optionalString("locale").orElse(code.get()));
            out.add(new Language(code.get(), name, locale, l.bool("source", false), order++));
        }
        long sources = out.stream().filter(Language::source).count();
        if (sources > 1) {
            diags.error(Code.INVALID_VALUE, top.pos("languages"), "more than one language is marked 'source: true'; mark only one");
        }
        if (sources == 0 && !out.isEmpty()) {
            Language first = out.get(0);
            out.set(0, new Language(first.code(), first.name(), first.locale(), true, first.order()));
        }
        return out;
    }
}
