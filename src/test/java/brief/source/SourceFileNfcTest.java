package brief.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SourceFile#isNfc} answers as {@link Normalizer#isNormalized} does, by a table where it can. */
class SourceFileNfcTest {
    private static boolean normalizer(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    @Test
    void vietnameseInEitherFormAndTheCharactersThatComposeWithTheOneBefore() {
        String vi = "Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 47 tại Kuala Lumpur.";
        for (String s : List.of(vi, Normalizer.normalize(vi, Normalizer.Form.NFD), "", "ASCII only", "e\u0301",
                "\u1100\u1161", "\uAC00\u11A8", "Σίσυφος", "İstanbul", "a\u0308\u0323", "\uD83D\uDE00 emoji",
                "\uD800 lone", "\u0915\u093C", "\u2126 ohm", "\u212B", "\u0344", "\u0F73")) {
            assertEquals(normalizer(s), SourceFile.isNfc(s), () -> "in " + s.codePoints()
                    .mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void randomTextsOfLettersMarksAndJamoAgreeWithTheNormalizer() {
        Random r = new Random(17);
        // Plain letters, Vietnamese letters, combining marks, Hangul jamo and syllables, Greek, any BMP character.
        int[][] ranges = {{'a', 'z'}, {0x1EA0, 0x1EF9}, {0x0300, 0x036F}, {0x1100, 0x11FF}, {0xAC00, 0xAC40},
                {0x0370, 0x03FF}, {0, 0xFFFF}};
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(8); k >= 0; k--) {
                int[] range = ranges[r.nextInt(ranges.length)];
                b.append((char) (range[0] + r.nextInt(range[1] - range[0] + 1)));
            }
            String s = b.toString();
            assertEquals(normalizer(s), SourceFile.isNfc(s), () -> "in " + s.chars().mapToObj(Integer::toHexString).toList());
        }
    }
}
