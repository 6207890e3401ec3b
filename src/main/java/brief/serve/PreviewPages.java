package brief.serve;

import brief.check.Outdated;
import brief.content.Article;
import brief.content.ArticleText;
import brief.content.Block;
import brief.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The preview-only pages: {@code /_changes/} (what the edits change compared with the published site) and
 * {@code /_review/<article>/} (source and translations side by side). Plain HTML with inline style, every
 * text escaped; they are never written by {@code brief build}.
 */
final class PreviewPages {
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
                + ".outdated{background:#fff3cd}.missing{background:#f8d7da}.num{color:#666;width:3rem}</style>\n"
                + "</head>\n<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
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

    static String changes(SiteDiff.Report r, String note, String base) {
        StringBuilder b = new StringBuilder("<h1>What changed</h1>\n<p>Comparing <code>" + esc(r.before())
                + "</code> with <code>" + esc(r.after()) + "</code>. " + esc(note) + "</p>\n");
        if (r.isEmpty()) b.append("<p>No page changed.</p>\n");
        for (SiteDiff.Group g : r.groups()) {
            if (g.isEmpty()) continue;
            b.append("<section>\n<h2>").append(g.lang().isEmpty() ? "Other files" : "Language " + esc(g.lang()))
                    .append("</h2>\n<p>").append(g.added().size()).append(" added, ").append(g.removed().size())
                    .append(" removed, ").append(g.changed().size()).append(" changed</p>\n<ul>\n");
            for (String p : g.added()) b.append("<li>added <a href=\"").append(esc(link(base, p))).append("\">")
                    .append(esc(p)).append("</a></li>\n");
            for (String p : g.removed()) b.append("<li>removed ").append(esc(p)).append("</li>\n");
            for (SiteDiff.Changed c : g.changed()) {
                b.append("<li>changed <a href=\"").append(esc(link(base, c.path()))).append("\">").append(esc(c.path()))
                        .append("</a>").append(c.diff().isEmpty() ? " (markup only)" : "").append("</li>\n");
            }
            b.append("</ul>\n");
            for (SiteDiff.Changed c : g.changed()) {
                if (c.diff().isEmpty()) continue;
                b.append("<h3>").append(esc(c.path())).append("</h3>\n<pre>");
                for (String line : c.diff().split("\n")) {
                    String cls = line.startsWith("+") && !line.startsWith("+++") ? "add"
                            : line.startsWith("-") && !line.startsWith("---") ? "del" : "";
                    b.append(cls.isEmpty() ? "" : "<span class=\"" + cls + "\">").append(esc(line))
                            .append(cls.isEmpty() ? "" : "</span>").append('\n');
                }
                b.append("</pre>\n");
            }
            b.append("</section>\n");
        }
        return page("What changed", b.toString());
    }

    /** A link from the report to the page in the preview. */
    private static String link(String base, String path) {
        return base + path.replaceFirst("index\\.html$", "");
    }

    static String reviewIndex(List<Article> articles, String sourceLang) {
        StringBuilder b = new StringBuilder("<h1>Review translations</h1>\n<ul>\n");
        for (Article a : articles) {
            b.append("<li><a href=\"/_review/").append(esc(a.id())).append("/\">").append(esc(a.source().title()))
                    .append("</a> <code>").append(esc(a.id())).append("</code>").append(a.draft() ? " (draft)" : "")
                    .append(a.embargo().map(e -> " (embargo: " + brief.site.HeldBack.MOMENT.format(e) + ")").orElse(""))
                    .append("</li>\n");
        }
        return page("Review", b.append("</ul>\n").toString());
    }

    /** Source and translations side by side, block by block; blocks align by their index. */
    static String review(Article a, List<Language> languages) {
        ArticleText src = a.source();
        List<Language> others = languages.stream().filter(l -> !l.code().equals(a.sourceLang())).toList();
        List<String> notes = new ArrayList<>();
        List<Optional<Set<Integer>>> outdated = new ArrayList<>();
        int rows = src.body().blocks().size();
        for (Language l : others) {
            Optional<ArticleText> t = a.in(l.code());
            if (t.isEmpty()) {
                notes.add(l.name() + ": missing translation (no " + l.code() + ".md)");
                outdated.add(Optional.empty());
                continue;
            }
            rows = Math.max(rows, t.get().body().blocks().size());
            Set<Integer> changed = Outdated.of(a, t.get()).map(o -> Set.copyOf(o.changed())).orElse(Set.of());
            if (t.get().translatedFrom().isEmpty()) notes.add(l.name() + ": not stamped (no translated_from), so "
                    + "outdated paragraphs cannot be told; run 'brief stamp' after checking it");
            else if (!changed.isEmpty()) notes.add(l.name() + ": " + changed.size() + " paragraph(s) changed in the "
                    + "source since the translation was made");
            outdated.add(Optional.of(changed));
        }
        StringBuilder b = new StringBuilder("<h1>").append(esc(src.title())).append("</h1>\n<p><code>")
                .append(esc(a.id())).append("</code>").append(a.draft() ? " · draft" : "")
                .append(a.embargo().map(e -> " · embargo: " + brief.site.HeldBack.MOMENT.format(e)).orElse("")).append("</p>\n");
        if (!notes.isEmpty()) {
            b.append("<ul>\n");
            notes.forEach(n -> b.append("<li>").append(esc(n)).append("</li>\n"));
            b.append("</ul>\n");
        }
        b.append("<table>\n<thead><tr><th class=\"num\">#</th><th lang=\"").append(esc(a.sourceLang())).append("\">")
                .append(esc(langName(languages, a.sourceLang()))).append(" (source)</th>");
        for (Language l : others) b.append("<th lang=\"").append(esc(l.tag())).append("\">").append(esc(l.name())).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        b.append("<tr><td class=\"num\">title</td><td>").append(esc(src.title())).append("</td>");
        for (Language l : others) {
            b.append(a.in(l.code()).map(t -> "<td>" + esc(t.title()) + "</td>")
                    .orElse("<td class=\"missing\"><span class=\"flag missing\">missing</span></td>"));
        }
        b.append("</tr>\n");
        for (int row = 0; row < rows; row++) {
            final int i = row;
            final int n = row + 1;
            b.append("<tr id=\"p-").append(n).append("\"><td class=\"num\">").append(n).append("</td>")
                    .append(cell(block(src, i), false, false));
            for (int k = 0; k < others.size(); k++) {
                Optional<ArticleText> t = a.in(others.get(k).code());
                Optional<Block> blk = t.flatMap(x -> block(x, i));
                boolean missing = t.isEmpty() || blk.isEmpty() && i < src.body().blocks().size();
                boolean old = outdated.get(k).map(s -> s.contains(n)).orElse(false);
                b.append(cell(blk, missing, old));
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        return page("Review " + a.id(), b.toString());
    }

    private static Optional<Block> block(ArticleText t, int i) {
        List<Block> blocks = t.body().blocks();
        return i < blocks.size() ? Optional.of(blocks.get(i)) : Optional.empty();
    }

    private static String cell(Optional<Block> b, boolean missing, boolean outdated) {
        String cls = missing ? "missing" : outdated ? "outdated" : "";
        StringBuilder sb = new StringBuilder("<td").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>');
        if (missing) sb.append("<span class=\"flag missing\">missing</span> ");
        if (outdated) sb.append("<span class=\"flag outdated\">outdated</span> ");
        b.ifPresent(x -> sb.append(x.kind() == Block.Kind.PARAGRAPH ? "" : "<small>" + esc(x.kind().name().toLowerCase(java.util.Locale.ROOT)) + "</small> ")
                .append(esc(x.text())));
        return sb.append("</td>").toString();
    }

    private static String langName(List<Language> languages, String code) {
        return languages.stream().filter(l -> l.code().equals(code)).map(Language::name).findFirst().orElse(code);
    }
}
