package brief.serve;

import brief.diag.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * A site's warnings, each placed on the pages it concerns, for the preview: a warning about an article's file
 * goes on that article's pages in every language, one about an entry of {@code leaders.yaml} or
 * {@code summits.yaml} on that leader's or summit's pages, one about {@code events.yaml} or
 * {@code series.yaml} on the chronology, and any other (site.yaml, the theme) on the home pages.
 */
final class PageWarnings {
    /** A warning, the output files of the pages it concerns, and the article it is about (for /_review/). */
    record Placed(Diagnostic warning, List<String> pages, Optional<String> article) {}

    private final List<Placed> all;
    private final Map<String, List<Placed>> byPage = new HashMap<>();

    private PageWarnings(List<Placed> all) {
        this.all = List.copyOf(all);
        for (Placed p : all) for (String page : p.pages()) byPage.computeIfAbsent(page, k -> new ArrayList<>()).add(p);
    }

    static PageWarnings of(IncrementalBuilder.Site site) {
        if (site.warnings().isEmpty()) return new PageWarnings(List.of());
        // The pages of each (kind, key), from the site's page list: "article" + id → its pages in every language.
        Map<String, List<String>> pages = new HashMap<>();
        for (brief.plan.Page j : site.plan().pages()) pages.computeIfAbsent(j.kind() + "\u0000" + j.key().id(), k -> new ArrayList<>()).add(j.path());
        Map<String, Set<String>> byKind = new HashMap<>();
        for (brief.plan.Page j : site.plan().pages()) byKind.computeIfAbsent(j.kind(), k -> new LinkedHashSet<>()).add(j.path());
        var a = site.sources().annotations();
        List<Placed> placed = new ArrayList<>();
        for (Diagnostic d : site.warnings()) {
            Path file = d.pos().file();
            Optional<String> article = articleOf(file);
            List<String> on = new ArrayList<>();
            if (article.isPresent()) {
                on.addAll(pages.getOrDefault("article\u0000" + article.get(), List.of()));
            } else if (file.equals(Path.of("content", "leaders.yaml"))) {
                entry(a.leaders(), l -> l.pos().line(), d).ifPresent(l -> on.addAll(pages.getOrDefault("leader\u0000" + l.id(), List.of())));
            } else if (file.equals(Path.of("content", "summits.yaml"))) {
                entry(a.summits(), s -> s.pos().line(), d).ifPresent(s -> {
                    on.addAll(pages.getOrDefault("summit\u0000" + s.id(), List.of()));
                    on.addAll(pages.getOrDefault("briefing\u0000" + s.id(), List.of()));
                });
            } else if (file.equals(Path.of("content", "events.yaml")) || file.equals(Path.of("content", "series.yaml"))) {
                on.addAll(byKind.getOrDefault("chronology", Set.of()));
            }
            // What has no page of its own (site.yaml, the theme, an entry not shown) goes where a reviewer starts.
            if (on.isEmpty()) on.addAll(byKind.getOrDefault("home", Set.of()));
            placed.add(new Placed(d, List.copyOf(on), article));
        }
        return new PageWarnings(placed);
    }

    List<Placed> all() {
        return all;
    }

    List<Placed> on(String page) {
        return byPage.getOrDefault(page, List.of());
    }

    /** The warnings about one article's files. */
    List<Placed> ofArticle(String id) {
        return all.stream().filter(p -> p.article().equals(Optional.of(id))).toList();
    }

    /** content/articles/ID/… (or the folder itself) → ID. */
    private static Optional<String> articleOf(Path file) {
        if (file.getNameCount() >= 3 && file.getName(0).toString().equals("content")
                && file.getName(1).toString().equals("articles")) {
            return Optional.of(file.getName(2).toString());
        }
        return Optional.empty();
    }

    /** The entry of a YAML list the warning's line falls in: the last one starting on or before it. */
    private static <T> Optional<T> entry(List<T> entries, ToIntFunction<T> line, Diagnostic d) {
        T best = null;
        for (T e : entries) {
            int l = line.applyAsInt(e);
            if (l <= d.pos().line() && (best == null || l >= line.applyAsInt(best))) best = e;
        }
        return Optional.ofNullable(best);
    }
}
