package brief.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.annotations.Figure;
import brief.annotations.SourceQuote;
import brief.diag.Diagnostic;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import brief.i18n.LocalizedText;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A key figure against the sentence it quotes, read with the conventions of the sentence's language. */
class FigureRuleTest {
    static final Path SUMMITS = Path.of("content/summits.yaml");
    static final SourcePos VALUE = new SourcePos(SUMMITS, 15, 14);

    static Figure figure(double value, Figure.Unit unit, Figure.Scale scale, Figure.Approx approx, String quote) {
        return new Figure("trade", new LocalizedText(java.util.Map.of("vi", "Thương mại")), value, unit, Optional.ofNullable(scale),
                Optional.ofNullable(approx), List.of(new SourceQuote("a", quote, new SourcePos(SUMMITS, 20, 18),
                new SourcePos(SUMMITS, 21, 16))), new SourcePos(SUMMITS, 13, 7), VALUE);
    }

    static List<Diagnostic> check(Figure f, String lang) {
        Diagnostics d = new Diagnostics();
        FigureRule.agreesWithQuote(f, f.sources().get(0), lang, d);
        return d.all();
    }

    static final Figure.Unit USD = new Figure.Money("USD");

    @Test
    void aValueItsQuoteContradictsIsAnErrorAtTheValueThatSaysWhatTheQuoteSays() {
        String quote = "Kim ngạch thương mại hai chiều năm 2024 đạt hơn 15,7 tỷ USD, tăng 20%.";
        List<Diagnostic> d = check(figure(17.5, USD, Figure.Scale.BILLION, Figure.Approx.MORE_THAN, quote), "vi");
        assertEquals(1, d.size());
        assertEquals(VALUE, d.get(0).pos());
        assertEquals("figure 'trade' has value 17.5 but the quote says \"hơn 15,7 tỷ USD\" (15.7 billion USD, more than)",
                d.get(0).message());
        assertEquals("the quote: \"" + quote + "\"; correct the figure, or quote the sentence that states it", d.get(0).hint());
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3} {4}")
    @CsvSource(delimiter = '|', value = {
            "vi | 15.7   | USD     | BILLION  | MORE_THAN | Thương mại đạt hơn 15,7 tỷ USD.",
            "vi | 1234   | VND     | MILLION  |           | Tổng vốn là 1.234 triệu đồng.",
            "vi | 94.5   | percent |          |           | Tỷ lệ hoàn thành đạt 94,5%.",
            "vi | 100    | percent |          | NEARLY    | Kế hoạch đã hoàn thành gần như 100%.",
            "vi | 75     | percent |          | ABOUT     | Hội nghị ghi nhận khoảng 75% các biện pháp.",
            "vi | 60     | percent |          | MORE_THAN | Đã triển khai trên 60% dòng hành động.",
            "vi | 90     | percent |          | NEARLY    | Đã giải ngân gần 90% vốn.",
            "vi | 6200   | count   |          | MORE_THAN | Có hơn 6.200 doanh nghiệp Hoa Kỳ hoạt động tại ASEAN.",
            "vi | 1      | count   | BILLION  |           | Cuộc sống tốt đẹp hơn cho 1 tỷ người dân hai bên.",
            "vi | 2      | USD     | TRILLION |           | Quy mô đạt 2 nghìn tỷ USD.",
            "en | 453    | USD     | BILLION  | MORE_THAN | Two-way trade reached more than USD 453 billion, 11.8% of the total.",
            "en | 11.8   | percent |          |           | Two-way trade reached more than USD 453 billion, 11.8% of the total.",
            "en | 100    | AUD     | MILLION  |           | Australia announced an AUD 100 million package.",
            "en | 5      | JPY     | BILLION  | ABOUT     | Japan pledged about JPY 5 billion.",
            "en | 453    | USD     | BILLION  | MORE_THAN | Trade reached more than 453 billion USD."})
    void aFigureThatSaysWhatItsQuoteSaysPasses(String lang, double value, String unit, Figure.Scale scale,
                                               Figure.Approx approx, String quote) {
        Figure.Unit u = unit.equals("percent") ? new Figure.Percent() : unit.equals("count") ? new Figure.Count()
                : new Figure.Money(unit);
        assertEquals(List.of(), check(figure(value, u, scale, approx, quote), lang));
    }

    @Test
    void eachPartOfAFigureIsCheckedAndTheFirstThatDiffersIsNamed() {
        String quote = "Thương mại đạt hơn 453 tỷ USD.";
        assertEquals("figure 'trade' has unit AUD but the quote says \"hơn 453 tỷ USD\" (453 billion USD, more than)",
                check(figure(453, new Figure.Money("AUD"), Figure.Scale.BILLION, Figure.Approx.MORE_THAN, quote), "vi")
                        .get(0).message());
        assertEquals("figure 'trade' has scale million but the quote says \"hơn 453 tỷ USD\" (453 billion USD, more than)",
                check(figure(453, USD, Figure.Scale.MILLION, Figure.Approx.MORE_THAN, quote), "vi").get(0).message());
        assertEquals("figure 'trade' has no approx but the quote says \"hơn 453 tỷ USD\" (453 billion USD, more than)",
                check(figure(453, USD, Figure.Scale.BILLION, null, quote), "vi").get(0).message());
        assertEquals("figure 'trade' has value 453 but the quote states no number",
                check(figure(453, USD, Figure.Scale.BILLION, null, "Thương mại tăng mạnh."), "vi").get(0).message());
    }

    @Test
    void theSameAmountWrittenWithAnotherScaleAgrees() {
        assertEquals(List.of(), check(figure(453000, USD, Figure.Scale.MILLION, Figure.Approx.MORE_THAN,
                "Thương mại đạt hơn 453 tỷ USD."), "vi"));
    }

    @Test
    void theEvidenceIsTheSentenceThatStatesTheNumber() {
        assertEquals(Optional.of("Two-way trade reached more than USD 453 billion."), FigureRule.sentenceStating(
                "The leaders met on 26 October. Two-way trade reached more than USD 453 billion. It grew.", "en",
                new BigDecimal("453000000000")));
        assertEquals(Optional.empty(), FigureRule.sentenceStating("Trade grew.", "en", new BigDecimal("453")));
    }
}
