package brief.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "đ, d",
            "Đ, d",
            "Phạm Minh Chính, pham-minh-chinh",
            "Đà Nẵng, da-nang",
            "Hội nghị APEC, hoi-nghi-apec",
            "Lương Cường, luong-cuong",
            "'  ASEAN – Hoa Kỳ: lần thứ 13!  ', asean-hoa-ky-lan-thu-13",
            "Tô Lâm, to-lam"})
    void vietnameseTextBecomesAnAsciiSlug(String text, String slug) {
        assertEquals(slug, Slugs.slugify(text));
    }

    @Test
    void decomposedTextGivesTheSameSlugAsComposedText() {
        String nfd = Normalizer.normalize("Đà Nẵng", Normalizer.Form.NFD);
        assertEquals("da-nang", Slugs.slugify(nfd));
    }

    @Test
    void aSlugCanNeverLeaveItsFolder() {
        assertEquals("etc-passwd", Slugs.slugify("../../etc/passwd"));
        assertEquals("a-b", Slugs.slugify("/a\u0000b/"));
        assertTrue(Slugs.isValid(Slugs.slugify("../x")));
    }

    @Test
    void longSlugsAreCutAtAWordBoundary() {
        String slug = Slugs.slugify("từ ".repeat(60));
        assertTrue(slug.length() <= 80, slug);
        assertFalse(slug.endsWith("-"), slug);
        assertTrue(slug.startsWith("tu-tu-"), slug);
    }

    @Test
    void onlyLowerCaseAsciiWordsJoinedByHyphensAreValid() {
        assertTrue(Slugs.isValid("pham-minh-chinh"));
        assertTrue(Slugs.isValid("apec-2025"));
        assertFalse(Slugs.isValid("Pham-Minh-Chinh"));
        assertFalse(Slugs.isValid("pham--minh"));
        assertFalse(Slugs.isValid("-pham"));
        assertFalse(Slugs.isValid("phạm"));
        assertFalse(Slugs.isValid("a/b"));
        assertFalse(Slugs.isValid(".."));
        assertFalse(Slugs.isValid(""));
    }

    @Test
    void theHandWrittenSlugAgreesWithTheRegularExpressionsOnAnyText() {
        String alphabet = "aĐđạệữỳÁ ßØøŁłİ́ ̣-_.,!09Zz\u00A0\u2003中😀\u20DDÆæÞǅǄĲŉſǰȘțɐ\u00AA\u00B5\u00BC\u1E9E\u1EFF\u212B";
        java.util.Random random = new java.util.Random(5);
        for (int n = 0; n < 30_000; n++) {
            String text = brief.testing.RandomText.of(random, alphabet, random.nextInt(10) == 0 ? 119 : 13);
            org.junit.jupiter.api.Assertions.assertEquals(Slugs.slugifyByPattern(text), Slugs.slugify(text), text);
        }
    }

    @Test
    void everyLatinLetterLosesItsMarksAsInATextOfItsOwn() {
        // The letters slugify reads from its table, each between others as in a title, against the regular expressions.
        for (int c = 0x80; c < 0x1F00; c++) {
            if (c >= 0x250 && c < 0x1E00) continue;
            String text = "Ạ" + (char) c + "b" + (char) c + "ệ " + (char) c;
            assertEquals(Slugs.slugifyByPattern(text), Slugs.slugify(text), Integer.toHexString(c));
        }
    }
}
