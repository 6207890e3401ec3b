package brief.serve;

import brief.content.Article;
import brief.content.ArticleText;
import brief.diff.BuiltFolder;
import brief.diff.SiteDiff;
import brief.i18n.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the preview shows reviewers, beside the site: the warnings panel on the pages they concern,
 * {@code /_changes/} and {@code /_review/}. Keeps what it can between requests: the published site's files
 * (read once while their size, time and inode stay the same), the diffs of pages compared before, the
 * warnings placed on pages for the site being served, and old paragraph texts found in git.
 */
final class Reviewer {
    private final Path root;
    private final BuiltFolder published;
    private final SiteDiff diff = new SiteDiff();
    private final StampedText stamped = new StampedText();
    /** The warnings of the site served last, placed on its pages (made once per site). */
    private volatile Placement placement;

    private record Placement(IncrementalBuilder.Site site, PageWarnings warnings) {}

    Reviewer(Path root) {
        this.root = root;
        this.published = new BuiltFolder(root.resolve("site"));
    }

    /** The published site being compared with (its reads are counted, for tests). */
    BuiltFolder published() {
        return published;
    }

    PageWarnings warnings(IncrementalBuilder.Site site) {
        Placement p = placement;
        if (p == null || p.site() != site) {
            p = new Placement(site, PageWarnings.of(site));
            placement = p;
        }
        return p.warnings();
    }

    /** A page of the site as the preview sends it: with a panel listing the warnings about it, if any. */
    byte[] annotate(IncrementalBuilder.Site site, String file, byte[] page) {
        List<PageWarnings.Placed> on = warnings(site).on(file);
        if (on.isEmpty()) return page;
        String html = new String(page, StandardCharsets.UTF_8);
        String panel = PreviewPages.warningPanel(on);
        int at = html.lastIndexOf("</body>");
        return (at < 0 ? html + panel : html.substring(0, at) + panel + html.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    String changes(IncrementalBuilder.Site site) {
        String base = site.model().urls().root();
        var config = site.model().config();
        Map<String, SiteDiff.Entry> now = diff.entries(site.files());
        PageWarnings w = warnings(site);
        if (!Files.isDirectory(published.dir())) {
            SiteDiff.Report r = diff.compareEntries(Map.of(), now, config, "nothing", "the preview");
            return PreviewPages.changes(r, "There is no published build at " + published.dir()
                    + " yet (run ./brief build), so every page counts as added.", base, w);
        }
        SiteDiff.Report r = diff.compareEntries(published.scan(), now, config,
                "the published build in " + published.dir(), "the preview");
        return PreviewPages.changes(r, "Reload this page after an edit to see it again.", base, w);
    }

    /** {@code /_review/} (rest empty) or {@code /_review/<article id or slug>/}; empty when there is no such article. */
    Optional<String> review(IncrementalBuilder.Site site, String rest) {
        List<Language> langs = site.model().languages();
        List<Article> articles = site.sources().articles().stream().sorted(Comparator.comparing(Article::id)).toList();
        if (rest.isEmpty()) return Optional.of(PreviewPages.reviewIndex(articles, langs, warnings(site)));
        String key = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        if (key.contains("/")) return Optional.empty();
        for (Article a : articles) {
            if (a.id().equals(key) || a.slugs(langs).containsValue(key)) {
                return Optional.of(PreviewPages.review(a, langs, oldTexts(a), warnings(site).ofArticle(a.id())));
            }
        }
        return Optional.empty();
    }

    /**
     * The texts the source paragraphs had when each translation was stamped, for those that changed since:
     * empty when the sources are not in a git repository (the page then names the paragraphs only).
     */
    private Optional<Map<String, String>> oldTexts(Article a) {
        Set<String> current = new HashSet<>();
        a.source().body().blocks().forEach(b -> current.add(b.hash()));
        Map<String, String> all = new java.util.HashMap<>();
        boolean repository = true;
        for (ArticleText t : a.texts().values()) {
            if (t.translatedFrom().isEmpty()) continue;
            Set<String> wanted = new HashSet<>(t.translatedFrom().get().blockHashes());
            wanted.removeAll(current);
            if (wanted.isEmpty()) continue;
            Optional<Map<String, String>> got = stamped.find(root, a.source().file(), t.file(), wanted);
            if (got.isEmpty()) repository = false;
            else all.putAll(got.get());
        }
        return repository ? Optional.of(all) : Optional.empty();
    }
}
