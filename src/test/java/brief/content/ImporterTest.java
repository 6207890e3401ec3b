package brief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.i18n.FlexDate;
import brief.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The importer on each of the five seeds, as received. */
class ImporterTest {
    static final Path SEEDS = Sites.SEEDS;

    static Importer.Result seed(String prefix) throws Exception {
        try (Stream<Path> s = Files.list(SEEDS)) {
            Path p = s.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
            return new Importer().importText(Files.readString(p), Optional.empty());
        }
    }

    static long captions(Importer.Result r) {
        return r.blocks().stream().filter(b -> b.startsWith(MarkdownParser.CAPTION_OPEN)).count();
    }

    @Test
    void seed000ReadsTheDateLineTheDatelineOutletAndOneCaption() throws Exception {
        Importer.Result r = seed("000");
        assertEquals(Optional.of(FlexDate.parse("2025-10-26").orElseThrow()), r.date());
        assertEquals(Optional.of("ĐNO"), r.outlet());
        assertEquals(1, captions(r));
        assertTrue(r.blocks().get(0).startsWith("ĐNO - Theo đặc phái viên TTXVN"), "the date prefix is removed, the text kept");
        assertTrue(r.titleFromText(), "no headline in the wire text: the title is proposed and flagged");
    }

    @Test
    void seed001FindsTheCaptionAndTheSubHeadings() throws Exception {
        Importer.Result r = seed("001");
        assertEquals(1, captions(r));
        assertEquals(2, r.blocks().stream().filter(b -> b.startsWith("## ")).count());
        assertTrue(r.blocks().contains("## Phát triển mạnh mẽ hợp tác ASEAN - Mỹ"));
    }

    @Test
    void seed002HasNoDateTakesTheHeadlineDropsBoilerplateAndSplitsGluedCaptions() throws Exception {
        Importer.Result r = seed("002");
        assertTrue(r.date().isEmpty());
        assertTrue(r.problems().stream().anyMatch(p -> p.contains("--date")), "a missing date asks for --date");
        assertEquals("Việt Nam đánh giá cao quan hệ Đối tác Chiến lược Toàn diện ASEAN - Hoa Kỳ", r.title());
        assertEquals(Optional.of("Vũ Khuyên/VOV"), r.byline());
        assertEquals(Optional.of("VOV"), r.outlet());
        assertEquals(4, captions(r));
        assertTrue(r.blocks().contains("::: caption\nNgoại trưởng Hoa Kỳ Anthony Blinken.\n:::"), "the misspelling stays");
        assertFalse(r.blocks().stream().anyMatch(b -> b.contains("Bình luận")));
    }

    @Test
    void seed004KeepsMonthPrecisionAndEscapesListMarkers() throws Exception {
        Importer.Result r = seed("004");
        assertEquals(FlexDate.Precision.MONTH, r.date().orElseThrow().precision());
        assertTrue(r.problems().stream().anyMatch(p -> p.contains("only 2025-07")));
        assertTrue(r.blocks().stream().anyMatch(b -> b.startsWith("\\* Tại Hội nghị ASEAN-Nhật Bản")),
                "a paragraph starting with '* ' must not become a Markdown list");
    }

    @Test
    void importedMarkdownRendersBackToTheExactText() throws Exception {
        for (String prefix : List.of("000", "001", "002", "003", "004")) {
            Importer.Result r = seed(prefix);
            Body body = new MarkdownParser().parse(String.join("\n\n", r.blocks()), 1);
            assertEquals(r.blocks().size(), body.blocks().size(), prefix);
            for (Block b : body.blocks()) {
                assertFalse(b.text().contains("\\"), prefix + ": escapes must not show in the text: " + b.text());
            }
        }
    }
}
