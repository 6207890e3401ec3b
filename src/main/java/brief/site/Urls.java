package brief.site;

import brief.config.SiteConfig;
import java.util.Map;

/**
 * Every URL of the site, from the URL scheme of site.yaml. Links are paths that start with the base path
 * ("/briefings/en/summits/x/"), so the site works from a sub-folder; {@link #absolute} adds the host for
 * feeds, sitemaps and canonical links.
 */
public final class Urls {
    private final SiteConfig config;
    private final String base;
    private final Map<String, Map<String, String>> articleSlugs;
    /**
     * Section paths ("/briefings/en/summits/") by language and section, and article URLs by id and language,
     * made once: pages ask for tens of thousands of URLs, and building each again showed in the profile.
     */
    private final Map<String, Map<String, String>> sections = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> articles = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param articleSlugs article id → language → slug */
    public Urls(SiteConfig config, Map<String, Map<String, String>> articleSlugs) {
        this.config = config;
        this.base = config.basePath();
        this.articleSlugs = new java.util.HashMap<>(articleSlugs);
    }

    public String root() {
        return base;
    }

    public String home(String lang) {
        return base + lang + "/";
    }

    public String section(String section, String lang) {
        return sections.computeIfAbsent(lang, l -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(section, x -> home(lang) + config.section(section, lang) + "/");
    }

    public String article(String lang, String id) {
        Map<String, String> slugs = articleSlugs.get(id);
        if (slugs == null) throw new NullPointerException("no article '" + id + "'");
        return articles.computeIfAbsent(id, x -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(lang, l -> section("articles", lang) + slugs.get(lang) + "/");
    }

    public String articleSlug(String lang, String id) {
        return articleSlugs.get(id).get(lang);
    }

    public boolean hasArticle(String id) {
        return articleSlugs.containsKey(id);
    }

    public String summit(String lang, String id) {
        return section("summits", lang) + id + "/";
    }

    public String leader(String lang, String id) {
        return section("leaders", lang) + id + "/";
    }

    /** A topic's page: /vi/chu-de/thuong-mai/, its name in the language as the last segment. */
    public String topic(String lang, brief.annotations.Topic t) {
        return section("topics", lang) + t.slug(lang, config.sourceLanguage().code()) + "/";
    }

    public String chronology(String lang) {
        return section("chronology", lang);
    }

    public String search(String lang) {
        return section("search", lang);
    }

    public String feed(String lang) {
        return home(lang) + "atom.xml";
    }

    public String summitFeed(String lang, String id) {
        return summit(lang, id) + "atom.xml";
    }

    /** A page of the site's own (content/pages/&lt;id&gt;), e.g. /en/about/. */
    public String page(String lang, String id) {
        return home(lang) + id + "/";
    }

    public String asset(String path) {
        return base + "assets/" + path;
    }

    public String absolute(String path) {
        String origin = config.baseUrl().substring(0, config.baseUrl().length() - base.length());
        return origin + path;
    }

    /** The file a URL is written to, relative to the output folder. */
    public String file(String url) {
        String rel = url.substring(base.length());
        return rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
    }
}
