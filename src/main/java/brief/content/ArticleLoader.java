package brief.content;

import brief.config.SiteConfig;
import brief.diag.Code;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import brief.i18n.Slugs;
import brief.source.FrontMatter;
import brief.source.SourceFile;
import brief.yaml.Fields;
import brief.yaml.Suggest;
import brief.yaml.YNode;
import brief.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads content/articles/&lt;id&gt;/&lt;lang&gt;.md. Folders are read in sorted order and parsed in parallel;
 * the result is sorted by id, so the output does not depend on the file system's order.
 */
public final class ArticleLoader {
    public static final Path DIR = Path.of("content", "articles");
    static final List<String> SOURCE_KEYS = List.of("title", "slug", "summary", "date", "outlet", "source", "byline",
            "summits", "leaders", "topics", "draft", "embargo", "updated");
    /** The paragraph {@code brief new article} writes in place of the text. */
    public static final String PLACEHOLDER = "Write the first paragraph here.";
    static final List<String> TRANSLATION_KEYS = List.of("title", "slug", "summary", "draft",
            "translated_from", "translator", "accept");
    static final List<String> ACCEPT_KEYS = List.of("paragraph", "number", "reason");

    /** Keys of the source-language file that a translation may repeat, ignored with a warning. */
    private static final List<String> SHARED = List.of("date", "outlet", "source", "byline", "summits", "leaders",
            "topics", "embargo", "updated");

    private final SiteConfig config;
    private final MarkdownParser markdown;

    public ArticleLoader(SiteConfig config, MarkdownParser markdown) {
        this.config = config;
        this.markdown = markdown;
    }

    public List<Article> load(Path root, Diagnostics diags, Map<Path, SourceFile> files) {
        Path dir = root.resolve(DIR);
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.sorted().toList();
        } catch (IOException e) {
            diags.error(Code.FOLDER_UNREADABLE, SourcePos.of(DIR), "cannot list articles: %s", brief.diag.Causes.plain(e));
            return List.of();
        }
        return folders.parallelStream()
                .map(f -> loadFolder(root, root.relativize(f), diags, files))
                .flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(Article::id))
                .toList();
    }

    /** The entries of content/articles (folders, and stray files that are reported), sorted; empty when absent. */
    public List<Path> entries(Path root, Diagnostics diags) {
        Path dir = root.resolve(DIR);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().map(root::relativize).toList();
        } catch (IOException e) {
            diags.error(Code.FOLDER_UNREADABLE, SourcePos.of(DIR), "cannot list articles: %s", brief.diag.Causes.plain(e));
            return List.of();
        }
    }

    /**
     * Reads one entry of content/articles ({@code rel} relative to the source folder): the article, if the entry
     * is a valid article folder; problems go to {@code diags}. Serve mode calls it for the folders an edit touched.
     */
    public Optional<Article> loadFolder(Path root, Path rel, Diagnostics diags, Map<Path, SourceFile> files) {
        Path abs = root.resolve(rel);
        String id = rel.getFileName().toString();
        if (!isArticleFolder(abs, rel, id, diags)) return Optional.empty();
        Set<String> langs = new LinkedHashSet<>(config.languageCodes());
        Map<String, ArticleText> texts = new HashMap<>();
        Set<String> unreadable = new java.util.TreeSet<>();
        Map<String, brief.photo.Photo> photos = new HashMap<>();
        brief.photo.PhotoCache photoCache = new brief.photo.PhotoCache(root);
        try (Stream<Path> s = Files.list(abs)) {
            for (Path f : s.sorted().toList()) {
                String name = f.getFileName().toString();
                if (brief.photo.Photo.isPhotoName(name) && Files.isRegularFile(f)) {
                    photos.put(name, photoCache.read(root, rel.resolve(name)));
                    continue;
                }
                if (!name.endsWith(".md")) continue;
                String lang = name.substring(0, name.length() - 3);
                Path frel = rel.resolve(name);
                if (!langs.contains(lang)) {
                    warnNotALanguage(frel, lang, langs, diags);
                    continue;
                }
                Optional<SourceFile> sf = SourceFile.read(root, frel, diags);
                if (sf.isEmpty()) {
                    unreadable.add(lang);
                    continue;
                }
                // Not kept in the file map: the body's Markdown is kept by the article already, and a second
                // copy of every text was a third of the memory a 10,000-article build held.
                boolean isSource = lang.equals(config.sourceLanguage().code());
                Optional<ArticleText> t = parse(sf.get(), lang, isSource, id, diags);
                if (t.isPresent()) texts.put(lang, t.get());
                else unreadable.add(lang);
            }
        } catch (IOException e) {
            diags.error(Code.FILE_UNREADABLE, SourcePos.of(rel), "cannot read folder: %s", brief.diag.Causes.plain(e));
            return Optional.empty();
        }
        String src = config.sourceLanguage().code();
        if (!texts.containsKey(src)) {
            if (!Files.exists(abs.resolve(src + ".md"))) {
                diags.errorWithHint(Code.FILE_MISSING, SourcePos.of(rel), "add " + rel.resolve(src + ".md")
                        + ", or run ./brief new article", "article '%s' has no source-language file %s.md", id, src);
            }
            return Optional.empty();
        }
        return Optional.of(new Article(id, rel, src, texts, unreadable, photos));
    }

    /**
     * Whether an entry of content/articles is an article's folder: a single .md file and a folder name that is
     * not an id are reported; hidden entries are skipped silently.
     */
    private boolean isArticleFolder(Path abs, Path rel, String id, Diagnostics diags) {
        if (!Files.isDirectory(abs)) {
            if (id.endsWith(".md")) {
                diags.errorWithHint(Code.MISPLACED_FILE, SourcePos.of(rel), "move it to " + DIR + "/" + id.replaceAll("\\.md$", "")
                        + "/" + config.sourceLanguage().code() + ".md", "an article must be a folder, not a single file");
            }
            return false;
        }
        if (id.startsWith(".")) return false;
        if (!Slugs.isValid(id)) {
            diags.errorWithHint(Code.INVALID_ID, SourcePos.of(rel), "rename the folder to '" + Slugs.slugify(id) + "'",
                    "article folder name '%s' is not a valid id (lower-case ASCII letters, digits, hyphens)", id);
            return false;
        }
        return true;
    }

    /** A Markdown file named for no language of the site: most often a copy ("vi copy.md") or a typo. */
    private void warnNotALanguage(Path frel, String lang, Set<String> langs, Diagnostics diags) {
        String near = Suggest.nearest(lang, langs).orElse(config.sourceLanguage().code());
        String copyOf = copyOf(lang, langs);
        diags.warningWithHint(Code.MISPLACED_FILE, SourcePos.of(frel), copyOf != null
                ? "it looks like a copy of " + copyOf + ".md: remove it, or rename it (keep copies outside content/)"
                : "name the file '" + near + ".md', or add language '" + lang + "' to content/site.yaml",
                "'%s' is not a language of the site; the file is ignored", frel.getFileName().toString());
    }

    /** A translation's accepted numbers warnings; each needs its paragraph, its number and the reason. */
    private List<AcceptedNumber> accepted(Fields f, boolean isSource, Diagnostics diags) {
        if (!f.has("accept")) return List.of();
        // In the source it is an unknown key, reported as such: the warnings it accepts are the translation's.
        if (isSource) return List.of();
        List<AcceptedNumber> out = new java.util.ArrayList<>();
        for (YNode n : f.list("accept")) {
            Fields.of(n, diags, "an 'accept' entry", f.languages()).ifPresent(e -> {
                e.allowOnly(ACCEPT_KEYS);
                Optional<Integer> paragraph = e.requiredInteger("paragraph");
                Optional<String> number = e.requiredString("number");
                Optional<String> reason = e.requiredString("reason");
                if (paragraph.isPresent() && number.isPresent() && reason.isPresent()) {
                    out.add(new AcceptedNumber(paragraph.get(), number.get().strip(), reason.get(), e.pos()));
                }
            });
        }
        return out;
    }

    /**
     * The language whose file {@code name} (without ".md") is a copy of, as editors and file managers name
     * copies ("vi copy", "vi (1)", "vi-old", "vi.bak"); null if it is not one.
     */
    private static String copyOf(String name, Set<String> langs) {
        for (String l : langs) {
            if (name.length() > l.length() && name.startsWith(l) && !Character.isLetterOrDigit(name.charAt(l.length()))) return l;
            if (name.matches("(?i)(copy( of)?|bản sao( của)?)[ _-]+" + java.util.regex.Pattern.quote(l))) return l;
        }
        return null;
    }

    Optional<ArticleText> parse(SourceFile sf, String lang, boolean isSource, String id, Diagnostics diags) {
        Path rel = sf.relPath();
        if (sf.text().isBlank()) {
            diags.errorWithHint(Code.FILE_EMPTY, new SourcePos(rel, 1, 1), "write a front matter block between two '---' lines, then the text",
                    "the file is empty");
            return Optional.empty();
        }
        Optional<FrontMatter> fm = FrontMatter.split(sf.text());
        if (fm.isEmpty()) {
            boolean opened = sf.text().startsWith("---");
            diags.errorWithHint(opened ? Code.FRONT_MATTER_UNCLOSED : Code.NO_FRONT_MATTER, new SourcePos(rel, 1, 1),
                    opened ? "close the front matter with a line '---' after the last 'key: value' line"
                            : "did you forget to add '---' on the first line, before 'title: …'?",
                    opened ? "the front matter is not closed" : "the file has no front matter");
            return Optional.empty();
        }
        String what = "the front matter of " + rel.toString().replace('\\', '/');
        Optional<YNode> tree = YamlReader.read(rel, fm.get().yaml(), fm.get().yamlLine() - 1, diags);
        if (tree.isEmpty()) {
            if (fm.get().yaml().isBlank()) {
                diags.errorWithHint(Code.MISSING_FIELD, new SourcePos(rel, 1, 1), "add at least 'title: …'", "the front matter is empty");
            }
            return Optional.empty();
        }
        Optional<Fields> of = Fields.of(tree.get(), diags, what, new LinkedHashSet<>(config.languageCodes()));
        if (of.isEmpty()) return Optional.empty();
        Fields f = of.get();
        f.allowOnly(isSource ? SOURCE_KEYS : allowedInTranslation(f, diags, rel));
        Optional<String> title = f.requiredString("title");
        Optional<String> slug = f.optionalString("slug");
        slug.filter(s -> !Slugs.isValid(s)).ifPresent(s -> diags.errorWithHint(Code.INVALID_SLUG, f.pos("slug"),
                "use lower-case ASCII letters, digits and hyphens, e.g. '" + Slugs.slugify(s) + "'",
                "slug '%s' is not valid in a URL", s));
        var date = isSource ? f.requiredDate("date") : Optional.<brief.i18n.FlexDate>empty();
        if (isSource && date.isPresent() && date.get().precision() != brief.i18n.FlexDate.Precision.DAY) {
            diags.warningWithHint(Code.PARTIAL_DATE, f.pos("date"), "give the day if it is known, e.g. \"" + date.get().iso() + "-10\"",
                    "the article's date '%s' has no day; it is shown as %s", date.get().iso(),
                    date.get().precision().name().toLowerCase(java.util.Locale.ROOT));
        }
        Optional<TranslationStamp> stamp = Optional.empty();
        if (!isSource && f.has("translated_from")) {
            stamp = Optional.of(new TranslationStamp(f.strings("translated_from")));
        }
        Body body = markdown.parse(fm.get().body(), fm.get().bodyLine());
        boolean draft = f.bool("draft", false);
        if (!draft) placeholders(f, body, isSource, diags);
        if (title.isEmpty()) return Optional.empty();
        return Optional.of(new ArticleText(lang, rel, title.get(), slug.filter(Slugs::isValid), f.optionalString("summary"),
                date, f.optionalText("outlet"), f.optionalText("source"), f.optionalString("byline"),
                f.refs("summits"), f.refs("leaders"), isSource ? f.refs("topics") : List.of(), draft,
                isSource ? f.dateTime("embargo") : Optional.empty(), stamp, body,
                f.pos("title"), slug.isPresent() ? f.pos("slug") : f.pos("title"), accepted(f, isSource, diags),
                isSource ? updated(f, date, diags) : Optional.empty()));
    }

    /** 'updated:' a day, not before the article's date (shown as "Last updated" only when it differs). */
    private static Optional<brief.i18n.FlexDate> updated(Fields f, Optional<brief.i18n.FlexDate> date, Diagnostics diags) {
        if (!f.has("updated")) return Optional.empty();
        Optional<brief.i18n.FlexDate> u = f.optionalDate("updated");
        if (u.isEmpty()) return Optional.empty();
        if (u.get().precision() != brief.i18n.FlexDate.Precision.DAY) {
            diags.errorWithHint(Code.INVALID_DATE, f.pos("updated"), "give the day, e.g. \"" + u.get().iso() + "-10\"",
                    "'updated' must be a day, found '%s'", u.get().iso());
            return Optional.empty();
        }
        if (date.isPresent() && u.get().start().isBefore(date.get().start())) {
            diags.errorWithHint(Code.DATE_ORDER, f.pos("updated"), "give a day on or after the article's date, " + date.get().iso(),
                    "'updated' %s is before the article's date %s", u.get().iso(), date.get().iso());
            return Optional.empty();
        }
        return u;
    }

    /**
     * What {@code brief new article} writes for the writer to replace: it must not reach readers. A draft may
     * keep it (drafts are not published), so the errors come once the file says it is no longer one.
     */
    private static void placeholders(Fields f, Body body, boolean isSource, Diagnostics diags) {
        for (Block b : body.blocks()) {
            if (b.text().strip().equals(PLACEHOLDER)) {
                diags.errorWithHint(Code.PLACEHOLDER, new SourcePos(f.pos().file(), b.line(), 1),
                        "replace it with the article's text, or set 'draft: true' until it is written",
                        "the placeholder paragraph '%s' is still in the article", PLACEHOLDER);
            }
        }
        if (isSource && f.node("outlet").filter(n -> n instanceof YNode.YScalar s && s.text().isBlank()).isPresent()) {
            diags.errorWithHint(Code.PLACEHOLDER, f.pos("outlet"), "write who published the article, e.g. 'outlet: TTXVN', or remove the line",
                    "'outlet' is empty");
        }
    }

    private List<String> allowedInTranslation(Fields f, Diagnostics diags, Path rel) {
        for (String shared : SHARED) {
            if (f.has(shared)) {
                diags.warningWithHint(Code.IGNORED_FIELD, f.keyPos(shared), "remove it here; set it in the source-language file",
                        "'%s' in a translation is ignored: it is shared by all languages", shared);
            }
        }
        List<String> allowed = new java.util.ArrayList<>(TRANSLATION_KEYS);
        allowed.addAll(SHARED);
        return allowed;
    }
}
