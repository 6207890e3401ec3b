package brief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PassagesTest {
    static final String BODY = """
            Chiều 26/10, Thủ tướng Phạm Minh Chính dự Hội nghị.

            ::: caption
            Các nhà lãnh đạo tại Hội nghị. Ảnh: TTXVN
            :::

            Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch
            thương mại của ASEAN. Hoa Kỳ là đối tác thương mại lớn thứ hai của ASEAN.
            """;
    final Body body = new MarkdownParser().parse(BODY, 5);

    @Test
    void aQuoteIsFoundAcrossALineBreakAndExtraSpaces() {
        Optional<Block> b = Passages.find(body,
                "Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD,  chiếm 11,8% tổng kim ngạch thương mại của ASEAN.");
        assertTrue(b.isPresent());
        assertEquals(3, b.get().index());
        assertEquals(11, b.get().line());
    }

    @Test
    void aDecomposedQuoteMatchesComposedText() {
        String nfd = Normalizer.normalize("Thủ tướng Phạm Minh Chính dự Hội nghị.", Normalizer.Form.NFD);
        assertEquals(1, Passages.find(body, nfd).orElseThrow().index());
    }

    @Test
    void aNoBreakSpaceCountsAsASpace() {
        assertTrue(Passages.find(body, "453\u00A0tỷ USD").isPresent());
    }

    @Test
    void aChangedNumberIsNotFound() {
        assertTrue(Passages.find(body, "đạt hơn 543 tỷ USD").isEmpty());
        assertTrue(Passages.find(body, "  ").isEmpty());
    }

    @Test
    void theClosestSentenceIsShownWhenAQuoteIsNotFound() {
        assertEquals(Optional.of("Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch"
                        + " thương mại của ASEAN."),
                Passages.closest(body, "Thương mại hai chiều năm 2024 đạt 543 tỷ USD, chiếm 11,8% tổng kim ngạch thương mại."));
    }

    @Test
    void aQuoteWithRepeatedWordsDoesNotCrashTheSearch() {
        assertTrue(Passages.closest(body, "thương mại thương mại thương mại ASEAN ASEAN").isPresent());
    }

    @Test
    void nothingIsShownWhenNoSentenceIsClose() {
        assertEquals(Optional.empty(), Passages.closest(body, "Completely unrelated English words here."));
    }

    @Test
    void normalisingAgreesWithTheRegularExpressionOnAnyMixOfSpaces() {
        // The fast path skips the regular expression when a text has nothing to change; both must agree.
        String alphabet = "ab \t\n\r\u00A0\u2003\u000Bđ";
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            String s = brief.testing.RandomText.of(random, alphabet, 7);
            String expected = Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ").strip();
            assertEquals(expected, Passages.normalise(s), () -> "for " + s.chars().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void collapsingSpacesAgreesWithTheRegularExpressionOnAnyMixOfSpaces() {
        // Block hashes (translation stamps) depend on it: a different result would mark every stamp outdated.
        String alphabet = "ab \t\n\r\u00A0\u2003\u000B\fđ";
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 20_000; i++) {
            String s = brief.testing.RandomText.of(random, alphabet, 7);
            assertEquals(s.replaceAll("\\s+", " "), Passages.collapseSpaces(s),
                    () -> "for " + s.chars().mapToObj(Integer::toHexString).toList());
        }
    }
}
