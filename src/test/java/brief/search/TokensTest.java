package brief.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
    @Test
    void textIsCutIntoLowerCaseNfcWordsAndNumbers() {
        assertEquals(List.of("phạm", "minh", "chính", "2025", "asean", "hoa", "kỳ"),
                Tokens.exact("Phạm Minh Chính (2025): ASEAN–Hoa Kỳ!"));
        // The same words typed in decomposed form (as some keyboards do) give the same tokens.
        assertEquals(Tokens.exact("Phạm Minh Chính"), Tokens.exact(java.text.Normalizer.normalize(
                "Phạm Minh Chính", java.text.Normalizer.Form.NFD)));
    }

    @Test
    void foldingRemovesDiacriticsIncludingTheCrossedD() {
        assertEquals("duong", Tokens.fold("đường"));
        assertEquals("duong", Tokens.fold("Dương"));
        assertEquals("hoi", Tokens.fold("hội"));
        assertEquals("nghi", Tokens.fold("NGHỊ"));
        assertNotEquals(Tokens.fold("đường"), "đường");
    }

    @Test
    void shardsAreKeyedByTheFirstTwoFoldedLettersWithSafeFileNames() {
        assertEquals("du", Tokens.shardKey(Tokens.fold("đường")));
        assertEquals("a", Tokens.shardKey("a"));
        assertEquals("du", Tokens.safe("du"));
        assertEquals("_4e2d_6587_", Tokens.safe("中文"));
        assertEquals("_e9_", Tokens.safe("é".substring(0, 1)));
    }

    @Test
    void theHandWrittenScanCutsExactlyWhereTheRegularExpressionDoes() {
        List<String> samples = new java.util.ArrayList<>(List.of("", " ", "a", "Phạm Minh Chính (2025): ASEAN–Hoa Kỳ!",
                "x²³ ½ Ⅻ ١٢٣ 中文字 ẞ İstanbul ǅ ʰ ๑ e\u0301 \u20dd a\u0903b", "\ud83d\ude00 emoji \ud800 lone",
                "don't stop-me now_ok 3.14 tiếng Việt đường", "ΟΔΟΣ Σ ΑΣ. Đà NẴNG HÀ NỘI", "\ud801\udc00\ud801\udc28 Ab\ud801\udc01",
                "\u0130 İI iİ", "Ǆǅǆ ᾈ ẞß ǰ Å"));
        java.util.Random r = new java.util.Random(7);
        for (int k = 0; k < 2000; k++) {
            StringBuilder b = new StringBuilder();
            for (int j = r.nextInt(12); j > 0; j--) {
                int kind = r.nextInt(16);
                b.appendCodePoint(kind < 2 ? 0x10400 + r.nextInt(0x50) : kind < 3 ? r.nextInt(0x10000) : kind < 7 ? r.nextInt(0x3000) : r.nextInt(0x250));
            }
            samples.add(b.toString());
        }
        for (String s : samples) assertEquals(Tokens.exactByPattern(s), Tokens.exact(s), s);
        // One scanner for every text, as the index uses it: what a text leaves in its buffer changes no later text's tokens.
        Tokens.Scanner scanner = new Tokens.Scanner();
        for (String s : samples) {
            List<String> tokens = new java.util.ArrayList<>();
            scanner.scan(s, (chars, start, end, hash) -> tokens.add(new String(chars, start, end - start)));
            assertEquals(Tokens.exactByPattern(s), tokens, s);
        }
        // The index's table finds a token by the hash the scan hands over: it must be the token string's own.
        for (String s : samples) {
            Tokens.scan(s, (chars, start, end, hash) -> assertEquals(new String(chars, start, end - start).hashCode(), hash, s));
        }
    }

    @Test
    void aCharacterTakenAsNfcWithoutTheNormalizerNeitherComposesWithTheOneBeforeNorChanges() {
        // What composes with the character before it is a character of a composite's decomposition after its
        // first: over every composite of the plane, none of those may be taken as NFC by the table.
        for (int p = 0; p < 0x10000; p++) {
            if (Character.isSurrogate((char) p)) continue;
            String one = String.valueOf((char) p);
            String nfd = java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFD);
            for (int k = 1; k < nfd.length(); k++) {
                assertEquals(false, Tokens.plainNfc(nfd.charAt(k)), "U+" + Integer.toHexString(nfd.charAt(k)) + " in " + one);
            }
            if (Tokens.plainNfc((char) p)) {
                assertEquals(one, java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFC), one);
                assertEquals(one.toLowerCase(java.util.Locale.ROOT).length(), 1, one);
            }
        }
        // A decomposed syllable, Hangul or Oriya, is cut as its composed form.
        assertEquals(List.of("각", "\u0b4b"), Tokens.exact("\u1100\u1161\u11a8 \u0b47\u0b3e"));
    }
}
