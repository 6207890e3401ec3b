package brief.check;

import brief.annotations.Event;
import brief.annotations.Figure;
import brief.annotations.Leader;
import brief.annotations.SourceQuote;
import brief.annotations.Summit;
import brief.content.Outdated;
import brief.diag.Code;
import brief.load.Sources;
import brief.content.Article;
import brief.content.ArticleText;
import brief.content.Block;
import brief.content.Passages;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import brief.i18n.Language;
import brief.yaml.Fields.Ref;
import brief.yaml.Suggest;
import brief.annotations.AnnotationLoader;
import brief.content.ArticleLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The validate stage: runs every rule over the loaded sources. Returns a {@link Validated} only when no rule
 * found an error; warnings do not stop a build (unless --strict).
 */
public final class Validator {
    /** Per-article results, kept between runs in serve mode; a one-off check starts with an empty one. */
    private final ArticleChecks cache;
    /** The articles' slugs of the last run, when no two were the same; else null. */
    private List<Map<String, String>> slugsClean;

    public Validator() {
        this(new ArticleChecks());
    }

    /** A validator that reuses, through {@code cache}, the per-article results of articles that did not change. */
    public Validator(ArticleChecks cache) {
        this.cache = cache;
    }

    public Optional<Validated> validate(Sources s, Diagnostics diags) {
        Set<Path> failed = unreadable(diags);
        Ids ids = cache.ids(s, failed);
        failedInputs(s, failed, diags);
        Map<String, Article> byId = cache.byId(s.articles());
        List<Object> kept = annotationsChecked(s, ids, failed, byId, diags);
        Map<String, Leader> leaders = s.annotations().leaders().stream()
                .collect(Collectors.toMap(Leader::id, l -> l, (x, y) -> x));
        // The per-article rules run in parallel, article by article (diagnostics are sorted when reported).
        slugs(s, cache.run(s, leaders, this, diags), diags);
        new LinkRule(s, ids, byId).check(diags, cache);
        // The templates are read each time (they are small); the rule runs again when they or the strings changed.
        TemplateStringsRule templates = new TemplateStringsRule(s);
        Map<Path, String> texts = templates.texts(diags);
        cache.findings().replay("templates", List.of(texts, s.theme(), s.config().languages()),
                d -> templates.check(texts, d), diags);
        kept.add("templates");
        cache.findings().retain(kept);
        TopicRule.check(s, cache.usedTopics(), diags);
        if (diags.hasErrors()) return Optional.empty();
        return Optional.of(new Validated(s, s.theme().strings()));
    }

    /**
     * What the rules over the annotations reported last time, sorted, with what they read: the annotations, the
     * configuration, the unreadable files, the ids known, the articles (and, of those, the ids the annotations quote).
     */
    private record AnnotationRun(brief.annotations.Annotations annotations, brief.config.SiteConfig config,
                                 Set<Path> failed, Ids ids, List<Article> articles, Set<String> quoted,
                                 List<brief.diag.Diagnostic> found, int errors, List<Object> keys) {}

    private AnnotationRun annotationRun;
    /** How many times the rules over the annotations ran (tests count them). */
    private int annotationRuns;

    int annotationRuns() {
        return annotationRuns;
    }

    /**
     * Adds what the rules over the annotations and the quotes they hold report, and returns the keys of the findings
     * kept. When they read nothing that changed (an edit to an article no annotation quotes), last run's findings
     * are replayed without a walk over the summits, leaders and quotes; else they run, each rule again only for
     * what changed ({@link #annotationRules}).
     */
    private List<Object> annotationsChecked(Sources s, Ids ids, Set<Path> failed, Map<String, Article> byId,
                                            Diagnostics diags) {
        AnnotationRun last = annotationRun;
        if (last != null && last.annotations().equals(s.annotations()) && last.config().equals(s.config())
                && last.failed().equals(failed) && last.ids().equals(ids)) {
            int[] changed = cache.changed(last.articles(), s.articles());
            boolean quotedChanged = changed == null;
            for (int i = 0; changed != null && i < changed.length && !quotedChanged; i++) {
                quotedChanged = last.quoted().contains(s.articles().get(changed[i]).id());
            }
            if (!quotedChanged) {
                diags.addSorted(last.found(), last.errors());
                annotationRun = new AnnotationRun(last.annotations(), last.config(), failed, ids, s.articles(),
                        last.quoted(), last.found(), last.errors(), last.keys());
                return new ArrayList<>(last.keys());
            }
        }
        annotationRuns++;
        Diagnostics found = diags.sibling();
        List<Object> keys = annotationRules(s, ids, failed, byId, found);
        provenance(s, ids, byId, found);
        List<brief.diag.Diagnostic> sorted = found.all();
        int errors = (int) sorted.stream().filter(d -> d.severity() == brief.diag.Severity.ERROR).count();
        Set<String> quoted = new java.util.HashSet<>();
        s.annotations().summits().forEach(sm -> sm.figures().forEach(f -> f.sources().forEach(q -> quoted.add(q.articleId()))));
        s.annotations().events().forEach(e -> e.source().ifPresent(q -> quoted.add(q.articleId())));
        annotationRun = new AnnotationRun(s.annotations(), s.config(), failed, ids, s.articles(), quoted, sorted, errors,
                List.copyOf(keys));
        diags.addSorted(sorted, errors);
        return keys;
    }

    /**
     * The rules over the annotation files, each run again only for what changed (see {@link Findings}): those over
     * the files as a whole when an annotation file, the configuration or the unreadable files changed; a summit's
     * texts and key figures when it or an article its figures quote changed; a leader's texts when it changed.
     * Returns the keys of the findings it kept.
     */
    private List<Object> annotationRules(Sources s, Ids ids, Set<Path> failed, Map<String, Article> byId,
                                         Diagnostics diags) {
        Findings findings = cache.findings();
        List<Object> keys = new ArrayList<>();
        keys.add("annotations");
        findings.replay("annotations", List.of(s.annotations(), s.config(), failed), d -> {
            duplicateIds(s, d);
            references(s, ids, d);
            roleDates(s, d);
            overlappingRoles(s, d);
            new AliasRule(s).check(d);
        }, diags);
        String src = s.config().sourceLanguage().code();
        FactsRule facts = new FactsRule(s);
        for (Summit sm : s.annotations().summits()) {
            List<Object> key = List.of("summit", sm.id());
            keys.add(key);
            findings.replay(key, List.of(sm, src, FigureRule.quoted(sm, byId)), d -> {
                FigureRule.checkSummit(sm, byId, src, d);
                facts.checkSummit(sm, d);
            }, diags);
        }
        for (Leader l : s.annotations().leaders()) {
            List<Object> key = List.of("leader", l.id());
            keys.add(key);
            findings.replay(key, List.of(l, src), d -> facts.checkLeader(l, d), diags);
        }
        return keys;
    }

    /**
     * The files the load stage could not read or parse (an error at their first line or a syntax error):
     * references into them are not checked, since "unknown leader" for every leader of a leaders.yaml with
     * a tab in it would only bury the one error that matters.
     */
    static Set<Path> unreadable(Diagnostics diags) {
        // Without an error there is nothing to look for, and sorting thousands of warnings is not free.
        if (!diags.hasErrors()) return Set.of();
        return diags.all().stream()
                .filter(x -> x.severity() == brief.diag.Severity.ERROR)
                .filter(x -> x.code().unreadable())
                .map(x -> x.pos().file())
                .collect(Collectors.toSet());
    }

    /**
     * A file that could not be read, or yielded no entries, is the first thing said, and the references that fail
     * because of it are summed up in one line instead of listed one by one ({@link Ids} accepts them all).
     */
    private static void failedInputs(Sources s, Set<Path> failed, Diagnostics d) {
        // Nothing failed, nothing to sum up: the sums below walk every article.
        if (failed.isEmpty()) return;
        for (Path p : failed) d.lead(p);
        var a = s.annotations();
        summarise(failed, AnnotationLoader.LEADERS, a.leaders().isEmpty(), "leaders", s, "leader:",
                a.summits().stream().mapToLong(x -> x.participants().size()).sum()
                        + a.events().stream().mapToLong(x -> x.leaders().size()).sum()
                        + s.articles().stream().mapToLong(x -> x.source().leaders().size()).sum(), d);
        summarise(failed, AnnotationLoader.SUMMITS, a.summits().isEmpty(), "summits", s, "summit:",
                a.events().stream().mapToLong(x -> x.summits().size()).sum()
                        + s.articles().stream().mapToLong(x -> x.source().summits().size()).sum(), d);
        summarise(failed, AnnotationLoader.SERIES, a.series().isEmpty(), "series", s, null,
                a.summits().stream().filter(x -> x.series().isPresent()).count(), d);
        summarise(failed, AnnotationLoader.EVENTS, a.events().isEmpty(), "events", s, "event:", 0, d);
        summarise(failed, AnnotationLoader.TOPICS, a.topics().isEmpty(), "topics", s, null,
                s.articles().stream().mapToLong(x -> x.source().topics().size()).sum(), d);
    }

    private static void summarise(Set<Path> failed, Path file, boolean none, String kind, Sources s, String scheme,
                                  long annotated, Diagnostics d) {
        if (!failed.contains(file) || !none) return;
        long links = 0;
        if (scheme != null) {
            for (Article a : s.articles()) {
                for (ArticleText t : a.texts().values()) {
                    links += t.body().links().stream().filter(l -> l.url().startsWith(scheme)).count();
                }
            }
        }
        long n = annotated + links;
        if (n == 0) return;
        boolean empty = d.all().stream().anyMatch(x -> x.pos().file().equals(file) && x.severity() == brief.diag.Severity.ERROR
                && (x.code() == Code.FILE_EMPTY || x.code() == Code.NO_ENTRIES));
        String f = file.toString().replace('\\', '/');
        d.consequence(new SourcePos(file, 1, 1), "fix " + f + " first; the references are checked again once it "
                        + (empty ? "has entries" : "can be read"),
                "%d reference%s to %s fail%s because %s %s", n, n == 1 ? "" : "s", kind, n == 1 ? "s" : "", f,
                empty ? "is empty" : "cannot be read");
    }

    /** Known ids of each kind, for resolving references and suggesting near misses. */
    record Ids(Set<String> articles, Set<String> summits, Set<String> leaders, Set<String> series, Set<String> events,
               Set<String> topics) {
        Ids(Sources s) {
            this(s, Set.of());
        }

        Ids(Sources s, Set<Path> unreadable) {
            this(articleIds(s, unreadable),
                    idSet(s.annotations().summits(), Summit::id, unreadable.contains(AnnotationLoader.SUMMITS)),
                    idSet(s.annotations().leaders(), Leader::id, unreadable.contains(AnnotationLoader.LEADERS)),
                    idSet(s.annotations().series(), brief.annotations.Series::id, unreadable.contains(AnnotationLoader.SERIES)),
                    idSet(s.annotations().events(), Event::id, unreadable.contains(AnnotationLoader.EVENTS)),
                    idSet(s.annotations().topics(), brief.annotations.Topic::id, unreadable.contains(AnnotationLoader.TOPICS)));
        }

        /** The loaded articles, and the folders whose file could not be read: those exist, only broken. */
        private static Set<String> articleIds(Sources s, Set<Path> unreadable) {
            List<String> ids = new ArrayList<>(s.articles().size());
            for (Article a : s.articles()) ids.add(a.id());
            for (Path p : unreadable) {
                if (p.startsWith(ArticleLoader.DIR) && p.getNameCount() == ArticleLoader.DIR.getNameCount() + 2) {
                    ids.add(p.getName(ArticleLoader.DIR.getNameCount()).toString());
                }
            }
            // The loader lists articles by id already: a sort of a sorted list is one pass.
            ids.sort(null);
            return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(ids));
        }

        private static <T> Set<String> idSet(Collection<T> items, Function<T, String> id, boolean fileUnreadable) {
            if (fileUnreadable && items.isEmpty()) return Everything.INSTANCE;
            return sorted(items.stream().map(id).collect(Collectors.toCollection(TreeSet::new)));
        }

        /**
         * Ids in sorted order (suggestions and lists of ids in messages come in that order) that are looked up by
         * hash: every reference of 10,000 articles is looked up on every check.
         */
        private static Set<String> sorted(TreeSet<String> ids) {
            return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(ids));
        }
    }

    /**
     * The ids of a file that could not be parsed at all: every id counts as known, and there are none to
     * suggest. Its own syntax error is reported; checking references against nothing would only repeat it.
     */
    private static final class Everything extends java.util.AbstractSet<String> {
        static final Everything INSTANCE = new Everything();

        @Override
        public boolean contains(Object o) {
            return true;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Collections.emptyIterator();
        }

        @Override
        public int size() {
            return 0;
        }
    }

    private void duplicateIds(Sources s, Diagnostics d) {
        dup(s.annotations().summits(), Summit::id, Summit::pos, "summit", d);
        dup(s.annotations().leaders(), Leader::id, Leader::pos, "leader", d);
        dup(s.annotations().series(), brief.annotations.Series::id, brief.annotations.Series::pos, "series", d);
        dup(s.annotations().events(), Event::id, Event::pos, "event", d);
        dup(s.annotations().topics(), brief.annotations.Topic::id, brief.annotations.Topic::pos, "topic", d);
        List<Figure> figures = s.annotations().summits().stream().flatMap(x -> x.figures().stream()).toList();
        dup(figures, Figure::id, Figure::pos, "figure", d);
    }

    private <T> void dup(List<T> items, Function<T, String> id, Function<T, SourcePos> pos, String kind, Diagnostics d) {
        Map<String, SourcePos> seen = new HashMap<>();
        for (T t : items) {
            SourcePos first = seen.putIfAbsent(id.apply(t), pos.apply(t));
            if (first != null) {
                d.errorWithHint(Code.DUPLICATE_ID, pos.apply(t), "give one of them another id",
                        "duplicate %s id '%s' (also defined at %s)", kind, id.apply(t), first);
            }
        }
    }

    static void ref(Ref r, Set<String> known, String kind, String file, Diagnostics d) {
        if (known.contains(r.id())) return;
        String near = Suggest.nearest(r.id(), known).orElse(null);
        String hint = near != null ? "did you mean '" + near + "'?"
                : known.isEmpty() ? "define it in " + file : "define it in " + file + ", or use one of: " + abbreviate(known);
        d.errorWithHint(Code.UNKNOWN_REFERENCE, r.pos(), hint, "unknown %s '%s'", kind, r.id());
    }

    static String abbreviate(Collection<String> ids) {
        List<String> l = new ArrayList<>(ids);
        return l.size() <= 8 ? String.join(", ", l) : String.join(", ", l.subList(0, 8)) + ", …";
    }

    private void references(Sources s, Ids ids, Diagnostics d) {
        // The articles' own references are checked with their links (see LinkRule).
        for (Summit sm : s.annotations().summits()) {
            sm.series().ifPresent(r -> ref(r, ids.series(), "series", "content/series.yaml", d));
            sm.parent().ifPresent(r -> {
                ref(r, ids.summits(), "parent summit", "content/summits.yaml", d);
                if (r.id().equals(sm.id())) d.error(Code.INVALID_REFERENCE, r.pos(), "summit '%s' cannot be its own parent", sm.id());
            });
            sm.participants().forEach(r -> ref(r, ids.leaders(), "leader", "content/leaders.yaml", d));
        }
        for (Event e : s.annotations().events()) {
            e.summits().forEach(r -> ref(r, ids.summits(), "summit", "content/summits.yaml", d));
            e.leaders().forEach(r -> ref(r, ids.leaders(), "leader", "content/leaders.yaml", d));
        }
    }

    private void provenance(Sources s, Ids ids, Map<String, Article> byId, Diagnostics d) {
        List<SourceQuote> quotes = new ArrayList<>();
        s.annotations().summits().forEach(sm -> sm.figures().forEach(f -> quotes.addAll(f.sources())));
        s.annotations().events().forEach(e -> e.source().ifPresent(quotes::add));
        for (SourceQuote q : quotes) {
            Article a = byId.get(q.articleId());
            if (a == null) {
                ref(new Ref(q.articleId(), q.articlePos()), ids.articles(), "article", "content/articles/", d);
                continue;
            }
            boolean found = cache.quoted(a, q.quote());
            if (!found) {
                String closest = Passages.closest(a.source().body(), q.quote()).orElse(null);
                d.errorWithHint(Code.QUOTE_NOT_FOUND, q.quotePos(), closest != null ? "the closest passage is: \"" + closest + "\""
                                : "copy the sentence exactly from " + a.source().file(),
                        "the quoted sentence does not occur in article '%s'", a.id());
            }
        }
    }

    /**
     * The rules whose findings depend on one article only, given the leaders it names: its translations, its
     * leaders' mentions, and its numbers across languages. {@link ArticleChecks} caches what they report.
     */
    void articleRules(Sources s, Article a, Map<String, Leader> leaders, Diagnostics d) {
        translations(s, a, d);
        mentions(a, leaders, d);
        FactsRule.checkArticle(s.config().sourceLanguage().code(), a, d);
        PhotoRule.checkArticle(a, d);
    }

    /** Slugs are made once per article for all languages (a regex pass over each title), in article order. */
    private void slugs(Sources s, List<Map<String, String>> slugs, Diagnostics d) {
        // The same slugs as last time, which had no duplicate: none now either (serve mode, after a text edit).
        if (slugsClean != null && slugsClean.equals(slugs)) return;
        long errors = d.count(brief.diag.Severity.ERROR);
        for (Language l : s.config().languages()) {
            Map<String, Article> seen = new HashMap<>();
            for (int i = 0; i < s.articles().size(); i++) {
                Article a = s.articles().get(i);
                String slug = slugs.get(i).get(l.code());
                Article other = seen.putIfAbsent(slug, a);
                if (other != null) {
                    ArticleText t = a.in(l.code()).orElse(a.source());
                    d.errorWithHint(Code.DUPLICATE_URL, t.slugPos(), t.slug().isPresent() ? "change 'slug: " + slug + "' in one of the two files"
                                    : "add 'slug: " + slug + "-2' (or another) to one of the two files",
                            "articles '%s' and '%s' have the same URL /%s/…/%s/ in language '%s'",
                            other.id(), a.id(), l.code(), slug, l.code());
                }
            }
        }
        slugsClean = d.count(brief.diag.Severity.ERROR) == errors ? slugs : null;
    }

    private void translations(Sources s, Article a, Diagnostics d) {
        brief.config.SiteConfig.Translations policy = s.config().translations();
        SourceHistory history = null;
        for (Language l : s.config().languages()) {
            if (l.source()) continue;
            Optional<ArticleText> t = a.in(l.code());
            if (t.isEmpty()) {
                // A file that is there but could not be read has its own error; "no translation" would only
                // send the writer to add a file that exists.
                if (a.unreadable().contains(l.code())) continue;
                d.warningWithHint(Code.TRANSLATION_MISSING, SourcePos.of(a.dir()), "add " + a.dir().resolve(l.code() + ".md"),
                        "article '%s' has no translation in '%s'", a.id(), l.code());
                continue;
            }
            ArticleText tr = t.get();
            Alignment.check(a.source(), tr, d);
            String stamp = "./brief stamp " + a.id() + " --lang " + l.code();
            if (tr.translatedFrom().isEmpty()) {
                d.add(Code.TRANSLATION_UNSTAMPED, policy.unknownIsError() ? brief.diag.Severity.ERROR : brief.diag.Severity.WARNING,
                        new SourcePos(tr.file(), 1, 1), "check that it says what " + a.source().file().getFileName()
                                + " says, paragraph for paragraph, then run " + stamp,
                        "freshness unknown: the translation was never stamped (no 'translated_from'), so a change to"
                                + " its source would go unnoticed");
                continue;
            }
            Optional<Outdated> o = Outdated.of(a, tr);
            if (o.isPresent() && history == null) history = new SourceHistory(s.root(), a.source().file());
            if (o.isPresent()) OutdatedReport.report(a, tr, history, policy.outdatedIsError(), stamp, d);
        }
    }

    private void mentions(Article a, Map<String, Leader> leaders, Diagnostics d) {
        // Normalise each text once for all the leaders it is checked against, and only when needed.
        Map<String, String> normalised = new HashMap<>();
        for (Ref r : a.source().leaders()) {
            Leader l = leaders.get(r.id());
            if (l == null) continue;
            boolean named = namedAsWritten(a, l);
            for (ArticleText t : a.texts().values()) {
                if (named) break;
                String text = normalised.computeIfAbsent(t.lang(),
                        k -> Passages.normalise(t.title() + " " + t.body().markdown()));
                for (String name : l.namesIn(t.lang())) {
                    if (text.contains(name)) {
                        named = true;
                        break;
                    }
                }
                if (named) break;
            }
            if (!named) {
                d.warningWithHint(Code.LEADER_NOT_NAMED, r.pos(), "add the form the article uses to the leader's 'aliases' in content/leaders.yaml,"
                        + " or remove the reference", "article '%s' is annotated with leader '%s', whom its text never names",
                        a.id(), l.id());
            }
        }
    }

    /**
     * Whether a text of the article names the leader as written, where normalising the text would change nothing
     * of what is found: a name in its normal form (NFC, single spaces, stripped) found in the title or the body
     * at a place where NFC cannot join it to the characters around it (its first character and the one after it
     * are below U+0300: no combining mark, none that composes with what precedes it). Such a name is found in the
     * normalised text too. Normalising a whole text for each article was most of the mentions' cost; most articles
     * name their leaders as written, and only the others are normalised to be sure.
     */
    private static boolean namedAsWritten(Article a, Leader l) {
        for (ArticleText t : a.texts().values()) {
            for (String name : l.namesIn(t.lang())) {
                if (name.isEmpty() || name.charAt(0) >= '\u0300' || !Passages.normalise(name).equals(name)) continue;
                if (occursApart(t.title(), name) || occursApart(t.body().markdown(), name)) return true;
            }
        }
        return false;
    }

    /** Whether {@code name} occurs in {@code text} followed by its end or a character below U+0300. */
    private static boolean occursApart(String text, String name) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            int after = i + name.length();
            if (after == text.length() || text.charAt(after) < '\u0300') return true;
        }
        return false;
    }

    /**
     * A leader holds one role at a time unless the roles say they are held together ({@code concurrent: true}):
     * an overlap is otherwise a typing mistake that puts the wrong title on a summit page. Reported at the role
     * that starts second. A role that ends on the day the next begins is a handover, not an overlap.
     */
    private void overlappingRoles(Sources s, Diagnostics d) {
        for (Leader l : s.annotations().leaders()) {
            List<Leader.Role> roles = l.roles().stream().sorted(java.util.Comparator.comparing(Leader.Role::from)).toList();
            for (int j = 1; j < roles.size(); j++) {
                Leader.Role second = roles.get(j);
                for (int i = 0; i < j; i++) {
                    Leader.Role first = roles.get(i);
                    boolean overlaps = first.to().map(t -> second.from().start().isBefore(t.start())).orElse(true);
                    if (!overlaps || first.concurrent() || second.concurrent()) continue;
                    d.errorWithHint(Code.ROLES_OVERLAP, second.pos(), "if both were held together, add 'concurrent: true' to this role;"
                                    + " otherwise correct its 'from' or the 'to' of the role at line " + first.pos().line(),
                            "leader '%s' holds two roles at once from %s: this one and the one at line %d (%s)", l.id(),
                            second.from().iso(), first.pos().line(),
                            first.to().map(t -> "until " + t.iso()).orElse("which has no 'to'"));
                    break;
                }
            }
        }
    }

    private void roleDates(Sources s, Diagnostics d) {
        Map<String, Leader> leaders = s.annotations().leaders().stream()
                .collect(Collectors.toMap(Leader::id, l -> l, (x, y) -> x));
        for (Summit sm : s.annotations().summits()) {
            if (sm.start().equals(brief.annotations.AnnotationLoader.PLACEHOLDER_DATE)) continue; // its date is the error
            for (Ref r : sm.participants()) {
                Leader l = leaders.get(r.id());
                if (l == null || l.roles().isEmpty()) continue;
                if (l.roleOn(sm.start().start()).isEmpty()) {
                    d.warningWithHint(Code.NO_ROLE_AT_SUMMIT, r.pos(), "check the 'from'/'to' dates of the roles of '" + l.id() + "' at " + l.pos(),
                            "leader '%s' held no role on %s, the date of summit '%s'", l.id(), sm.start().iso(), sm.id());
                }
            }
        }
    }
}
