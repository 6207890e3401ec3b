package brief.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest(name = "vi \"{0}\" = en \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "chiếm 11,8% tổng kim ngạch | 11.8% of total trade",
            "6.200 đại biểu | 6,200 delegates",
            "đạt hơn 453 tỷ USD | more than USD 453 billion",
            "chiều 26/10 | on the afternoon of 26 October",
            "ngày 26/10/2025 | on 26 October 2025",
            "10 triệu USD | USD 10 million",
            "1 tỷ người dân | 1 billion people",
            "giai đoạn 2021 - 2025 | the 2021–2025 period",
            "tỷ lệ hoàn thành 94,5% | a completion rate of 94.5%",
            "1.234,5 tấn | 1,234.5 tonnes",
            "98.37% | 98.37%"})
    void aNumberWrittenTheVietnameseWayEqualsItsEnglishForm(String vi, String en) {
        assertEquals(Numbers.in(vi, "vi"), Numbers.in(en, "en"));
    }

    @Test
    void numbersAreReadAsPlainDecimals() {
        assertEquals(List.of("11.8"), Numbers.in("11,8%", "vi"));
        assertEquals(List.of("11.8"), Numbers.in("11.8%", "en"));
        assertEquals(List.of("6200"), Numbers.in("6.200", "vi"));
        assertEquals(List.of("6200"), Numbers.in("6,200", "en"));
        assertEquals(List.of("453000000000"), Numbers.in("453 tỷ USD", "vi"));
        assertEquals(List.of("453000000000"), Numbers.in("USD 453 billion", "en"));
        assertEquals(List.of("10", "26"), Numbers.in("26/10", "vi"));
        assertEquals(List.of("10", "26"), Numbers.in("26 October", "en"));
    }

    @Test
    void aDifferentScaleIsADifferentAmount() {
        assertNotEquals(Numbers.in("453 triệu USD", "vi"), Numbers.in("USD 453 billion", "en"));
    }

    @Test
    void frenchMonthsAndScalesAreReadToo() {
        assertEquals(Numbers.in("ngày 15/1", "vi"), Numbers.in("le 15 janvier", "fr"));
        assertEquals(Numbers.in("hơn 11,8 tỷ USD", "vi"), Numbers.in("plus de 11,8 milliards USD", "fr"));
        assertEquals(List.of(), Numbers.in("Les Mars et Vénus", "fr"));
    }

    @Test
    void aMonthNameIsReadInAnyCaseAndOnlyAsAWholeWord() {
        assertEquals(List.of("10", "26", "3", "9"), Numbers.in("26 OCTOBER, 3 September", "en"));
        assertEquals(List.of("3", "9"), Numbers.in("le 3 SEPTEMBRE", "fr"));
        // Ignoring case as String.regionMatches does, a long s is an s; a longer word is no month.
        assertEquals(List.of("3", "9"), Numbers.in("le 3 ſeptembre", "fr"));
        assertEquals(List.of("3", "4"), Numbers.in("3 Octobers, 4 Aprilia", "en"));
        assertEquals(List.of("12", "5"), Numbers.in("le 5 décembre", "fr"));
    }

    @Test
    void mayIsAMonthOnlyNextToANumber() {
        assertEquals(List.of(), Numbers.in("The two sides may cooperate.", "en"));
        assertEquals(List.of("2024", "5"), Numbers.in("in May 2024", "en"));
        assertEquals(List.of(), Numbers.in("prices march on", "en"));
    }

    @Test
    void anEnglishMonthNameCountsOnlyWithACapitalAndAFrenchOneInAnyCase() {
        assertEquals(List.of("3"), Numbers.in("on 3 january", "en"));
        assertEquals(List.of("1", "3"), Numbers.in("on 3 January", "en"));
        assertEquals(List.of("1", "3"), Numbers.in("on 3 JANUARY", "en-GB"));
        assertEquals(List.of("1", "3"), Numbers.in("le 3 janvier", "fr"));
        // Words of other lengths and other letters around them are passed over, whatever their case.
        assertEquals(List.of("12", "2024", "5"), Numbers.in("Élysée, 5 December 2024, déc", "en"));
    }

    @Test
    void aNumberWithADifferentDigitDiffers() {
        assertNotEquals(Numbers.in("453 tỷ USD", "vi"), Numbers.in("USD 435 billion", "en"));
        assertNotEquals(Numbers.in("11,8%", "vi"), Numbers.in("18.1%", "en"));
    }

    @Test
    void theHandScanFindsTheNumeralsTheRegularExpressionFinds() {
        String alphabet = "0123456789.,a ,.9";
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 20_000; n++) {
            String text = brief.testing.RandomText.of(random, alphabet, 11);
            java.util.List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = Numbers.NUMBER.matcher(text);
            while (m.find()) expected.add(m.group());
            java.util.List<String> scanned = new java.util.ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                if (!Numbers.digit(text, i)) continue;
                int start = i;
                i = Numbers.numeralEnd(text, start);
                scanned.add(text.substring(start, i));
            }
            assertEquals(expected, scanned, text);
            // Numbers.in reads the same numerals from its copy of the characters (no month or scale word here).
            assertEquals(expected.stream().map(x -> Numbers.canonical(x, false)).sorted().toList(), Numbers.in(text, "en"), text);
        }
    }

    @Test
    void theHandScanReadsTheScaleWordsTheRegularExpressionReads() {
        // Words and pieces of words, in any case, with the white space \\s means and characters it does not.
        String[] pieces = {" ", "  ", "\t", "\n", "\u00A0", "nghìn", "NGHÌN", "ngàn", "Triệu", "tỷ", "TỶ", "tỉ", "thousand",
                "Million", "millions", "MILLIONS", "billion", "billions", "trillion", "bn", "BN", "mille", "milliard",
                "milliards", "s", "x", "é", "\u0301", "1", "٣", ".", "-", "tri", "b", "\uD835\uDC00"};
        java.util.Random random = new java.util.Random(5);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) text.append(pieces[random.nextInt(pieces.length)]);
            String t = text.toString();
            for (int at = 0; at <= t.length(); at++) {
                assertEquals(Numbers.scaleWordsByPattern(t, at), Numbers.scaleWords(t, at), t + " at " + at);
            }
        }
    }

    @Test
    void separatorsGroupThousandsOrMarkDecimalsByTheDigitsAfterThem() {
        assertEquals("1234.5", Numbers.canonical("1.234,5", true));
        assertEquals("1234.5", Numbers.canonical("1,234.5", false));
        assertEquals("98.37", Numbers.canonical("98.37", true));
        assertEquals("1.234", Numbers.canonical("1.234", false));
        assertEquals("1234", Numbers.canonical("1,234", false));
        assertEquals("1234567", Numbers.canonical("1.234.567", true));
        assertEquals("1234567.891", Numbers.canonical("1,234,567.891", false));
        assertEquals("1.5", Numbers.canonical("1,50", true));
        assertEquals("70", Numbers.canonical("0070", true));
        // Not a number once read: kept as written.
        assertEquals("1.234.567", Numbers.canonical("1.234.567", false));
        assertEquals("12.5.2025", Numbers.canonical("12.5.2025", true));
    }
}
