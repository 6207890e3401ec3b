package brief.site;

import brief.content.Article;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a site leaves out of its sources and why: the articles its {@link Publication} does not show (drafts,
 * articles under embargo), and the key figures and events that cite one of them, since a figure prints the
 * quoted sentence and an event tells the news before the article may.
 *
 * @param embargoes the embargo of each article held back because of it, by id
 */
public record HeldBack(List<Article> articles, Map<String, OffsetDateTime> embargoes, List<String> figures,
                       List<String> events) {
    public static final HeldBack NOTHING = new HeldBack(List.of(), Map.of(), List.of(), List.of());

    /** How a moment is written in build messages: "26 Oct 2025 18:00 +07:00", in the offset it was given in. */
    public static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm xxx", Locale.ENGLISH);

    public HeldBack {
        articles = List.copyOf(articles);
        embargoes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(embargoes));
        figures = List.copyOf(figures);
        events = List.copyOf(events);
    }

    /**
     * What the build says it held back, once: the embargoed articles with their moments, soonest first, then
     * the figures and events held with them. Drafts are not listed (a draft is left out by its author's choice),
     * but the figures and events that cite one are. Empty when nothing was held back but drafts.
     */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        List<Article> embargoed = articles.stream().filter(a -> embargoes.containsKey(a.id()))
                .sorted(Comparator.comparing((Article a) -> embargoes.get(a.id()).toInstant()).thenComparing(Article::id))
                .toList();
        if (embargoed.size() == 1) {
            Article a = embargoed.get(0);
            lines.add("held back 1 embargoed article until " + MOMENT.format(embargoes.get(a.id())) + ": " + file(a));
        } else if (!embargoed.isEmpty()) {
            lines.add("held back " + embargoed.size() + " embargoed articles:");
            for (Article a : embargoed) lines.add("  until " + MOMENT.format(embargoes.get(a.id())) + ": " + file(a));
        }
        if (!figures.isEmpty() || !events.isEmpty()) {
            List<String> what = new ArrayList<>();
            if (!figures.isEmpty()) what.add(count(figures.size(), "key figure") + " (" + String.join(", ", figures) + ")");
            if (!events.isEmpty()) what.add(count(events.size(), "event") + " (" + String.join(", ", events) + ")");
            lines.add("held back " + String.join(" and ", what) + (figures.size() + events.size() == 1 ? " that cites"
                    : " that cite") + " an article not published");
        }
        return lines;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String file(Article a) {
        return a.source().file().toString().replace('\\', '/');
    }
}
