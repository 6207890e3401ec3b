package brief.content;

import brief.annotations.AnnotationLoader;
import brief.config.SiteConfig;
import brief.diag.Diagnostic;
import brief.diag.Diagnostics;
import brief.i18n.Language;
import brief.i18n.LocalizedText;
import brief.source.FrontMatter;
import brief.source.SourceFile;
import brief.yaml.Fields;
import brief.yaml.YNode;
import brief.yaml.YamlReader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the fuzz tests feed input through: everything that parses front matter and annotation YAML, from
 * raw bytes to typed records. It must return normally for any input; problems must be diagnostics.
 */
final class ParseTarget {
    static final SiteConfig CONFIG = new SiteConfig(LocalizedText.same("Fuzz"), LocalizedText.EMPTY, "/",
            List.of(new Language("vi", "Tiếng Việt", Locale.forLanguageTag("vi-VN"), true, 0),
                    new Language("en", "English", Locale.forLanguageTag("en-GB"), false, 1)),
            Map.of(), "default", false);
    static final Path ARTICLE = Path.of("content", "articles", "fuzz", "vi.md");
    static final Path TRANSLATION = Path.of("content", "articles", "fuzz", "en.md");

    private final ArticleLoader articles = new ArticleLoader(CONFIG, new MarkdownParser());
    private final AnnotationLoader annotations = new AnnotationLoader(CONFIG);

    /**
     * Parses the bytes as every kind of source file; returns how many diagnostics that gave. Flexmark's own
     * internal consistency assertions are not findings: they only run with -ea (tests), brief runs without, and
     * then Flexmark returns the text (see the seed flexmark-internal-assertion, found by Jazzer).
     */
    int parseEverything(byte[] bytes) {
        try {
            return parse(bytes);
        } catch (AssertionError e) {
            StackTraceElement[] at = e.getStackTrace();
            if (at.length > 0 && at[0].getClassName().startsWith("com.vladsch.flexmark.")) return 0;
            throw e;
        }
    }

    private int parse(byte[] bytes) {
        Diagnostics d = new Diagnostics();
        Optional<SourceFile> sf = SourceFile.decode(ARTICLE, bytes, d);
        if (sf.isPresent()) {
            String text = sf.get().text();
            FrontMatter.split(text).ifPresent(fm -> {
                YamlReader.read(ARTICLE, fm.yaml(), fm.yamlLine() - 1, d).flatMap(n -> Fields.of(n, d, "fuzz",
                        new LinkedHashSet<>(CONFIG.languageCodes()))).ifPresent(f -> {
                            f.allowOnly(List.of("title", "date"));
                            f.requiredString("title");
                            f.optionalDate("date");
                            f.optionalNumber("value");
                            f.optionalText("name");
                            f.refs("leaders");
                            f.bool("draft", false);
                        });
            });
            articles.parse(sf.get(), "vi", true, "fuzz", d);
            articles.parse(new SourceFile(TRANSLATION, text), "en", false, "fuzz", d);
            YamlReader.read(AnnotationLoader.SUMMITS, text, 0, d).ifPresent(ParseTarget::walk);
            annotations.parse(Map.of(
                    AnnotationLoader.SERIES, new SourceFile(AnnotationLoader.SERIES, text),
                    AnnotationLoader.SUMMITS, new SourceFile(AnnotationLoader.SUMMITS, text),
                    AnnotationLoader.LEADERS, new SourceFile(AnnotationLoader.LEADERS, text),
                    AnnotationLoader.EVENTS, new SourceFile(AnnotationLoader.EVENTS, text)), d);
            sameEntryByEntry(new SourceFile(AnnotationLoader.LEADERS, text));
        }
        List<Diagnostic> all = d.all();
        for (Diagnostic x : all) {
            if (x.pos() == null || x.pos().file() == null || x.pos().line() < 0 || x.pos().col() < 0) {
                throw new AssertionError("diagnostic without a usable position: " + x);
            }
            if (x.message() == null || x.message().isBlank()) throw new AssertionError("empty message: " + x);
            x.format();
        }
        return all.size();
    }

    /**
     * Reading a file entry by entry, as the preview does after an edit (and again with every entry kept), gives what
     * reading it whole gives: the same values and the same diagnostics, byte for byte.
     */
    private void sameEntryByEntry(SourceFile file) {
        Diagnostics whole = new Diagnostics();
        List<?> expected = annotations.parse(Map.of(file.relPath(), file), whole).leaders();
        Diagnostics byEntry = new Diagnostics();
        AnnotationLoader.Parsed first = annotations.parseFile(file, byEntry, null);
        Diagnostics kept = new Diagnostics();
        AnnotationLoader.Parsed again = annotations.parseFile(file, kept, first);
        if (!expected.equals(first.values()) || !whole.all().equals(byEntry.all())
                || !expected.equals(again.values()) || !whole.all().equals(kept.all())) {
            throw new AssertionError("read entry by entry, the file gives other values or diagnostics than read whole:\n"
                    + whole.all() + "\n" + byEntry.all() + "\n" + kept.all());
        }
    }

    /** Visits every node, as later stages would. */
    private static void walk(YNode n) {
        n.describe();
        if (n instanceof YNode.YMap m) m.entries().values().forEach(ParseTarget::walk);
        if (n instanceof YNode.YList l) l.items().forEach(ParseTarget::walk);
    }
}
