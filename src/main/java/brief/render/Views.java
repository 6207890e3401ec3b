package brief.render;

import brief.annotations.Event;
import brief.annotations.Figure;
import brief.annotations.Leader;
import brief.annotations.SourceQuote;
import brief.annotations.Summit;
import brief.check.FigureRule;
import brief.content.Outdated;
import brief.content.Article;
import brief.content.ArticleText;
import brief.content.Block;
import brief.content.Passages;
import brief.i18n.FlexDate;
import brief.i18n.Language;
import brief.i18n.LocalizedText;
import brief.i18n.Strings;
import brief.site.ChronoEntry;
import brief.site.SiteModel;
import brief.site.Urls;
import brief.yaml.Fields.Ref;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the model into what templates print, in one language: text already chosen for the language,
 * dates and numbers already formatted, URLs already built. Templates hold no logic beyond layout.
 */
public final class Views {
    private final SiteModel m;
    private final Urls urls;
    private final Strings s;

    /** Events by id: a chronology page looks up each of its events, so a scan per event grew with the square. */
    private final Map<String, Event> events = new java.util.HashMap<>();
    /** The block each event's source quotes, by event id: the same event is listed on many pages. */
    private final Map<String, Optional<Block>> eventSources = new java.util.concurrent.ConcurrentHashMap<>();

    /** What every page of a language says about the site (its title, section URLs…): the same record for all. */
    private final Map<String, PageView.Site> sites = new java.util.concurrent.ConcurrentHashMap<>();

    PageView.Site site(String lang, java.util.function.Supplier<PageView.Site> make) {
        return sites.computeIfAbsent(lang, l -> make.get());
    }

    /** Each article's related briefings: ranked once, printed in every language. */
    private final Map<String, List<Article>> related = new java.util.concurrent.ConcurrentHashMap<>();

    List<Article> related(Article a) {
        return related.computeIfAbsent(a.id(), id -> relatedIndex.get().of(a));
    }

    /** The numbers related articles are ranked by, made when first asked (the preview may render no article). */
    private final java.util.function.Supplier<Related.Index> relatedIndex;

    Views(SiteModel m) {
        this.m = m;
        this.urls = m.urls();
        this.s = m.strings();
        this.relatedIndex = Renderer.memo(() -> new Related.Index(m));
        for (Event ev : m.events()) events.putIfAbsent(ev.id(), ev);
    }

    String text(LocalizedText t, String lang) {
        return t.or(lang, m.sourceLang());
    }

    String date(FlexDate d, String lang) {
        return s.date(lang, d);
    }

    String dateRange(FlexDate start, FlexDate end, String lang) {
        if (start.equals(end)) return date(start, lang);
        return s.t(lang, "date.range", date(start, lang), date(end, lang));
    }

    /** What the preview's banner of an article under embargo says of the moment, in the page's language. */
    Items.Embargo embargo(java.time.OffsetDateTime until, String lang) {
        String offset = until.getOffset().equals(java.time.ZoneOffset.UTC) ? "" : until.getOffset().getId();
        return new Items.Embargo(date(FlexDate.of(until.toLocalDate()), lang),
                String.format(Locale.ROOT, "%02d:%02d", until.getHour(), until.getMinute()), "UTC" + offset);
    }

    /** Who publishes the site, in a language, for the header and footer; null when site.yaml names no one. */
    Items.Publisher publisher(String lang) {
        return m.config().publisher().map(p -> new Items.Publisher(text(p.name(), lang), p.emblem(),
                text(p.address(), lang), p.email(), p.phone().orElse(""),
                text(p.licence(), lang), p.licenceUrl().orElse(""))).orElse(null);
    }

    /** The site's own pages (About, accessibility…) that exist in a language: their titles and URLs. */
    List<Items.SitePageLink> sitePages(String lang) {
        return m.config().pages().stream().filter(p -> p.texts().containsKey(lang))
                .map(p -> new Items.SitePageLink(p.id(), p.texts().get(lang).title(), urls.page(lang, p.id()))).toList();
    }

    /** The publisher's palette as CSS declarations ("--accent: #1f3a60; …"); empty for the theme's own. */
    String colors() {
        StringBuilder sb = new StringBuilder();
        m.config().themeColors().forEach((k, v) -> sb.append("--").append(k.replace('_', '-')).append(": ").append(v).append("; "));
        return sb.toString().strip();
    }

    /** The title shown for an article in a language: its own, or the source's when not translated. */
    String title(Article a, String lang) {
        return a.in(lang).map(ArticleText::title).orElse(a.source().title());
    }

    /**
     * An article's list item in a language, made once: it is listed on the home page, the articles index, its
     * summits', leaders' and topics' pages and as a related briefing or a sequel on others' pages, and the
     * {@code {% once %}} fragment it is printed by compares it with the one it rendered (the same one, here).
     */
    Items.ArticleCard articleLink(Article a, String lang) {
        return articleCards.computeIfAbsent(lang, l -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(a.id(), id -> makeArticleLink(a, lang));
    }

    private final Map<String, Map<String, Items.ArticleCard>> articleCards = new java.util.concurrent.ConcurrentHashMap<>();

    private Items.ArticleCard makeArticleLink(Article a, String lang) {
        boolean translated = a.in(lang).isPresent();
        return new Items.ArticleCard(title(a, lang), urls.article(lang, a.id()), date(a.date(), lang),
                a.date().iso(), translated, translated ? lang : m.sourceLang(),
                a.in(lang).flatMap(ArticleText::summary).orElse(""),
                translated ? "" : s.t(lang, "article.untranslated.short"),
                a.lead(lang).map(p -> PhotoMarkup.listView(p, urls.root())).orElse(null));
    }

    List<Items.ArticleCard> articleLinks(List<Article> articles, String lang) {
        return articles.stream().map(a -> articleLink(a, lang)).toList();
    }

    /**
     * A summit's link in a language, made once: it is printed on the page of each of its articles (and twice more
     * where the article has a sequel), and its place's country name is looked up in the JDK's locale data.
     */
    Items.SummitLink summitLink(Summit su, String lang) {
        return summitLinks.computeIfAbsent(lang, l -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(su.id(), id -> makeSummitLink(su, lang));
    }

    private final Map<String, Map<String, Items.SummitLink>> summitLinks = new java.util.concurrent.ConcurrentHashMap<>();

    /** A summit's own articles in reading order, sorted once: each of them shows its neighbours, in every language. */
    List<Article> readingOrder(Summit su, java.util.function.Supplier<List<Article>> sort) {
        return readingOrders.computeIfAbsent(su.id(), id -> sort.get());
    }

    private final Map<String, List<Article>> readingOrders = new java.util.concurrent.ConcurrentHashMap<>();

    private Items.SummitLink makeSummitLink(Summit su, String lang) {
        return new Items.SummitLink(text(su.name(), lang), urls.summit(lang, su.id()),
                dateRange(su.start(), su.end(), lang), su.start().iso(), su.id(), place(su, lang));
    }

    String place(Summit su, String lang) {
        List<String> parts = new ArrayList<>();
        if (!su.venue().isEmpty()) parts.add(text(su.venue(), lang));
        if (!su.city().isEmpty()) parts.add(text(su.city(), lang));
        su.country().ifPresent(c -> parts.add(country(c, lang)));
        return String.join(", ", parts);
    }

    /** A country's name: the site's house style (site.yaml), else the theme's string, else the JDK's name. */
    String country(String code, String lang) {
        return m.config().countryName(code, lang).or(() -> s.raw(lang, "country." + code))
                .orElseGet(() -> brief.i18n.Countries.defaultName(code, s.locale(lang)));
    }

    /** A leader named on a given day: the link, and the title (or titles held together) they held that day. */
    Items.LeaderLink leaderLink(Leader l, String lang, Optional<LocalDate> on) {
        return new Items.LeaderLink(text(l.name(), lang), urls.leader(lang, l.id()), on.map(d -> titlesOn(l, d, lang))
                .orElse(""), l.id());
    }

    /** The titles a leader held on a day, joined: two when the roles were held together. */
    String titlesOn(Leader l, LocalDate day, String lang) {
        List<String> titles = new ArrayList<>();
        for (Leader.Role r : l.rolesOn(day)) titles.add(text(r.title(), lang));
        return String.join("; ", titles);
    }

    /**
     * What a leader is as the data says, never a past title as if current: each open role "since" its start
     * ("US Secretary of State, since 21 January 2025"), else the role that ended last as former, with its years
     * ("Former US Secretary of State (2021–2025)"); empty without roles. The build date plays no part.
     */
    String standing(Leader l, String lang) {
        List<String> open = new ArrayList<>();
        for (Leader.Role r : l.openRoles()) open.add(s.t(lang, "leader.since", text(r.title(), lang), date(r.from(), lang)));
        if (!open.isEmpty()) return String.join("; ", open);
        return l.lastEnded().map(r -> s.t(lang, "leader.former", text(r.title(), lang), years(r))).orElse("");
    }

    /** "2021–2025", or "2024" for a role that began and ended in one year. */
    static String years(Leader.Role r) {
        int from = r.from().year();
        int to = r.to().map(FlexDate::year).orElse(from);
        return from == to ? Integer.toString(from) : from + "\u2013" + to;
    }

    /** "more than USD 453 billion" / "hơn 453 tỷ USD": the figure through the language's figure.* strings. */
    String figure(Figure f, String lang) {
        return figure(s, f, lang);
    }

    /** As {@link #figure(Figure, String)}, for the search index, which shows a figure as its summit page does. */
    public static String figure(Strings s, Figure f, String lang) {
        String n = s.number(lang, f.value());
        String scaled = f.scale().map(x -> s.t(lang, "figure.scale." + x.key(), n)).orElse(n);
        String value;
        if (f.unit() instanceof Figure.Money money) {
            String currency = s.raw(lang, "figure.currency." + money.currency()).orElse(money.currency());
            value = s.t(lang, "figure.money", scaled, currency);
        } else {
            value = s.t(lang, "figure." + f.unit().code(), scaled);
        }
        return f.approx().map(a -> s.t(lang, "figure.approx." + a.key(), value)).orElse(value);
    }

    /** A summit's key figures with their sources in a language, made once for its page and its briefing. */
    List<Items.FigureCard> figures(Summit su, String lang) {
        return summitFigures.computeIfAbsent(lang, l -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(su.id(), id -> su.figures().stream().map(f -> figureView(f, lang)).toList());
    }

    private final Map<String, Map<String, List<Items.FigureCard>>> summitFigures = new java.util.concurrent.ConcurrentHashMap<>();

    Items.FigureCard figureView(Figure f, String lang) {
        List<Items.Evidence> sources = f.sources().stream().map(q -> evidence(f, q, lang)).toList();
        return new Items.FigureCard(f.id(), text(f.label(), lang), figure(f, lang), sources, false);
    }

    /**
     * One citation of a figure, in the reader's language: the sentence of the aligned paragraph of the
     * translation that states the figure, with the quoted original beside it; where the translation is missing
     * or out of date for that paragraph, the original with a note that says so.
     */
    private Items.Evidence evidence(Figure f, SourceQuote q, String lang) {
        Article a = m.articlesById().get(q.articleId());
        if (a == null) {
            // A draft, left out of a build without drafts: the quote stays, without a link to nowhere.
            return new Items.Evidence("", lang, "", 0, q.quote(), m.sourceLang(), "", m.sourceLang(), "", "");
        }
        Optional<Block> b = Passages.find(a.source().body(), q.quote());
        String src = a.sourceLang();
        String title = title(a, lang);
        String titleLang = a.in(lang).isPresent() ? lang : src;
        String url = urls.article(lang, a.id()) + b.map(x -> "#" + x.anchor()).orElse("");
        int paragraph = b.map(Block::index).orElse(0);
        if (lang.equals(src) || b.isEmpty()) {
            return new Items.Evidence(title, titleLang, url, paragraph, q.quote(), src, "", src, languageName(src), "");
        }
        Optional<ArticleText> t = a.in(lang);
        boolean outdated = t.flatMap(x -> Outdated.of(a, x)).map(o -> o.changed().contains(b.get().index())).orElse(false);
        Optional<String> sentence = t.filter(x -> !outdated)
                .flatMap(x -> x.body().blocks().stream().filter(y -> y.index() == b.get().index()).findFirst())
                .flatMap(y -> FigureRule.sentenceStating(y.text(), lang, f.amount()));
        if (sentence.isPresent()) {
            return new Items.Evidence(title, titleLang, url, paragraph, sentence.get(), lang, q.quote(), src,
                    languageName(src), "");
        }
        return new Items.Evidence(title, titleLang, url, paragraph, q.quote(), src, "", src, languageName(src),
                s.t(lang, outdated ? "figure.outdated" : "figure.untranslated"));
    }

    private String languageName(String code) {
        return m.languages().stream().filter(l -> l.code().equals(code)).map(Language::name).findFirst().orElse(code);
    }

    /** The first event with this id, as the scan of the event list found it. */
    private Event event(String id) {
        Event ev = events.get(id);
        if (ev == null) throw new java.util.NoSuchElementException("No value present");
        return ev;
    }

    /**
     * What a chronology page prints of an entry. Made once per entry and language: an entry is listed on the
     * chronology, its year's, series' and leaders' filter pages and its summits' and leaders' timelines.
     * Templates only read it.
     */
    Items.ChronoItem chronoItem(ChronoEntry e, String lang) {
        return chronoItems.computeIfAbsent(lang, l -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(e.kind().name() + ":" + e.id(), k -> makeChronoItem(e, lang));
    }

    private final Map<String, Map<String, Items.ChronoItem>> chronoItems = new java.util.concurrent.ConcurrentHashMap<>();

    private Items.ChronoItem makeChronoItem(ChronoEntry e, String lang) {
        String title;
        String url;
        String kind = e.kind().name().toLowerCase(Locale.ROOT);
        // An untranslated article's title is in its source language, and marked so: "" when in the page's.
        String titleLang = "";
        List<Items.ChronoSource> sources = new ArrayList<>();
        switch (e.kind()) {
            case SUMMIT -> {
                Summit su = m.summits().get(e.id());
                title = text(su.name(), lang);
                url = urls.summit(lang, su.id());
            }
            case EVENT -> {
                Event ev = event(e.id());
                title = text(ev.title(), lang);
                url = urls.chronology(lang) + "#" + e.anchor();
                ev.source().map(q -> m.articlesById().get(q.articleId())).ifPresent(a -> {
                    Optional<Block> b = eventSources.computeIfAbsent(ev.id(),
                            k -> Passages.find(a.source().body(), ev.source().get().quote()));
                    sources.add(new Items.ChronoSource(title(a, lang), a.in(lang).isPresent() ? "" : a.sourceLang(),
                            urls.article(lang, a.id()) + b.map(x -> "#" + x.anchor()).orElse("")));
                });
            }
            default -> {
                Article a = m.articlesById().get(e.id());
                title = title(a, lang);
                url = urls.article(lang, a.id());
                if (a.in(lang).isEmpty()) titleLang = a.sourceLang();
            }
        }
        String summary = e.kind() == ChronoEntry.Kind.EVENT ? text(event(e.id()).summary(), lang) : "";
        return new Items.ChronoItem(e.anchor(), date(e.date(), lang), e.date().iso(),
                e.date().precision().name().toLowerCase(Locale.ROOT), kind,
                s.t(lang, "chronology.kind." + kind), title, titleLang, url, List.copyOf(sources),
                summary, m.publication().upcoming(e.date()),
                e.date().year(), List.copyOf(new java.util.TreeSet<>(e.leaderIds())),
                List.copyOf(new java.util.TreeSet<>(e.seriesIds())));
    }

    /** Entries grouped by year, then by month (entries known only to the year form a group of their own). */
    List<Items.YearGroup> groupByYearMonth(List<ChronoEntry> entries, String lang) {
        Map<Integer, Map<String, List<Items.ChronoItem>>> years = new LinkedHashMap<>();
        Map<String, String> monthLabels = new LinkedHashMap<>();
        for (ChronoEntry e : entries) {
            boolean yearOnly = e.date().precision() == FlexDate.Precision.YEAR;
            // The ISO date's "yyyy-mm", or "yyyy-00" for a date known only to the year.
            String monthKey = yearOnly ? e.date().year() + "-00" : e.date().iso().substring(0, 7);
            // One label per month: formatting it for each of thousands of entries showed in the profile.
            // Entries known only to the year sit under the year's heading with no month heading: a "During
            // 2017" heading above an entry dated 2017 said the date three times.
            monthLabels.computeIfAbsent(monthKey, k -> yearOnly ? "" : s.formatDate(lang, "date.month", e.date()));
            years.computeIfAbsent(e.date().year(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(monthKey, k -> new ArrayList<>()).add(chronoItem(e, lang));
        }
        List<Items.YearGroup> out = new ArrayList<>();
        years.forEach((year, months) -> {
            List<Items.MonthGroup> ms = new ArrayList<>();
            months.forEach((k, items) -> ms.add(new Items.MonthGroup(k, monthLabels.get(k), items)));
            out.add(new Items.YearGroup(year, ms));
        });
        return out;
    }

    List<Items.LanguageLink> languages(String current, java.util.function.Function<String, String> urlIn) {
        List<Items.LanguageLink> out = new ArrayList<>();
        for (Language l : m.languages()) {
            out.add(new Items.LanguageLink(l.code(), l.name(), l.tag(), urlIn.apply(l.code()), l.code().equals(current)));
        }
        return out;
    }
}
