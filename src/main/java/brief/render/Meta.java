package brief.render;

import brief.i18n.Language;
import brief.site.SiteModel;
import brief.site.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a page says about itself to machines: JSON-LD (its main entity and breadcrumbs) and the Open Graph
 * and Twitter card meta that link previews read. Added to every page's view by the renderer.
 */
final class Meta {
    private Meta() {}

    static void add(SiteModel m, Views v, Map<String, Object> page, String lang, String kind) {
        JsonLd ld = new JsonLd(m, v);
        String id = String.valueOf(page.getOrDefault("id", ""));
        Map<String, Object> entity = switch (kind) {
            case "article" -> ld.newsArticle(m.articlesById().get(id), lang);
            case "summit" -> ld.event(m.summits().get(id), lang);
            case "leader" -> ld.person(m.leaders().get(id), lang);
            case "home" -> Views.map("@type", "WebSite", "name", m.config().title().or(lang, m.sourceLang()),
                    "url", m.urls().absolute(m.urls().home(lang)), "inLanguage", tag(m, lang),
                    "publisher", ld.publisher(lang));
            default -> null;
        };
        List<Map<String, Object>> crumbs = crumbs(m, page, lang, kind);
        page.put("crumbs", crumbs);
        page.put("jsonld", JsonLd.script(JsonLd.graph(entity, ld.breadcrumbs(crumbs))));

        Map<String, Object> og = Views.map("type", kind.equals("article") ? "article" : kind.equals("leader") ? "profile" : "website",
                "title", String.valueOf(page.get("title")), "description", String.valueOf(page.get("description")),
                "url", String.valueOf(page.get("canonical")), "siteName", m.config().title().or(lang, m.sourceLang()),
                "locale", tag(m, lang).replace('-', '_'));
        List<String> others = new ArrayList<>();
        for (Language l : m.languages()) if (!l.code().equals(lang)) others.add(l.tag().replace('-', '_'));
        og.put("localeAlternates", others);
        og.put("published", kind.equals("article") ? String.valueOf(page.get("iso")) : "");
        og.put("image", shareImage(m, kind.equals("article") ? m.articlesById().get(id) : null, lang));
        page.put("og", og);
    }

    /**
     * The picture a link preview shows: the article's lead photo cropped to 1200×630, else the site's
     * share_image; empty when there is neither.
     */
    static Map<String, Object> shareImage(SiteModel m, brief.content.Article a, String lang) {
        java.util.Optional<brief.photo.Photo> lead = a == null ? java.util.Optional.empty() : a.lead(lang);
        java.util.Optional<brief.photo.Photo> p = lead.isPresent() ? lead : m.config().shareImage();
        if (p.isEmpty()) return Map.of();
        brief.photo.Photo.Variant v = p.get().share();
        return Views.map("url", m.urls().absolute(m.urls().root() + v.path()), "width", v.width(), "height", v.height());
    }

    /** Home, then the section, then whatever the page nests under (a briefing under its summit), then itself. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> crumbs(SiteModel m, Map<String, Object> page, String lang, String kind) {
        Urls u = m.urls();
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(Views.map("name", m.config().title().or(lang, m.sourceLang()), "url", u.home(lang)));
        String section = switch (kind) {
            case "articles", "article" -> "articles";
            case "summits", "summit", "briefing" -> "summits";
            case "leaders", "leader" -> "leaders";
            case "topics", "topic" -> "topics";
            case "chronology", "chronology-filter" -> "chronology";
            case "search" -> "search";
            default -> null;
        };
        if (section == null) {
            // A page of the site's own (About, accessibility) hangs from the home page.
            if (kind.equals("page")) out.add(Views.map("name", String.valueOf(page.get("title")), "url", String.valueOf(page.get("url"))));
            return out;
        }
        String sectionUrl = section.equals("chronology") ? u.chronology(lang) : u.section(section, lang);
        out.add(Views.map("name", m.strings().t(lang, "nav." + section), "url", sectionUrl));
        if (sectionUrl.equals(page.get("url"))) return out;
        Object parents = page.get("parentCrumbs");
        if (parents instanceof List<?> list) out.addAll((List<Map<String, Object>>) list);
        out.add(Views.map("name", String.valueOf(page.get("title")), "url", String.valueOf(page.get("url"))));
        return out;
    }

    private static String tag(SiteModel m, String lang) {
        return m.config().language(lang).map(Language::tag).orElse(lang);
    }
}
