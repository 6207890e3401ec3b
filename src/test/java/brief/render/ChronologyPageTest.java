package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.build.Pipeline;
import brief.diag.Diagnostics;
import brief.testing.Sites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chronology reads newest first, with a static page oldest first; each entry says its date and kind once;
 * entries after the build's day are marked upcoming, in each language, the day taken from the build's clock.
 */
class ChronologyPageTest {
    @TempDir
    Path dir;

    /** 1 June 2025, noon UTC: the 2026 event is upcoming, the 2017 and March 2025 ones are not. */
    static final Instant MOMENT = Instant.parse("2025-06-01T12:00:00Z");

    private Path build(Instant now) {
        Path root = Sites.inline(dir,
                "content/site.yaml", Sites.TWO_LANGUAGE_SITE_YAML,
                "content/events.yaml", """
                        - id: old-treaty
                          date: "2017"
                          title: {vi: Hiệp ước cũ, en: Old treaty}
                        - id: spring-talks
                          date: "2025-03-05"
                          title: {vi: Hội đàm mùa xuân, en: Spring talks}
                        - id: next-visit
                          date: "2026-02-10"
                          title: {vi: Chuyến thăm tới, en: Next visit}
                        """);
        Path out = root.resolve("site");
        Diagnostics diags = Diagnostics.forSource(root);
        Sites.pipeline(Pipeline.Options.build(root).writingTo(out).at(Sites.clockAt(now)), diags);
        return out;
    }

    private static Document page(Path out, String lang, String suffix) throws IOException {
        // The chronology's folder name is the language's own: find it by its template's mark.
        try (Stream<Path> s = Files.list(out.resolve(lang))) {
            for (Path d : s.toList()) {
                Path f = d.resolve(suffix).resolve("index.html");
                if (Files.exists(f) && Files.readString(f).contains("data-chronology-filters")) {
                    return Jsoup.parse(f.toFile(), "UTF-8");
                }
            }
        }
        throw new AssertionError("no chronology page " + suffix + " in " + lang);
    }

    private static List<String> order(Document d) {
        return d.select(".chronology .entry").stream().map(Element::id).toList();
    }

    @Test
    void theChronologyReadsNewestFirstWithAStaticPageOldestFirstInEachLanguage() throws IOException {
        Path out = build(MOMENT);
        for (String lang : List.of("vi", "en")) {
            Document newest = page(out, lang, "");
            assertEquals(List.of("event-next-visit", "event-spring-talks", "event-old-treaty"), order(newest), lang);
            Element link = newest.selectFirst("p.order a");
            assertTrue(link != null && link.attr("href").endsWith("/oldest-first/"), lang + ": a link to oldest first");
            Document oldest = page(out, lang, "oldest-first");
            assertEquals(List.of("event-old-treaty", "event-spring-talks", "event-next-visit"), order(oldest), lang);
            assertEquals(newest.selectFirst("main h1").text(), oldest.selectFirst("main h1").text());
        }
    }

    @Test
    void eachEntryShowsItsDateAndKindOnceAndUpcomingOnlyAfterTheBuildDay() throws IOException {
        Path out = build(MOMENT);
        Document vi = page(out, "vi", "");
        Document en = page(out, "en", "");
        for (Document d : List.of(vi, en)) {
            for (Element e : d.select(".chronology .entry")) {
                assertEquals(1, e.select("time").size(), e.id());
                assertEquals(1, e.select(".kind").size(), e.id());
            }
            // A year-only entry has no "During 2017" heading above it: its year appears as the year's heading
            // and once on the entry.
            Element year = d.getElementById("y2017").parent();
            assertEquals(0, year.select("h3").size());
            assertTrue(d.getElementById("event-old-treaty").selectFirst("time").text().contains("2017"));
            assertEquals(List.of("event-next-visit"), d.select(".entry:has(.upcoming)").stream().map(Element::id).toList());
        }
        assertEquals("Upcoming", en.selectFirst(".upcoming").text());
        assertEquals("Sắp diễn ra", vi.selectFirst(".upcoming").text());
        assertEquals("Event", en.getElementById("event-spring-talks").selectFirst(".kind").text());
        assertEquals("2017", en.getElementById("event-old-treaty").selectFirst("time").text());
        assertEquals("năm 2017", vi.getElementById("event-old-treaty").selectFirst("time").text());
        assertEquals("5 March 2025", en.getElementById("event-spring-talks").selectFirst("time").text());

        // A year later, nothing is upcoming: the mark follows the build's moment, not the machine's clock, and a
        // rebuild of the same sources into the same folder is not served from the cache of the earlier day.
        Path later = build(Instant.parse("2026-06-01T00:00:00Z"));
        assertEquals(0, page(later, "en", "").select(".upcoming").size());
    }
}
