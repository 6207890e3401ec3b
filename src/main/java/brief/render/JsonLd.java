package brief.render;

import brief.annotations.Leader;
import brief.annotations.Summit;
import brief.content.Article;
import brief.content.ArticleText;
import brief.i18n.Language;
import brief.site.SiteModel;
import brief.site.Urls;
import brief.yaml.Fields.Ref;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Structured data (schema.org as JSON-LD) for search engines and link previews: NewsArticle on article pages,
 * Event on summit pages, Person on leader pages, and a BreadcrumbList on every page. Maps keep insertion
 * order, so the JSON is byte-identical from build to build.
 */
final class JsonLd {
    /**
     * Jackson's mapper, for values {@link #write} does not write itself (none that brief makes): made on first
     * use, since making one cost a cold build about a tenth of a second of CPU.
     */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    private final SiteModel m;
    private final Views v;

    JsonLd(SiteModel m, Views v) {
        this.m = m;
        this.v = v;
    }

    /**
     * A JSON object with its keys in the order given. JSON-LD stays maps, unlike the views templates read: it is a
     * JSON document in schema.org's vocabulary ("@type", "@id"), whose optional keys are present or absent rather
     * than empty, written by Jackson in insertion order.
     */
    static Map<String, Object> map(Object... kv) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) out.put((String) kv[i], kv[i + 1]);
        return out;
    }

    /** The JSON text to put inside a script element: "&lt;/" is escaped so the text cannot close the element. */
    static String script(Object value) {
        StringBuilder out = new StringBuilder(2048);
        write(out, value);
        return out.toString();
    }

    /**
     * Writes maps, lists, strings and integers as Jackson's default generator writes them (keys in the maps'
     * order, nulls kept, strings escaped as {@link #string} says), with "&lt;/" as "&lt;\/"; anything else is
     * handed to Jackson. A generator and a copy of the whole text for the "&lt;/" per page were half of the
     * JSON-LD's cost.
     */
    private static void write(StringBuilder out, Object v) {
        if (v instanceof String s) {
            string(out, s);
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new IllegalStateException("JSON-LD keys are strings, not " + e.getKey());
                }
                if (!first) out.append(',');
                first = false;
                string(out, key);
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (v instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) out.append(',');
                write(out, l.get(i));
            }
            out.append(']');
        } else if (v == null) {
            out.append("null");
        } else if (v instanceof Integer || v instanceof Long) {
            out.append(v);
        } else {
            try {
                out.append(Mapper.JSON.writeValueAsString(v).replace("</", "<\\/"));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("JSON-LD of plain values cannot fail to serialise", e);
            }
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * A JSON string as Jackson writes it by default: a quote and a backslash escaped with a backslash, control
     * characters as backslash n, r, t, b, f or a backslash-u code with two zeros and two capital hex digits,
     * everything else as it is; and a "/" after a "&lt;" escaped with a backslash, so that the text cannot close
     * its script element.
     */
    static void string(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        int plain = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && (c != '/' || i == 0 || s.charAt(i - 1) != '<')) continue;
            out.append(s, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '/' -> out.append("\\/");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(s, plain, n).append('"');
    }

    /** The site's publisher: the site itself, in a language. */
    Map<String, Object> publisher(String lang) {
        return map("@type", "Organization", "name", m.config().title().or(lang, m.sourceLang()),
                "url", abs(m.urls().home(lang)));
    }

    Map<String, Object> newsArticle(Article a, String lang) {
        Urls u = m.urls();
        ArticleText src = a.source();
        Optional<ArticleText> text = a.in(lang);
        String url = abs(u.article(lang, a.id()));
        Map<String, Object> out = map("@type", "NewsArticle", "@id", url + "#article", "url", url,
                "mainEntityOfPage", url, "headline", headline(v.title(a, lang)),
                "inLanguage", text.isPresent() ? tag(lang) : tag(a.sourceLang()),
                "datePublished", a.date().iso(), "dateModified", a.date().iso());
        text.flatMap(ArticleText::summary).ifPresent(s -> out.put("description", s));
        a.lead(lang).ifPresent(p -> {
            List<Object> images = new ArrayList<>();
            for (brief.photo.Photo.Variant img : List.of(p.share(), p.largest())) {
                images.add(map("@type", "ImageObject", "url", abs(u.root() + img.path()),
                        "width", img.width(), "height", img.height()));
            }
            out.put("image", images);
        });
        List<Object> authors = new ArrayList<>();
        src.byline().ifPresent(b -> authors.add(map("@type", "Person", "name", b)));
        if (!src.outlet().isEmpty()) authors.add(map("@type", "Organization", "name", v.text(src.outlet(), lang)));
        if (!authors.isEmpty()) out.put("author", authors);
        if (!src.agency().isEmpty()) out.put("sourceOrganization", map("@type", "Organization", "name", v.text(src.agency(), lang)));
        out.put("publisher", publisher(lang));
        List<Object> about = new ArrayList<>();
        for (Ref r : src.summits()) about.add(ref("Event", u.summit(lang, r.id()), v.text(m.summits().get(r.id()).name(), lang)));
        if (!about.isEmpty()) out.put("about", about);
        List<Object> mentions = new ArrayList<>();
        for (Ref r : src.leaders()) mentions.add(ref("Person", u.leader(lang, r.id()), v.text(m.leaders().get(r.id()).name(), lang)));
        if (!mentions.isEmpty()) out.put("mentions", mentions);
        if (text.isPresent() && !lang.equals(a.sourceLang())) {
            String srcUrl = abs(u.article(a.sourceLang(), a.id()));
            out.put("translationOfWork", map("@type", "NewsArticle", "@id", srcUrl + "#article", "url", srcUrl,
                    "headline", headline(src.title()), "inLanguage", tag(a.sourceLang())));
        }
        if (lang.equals(a.sourceLang())) {
            List<Object> translations = new ArrayList<>();
            for (Language other : m.languages()) {
                if (other.code().equals(lang)) continue;
                a.in(other.code()).ifPresent(t -> {
                    String tu = abs(u.article(other.code(), a.id()));
                    translations.add(map("@type", "NewsArticle", "@id", tu + "#article", "url", tu,
                            "headline", headline(t.title()), "inLanguage", other.tag()));
                });
            }
            if (!translations.isEmpty()) out.put("workTranslation", translations);
        }
        return out;
    }

    Map<String, Object> event(Summit s, String lang) {
        Urls u = m.urls();
        String url = abs(u.summit(lang, s.id()));
        Map<String, Object> out = map("@type", "Event", "@id", url + "#event", "url", url,
                "name", v.text(s.name(), lang), "inLanguage", tag(lang),
                "startDate", s.start().iso(), "endDate", s.end().iso(),
                "eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode",
                "eventStatus", "https://schema.org/EventScheduled");
        String summary = v.text(s.summary(), lang);
        if (!summary.isEmpty()) out.put("description", summary);
        Map<String, Object> address = map("@type", "PostalAddress");
        String city = v.text(s.city(), lang);
        if (!city.isEmpty()) address.put("addressLocality", city);
        s.country().ifPresent(c -> address.put("addressCountry", c));
        String venue = v.text(s.venue(), lang);
        String placeName = venue.isEmpty() ? v.place(s, lang) : venue;
        out.put("location", map("@type", "Place", "name", placeName, "address", address));
        String host = v.text(s.host(), lang);
        if (!host.isEmpty()) out.put("organizer", map("@type", "Organization", "name", host));
        s.parent().map(p -> m.summits().get(p.id())).ifPresent(p ->
                out.put("superEvent", ref("Event", u.summit(lang, p.id()), v.text(p.name(), lang))));
        List<Object> subs = new ArrayList<>();
        for (Summit c : m.childSummits().getOrDefault(s.id(), List.of())) {
            subs.add(ref("Event", u.summit(lang, c.id()), v.text(c.name(), lang)));
        }
        if (!subs.isEmpty()) out.put("subEvent", subs);
        List<Object> people = new ArrayList<>();
        for (Ref r : s.participants()) people.add(ref("Person", u.leader(lang, r.id()), v.text(m.leaders().get(r.id()).name(), lang)));
        if (!people.isEmpty()) out.put("attendee", people);
        return out;
    }

    Map<String, Object> person(Leader le, String lang) {
        Urls u = m.urls();
        String url = abs(u.leader(lang, le.id()));
        Map<String, Object> out = map("@type", "Person", "@id", url + "#person", "url", url,
                "name", v.text(le.name(), lang));
        List<String> other = new ArrayList<>();
        for (Language l : m.languages()) {
            for (String n : le.namesIn(l.code())) {
                if (!n.equals(v.text(le.name(), lang)) && !other.contains(n)) other.add(n);
            }
        }
        if (!other.isEmpty()) out.put("alternateName", other);
        // The titles held now; for someone who holds none, the last one as former, never as if current.
        List<String> titles = le.openRoles().stream().map(r -> v.text(r.title(), lang)).toList();
        String title = titles.isEmpty() ? v.standing(le, lang) : String.join("; ", titles);
        if (!title.isEmpty()) out.put("jobTitle", title);
        out.put("nationality", map("@type", "Country", "name", v.country(le.country(), lang)));
        String bio = v.text(le.bio(), lang);
        if (!bio.isEmpty()) out.put("description", bio);
        return out;
    }

    /** A BreadcrumbList from (name, path) pairs, home first. */
    Map<String, Object> breadcrumbs(List<Items.Crumb> crumbs) {
        List<Object> items = new ArrayList<>();
        int i = 1;
        for (Items.Crumb c : crumbs) {
            items.add(map("@type", "ListItem", "position", i++, "name", c.name(), "item", abs(c.url())));
        }
        return map("@type", "BreadcrumbList", "itemListElement", items);
    }

    /** One script's worth: the page's main entity (if any) and its breadcrumbs. */
    static Map<String, Object> graph(Map<String, Object> entity, Map<String, Object> crumbs) {
        List<Object> g = new ArrayList<>();
        if (entity != null) g.add(entity);
        g.add(crumbs);
        return map("@context", "https://schema.org", "@graph", g);
    }

    private Map<String, Object> ref(String type, String path, String name) {
        String url = abs(path);
        String suffix = switch (type) {
            case "Event" -> "#event";
            case "Person" -> "#person";
            default -> "";
        };
        return map("@type", type, "@id", url + suffix, "name", name, "url", url);
    }

    private String abs(String path) {
        return m.urls().absolute(path);
    }

    private String tag(String lang) {
        return m.config().language(lang).map(Language::tag).orElse(lang);
    }

    /** Google shows at most 110 characters of a headline; cut at a word rather than mid-word. */
    static String headline(String title) {
        if (title.length() <= 110) return title;
        int cut = title.lastIndexOf(' ', 109);
        return title.substring(0, cut > 40 ? cut : 109) + "…";
    }
}
