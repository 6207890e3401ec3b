package brief.theme;

import brief.diag.Code;
import brief.config.SiteConfig;
import brief.source.SourceFile;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import brief.i18n.Language;
import brief.i18n.Strings;
import brief.yaml.YNode;
import brief.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the theme named in site.yaml and reads its strings; templates are compiled by the renderer. */
public final class ThemeLoader {

    public Optional<Theme> load(Path root, SiteConfig config, Diagnostics diags, Map<Path, SourceFile> files) {
        Path dir = Path.of("themes", config.theme());
        if (!Files.isDirectory(root.resolve(dir).resolve("templates"))) {
            diags.errorWithHint(Code.THEME_NOT_FOUND, new SourcePos(Path.of("content", "site.yaml"), 1, 1),
                    "set 'theme:' in content/site.yaml to a folder of themes/ that has a templates/ folder",
                    "theme '%s' not found: %s/templates does not exist", config.theme(), dir);
            return Optional.empty();
        }
        Map<String, Map<String, String>> strings = new HashMap<>();
        Map<String, Map<String, SourcePos>> positions = new HashMap<>();
        Map<String, Language> langs = new HashMap<>();
        for (Language l : config.languages()) {
            langs.put(l.code(), l);
            Path file = dir.resolve("i18n").resolve(l.code() + ".yaml");
            if (!Files.exists(root.resolve(file))) {
                diags.errorWithHint(Code.MISSING_STRING, SourcePos.of(file), "copy another language's file of " + dir.resolve("i18n")
                        + " and translate it", "the theme has no strings for language '%s'", l.code());
                continue;
            }
            Optional<SourceFile> sf = SourceFile.read(root, file, diags);
            if (sf.isEmpty()) continue;
            files.put(file, sf.get());
            Map<String, String> flat = new LinkedHashMap<>();
            Map<String, SourcePos> pos = new LinkedHashMap<>();
            YamlReader.read(file, sf.get().text(), 0, diags).ifPresent(n -> flatten("", n, flat, pos, diags));
            strings.put(l.code(), flat);
            positions.put(l.code(), pos);
        }
        return Optional.of(new Theme(dir, new Strings(strings, positions, langs),
                list(root, dir.resolve("templates"), diags), list(root, dir.resolve("static"), diags)));
    }

    private static void flatten(String prefix, YNode n, Map<String, String> out, Map<String, SourcePos> pos,
                                Diagnostics diags) {
        if (n instanceof YNode.YMap m) {
            m.entries().forEach((k, v) -> flatten(prefix.isEmpty() ? k : prefix + "." + k, v, out, pos, diags));
        } else if (n instanceof YNode.YScalar s) {
            out.put(prefix, s.text());
            pos.put(prefix, s.pos());
        } else {
            diags.error(Code.WRONG_TYPE, n.pos(), "string '%s' must be text, found %s", prefix, n.describe());
        }
    }

    private static List<Path> list(Path root, Path dir, Diagnostics diags) {
        if (!Files.isDirectory(root.resolve(dir))) return List.of();
        try (Stream<Path> s = Files.walk(root.resolve(dir))) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        } catch (IOException e) {
            diags.error(Code.FOLDER_UNREADABLE, SourcePos.of(dir), "cannot list theme files: %s", brief.diag.Causes.plain(e));
            return List.of();
        }
    }
}
