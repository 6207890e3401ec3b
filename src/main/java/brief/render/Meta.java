package brief.render;

import brief.i18n.Language;
import brief.plan.PageKey;
import brief.plan.PageKind;
import brief.site.SiteModel;
import brief.site.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a page says about itself to machines: JSON-LD (its main entity and breadcrumbs) and the Open Graph
 * and Twitter card meta that link previews read, with the head links every page has. Made into each page's
 * {@link PageView.Head} by {@link Heads}.
 */
final class Meta {
    private Meta() {}

    /**
     * Makes the head of one page (its key, language and URL known) once the page's builder knows its title and
     * description: a page's builder calls it, so that a page view is made whole, never completed afterwards.
     */
    static final class Heads {
        private final SiteModel m;
        private final Views v;
        private final PageKey key;
        private final String lang;
        private final String url;
        private final Function<String, String> urlIn;

        Heads(SiteModel m, Views v, PageKey key, String lang, String url, Function<String, String> urlIn) {
            this.m = m;
            this.v = v;
            this.key = key;
            this.lang = lang;
            this.url = url;
            this.urlIn = urlIn;
        }

        /** The head of a page described as the site is (site.yaml's description). */
        PageView.Head of(String title) {
            return of(title, m.config().description().or(lang, m.sourceLang()));
        }

        PageView.Head of(String title, String description) {
            Urls u = m.urls();
            String canonical = u.absolute(url);
            List<Items.Alternate> alternates = new ArrayList<>();
            for (Language l : m.languages()) alternates.add(new Items.Alternate(l.tag(), u.absolute(urlIn.apply(l.code()))));
            List<Items.Crumb> crumbs = crumbs(m, v, key, lang, title, url);
            return new PageView.Head(key.kind().label, key.id(), title, description, url, canonical,
                    v.languages(lang, urlIn), alternates, u.absolute(urlIn.apply(m.sourceLang())), crumbs,
                    jsonld(m, v, key, lang, crumbs), og(m, key, lang, title, description, canonical));
        }
    }

    /** The JSON-LD script of a page: its main entity (an article, a summit, a leader, the site), its breadcrumbs. */
    private static String jsonld(SiteModel m, Views v, PageKey key, String lang, List<Items.Crumb> crumbs) {
        JsonLd ld = new JsonLd(m, v);
        String id = key.id();
        Map<String, Object> entity = switch (key.kind()) {
            case ARTICLE -> ld.newsArticle(m.articlesById().get(id), lang);
            case SUMMIT -> ld.event(m.summits().get(id), lang);
            case LEADER -> ld.person(m.leaders().get(id), lang);
            case HOME -> JsonLd.map("@type", "WebSite", "name", m.config().title().or(lang, m.sourceLang()),
                    "url", m.urls().absolute(m.urls().home(lang)), "inLanguage", tag(m, lang),
                    "publisher", ld.publisher(lang));
            default -> null;
        };
        return JsonLd.script(JsonLd.graph(entity, ld.breadcrumbs(crumbs)));
    }

    private static Items.OpenGraph og(SiteModel m, PageKey key, String lang, String title, String description,
                                      String canonical) {
        boolean article = key.kind() == PageKind.ARTICLE;
        List<String> others = new ArrayList<>();
        for (Language l : m.languages()) if (!l.code().equals(lang)) others.add(l.tag().replace('-', '_'));
        brief.content.Article a = article ? m.articlesById().get(key.id()) : null;
        return new Items.OpenGraph(article ? "article" : key.kind() == PageKind.LEADER ? "profile" : "website",
                title, description, canonical, m.config().title().or(lang, m.sourceLang()),
                tag(m, lang).replace('-', '_'), others, article ? a.date().iso() : "", shareImage(m, a, lang));
    }

    /**
     * The picture a link preview shows: the article's lead photo cropped to 1200×630, else the site's
     * share_image; null when there is neither.
     */
    static Items.ShareImage shareImage(SiteModel m, brief.content.Article a, String lang) {
        java.util.Optional<brief.photo.Photo> lead = a == null ? java.util.Optional.empty() : a.lead(lang);
        java.util.Optional<brief.photo.Photo> p = lead.isPresent() ? lead : m.config().shareImage();
        if (p.isEmpty()) return null;
        brief.photo.Photo.Variant share = p.get().share();
        return new Items.ShareImage(m.urls().absolute(m.urls().root() + share.path()), share.width(), share.height());
    }

    /** Home, then the section, then whatever the page nests under (a briefing under its summit), then itself. */
    static List<Items.Crumb> crumbs(SiteModel m, Views v, PageKey key, String lang, String title, String url) {
        Urls u = m.urls();
        List<Items.Crumb> out = new ArrayList<>();
        out.add(new Items.Crumb(m.config().title().or(lang, m.sourceLang()), u.home(lang)));
        String section = switch (key.kind()) {
            case ARTICLES, ARTICLE -> "articles";
            case SUMMITS, SUMMIT, BRIEFING -> "summits";
            case LEADERS, LEADER -> "leaders";
            case TOPICS, TOPIC -> "topics";
            case CHRONOLOGY, CHRONOLOGY_FILTER -> "chronology";
            case SEARCH -> "search";
            default -> null;
        };
        if (section == null) {
            // A page of the site's own (About, accessibility) hangs from the home page.
            if (key.kind() == PageKind.PAGE) out.add(new Items.Crumb(title, url));
            return out;
        }
        String sectionUrl = section.equals("chronology") ? u.chronology(lang) : u.section(section, lang);
        out.add(new Items.Crumb(m.strings().t(lang, "nav." + section), sectionUrl));
        if (sectionUrl.equals(url)) return out;
        if (key.kind() == PageKind.BRIEFING) {
            brief.annotations.Summit su = m.summits().get(key.id());
            out.add(new Items.Crumb(v.text(su.name(), lang), u.summit(lang, su.id())));
        }
        out.add(new Items.Crumb(title, url));
        return out;
    }

    private static String tag(SiteModel m, String lang) {
        return m.config().language(lang).map(Language::tag).orElse(lang);
    }
}
