package brief.config;

import brief.diag.Code;
import brief.source.FrontMatter;
import brief.source.SourceFile;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import brief.i18n.LocalizedText;
import brief.i18n.Slugs;
import brief.yaml.Fields;
import brief.yaml.YNode;
import brief.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** site.yaml's {@code publisher:} and {@code theme_colors:}, and the site's own pages under content/pages. */
final class PublisherLoader {
    static final List<String> PUBLISHER_KEYS = List.of("name", "emblem", "address", "email", "phone", "licence");
    /** The palette a publisher may set; the theme's stylesheet gives each a default and a dark-mode value. */
    static final List<String> COLOR_KEYS = List.of("accent", "accent_dark", "ink", "paper", "link", "link_dark");
    static final Path PAGES = Path.of("content", "pages");

    private PublisherLoader() {}

    static Optional<Publisher> publisher(Path root, Fields site, Diagnostics diags) {
        Optional<Fields> pf = site.sub("publisher", "'publisher' of site.yaml");
        if (pf.isEmpty()) return Optional.empty();
        Fields p = pf.get().allowOnly(PUBLISHER_KEYS);
        LocalizedText name = p.requiredText("name");
        Optional<String> emblem = p.requiredString("emblem").flatMap(path -> emblem(root, path, p.pos("emblem"), diags));
        LocalizedText address = p.optionalText("address");
        String email = p.optionalString("email").orElse("");
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            diags.errorWithHint(Code.INVALID_VALUE, p.pos("email"), "write it like 'office@example.org'", "'%s' is not an e-mail address", email);
        }
        Optional<String> phone = p.optionalString("phone");
        LocalizedText licence = LocalizedText.EMPTY;
        Optional<String> licenceUrl = Optional.empty();
        Optional<Fields> lf = p.sub("licence", "'licence' of 'publisher' in site.yaml");
        if (lf.isPresent()) {
            Fields l = lf.get().allowOnly(List.of("text", "url"));
            licence = l.requiredText("text");
            licenceUrl = l.optionalString("url");
            licenceUrl.filter(u -> !u.matches("https?://\\S+")).ifPresent(u -> diags.errorWithHint(Code.INVALID_URL, l.pos("url"),
                    "write the licence's address, e.g. 'https://creativecommons.org/licenses/by/4.0/'",
                    "licence url '%s' is not an http(s) URL", u));
        }
        if (name.isEmpty() || emblem.isEmpty()) return Optional.empty();
        return Optional.of(new Publisher(name, emblem.get(), address, email, phone, licence, licenceUrl));
    }

    /** The emblem as a data: URI, so that the header needs neither a copied file nor a request of its own. */
    private static Optional<String> emblem(Path root, String path, SourcePos pos, Diagnostics diags) {
        Path rel = Path.of(path).normalize();
        if (rel.isAbsolute() || !(rel.startsWith("content") || rel.startsWith("themes")) || !path.endsWith(".svg")) {
            diags.errorWithHint(Code.INVALID_VALUE, pos, "give the path of an SVG file under content/ or themes/, e.g. 'content/emblem.svg'",
                    "emblem '%s' is not an SVG file under content/ or themes/", path);
            return Optional.empty();
        }
        if (!Files.isRegularFile(root.resolve(rel))) {
            diags.errorWithHint(Code.FILE_MISSING, pos, "add the file, or correct the path (it is relative to the folder that holds content/)",
                    "emblem '%s' does not exist", path);
            return Optional.empty();
        }
        return SourceFile.read(root, rel, diags).map(f -> "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(f.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    static Map<String, String> colors(Fields site, Diagnostics diags) {
        Map<String, String> out = new LinkedHashMap<>();
        Optional<Fields> cf = site.sub("theme_colors", "'theme_colors' of site.yaml");
        if (cf.isEmpty()) return out;
        Fields c = cf.get().allowOnly(COLOR_KEYS);
        for (String key : COLOR_KEYS) {
            c.optionalString(key).ifPresent(v -> {
                if (v.matches("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")) out.put(key, v.toLowerCase(java.util.Locale.ROOT));
                else diags.errorWithHint(Code.INVALID_VALUE, c.pos(key), "write a colour like \"#1f3a60\" (in quotes: YAML reads # as a comment)",
                        "theme colour '%s' is '%s', not a #rrggbb colour", key, v);
            });
        }
        return out;
    }

    /** content/pages/&lt;id&gt;/&lt;lang&gt;.md, each with front matter that holds its title. */
    static List<SitePage> pages(Path root, Set<String> languages, Diagnostics diags) {
        Path dir = root.resolve(PAGES);
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            diags.error(Code.FOLDER_UNREADABLE, SourcePos.of(PAGES), "cannot list the folder: %s", e.getMessage());
            return List.of();
        }
        List<SitePage> out = new ArrayList<>();
        for (Path folder : folders) {
            String id = folder.getFileName().toString();
            Path relFolder = PAGES.resolve(id);
            if (!Slugs.isValid(id)) {
                diags.errorWithHint(Code.INVALID_SLUG, SourcePos.of(relFolder), "rename it to '" + Slugs.slugify(id) + "'",
                        "page folder '%s' is not a valid URL segment", id);
                continue;
            }
            Map<String, SitePage.Text> texts = new LinkedHashMap<>();
            for (String lang : languages) {
                Path rel = relFolder.resolve(lang + ".md");
                if (!Files.isRegularFile(root.resolve(rel))) continue;
                SourceFile.read(root, rel, diags).flatMap(f -> text(rel, f.text(), languages, diags))
                        .ifPresent(t -> texts.put(lang, t));
            }
            if (!texts.isEmpty()) out.add(new SitePage(id, texts));
        }
        return out;
    }

    private static Optional<SitePage.Text> text(Path rel, String text, Set<String> languages, Diagnostics diags) {
        Optional<FrontMatter> fm = FrontMatter.split(text);
        if (fm.isEmpty()) {
            diags.errorWithHint(Code.NO_FRONT_MATTER, new SourcePos(rel, 1, 1), "start the file with '---', a line 'title: …' and '---'",
                    "the page has no front matter");
            return Optional.empty();
        }
        Optional<YNode> tree = YamlReader.read(rel, fm.get().yaml(), fm.get().yamlLine() - 1, diags);
        if (tree.isEmpty()) return Optional.empty();
        Optional<Fields> f = Fields.of(tree.get(), diags, "the front matter of " + rel, languages);
        if (f.isEmpty()) return Optional.empty();
        Optional<String> title = f.get().allowOnly(List.of("title")).requiredString("title");
        return title.map(t -> new SitePage.Text(t, fm.get().body(), fm.get().bodyLine(), rel));
    }
}
