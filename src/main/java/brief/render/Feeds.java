package brief.render;

import brief.content.Article;
import brief.content.ArticleText;
import brief.content.Block;
import brief.i18n.Language;
import brief.site.SiteModel;
import brief.site.Urls;
import java.time.LocalDate;
import java.util.List;

/**
 * Atom feeds (RFC 4287): one per language and one per summit per language. Every URL is absolute, and the
 * feed's {@code updated} is the newest article's date, never the clock, so the same sources give the same
 * bytes. Entries come in the model's order: newest first, then by id; at most {@link #MAX_ENTRIES}.
 */
final class Feeds {
    /** Feed readers poll often and keep what they saw: the newest entries are enough, and keep the file small. */
    static final int MAX_ENTRIES = 50;

    private final SiteModel m;
    private final Views v;

    Feeds(SiteModel m, Views v) {
        this.m = m;
        this.v = v;
    }

    /**
     * @param feedUrl   the feed's own URL (a path; made absolute here)
     * @param pageUrl   the HTML page the feed stands for
     * @param fallback  the feed's date when it has no entry
     */
    String atom(String lang, String feedUrl, String pageUrl, String title, List<Article> articles, LocalDate fallback) {
        Urls u = m.urls();
        Language language = m.config().language(lang).orElseThrow();
        LocalDate updated = articles.stream().map(a -> a.date().start()).max(LocalDate::compareTo).orElse(fallback);
        String siteTitle = m.config().title().or(lang, m.sourceLang());
        StringBuilder b = new StringBuilder(4096);
        b.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        b.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Escape.xml(language.tag())).append("\">\n");
        b.append("  <id>").append(Escape.xml(u.absolute(feedUrl))).append("</id>\n");
        b.append("  <title>").append(Escape.xml(title)).append("</title>\n");
        String subtitle = m.config().description().or(lang, m.sourceLang());
        if (!subtitle.isEmpty()) b.append("  <subtitle>").append(Escape.xml(subtitle)).append("</subtitle>\n");
        b.append("  <updated>").append(stamp(updated)).append("</updated>\n");
        b.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Escape.xml(u.absolute(feedUrl))).append("\"/>\n");
        b.append("  <link rel=\"alternate\" type=\"text/html\" hreflang=\"").append(Escape.xml(language.tag()))
                .append("\" href=\"").append(Escape.xml(u.absolute(pageUrl))).append("\"/>\n");
        b.append("  <author><name>").append(Escape.xml(siteTitle)).append("</name><uri>")
                .append(Escape.xml(u.absolute(u.home(lang)))).append("</uri></author>\n");
        b.append("  <generator>brief</generator>\n");
        articles.stream().limit(MAX_ENTRIES).forEach(a -> entry(b, a, lang, language));
        b.append("</feed>\n");
        return b.toString();
    }

    private void entry(StringBuilder b, Article a, String lang, Language language) {
        Urls u = m.urls();
        boolean translated = a.in(lang).isPresent();
        ArticleText text = a.in(lang).orElse(a.source());
        String textLang = translated ? language.tag() : m.config().sourceLanguage().tag();
        String url = u.absolute(u.article(lang, a.id()));
        b.append("  <entry").append(translated ? "" : " xml:lang=\"" + Escape.xml(textLang) + "\"").append(">\n");
        b.append("    <id>").append(Escape.xml(url)).append("</id>\n");
        b.append("    <title>").append(Escape.xml(v.title(a, lang))).append("</title>\n");
        b.append("    <link rel=\"alternate\" type=\"text/html\" hreflang=\"").append(Escape.xml(language.tag()))
                .append("\" href=\"").append(Escape.xml(url)).append("\"/>\n");
        for (Language other : m.languages()) {
            if (other.code().equals(lang) || a.in(other.code()).isEmpty()) continue;
            b.append("    <link rel=\"alternate\" type=\"text/html\" hreflang=\"").append(Escape.xml(other.tag()))
                    .append("\" href=\"").append(Escape.xml(u.absolute(u.article(other.code(), a.id())))).append("\"/>\n");
        }
        b.append("    <published>").append(stamp(a.date().start())).append("</published>\n");
        b.append("    <updated>").append(stamp(a.date().start())).append("</updated>\n");
        String summary = text.summary().orElseGet(() -> firstParagraph(text));
        if (!summary.isEmpty()) b.append("    <summary>").append(Escape.xml(summary)).append("</summary>\n");
        for (brief.yaml.Fields.Ref r : a.source().topics()) {
            brief.annotations.Topic topic = m.topics().get(r.id());
            if (topic == null) continue;
            b.append("    <category term=\"").append(Escape.xml(topic.id())).append("\" label=\"")
                    .append(Escape.xml(v.text(topic.name(), lang))).append("\"/>\n");
        }
        b.append("  </entry>\n");
    }

    private static String firstParagraph(ArticleText t) {
        return t.body().blocks().stream().filter(x -> x.kind() == Block.Kind.PARAGRAPH).map(Block::text)
                .findFirst().orElse("");
    }

    /** RFC 3339 at midnight UTC: articles carry a date, not a time. */
    static String stamp(LocalDate d) {
        return d + "T00:00:00Z";
    }
}
