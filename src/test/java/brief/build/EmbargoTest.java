package brief.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.diag.Diagnostics;
import brief.testing.Sites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing unpublished leaks: an article under embargo, and a draft, leave no trace in any file of a build (its
 * titles, words, slugs, id, and the key figures and events that cite it), and the embargoed one is published
 * from its moment on, also into an output folder built before it.
 */
class EmbargoTest {
    @TempDir
    Path dir;

    /** 26 Oct 2025 18:00 in Hà Nội. */
    static final Instant MOMENT = Instant.parse("2025-10-26T11:00:00Z");

    static final String EMBARGOED = "2025-10-26-secret-deal";
    static final String DRAFT = "2025-10-27-draft-plan";

    /** What each held-back article must not show anywhere: titles, slugs, id, words of its body, what cites it. */
    static final List<String> EMBARGOED_TRACES = List.of("Thỏa thuận Zanthoria được ký kết", "Zanthoria accord signed",
            "thoa-thuan-zanthoria-duoc-ky-ket", "zanthoria-accord-signed", "secret-deal", "zanthoria", "xylomarch",
            "kelpmoor", "brindlewick");
    static final List<String> DRAFT_TRACES = List.of("Kế hoạch Quillmere", "Quillmere plan", "ke-hoach-quillmere",
            "quillmere-plan", "draft-plan", "quillmere", "vorpaline", "quorvath");

    private Path site() {
        return Sites.inline(dir,
                "content/site.yaml", Sites.TWO_LANGUAGE_SITE_YAML,
                "content/summits.yaml", """
                        - id: trade-talks
                          name: {vi: Hội đàm thương mại, en: Trade talks}
                          start: "2025-10-20"
                          figures:
                            - id: open-figure
                              label: {vi: Kim ngạch công khai, en: Published trade}
                              value: 7
                              unit: USD
                              scale: billion
                              source: {article: 2025-10-20-published, quote: "Kim ngạch đạt 7 tỷ USD."}
                            - id: kelpmoor-figure
                              label: {vi: Giá trị Kelpmoor, en: Kelpmoor value}
                              value: 12
                              unit: USD
                              scale: billion
                              source: {article: 2025-10-26-secret-deal, quote: "Hai bên ký thỏa thuận Zanthoria trị giá 12 tỷ USD."}
                        """,
                "content/events.yaml", """
                        - id: brindlewick-event
                          date: "2025-10-25"
                          title: {vi: Sự kiện Brindlewick, en: Brindlewick event}
                          source: {article: 2025-10-26-secret-deal, quote: "Hai bên ký thỏa thuận Zanthoria trị giá 12 tỷ USD."}
                        - id: quorvath-event
                          date: "2025-10-24"
                          title: {vi: Sự kiện Quorvath, en: Quorvath event}
                          source: {article: 2025-10-27-draft-plan, quote: "Kế hoạch Vorpaline được soạn thảo."}
                        """,
                "content/articles/2025-10-20-published/vi.md", """
                        ---
                        title: "Hội đàm thương mại công khai"
                        date: "2025-10-20"
                        outlet: TTXVN
                        summits: [trade-talks]
                        ---
                        Kim ngạch đạt 7 tỷ USD.

                        Xem [bài sau](article:2025-10-26-secret-deal#p-1) và [kế hoạch](article:2025-10-27-draft-plan).
                        """,
                "content/articles/2025-10-20-published/en.md", """
                        ---
                        title: "Open trade talks"
                        ---
                        Trade reached USD 7 billion.

                        See [the next article](article:2025-10-26-secret-deal#p-1) and [the plan](article:2025-10-27-draft-plan).
                        """,
                "content/articles/2025-10-26-secret-deal/vi.md", """
                        ---
                        title: "Thỏa thuận Zanthoria được ký kết"
                        date: "2025-10-26"
                        embargo: "2025-10-26T18:00+07:00"
                        outlet: TTXVN
                        summary: "Bản tóm tắt Xylomarch."
                        summits: [trade-talks]
                        ---
                        Hai bên ký thỏa thuận Zanthoria trị giá 12 tỷ USD.

                        Đoạn Xylomarch thứ hai.
                        """,
                "content/articles/2025-10-26-secret-deal/en.md", """
                        ---
                        title: "Zanthoria accord signed"
                        summary: "A Xylomarch summary."
                        ---
                        The two sides signed the Zanthoria accord worth USD 12 billion.

                        A second Xylomarch paragraph.
                        """,
                "content/articles/2025-10-27-draft-plan/vi.md", """
                        ---
                        title: "Kế hoạch Quillmere"
                        date: "2025-10-27"
                        outlet: TTXVN
                        summits: [trade-talks]
                        draft: true
                        ---
                        Kế hoạch Vorpaline được soạn thảo.
                        """,
                "content/articles/2025-10-27-draft-plan/en.md", """
                        ---
                        title: "Quillmere plan"
                        ---
                        The Vorpaline plan is drafted.
                        """);
    }

    private static Pipeline.Result build(Path root, Path out, Instant now, Diagnostics diags) {
        return Sites.pipeline(Pipeline.Options.build(root).writingTo(out).at(Sites.clockAt(now)), diags);
    }

    @Test
    void beforeItsMomentAnEmbargoedArticleAndADraftLeaveNoTraceInAnyOutputFile() throws IOException {
        Path root = site();
        Path out = root.resolve("site");
        Diagnostics diags = Diagnostics.forSource(root);
        Pipeline.Result r = build(root, out, MOMENT.minusSeconds(60), diags);

        List<String> found = traces(out, EMBARGOED_TRACES);
        found.addAll(traces(out, DRAFT_TRACES));
        assertEquals(List.of(), found, "nothing of the held-back articles in any file");
        // The output is not trivially empty: the published article, its figure and the summit are there.
        assertTrue(Sites.read(out.resolve("en/summits/trade-talks/index.html")).contains("Published trade"));
        String page = Sites.read(out.resolve("en/articles/open-trade-talks/index.html"));
        assertTrue(page.contains("See the next article and the plan."), "the links' texts stay, without the links: " + page);

        assertEquals(List.of("held back 1 embargoed article until 26 Oct 2025 18:00 +07:00: "
                        + "content/articles/2025-10-26-secret-deal/vi.md",
                "held back 1 key figure (kelpmoor-figure) and 2 events (brindlewick-event, quorvath-event)"
                        + " that cite an article not published"),
                r.model().orElseThrow().heldBack().report());
        List<String> links = diags.all().stream().filter(d -> d.message().startsWith("link to article"))
                .map(d -> d.pos() + ": " + d.severity().name().toLowerCase(Locale.ROOT) + ": " + d.message()).toList();
        String embargoed = "link to article '2025-10-26-secret-deal', which is under embargo until 26 Oct 2025 18:00 +07:00:"
                + " its text is shown without the link";
        String draft = "link to article '2025-10-27-draft-plan', a draft: its text is shown without the link";
        assertEquals(List.of("content/articles/2025-10-20-published/en.md:6:5: warning: " + embargoed,
                "content/articles/2025-10-20-published/en.md:6:64: warning: " + draft,
                "content/articles/2025-10-20-published/vi.md:9:5: warning: " + embargoed,
                "content/articles/2025-10-20-published/vi.md:9:54: warning: " + draft), links);
    }

    @Test
    void fromItsMomentTheEmbargoedArticleIsPublishedEvenIntoAnOutputBuiltBefore() throws IOException {
        Path root = site();
        Path out = root.resolve("site");
        build(root, out, MOMENT.minusSeconds(60), Diagnostics.forSource(root));
        // The same sources, a minute later: the build cache must not serve the site made before the moment.
        Diagnostics diags = Diagnostics.forSource(root);
        Pipeline.Result r = build(root, out, MOMENT, diags);
        assertTrue(r.written().orElseThrow().touched(), "the site is built again");

        assertEquals(List.of(), missing(out, EMBARGOED_TRACES), "everything of the article is out at its moment");
        assertEquals(List.of(), traces(out, DRAFT_TRACES), "the draft stays out");
        String page = Sites.read(out.resolve("en/articles/open-trade-talks/index.html"));
        assertTrue(page.contains("<a href=\"/briefings/en/articles/zanthoria-accord-signed/#p-1\">the next article</a>"), page);
        assertFalse(Sites.read(out.resolve("en/articles/zanthoria-accord-signed/index.html")).contains("embargo-banner"),
                "a build never carries the preview's banner");
        assertEquals(List.of("held back 1 event (quorvath-event) that cites an article not published"),
                r.model().orElseThrow().heldBack().report());
    }

    @Test
    void theMomentOfABuildLeavesNoTraceInItsOutput() {
        Path root = site();
        // A day apart, and after every dated entry: only an entry's day coming changes a page (its "upcoming").
        build(root, dir.resolve("a"), MOMENT.minusSeconds(3600 * 24), Diagnostics.forSource(root));
        build(root, dir.resolve("b"), MOMENT.minusSeconds(1), Diagnostics.forSource(root));
        assertEquals(Sites.hashes(dir.resolve("a")), Sites.hashes(dir.resolve("b")));
    }

    @Test
    void theBuildSaysOnceWhatItHeldBackAndUntilWhen() {
        Path root = site();
        String line = "held back 1 embargoed article until 26 Oct 2999 18:00 +00:00: content/articles/2025-10-26-secret-deal/vi.md";
        // The real clock, and an embargo far ahead of it, given in UTC with seconds.
        Sites.replaceIn(root.resolve("content/articles/2025-10-26-secret-deal/vi.md"), "2025-10-26T18:00+07:00", "2999-10-26T18:00:30Z");
        Sites.Run held = Sites.brief("build", "--source", root.toString());
        assertEquals(0, held.exit(), held.all());
        assertEquals(1, held.out().lines().filter(line::equals).count(), held.all());
        assertTrue(held.out().lines().anyMatch(l -> l.startsWith("held back 1 key figure (kelpmoor-figure)")), held.all());
    }

    /** "file: trace" for every trace found in any file of the output, case-insensitively. */
    static List<String> traces(Path out, List<String> traces) throws IOException {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> f : texts(out).entrySet()) {
            String text = f.getValue().toLowerCase(Locale.ROOT);
            for (String t : traces) if (text.contains(t.toLowerCase(Locale.ROOT))) found.add(f.getKey() + ": " + t);
        }
        return found;
    }

    /** The traces found in no file of the output. */
    static List<String> missing(Path out, List<String> traces) throws IOException {
        List<String> all = new ArrayList<>(traces);
        for (String text : texts(out).values()) {
            all.removeIf(t -> text.toLowerCase(Locale.ROOT).contains(t.toLowerCase(Locale.ROOT)));
        }
        return all;
    }

    /** Every file of the output as text (HTML, XML, JSON, JS, txt, and whatever else is there), by path. */
    private static Map<String, String> texts(Path out) throws IOException {
        Map<String, String> texts = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                // JSON may write non-ASCII letters as \\u escapes: read those too.
                texts.put(out.relativize(p).toString(), text + "\n" + unescape(text));
            }
        }
        assertTrue(texts.size() > 20, "a whole site was written: " + texts.keySet());
        return texts;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(s);
        while (m.find()) m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        m.appendTail(b);
        return b.toString();
    }
}
