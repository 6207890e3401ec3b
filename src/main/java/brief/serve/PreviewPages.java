package brief.serve;

import brief.content.Outdated;
import brief.content.Article;
import brief.content.ArticleText;
import brief.content.Block;
import brief.content.Lcs;
import brief.diag.Diagnostic;
import brief.diff.SiteDiff;
import brief.i18n.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The preview-only pages: {@code /_changes/} (what the edits change compared with the published site),
 * {@code /_review/} and {@code /_review/<article>/} (source and translations side by side), and the warnings
 * panel added to the pages a warning concerns. Plain HTML with inline style, every text escaped; none of it
 * is ever written by {@code brief build}.
 */
final class PreviewPages {
    /** The id of the warnings panel added to pages (tests and the browser find it by it). */
    static final String PANEL_ID = "brief-warnings";
    /** How many pages a warning in /_changes/ links to before "and N more". */
    private static final int PAGES_SHOWN = 6;
    private static final Pattern WORDS = Pattern.compile("\\s+|[^\\s]+");

    private PreviewPages() {}

    static String esc(String s) {
        return brief.render.Escape.xml(s);
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
                + " · brief preview</title>\n<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:80rem;"
                + "padding:0 1rem}pre{background:#f4f4f4;padding:.75rem;overflow:auto;white-space:pre-wrap}"
                + ".add{color:#0a6b2e}.del{color:#a0161b}table{border-collapse:collapse;width:100%}"
                + "td,th{border:1px solid #ccc;padding:.5rem;vertical-align:top;text-align:left}"
                + ".flag{display:inline-block;font-size:.8em;font-weight:bold;padding:0 .4em;border-radius:.3em}"
                + ".outdated{background:#fff3cd}.missing{background:#f8d7da}.new{background:#d1ecf1}.removed{background:#e2e3e5}"
                + ".num{color:#555;width:3rem}.tn{color:#555;font-size:.8em}ins{background:#d4f4dc;color:#0a4b1e;text-decoration:none}"
                + "del{background:#fbe0e2;color:#7a1016}ul.pages{list-style:none;padding-left:0}ul.pages li{margin:.2rem 0}"
                // A page's diff toggle stays on its line until opened: one line per page.
                + "ul.pages details{display:inline;margin-left:.5rem}ul.pages details[open]{display:block;margin-left:0}"
                + "ul.pages summary{display:inline;color:#0b4f8a;text-decoration:underline}"
                + "summary{cursor:pointer}.warn{background:#fff8e1;border-left:4px solid #8a6d00;padding:.25rem .75rem;margin:.5rem 0}"
                + ".hint{color:#444}</style>\n</head>\n<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    }

    /** The page for a request by a name the preview does not answer to (see {@link HostCheck}). */
    static String refusedHost(String host, String bind, List<String> allowed) {
        String name = host.startsWith("[") || host.lastIndexOf(':') < 0 ? host : host.substring(0, host.lastIndexOf(':'));
        return page("Host not allowed", "<h1>This preview does not answer to " + (host.isEmpty() ? "a request without a host name"
                : "the name <code>" + esc(host) + "</code>") + "</h1>\n"
                + "<p>brief serve answers only to <code>localhost</code>, <code>*.localhost</code>, loopback addresses"
                + " (<code>127.0.0.1</code>, <code>[::1]</code>), the address it listens on (<code>" + esc(bind) + "</code>)"
                + allowedList(allowed) + ", so that a web page on another site cannot read the preview by pointing its own"
                + " name at this machine (DNS rebinding).</p>\n"
                + (name.isEmpty() ? "" : "<p>If you reach the preview by this name on purpose, restart it with <code>./brief serve --allow-host "
                + esc(name) + "</code>.</p>\n"));
    }

    /** The page for a request sent by a page of another site (its {@code Origin} is not an allowed host). */
    static String refusedOrigin(String origin, String bind, List<String> allowed) {
        return page("Origin not allowed", "<h1>Requests from <code>" + esc(origin) + "</code> are refused</h1>\n"
                + "<p>brief serve answers only requests from its own pages: from <code>localhost</code>,"
                + " <code>*.localhost</code>, loopback addresses and the address it listens on (<code>" + esc(bind) + "</code>)"
                + allowedList(allowed) + ". A page of another site cannot read the preview.</p>\n"
                + "<p>If that origin is this preview under another name, restart it with"
                + " <code>./brief serve --allow-host NAME</code>.</p>\n");
    }

    private static String allowedList(List<String> allowed) {
        if (allowed.isEmpty()) return "";
        StringBuilder b = new StringBuilder(" and the names given with <code>--allow-host</code> (");
        for (int i = 0; i < allowed.size(); i++) b.append(i == 0 ? "" : ", ").append("<code>").append(esc(allowed.get(i))).append("</code>");
        return b.append(')').toString();
    }

    // ---- the warnings panel ----

    /**
     * The panel added before {@code </body>} of a page that warnings concern: fixed in a corner, closed by
     * default (a {@code <details>}, so it opens with the keyboard), in English whatever the page's language.
     */
    static String warningPanel(List<PageWarnings.Placed> warnings) {
        StringBuilder b = new StringBuilder("<aside id=\"" + PANEL_ID + "\" lang=\"en\" aria-label=\"brief preview: warnings about this page\" "
                + "style=\"position:fixed;right:1rem;bottom:1rem;z-index:2147483646;max-width:min(40rem,calc(100vw - 2rem));"
                + "max-height:60vh;overflow:auto;background:#fff8e1;color:#2b2000;border:2px solid #8a6d00;border-radius:.5rem;"
                + "font:14px/1.45 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3);text-align:left\">"
                + "<details><summary style=\"cursor:pointer;padding:.4rem .75rem;font-weight:bold\">")
                .append(warnings.size()).append(warnings.size() == 1 ? " warning" : " warnings")
                .append(" about this page (preview only)</summary><ul style=\"margin:0;padding:0 .75rem .5rem 1.75rem\">");
        for (PageWarnings.Placed p : warnings) {
            b.append("<li style=\"margin:.4rem 0\">").append(warningText(p.warning(), "style=\"color:#4a3b00\""));
            p.article().ifPresent(id -> b.append("<br><a style=\"color:#0b4f8a\" href=\"/_review/").append(esc(id))
                    .append("/\">review the translation</a>"));
            b.append("</li>");
        }
        return b.append("</ul><p style=\"margin:0;padding:0 .75rem .5rem\"><a style=\"color:#0b4f8a\" href=\"/_changes/\">"
                + "every change and warning</a></p></details></aside>\n").toString();
    }

    private static String warningText(Diagnostic d, String hintAttrs) {
        StringBuilder b = new StringBuilder("<code>").append(esc(d.pos().toString())).append("</code> ").append(esc(d.message()));
        if (d.hint() != null) b.append("<br><small ").append(hintAttrs).append(">hint: ").append(esc(d.hint())).append("</small>");
        return b.toString();
    }

    // ---- /_changes/ ----

    static String changes(SiteDiff.Report r, String note, String base, PageWarnings warnings) {
        StringBuilder b = new StringBuilder("<h1>What changed</h1>\n<p>Comparing <code>" + esc(r.before())
                + "</code> with <code>" + esc(r.after()) + "</code>. " + esc(note) + "</p>\n");
        b.append("<p><strong>").append(r.pages().isEmpty() ? "No page changed." : "Pages: " + esc(r.pageCounts()) + ".")
                .append("</strong>");
        if (!r.machine().isEmpty()) b.append(" Machine files (not diffed): ").append(esc(r.machineLine())).append('.');
        b.append(" Warnings: ").append(warnings.all().size()).append(".</p>\n");
        if (!warnings.all().isEmpty()) {
            b.append("<section>\n<h2>Warnings (").append(warnings.all().size()).append(")</h2>\n");
            for (PageWarnings.Placed p : warnings.all()) {
                b.append("<div class=\"warn\">").append(warningText(p.warning(), "class=\"hint\""));
                if (!p.pages().isEmpty() || p.article().isPresent()) b.append("<br><small>on: ");
                List<String> links = new ArrayList<>();
                p.article().ifPresent(id -> links.add("<a href=\"/_review/" + esc(id) + "/\">review</a>"));
                for (String page : p.pages().subList(0, Math.min(PAGES_SHOWN, p.pages().size()))) {
                    links.add("<a href=\"" + esc(link(base, page)) + "\">" + esc(page) + "</a>");
                }
                b.append(String.join(", ", links));
                if (p.pages().size() > PAGES_SHOWN) b.append(" and ").append(p.pages().size() - PAGES_SHOWN).append(" more");
                if (!links.isEmpty()) b.append("</small>");
                b.append("</div>\n");
            }
            b.append("</section>\n");
        }
        for (SiteDiff.Kind k : SiteDiff.Kind.values()) {
            List<SiteDiff.Page> pages = r.pages(k);
            if (pages.isEmpty()) continue;
            String title = k.label.substring(0, 1).toUpperCase(Locale.ROOT) + k.label.substring(1);
            b.append("<section>\n<h2>").append(esc(title)).append(" (").append(pages.size()).append(")</h2>\n<ul class=\"pages\">\n");
            for (SiteDiff.Page p : pages) b.append("<li>").append(pageLine(p, base, warnings.on(p.path()).size())).append("</li>\n");
            b.append("</ul>\n</section>\n");
        }
        if (!r.machine().isEmpty()) {
            b.append("<section>\n<h2>Machine files</h2>\n<details><summary>").append(esc(r.machineLine()))
                    .append("</summary>\n<ul>\n");
            for (SiteDiff.Machine m : r.machine()) {
                for (var e : Map.of("added", m.added(), "removed", m.removed(), "changed", m.changed()).entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).toList()) {
                    for (String path : e.getValue()) {
                        b.append("<li>").append(e.getKey()).append(' ').append(esc(path)).append("</li>\n");
                    }
                }
            }
            b.append("</ul>\n</details>\n</section>\n");
        }
        return page("What changed", b.toString());
    }

    /** One page of the report: what happened to it, a link, its line counts, and its diff folded under them. */
    private static String pageLine(SiteDiff.Page p, String base, int warnings) {
        String change = p.change().name().toLowerCase(Locale.ROOT);
        String name = p.change() == SiteDiff.Change.REMOVED ? esc(p.path())
                : "<a href=\"" + esc(link(base, p.path())) + "\">" + esc(p.path()) + "</a>";
        String counts = p.layoutOnly() ? " (layout only; the main text is the same)"
                : p.diff().isEmpty() ? "" : " <span class=\"add\">+" + p.plus() + "</span> <span class=\"del\">−" + p.minus() + "</span>";
        String warn = warnings == 0 ? "" : " <span class=\"flag outdated\">" + warnings + (warnings == 1 ? " warning" : " warnings") + "</span>";
        if (p.diff().isEmpty()) return change + " " + name + counts + warn;
        // The link stays outside the summary: a link inside a summary is a control inside a control.
        StringBuilder b = new StringBuilder(change).append(' ').append(name).append(counts).append(warn)
                .append("<details><summary>text diff</summary>\n<pre>");
        for (String line : p.diff().split("\n")) {
            String cls = line.startsWith("+") && !line.startsWith("+++") ? "add"
                    : line.startsWith("-") && !line.startsWith("---") ? "del" : "";
            b.append(cls.isEmpty() ? "" : "<span class=\"" + cls + "\">").append(esc(line))
                    .append(cls.isEmpty() ? "" : "</span>").append('\n');
        }
        return b.append("</pre></details>").toString();
    }

    /** A link from the report to the page in the preview. */
    private static String link(String base, String path) {
        return base + path.replaceFirst("index\\.html$", "");
    }

    // ---- /_review/ ----

    /** Every article with its translation status in each language. */
    static String reviewIndex(List<Article> articles, List<Language> languages, PageWarnings warnings) {
        List<Language> others = languages.stream().filter(l -> !l.source()).toList();
        StringBuilder b = new StringBuilder("<h1>Review translations</h1>\n<table>\n<thead><tr><th>Article</th><th>Date</th>");
        for (Language l : others) b.append("<th>").append(esc(l.name())).append("</th>");
        b.append("<th>Warnings</th></tr></thead>\n<tbody>\n");
        for (Article a : articles) {
            b.append("<tr><td><a href=\"/_review/").append(esc(a.id())).append("/\">").append(esc(a.source().title()))
                    .append("</a><br><code>").append(esc(a.id())).append("</code>").append(a.draft() ? " (draft)" : "")
                    .append(a.embargo().map(e -> " (embargo: " + brief.site.HeldBack.MOMENT.format(e) + ")").orElse(""))
                    .append("</td><td>").append(esc(a.date().toString())).append("</td>");
            for (Language l : others) {
                if (l.code().equals(a.sourceLang())) {
                    b.append("<td>source</td>");
                    continue;
                }
                Optional<ArticleText> t = a.in(l.code());
                if (t.isEmpty()) {
                    b.append("<td class=\"missing\">missing</td>");
                    continue;
                }
                Optional<Outdated> o = Outdated.of(a, t.get());
                if (o.isPresent()) b.append("<td class=\"outdated\">outdated: ").append(esc(o.get().describe())).append("</td>");
                else if (t.get().translatedFrom().isEmpty()) b.append("<td>translated, not stamped</td>");
                else b.append("<td>translated</td>");
            }
            int n = warnings.ofArticle(a.id()).size();
            b.append("<td>").append(n == 0 ? "" : Integer.toString(n)).append("</td></tr>\n");
        }
        return page("Review", b.append("</tbody>\n</table>\n").toString());
    }

    /** What a translation cell shows: its paragraph (number {@code then}, 0 for none) and how it stands. */
    private record Cell(Outdated.State state, int then, boolean stamped) {}

    /** A row: today's source paragraph ({@code now}, 0 when the row is a removed one) and a cell per translation. */
    private record Row(int now, List<Cell> cells) {}

    /** The translation into {@code l} aligned with the source blocks (empty when missing); what is amiss goes to notes. */
    private static List<Outdated.Row> alignAndNote(Article a, Language l, List<Block> blocks, List<String> notes) {
        Optional<ArticleText> t = a.in(l.code());
        if (t.isEmpty()) {
            notes.add(l.name() + ": missing translation (no " + l.code() + ".md)");
            return List.of();
        }
        if (t.get().translatedFrom().isEmpty()) {
            notes.add(l.name() + ": not stamped (no translated_from), so paragraphs are paired by position and "
                    + "outdated ones cannot be told; run 'brief stamp' after checking it");
        } else {
            Outdated.of(a, t.get()).ifPresent(o -> notes.add(l.name() + ": outdated: " + o.sentence()
                    + " since it was translated"));
        }
        return alignment(blocks, t.get());
    }

    /**
     * Source and translations side by side, aligned by content: each translation is aligned with the source
     * through its stamp (see {@link Outdated#align}), so the paragraphs after an inserted or removed one stay
     * side by side; a changed paragraph shows what changed in the source since the translation, word by word,
     * when {@code oldTexts} (hash → text, from git) has its old text.
     */
    static String review(Article a, List<Language> languages, Optional<Map<String, String>> oldTexts,
                         List<PageWarnings.Placed> warnings) {
        ArticleText src = a.source();
        List<Block> blocks = src.body().blocks();
        List<Language> others = languages.stream().filter(l -> !l.code().equals(a.sourceLang())).toList();
        List<String> notes = new ArrayList<>();
        List<List<Outdated.Row>> alignments = new ArrayList<>();
        for (Language l : others) alignments.add(alignAndNote(a, l, blocks, notes));
        if (oldTexts.isEmpty() && alignments.stream().flatMap(List::stream).anyMatch(r -> r.state() != Outdated.State.SAME)) {
            notes.add("The sources are not in a git repository, so the old text of changed paragraphs cannot be shown.");
        }
        List<Row> rows = merge(blocks.size(), alignments, others, a);
        StringBuilder b = new StringBuilder("<h1>").append(esc(src.title())).append("</h1>\n<p><code>")
                .append(esc(a.id())).append("</code>").append(a.draft() ? " · draft" : "")
                .append(a.embargo().map(e -> " · embargo: " + brief.site.HeldBack.MOMENT.format(e)).orElse(""))
                .append(" · <a href=\"/_review/\">all articles</a></p>\n");
        if (!notes.isEmpty()) {
            b.append("<ul>\n");
            notes.forEach(n -> b.append("<li>").append(esc(n)).append("</li>\n"));
            b.append("</ul>\n");
        }
        for (PageWarnings.Placed p : warnings) b.append("<div class=\"warn\">").append(warningText(p.warning(), "class=\"hint\"")).append("</div>\n");
        b.append("<table>\n<thead><tr><th class=\"num\">#</th><th lang=\"").append(esc(a.sourceLang())).append("\">")
                .append(esc(langName(languages, a.sourceLang()))).append(" (source)</th>");
        for (Language l : others) b.append("<th lang=\"").append(esc(l.tag())).append("\">").append(esc(l.name())).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        b.append("<tr><td class=\"num\">title</td><td>").append(esc(src.title())).append("</td>");
        for (Language l : others) {
            b.append(a.in(l.code()).map(t -> "<td lang=\"" + esc(l.tag()) + "\">" + esc(t.title()) + "</td>")
                    .orElse("<td class=\"missing\"><span class=\"flag missing\">missing</span></td>"));
        }
        b.append("</tr>\n");
        for (Row row : rows) {
            b.append(row.now() > 0 ? "<tr id=\"p-" + row.now() + "\"><td class=\"num\">" + row.now() + "</td>"
                    : "<tr class=\"removed\"><td class=\"num\">–</td>");
            b.append(sourceCell(row, blocks, others, a, oldTexts));
            for (int k = 0; k < others.size(); k++) {
                Optional<ArticleText> t = a.in(others.get(k).code());
                b.append(t.isEmpty() ? "<td class=\"missing\"></td>" : translationCell(row.cells().get(k), t.get(), others.get(k), row.now()));
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        return page("Review " + a.id(), b.toString());
    }

    /**
     * A translation's alignment with the source: through its stamp, or by position when it has none. A
     * translation paragraph beyond those the stamp knows shows as a removed one (it has no source paragraph).
     */
    private static List<Outdated.Row> alignment(List<Block> source, ArticleText t) {
        int count = t.body().blocks().size();
        List<Outdated.Row> rows = new ArrayList<>();
        int known;
        if (t.translatedFrom().isPresent() && count == source.size() && count != t.translatedFrom().get().blockHashes().size()) {
            // The translator has already added or removed paragraphs to follow the source (the build refuses a
            // translation whose paragraphs do not line up with the source's), but has not stamped it again: the
            // columns pair by position, and what changed since the stamp is flagged for checking.
            for (Outdated.Row r : Outdated.align(t.translatedFrom().get().blockHashes(), source)) {
                if (r.state() == Outdated.State.REMOVED) continue;
                Outdated.State state = r.state() == Outdated.State.SAME ? Outdated.State.SAME : Outdated.State.CHANGED;
                rows.add(new Outdated.Row(state, r.now(), r.now()));
            }
            known = count;
        } else if (t.translatedFrom().isPresent()) {
            rows.addAll(Outdated.align(t.translatedFrom().get().blockHashes(), source));
            known = t.translatedFrom().get().blockHashes().size();
        } else {
            for (int i = 1; i <= source.size(); i++) rows.add(new Outdated.Row(Outdated.State.SAME, i, i));
            known = source.size();
        }
        for (int j = known + 1; j <= count; j++) rows.add(new Outdated.Row(Outdated.State.REMOVED, 0, j));
        return rows;
    }

    /**
     * One row per source paragraph of today, and rows for the paragraphs removed since a translation, at
     * their place (the removed paragraphs of several translations in the same place share rows).
     */
    private static List<Row> merge(int sourceCount, List<List<Outdated.Row>> alignments, List<Language> others, Article a) {
        int k = alignments.size();
        // Per translation: the row of each source paragraph, and the removed ones by the count of source paragraphs before them.
        List<Map<Integer, Outdated.Row>> byNow = new ArrayList<>();
        List<Map<Integer, List<Outdated.Row>>> gaps = new ArrayList<>();
        for (List<Outdated.Row> rows : alignments) {
            Map<Integer, Outdated.Row> now = new LinkedHashMap<>();
            Map<Integer, List<Outdated.Row>> gap = new LinkedHashMap<>();
            int before = 0;
            for (Outdated.Row r : rows) {
                if (r.now() > 0) {
                    now.put(r.now(), r);
                    before = r.now();
                } else {
                    gap.computeIfAbsent(before, x -> new ArrayList<>()).add(r);
                }
            }
            byNow.add(now);
            gaps.add(gap);
        }
        List<Row> out = new ArrayList<>();
        for (int g = 0; g <= sourceCount; g++) {
            int extra = 0;
            for (var gap : gaps) extra = Math.max(extra, gap.getOrDefault(g, List.of()).size());
            for (int e = 0; e < extra; e++) {
                List<Cell> cells = new ArrayList<>();
                for (int x = 0; x < k; x++) {
                    List<Outdated.Row> rs = gaps.get(x).getOrDefault(g, List.of());
                    cells.add(e < rs.size() ? new Cell(Outdated.State.REMOVED, rs.get(e).then(), stamped(a, others.get(x)))
                            : new Cell(Outdated.State.SAME, 0, stamped(a, others.get(x))));
                }
                out.add(new Row(0, cells));
            }
            if (g == sourceCount) break;
            int now = g + 1;
            List<Cell> cells = new ArrayList<>();
            for (int x = 0; x < k; x++) {
                Outdated.Row r = byNow.get(x).get(now);
                cells.add(r == null ? new Cell(Outdated.State.ADDED, 0, stamped(a, others.get(x)))
                        : new Cell(r.state(), r.then(), stamped(a, others.get(x))));
            }
            out.add(new Row(now, cells));
        }
        return out;
    }

    private static boolean stamped(Article a, Language l) {
        return a.in(l.code()).flatMap(ArticleText::translatedFrom).isPresent();
    }

    /** The source cell: today's paragraph, and what changed in it since each translation that it changed for. */
    private static String sourceCell(Row row, List<Block> blocks, List<Language> others, Article a,
                                     Optional<Map<String, String>> oldTexts) {
        StringBuilder sb = new StringBuilder();
        if (row.now() == 0) {
            boolean stamped = row.cells().stream().anyMatch(c -> c.state() == Outdated.State.REMOVED && c.stamped());
            sb.append("<td class=\"removed\"><span class=\"flag removed\">")
                    .append(stamped ? "removed from the source" : "no source paragraph").append("</span>");
            for (int k = 0; k < others.size(); k++) {
                Cell c = row.cells().get(k);
                if (c.state() != Outdated.State.REMOVED) continue;
                oldText(a, others.get(k), c.then(), oldTexts).ifPresent(t -> sb.append(" <del>").append(esc(t)).append("</del>"));
                break;
            }
            return sb.append("</td>").toString();
        }
        Block block = blocks.get(row.now() - 1);
        boolean isNew = row.cells().stream().anyMatch(c -> c.state() == Outdated.State.ADDED && c.stamped());
        boolean changed = row.cells().stream().anyMatch(c -> c.state() == Outdated.State.CHANGED);
        sb.append("<td").append(isNew ? " class=\"new\"" : changed ? " class=\"outdated\"" : "").append('>');
        if (isNew) sb.append("<span class=\"flag new\">new since the translation</span> ");
        if (block.kind() != Block.Kind.PARAGRAPH) sb.append("<small>").append(esc(block.kind().name().toLowerCase(Locale.ROOT))).append("</small> ");
        List<String> shown = new ArrayList<>();
        String diff = null;
        for (int k = 0; k < others.size(); k++) {
            Cell c = row.cells().get(k);
            if (c.state() != Outdated.State.CHANGED) continue;
            Optional<String> old = oldText(a, others.get(k), c.then(), oldTexts);
            if (old.isPresent() && diff == null) {
                diff = wordDiff(old.get(), block.text());
                shown.add(others.get(k).name());
            } else if (old.isPresent()) {
                shown.add(others.get(k).name());
            }
        }
        if (diff != null) {
            sb.append(diff).append("<br><small class=\"tn\">changes since the translation (")
                    .append(esc(String.join(", ", shown))).append(")</small>");
        } else {
            sb.append(esc(block.text()));
            if (changed) sb.append("<br><small class=\"tn\">changed since the translation").append(oldTexts.isEmpty()
                    ? " (the old text is in git history only; this folder is not a git repository)" : "").append("</small>");
        }
        return sb.append("</td>").toString();
    }

    /** The text source paragraph {@code then} had when the translation into {@code l} was stamped, if known. */
    private static Optional<String> oldText(Article a, Language l, int then, Optional<Map<String, String>> oldTexts) {
        if (oldTexts.isEmpty() || then <= 0) return Optional.empty();
        return a.in(l.code()).flatMap(ArticleText::translatedFrom).map(s -> s.blockHashes())
                .filter(h -> then <= h.size()).map(h -> oldTexts.get().get(h.get(then - 1)));
    }

    private static String translationCell(Cell c, ArticleText t, Language l, int now) {
        List<Block> blocks = t.body().blocks();
        Optional<Block> block = c.then() > 0 && c.then() <= blocks.size() ? Optional.of(blocks.get(c.then() - 1)) : Optional.empty();
        String cls;
        String flag;
        switch (c.state()) {
            case CHANGED -> {
                cls = "outdated";
                flag = "<span class=\"flag outdated\">outdated</span> ";
            }
            case ADDED -> {
                cls = c.stamped() ? "new" : "missing";
                flag = c.stamped() ? "<span class=\"flag new\">not translated: new in the source</span>"
                        : "<span class=\"flag missing\">missing</span>";
            }
            case REMOVED -> {
                cls = "removed";
                flag = c.stamped() ? "<span class=\"flag removed\">its source paragraph was removed</span> "
                        : "<span class=\"flag removed\">no source paragraph</span> ";
            }
            default -> {
                cls = c.then() > 0 && block.isEmpty() ? "missing" : "";
                flag = cls.isEmpty() ? "" : "<span class=\"flag missing\">missing</span>";
            }
        }
        if (c.state() == Outdated.State.SAME && c.then() == 0) return "<td></td>";
        StringBuilder sb = new StringBuilder("<td lang=\"").append(esc(l.tag())).append('"')
                .append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>').append(flag);
        block.ifPresent(x -> {
            if (x.kind() != Block.Kind.PARAGRAPH) sb.append("<small>").append(esc(x.kind().name().toLowerCase(Locale.ROOT))).append("</small> ");
            sb.append(esc(x.text()));
            // The translation's own number, when it is not the source's (after an inserted or removed paragraph).
            if (x.index() != now) sb.append(" <small class=\"tn\">(").append(esc(l.code())).append(" #").append(x.index()).append(")</small>");
        });
        return sb.append("</td>").toString();
    }

    /** The words of {@code now}, with those not in {@code old} marked inserted and those gone marked deleted. */
    static String wordDiff(String old, String now) {
        List<String> a = tokens(old);
        List<String> b = tokens(now);
        StringBuilder sb = new StringBuilder();
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        for (Lcs.Step s : Lcs.align(a, b)) {
            switch (s.kind()) {
                case REMOVED -> del.append(a.get(s.a()));
                case ADDED -> ins.append(b.get(s.b()));
                case SAME -> {
                    flushWords(sb, del, ins);
                    sb.append(esc(a.get(s.a())));
                }
            }
        }
        flushWords(sb, del, ins);
        return sb.toString();
    }

    private static void flushWords(StringBuilder sb, StringBuilder del, StringBuilder ins) {
        if (del.length() > 0) sb.append("<del>").append(esc(del.toString())).append("</del>");
        if (ins.length() > 0) sb.append("<ins>").append(esc(ins.toString())).append("</ins>");
        del.setLength(0);
        ins.setLength(0);
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORDS.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static String langName(List<Language> languages, String code) {
        return languages.stream().filter(l -> l.code().equals(code)).map(Language::name).findFirst().orElse(code);
    }
}
