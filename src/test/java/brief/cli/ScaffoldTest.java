package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.diag.ExitCode;
import brief.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brief new summit|leader|event|figure}: each writes an entry that {@code check} accepts, and leaves
 * every other byte of the file as it was. Without a terminal, a missing value is a usage error naming it.
 */
class ScaffoldTest {
    /** The file's lines after the edit, with the lines the edit added removed: must equal the file before. */
    static String withoutAdded(String before, String after) {
        List<String> a = new ArrayList<>(List.of(before.split("\n", -1)));
        List<String> b = new ArrayList<>(List.of(after.split("\n", -1)));
        // Walk both; drop from b each line that does not match a's next line.
        List<String> kept = new ArrayList<>();
        int i = 0;
        for (String line : b) {
            if (i < a.size() && line.equals(a.get(i))) {
                kept.add(line);
                i++;
            }
        }
        return String.join("\n", kept);
    }

    /**
     * Two leaders, two summits (the first with a key figure, so a new one goes between it and the next summit),
     * an event and the article they cite, its translation stamped: {@code check --strict} accepts it as it is.
     */
    static Path site(Path dir) {
        return Sites.site(dir, """
                -- content/leaders.yaml --
                # Leaders named by the briefings.
                - id: donald-trump
                  name: {vi: "Donald Trump", en: "Donald Trump"}
                  country: US
                  roles:
                    - title: {vi: "Tổng thống Hoa Kỳ", en: "President of the United States"}
                      from: "2025-01-20"

                - id: bui-thanh-son
                  name: {vi: "Bùi Thanh Sơn", en: "Bui Thanh Son"}
                  country: VN
                  roles:
                    - title: {vi: "Bộ trưởng Bộ Ngoại giao", en: "Minister of Foreign Affairs"}
                      from: "2021-04-08"
                -- content/summits.yaml --
                - id: asean-us-13
                  name: {vi: "Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13", en: "13th ASEAN–US Summit"}
                  start: "2025-10-26"
                  participants: [donald-trump]
                  figures:
                    - id: asean-us-trade-2024
                      label: {vi: "Thương mại hai chiều năm 2024", en: "Two-way trade in 2024"}
                      value: 453
                      unit: USD
                      scale: billion
                      approx: more-than
                      source:
                        article: 2025-10-26-asean-us-summit-13
                        quote: "Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch thương mại của ASEAN."

                - id: apec-2025
                  name: {vi: "Tuần lễ Cấp cao APEC 2025", en: "APEC Economic Leaders' Week 2025"}
                  start: "2025-10-29"
                -- content/topics.yaml --
                - id: asean
                  name: {vi: ASEAN, en: ASEAN}
                -- content/events.yaml --
                - id: summit-opens
                  date: "2025-10-26"
                  title: {vi: "Khai mạc Hội nghị", en: "The summit opens"}
                  summits: [asean-us-13]
                  source:
                    article: 2025-10-26-asean-us-summit-13
                    quote: "Hội nghị khai mạc chiều 26/10."
                -- content/articles/2025-10-26-asean-us-summit-13/vi.md --
                ---
                title: "Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13"
                date: "2025-10-26"
                outlet: TTXVN
                summits: [asean-us-13]
                topics: [asean]
                ---
                Hội nghị khai mạc chiều 26/10.

                Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch thương mại của ASEAN.
                -- content/articles/2025-10-26-asean-us-summit-13/en.md --
                ---
                title: "13th ASEAN–US Summit"
                ---
                The summit opened on the afternoon of 26 October.

                Two-way trade in 2024 reached more than USD 453 billion, 11.8% of ASEAN's total trade.
                """).stamp("en", "2025-10-26-asean-us-summit-13").root();
    }

    static void assertChecks(Path root) {
        Sites.Run c = Sites.brief("check", "--source", root.toString(), "--strict");
        assertEquals(0, c.exit(), "check accepts the scaffold:\n" + c.all());
    }

    static void assertOnlyAdded(String before, String after, String file) {
        assertEquals(before, withoutAdded(before, after), file + ": every line that was there is kept, in order");
        assertTrue(after.length() > before.length(), file + " grew");
    }

    @Test
    void newLeaderAppendsACommentedEntryThatChecks(@TempDir Path dir) throws Exception {
        Path root = site(dir);
        Path file = root.resolve("content/leaders.yaml");
        String before = Files.readString(file);
        Sites.Run r = Sites.brief("new", "leader", "--source", root.toString(), "--name", "vi=Penny Wong", "--name",
                "en=Penny Wong", "--country", "au", "--role", "vi=Bộ trưởng Ngoại giao", "--role", "en=Foreign Minister",
                "--from", "2022-05-23");
        assertEquals(0, r.exit(), r.all());
        String after = Files.readString(file);
        assertTrue(after.startsWith(before), "appended: the file before is a prefix, byte for byte");
        int line = before.split("\n", -1).length + 1;
        assertEquals("added leader 'penny-wong' at content/leaders.yaml:" + line + "\n"
                + "next: open content/leaders.yaml:" + line + " and fill in the aliases and the biography, then run ./brief check\n",
                r.out());
        assertTrue(after.contains("- id: penny-wong\n  name: {vi: \"Penny Wong\", en: \"Penny Wong\"}\n"), after);
        assertTrue(after.contains("  country: AU\n"));
        assertChecks(root);
    }

    @Test
    void newSummitAndEventAppendAndCheck(@TempDir Path dir) throws Exception {
        Path root = site(dir);
        String summits = Files.readString(root.resolve("content/summits.yaml"));
        String events = Files.readString(root.resolve("content/events.yaml"));
        Sites.Run s = Sites.brief("new", "summit", "--source", root.toString(), "--id", "vn-au-fmm-6", "--name",
                "vi=Hội nghị \"Bộ trưởng\" lần thứ 6", "--name", "en=6th \"Ministers'\" Meeting", "--start", "2025-03-05",
                "--participant", "bui-thanh-son");
        assertEquals(0, s.exit(), s.all());
        assertTrue(Files.readString(root.resolve("content/summits.yaml")).startsWith(summits));
        assertTrue(Files.readString(root.resolve("content/summits.yaml"))
                .contains("  name: {vi: \"Hội nghị \\\"Bộ trưởng\\\" lần thứ 6\", en: \"6th \\\"Ministers'\\\" Meeting\"}\n"),
                "quotes in a value are escaped, so nobody has to");
        Sites.Run e = Sites.brief("new", "event", "--source", root.toString(), "--date", "2025-03",
                "--title", "vi=Sự kiện thử", "--title", "en=A test event", "--summit", "vn-au-fmm-6", "--leader", "bui-thanh-son");
        assertEquals(0, e.exit(), e.all());
        assertTrue(e.out().startsWith("added event 'su-kien-thu-2025' at content/events.yaml:"), e.out());
        assertTrue(Files.readString(root.resolve("content/events.yaml")).startsWith(events));
        assertChecks(root);
    }

    @Test
    void newFigureGoesUnderItsSummitsFiguresAndNothingElseMoves(@TempDir Path dir) throws Exception {
        Path root = site(dir);
        Path file = root.resolve("content/summits.yaml");
        String before = Files.readString(file);
        Sites.Run r = Sites.brief("new", "figure", "--source", root.toString(), "--summit", "asean-us-13", "--id", "asean-us-share",
                "--label", "vi=Tỷ trọng thương mại", "--label", "en=Share of trade", "--value", "11.8", "--unit", "percent",
                "--article", "2025-10-26-asean-us-summit-13", "--quote",
                "Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch thương mại của ASEAN.");
        assertEquals(0, r.exit(), r.all());
        String after = Files.readString(file);
        assertOnlyAdded(before, after, "summits.yaml");
        // Under asean-us-13's figures, before the next summit.
        int figure = after.indexOf("    - id: asean-us-share\n");
        int summit = after.indexOf("- id: asean-us-13\n");
        int next = after.indexOf("\n- id: ", summit + 1);
        assertTrue(summit < figure && figure < next, after.substring(summit, Math.min(after.length(), next + 20)));
        assertChecks(root);
    }

    @Test
    void aFigureForASummitWithoutFiguresAddsTheKey(@TempDir Path dir) throws Exception {
        Path root = site(dir);
        Sites.brief("new", "summit", "--source", root.toString(), "--id", "empty-summit", "--name", "vi=Hội nghị thử",
                "--name", "en=Test meeting", "--start", "2025-03-05");
        Path file = root.resolve("content/summits.yaml");
        String before = Files.readString(file);
        Sites.Run r = Sites.brief("new", "figure", "--source", root.toString(), "--summit", "empty-summit", "--id", "f1",
                "--label", "vi=Thương mại", "--label", "en=Trade", "--value", "453", "--unit", "USD", "--scale", "billion",
                "--approx", "more-than", "--article", "2025-10-26-asean-us-summit-13", "--quote",
                "Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch thương mại của ASEAN.");
        assertEquals(0, r.exit(), r.all());
        String after = Files.readString(file);
        assertOnlyAdded(before, after, "summits.yaml");
        assertTrue(after.contains("  figures:\n    # Added by 'brief new figure'.\n    - id: f1\n"), after);
        assertChecks(root);
    }

    @Test
    void withoutATerminalEveryMissingValueIsNamedInOneUsageError(@TempDir Path dir) throws Exception {
        Path root = site(dir);
        String before = Files.readString(root.resolve("content/leaders.yaml"));
        Sites.Run r = Sites.brief("new", "leader", "--source", root.toString(), "--name", "vi=Penny Wong");
        assertEquals(ExitCode.USAGE.code(), r.exit());
        assertEquals("error: missing --name en=\"…\", --country CC, --role vi=\"…\", --role en=\"…\", --from YYYY-MM-DD;"
                + " give them as options, or run the command in a terminal to be asked (see 'brief new leader --help')\n", r.err());
        assertEquals(before, Files.readString(root.resolve("content/leaders.yaml")), "nothing written");
    }

    @Test
    void aTakenIdAnUnknownSummitAndABadValueAreRefused(@TempDir Path dir) throws Exception {
        Path root = site(dir);
        Sites.Run taken = Sites.brief("new", "leader", "--source", root.toString(), "--id", "donald-trump", "--name", "vi=X",
                "--name", "en=X", "--country", "US", "--role", "vi=X", "--role", "en=X", "--from", "2020-01-01");
        assertEquals("error: content/leaders.yaml has a leader 'donald-trump' already; choose another --id\n", taken.err());
        Sites.Run noSummit = Sites.brief("new", "figure", "--source", root.toString(), "--summit", "nope", "--id", "f",
                "--label", "vi=X", "--label", "en=X", "--value", "1", "--unit", "count", "--article", "a", "--quote", "q");
        assertEquals("error: content/summits.yaml has no summit 'nope'; add it first with ./brief new summit\n", noSummit.err());
        Sites.Run value = Sites.brief("new", "figure", "--source", root.toString(), "--summit", "asean-us-13", "--id", "f",
                "--label", "vi=X", "--label", "en=X", "--value", "1,5", "--unit", "count", "--article", "a", "--quote", "q");
        assertEquals(ExitCode.USAGE.code(), value.exit());
        assertEquals("error: --value 1,5 is not a plain number: write 453 or 11.8 (dot for decimals, no separators)\n", value.err());
        Sites.Run lang = Sites.brief("new", "summit", "--source", root.toString(), "--name", "vi=X", "--name", "en=X",
                "--name", "fr=X", "--start", "2025-01-01");
        assertEquals("error: --name fr=…: 'fr' is not a language of the site (vi, en)\n", lang.err());
    }

    @Test
    void windowsLineEndsAndAnEmptyFlowListOfFiguresAreKept() {
        String crlf = "- id: a\r\n  name: A\r\n  figures: []   # none yet\r\n\r\n- id: b\r\n  name: B\r\n";
        brief.annotations.Scaffolds.Edit e = brief.annotations.Scaffolds.addFigure(crlf, "a", "- id: f\n  value: 1").orElseThrow();
        assertEquals("- id: a\r\n  name: A\r\n  figures:\r\n    - id: f\r\n      value: 1\r\n\r\n- id: b\r\n  name: B\r\n", e.text());
        assertEquals(4, e.line());
        brief.annotations.Scaffolds.Edit appended = brief.annotations.Scaffolds.append(crlf, "- id: c\n  name: C\n");
        assertEquals(crlf + "\r\n- id: c\r\n  name: C\r\n", appended.text());
        assertEquals(8, appended.line());
    }

    @Test
    void newTopicAppendsAnEntryThatChecksAndNamesItInEveryLanguage(@TempDir Path dir) throws Exception {
        Path root = site(dir);
        Path file = root.resolve("content/topics.yaml");
        String before = Files.readString(file);
        Sites.Run r = Sites.brief("new", "topic", "--source", root.toString(), "--name", "vi=Biến đổi khí hậu",
                "--name", "en=Climate change");
        assertEquals(0, r.exit(), r.all());
        String after = Files.readString(file);
        assertTrue(after.startsWith(before), "appended: the file before is a prefix, byte for byte");
        int line = before.split("\n", -1).length + 1;
        assertEquals("added topic 'bien-doi-khi-hau' at content/topics.yaml:" + line + "\n"
                + "next: open content/topics.yaml:" + line + " and fill in the description, then add 'bien-doi-khi-hau'"
                + " to the 'topics:' of its articles, then run ./brief check\n", r.out());
        assertTrue(after.contains("- id: bien-doi-khi-hau\n  name: {vi: \"Biến đổi khí hậu\", en: \"Climate change\"}\n"), after);
        assertChecks(root);
        Sites.Run twice = Sites.brief("new", "topic", "--source", root.toString(), "--id", "asean", "--name", "vi=X",
                "--name", "en=Y");
        assertEquals(1, twice.exit(), twice.all());
        assertTrue(twice.err().contains("content/topics.yaml has a topic 'asean' already; choose another --id"), twice.all());
    }
}
