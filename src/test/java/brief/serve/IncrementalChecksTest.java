package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.build.Pipeline;
import brief.diag.Diagnostics;
import brief.testing.Sites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview keeps the checks' findings between edits and runs again only the rules whose inputs changed (an
 * article's own rules, the figures that quote it, the links to it, the slugs, the rules of an annotation file):
 * over a random sequence of edits, each rebuild reports exactly what a clean check reports, and each good site
 * (search index included) equals a clean build byte for byte.
 */
class IncrementalChecksTest {
    @TempDir
    Path dir;

    static final String A = "content/articles/2025-10-26-asean-us/";
    static final String B = "content/articles/2025-10-27-pm-meets-trump/";
    static final String C = "content/articles/2025-10-28-follow-up/";

    /** Three articles; a figure and an event quote the first, the third links to its first paragraph. */
    static final String SITE = """
            -- content/leaders.yaml --
            - id: donald-trump
              name: {vi: "Donald Trump", en: "Donald Trump"}
              country: US
              roles:
                - title: {vi: "Tổng thống Hoa Kỳ", en: "President of the United States"}
                  from: "2025-01-20"
              bio:
                vi: "Ông Donald Trump sinh năm 1946 tại New York."
                en: "Donald Trump was born in 1946 in New York."
            - id: pham-minh-chinh
              name: {vi: "Phạm Minh Chính", en: "Pham Minh Chinh"}
              country: VN
              roles:
                - title: {vi: "Thủ tướng Chính phủ", en: "Prime Minister"}
                  from: "2021-04-05"
              bio:
                vi: "Ông Phạm Minh Chính sinh năm 1958."
                en: "Pham Minh Chinh was born in 1958."
            -- content/summits.yaml --
            - id: asean-us-13
              name: {vi: "Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13", en: "13th ASEAN–US Summit"}
              start: "2025-10-26"
              participants: [donald-trump, pham-minh-chinh]
              figures:
                - id: trade-2024
                  label: {vi: Thương mại hai chiều, en: Two-way trade}
                  value: 453
                  unit: USD
                  scale: billion
                  approx: more-than
                  source: {article: 2025-10-26-asean-us, quote: "Thương mại hai chiều đạt hơn 453 tỷ USD."}
            -- content/events.yaml --
            - id: trade-figures
              date: "2025-10-26"
              title: {vi: Công bố số liệu thương mại, en: Trade figures published}
              summits: [asean-us-13]
              source: {article: 2025-10-26-asean-us, quote: "Thương mại hai chiều đạt hơn 453 tỷ USD."}
            -- content/topics.yaml --
            - id: trade
              name: {vi: Thương mại, en: Trade}
            - id: security
              name: {vi: An ninh, en: Security}
            -- content/articles/2025-10-26-asean-us/vi.md --
            ---
            title: "Hội nghị Cấp cao ASEAN - Hoa Kỳ"
            date: "2025-10-26"
            outlet: TTXVN
            summits: [asean-us-13]
            leaders: [donald-trump]
            topics: [trade]
            ---
            Thương mại hai chiều đạt hơn 453 tỷ USD. Tổng thống Donald Trump phát biểu.

            Hai bên nhất trí tăng cường hợp tác.
            -- content/articles/2025-10-26-asean-us/en.md --
            ---
            title: "ASEAN–US Summit"
            ---
            Two-way trade reached more than USD 453 billion. President Donald Trump spoke.

            The two sides agreed to strengthen cooperation.
            -- content/articles/2025-10-27-pm-meets-trump/vi.md --
            ---
            title: "Thủ tướng gặp Tổng thống Donald Trump"
            date: "2025-10-27"
            outlet: TTXVN
            leaders: [donald-trump, pham-minh-chinh]
            topics: [trade]
            ---
            Thủ tướng Phạm Minh Chính gặp Tổng thống Donald Trump.
            -- content/articles/2025-10-27-pm-meets-trump/en.md --
            ---
            title: "Prime Minister meets President Donald Trump"
            ---
            Prime Minister Pham Minh Chinh met President Donald Trump.
            -- content/articles/2025-10-28-follow-up/vi.md --
            ---
            title: "Tiếp nối hội nghị"
            date: "2025-10-28"
            outlet: TTXVN
            summits: [asean-us-13]
            ---
            Xem [bài trước](article:2025-10-26-asean-us#p-1) về 12 thỏa thuận.
            -- content/articles/2025-10-28-follow-up/en.md --
            ---
            title: "After the summit"
            ---
            See [the earlier report](article:2025-10-26-asean-us#p-1) on 12 agreements.
            """;

    /** An edit that can be made and undone: the text of a file, one way or the other. */
    record Toggle(String file, String one, String other) {}

    /** Each touches the inputs of a different rule: a figure's quote, a translation, slugs, links, annotations. */
    static final List<Toggle> TOGGLES = List.of(
            new Toggle(A + "vi.md", "hơn 453 tỷ USD", "hơn 454 tỷ USD"),
            new Toggle(A + "en.md", "USD 453 billion", "USD 455 billion"),
            new Toggle(A + "en.md", "The two sides agreed", "A new paragraph.\n\nThe two sides agreed"),
            new Toggle(A + "vi.md", "Tổng thống Donald Trump phát biểu", "Tổng thống phát biểu"),
            new Toggle(A + "vi.md", "topics: [trade]", "topics: [trade, tarde]"),
            new Toggle(B + "vi.md", "title: \"Thủ tướng gặp Tổng thống Donald Trump\"", "title: \"Tiếp nối hội nghị\""),
            new Toggle(B + "en.md", "title: \"Prime Minister meets President Donald Trump\"", "title: \"ASEAN–US Summit\""),
            new Toggle(B + "vi.md", "topics: [trade]", "topics: [security]"),
            new Toggle(B + "vi.md", "leaders: [donald-trump, pham-minh-chinh]", "leaders: [donald-trump, pham-minh-chin]"),
            new Toggle(C + "en.md", "asean-us#p-1", "asean-us#p-9"),
            new Toggle(C + "vi.md", "về 12 thỏa thuận", "về 13 thỏa thuận"),
            new Toggle(C + "vi.md", "summits: [asean-us-13]", "summits: [asean-us-13]\nleaders: [pham-minh-chinh]"),
            new Toggle("content/leaders.yaml", "sinh năm 1946 tại", "sinh năm 1947 tại"),
            new Toggle("content/leaders.yaml", "name: {vi: \"Donald Trump\", en: \"Donald Trump\"}",
                    "name: {vi: \"Donny Tester\", en: \"Donny Tester\"}"),
            new Toggle("content/leaders.yaml", "from: \"2021-04-05\"", "from: \"2026-04-05\""),
            new Toggle("content/summits.yaml", "value: 453", "value: 17.5"),
            new Toggle("content/summits.yaml", "participants: [donald-trump, pham-minh-chinh]", "participants: [donald-trump]"),
            new Toggle("content/events.yaml", "quote: \"Thương mại hai chiều đạt hơn 453 tỷ USD.\"}",
                    "quote: \"Thương mại hai chiều đạt 453 tỷ USD.\"}"),
            new Toggle("content/topics.yaml", "name: {vi: An ninh, en: Security}", "name: {vi: Thương mại, en: Security}"));

    @Test
    void afterRandomEditsTheKeptFindingsEqualACleanChecksAndTheSiteACleanBuilds() throws IOException {
        Sites.site(dir, SITE);
        IncrementalBuilder b = new IncrementalBuilder(dir, false);
        IncrementalBuilder.Outcome first = b.buildAll();
        assertTrue(first.ok(), "the fixture builds: " + first.errors());
        assertEquals(cleanCheck(), first.diagnostics());
        Random random = new Random(16);
        Set<String> failedOnce = new HashSet<>();
        for (int step = 0; step < 60; step++) {
            // Mostly one edit, sometimes two files at once (a save of several files in one go).
            Set<Path> changed = new HashSet<>();
            StringBuilder what = new StringBuilder("step " + step + ":");
            for (int n = random.nextInt(4) == 0 ? 2 : 1; n > 0; n--) {
                Toggle t = TOGGLES.get(random.nextInt(TOGGLES.size()));
                changed.add(toggle(t));
                what.append(' ').append(t.file()).append(" '").append(t.one()).append('\'');
            }
            IncrementalBuilder.Outcome o = b.build(changed);
            assertEquals(cleanCheck(), o.diagnostics(), "the findings after " + what);
            if (!o.ok()) {
                failedOnce.add(o.errors().get(0).message());
                continue;
            }
            IncrementalBuilder.Outcome clean = new IncrementalBuilder(dir, false).buildAll();
            IncrementalBuilderTest.assertSame(clean.site().files(), o.site().files(), what.toString());
        }
        assertTrue(failedOnce.size() >= 3, "the edits make several kinds of error on the way: " + failedOnce);
    }

    /** Makes the edit one way or the other, whichever the file has now; returns its path relative to the site. */
    private Path toggle(Toggle t) throws IOException {
        Path f = dir.resolve(t.file());
        String text = Files.readString(f);
        boolean isOne = text.contains(t.one()) && !text.contains(t.other());
        Files.writeString(f, isOne ? text.replace(t.one(), t.other()) : text.replace(t.other(), t.one()));
        return dir.relativize(f);
    }

    /** What `brief check` reports on the folder now. */
    private List<brief.diag.Diagnostic> cleanCheck() {
        Diagnostics d = Diagnostics.forSource(dir);
        new Pipeline().run(Pipeline.Options.check(dir), d);
        return d.all();
    }
}
