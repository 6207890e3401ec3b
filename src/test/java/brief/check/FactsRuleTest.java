package brief.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.diag.Diagnostic;
import brief.diag.Diagnostics;
import brief.diag.Severity;
import brief.diag.SourcePos;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsRuleTest {
    final SourcePos pos = new SourcePos(Path.of("content/articles/a/en.md"), 13, 1);

    private List<Diagnostic> compare(String vi, String en) {
        Diagnostics d = new Diagnostics();
        FactsRule.compare(vi, "vi", en, "en", pos, "paragraph 4", d);
        return d.all();
    }

    @Test
    void aFaithfulTranslationRaisesNothing() {
        assertEquals(List.of(), compare(
                "Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch thương mại của ASEAN.",
                "Two-way trade in 2024 reached more than USD 453 billion, 11.8% of ASEAN's total trade."));
        assertEquals(List.of(), compare("Chiều 26/10, Thủ tướng dự Hội nghị.", "On the afternoon of 26 October, the PM attended."));
    }

    @Test
    void aChangedNumberIsAWarningThatQuotesBothSentences() {
        List<Diagnostic> d = compare("Thương mại đạt hơn 453 tỷ USD, chiếm 11,8%.", "Trade reached USD 435 billion, 11.8%.");
        assertEquals(1, d.size());
        assertEquals(Severity.WARNING, d.get(0).severity());
        assertEquals(pos, d.get(0).pos());
        assertEquals("numbers differ in paragraph 4 (en): vi has [453 billion] that en lacks;"
                + " en has [435 billion] that vi lacks", d.get(0).message());
        assertEquals("vi: \"Thương mại đạt hơn 453 tỷ USD, chiếm 11,8%.\" / en: \"Trade reached USD 435 billion, 11.8%.\"",
                d.get(0).hint());
    }

    @Test
    void aNumberMissingFromTheTranslationIsNamed() {
        List<Diagnostic> d = compare("Ngày 29/10 và 30/10.", "On 29 October.");
        assertEquals(1, d.size());
        assertEquals("numbers differ in paragraph 4 (en): vi has [10, 30] that en lacks", d.get(0).message());
    }

    @Test
    void aNumberAddedByTheTranslationIsNamed() {
        List<Diagnostic> d = compare("Ngày 29/10.", "On 29 October 2025.");
        assertEquals("numbers differ in paragraph 4 (en): en has [2025] that vi lacks", d.get(0).message());
    }

    @Test
    void aWrongScaleIsCaught() {
        assertEquals(1, compare("10 triệu USD", "USD 10 billion").size());
    }
}
