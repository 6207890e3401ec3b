package brief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A caption block's text loses its "::: caption" (or "::: figure …") and ":::" lines, exactly as the pattern did. */
class CaptionMarkersTest {
    /** The regular expression the block text was once cut with. */
    private static final Pattern MARKERS = Pattern.compile("^::: (?:caption|figure[^\\n]*)\\s*\\n|\\n:::\\s*$");
    private static final List<String> PIECES = List.of("::: caption", "::: figure", " a.jpg", ":::", "\n", "\n", " ",
            "\t", "\r", "Ảnh: TTXVN", "x", ":", "\u000B", "\f");

    @Test
    void captionsAndFiguresLoseTheirFenceLines() {
        assertEquals("Ảnh: TTXVN", MarkdownParser.withoutCaptionMarkers("::: caption\nẢnh: TTXVN\n:::\n"));
        assertEquals("Hai\ndòng", MarkdownParser.withoutCaptionMarkers("::: figure a.jpg  \n\nHai\ndòng\n:::  "));
        assertEquals(":::", MarkdownParser.withoutCaptionMarkers("::: caption\n:::"));
        assertEquals("::: captions\nx", MarkdownParser.withoutCaptionMarkers("::: captions\nx\n:::"));
    }

    @Test
    void everyTextLosesWhatThePatternRemoved() {
        Random random = new Random(42);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) text.append(PIECES.get(random.nextInt(PIECES.size())));
            String t = text.toString();
            assertEquals(MARKERS.matcher(t).replaceAll(""), MarkdownParser.withoutCaptionMarkers(t), () -> "text: " + t.replace("\n", "\\n"));
        }
    }
}
