package brief.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostingsTest {
    @Test
    void listsSurviveEncodingAndDecoding() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Integer> docs = new ArrayList<>();
            int d = r.nextInt(3) == 0 ? 0 : r.nextInt(100_000);
            for (int i = r.nextInt(50); i > 0; i--) {
                docs.add(d);
                d += 1 + (r.nextBoolean() ? r.nextInt(3) : r.nextInt(1_000_000));
            }
            assertEquals(docs, Postings.decode(Postings.encode(docs)));
        }
        assertEquals(List.of(), Postings.decode(""));
    }

    @Test
    void aDenseListCostsOneCharacterADocument() {
        List<Integer> docs = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) docs.add(i);
        assertEquals(10_000, Postings.encode(docs).length());
    }

    @Test
    void unsortedListsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Postings.encode(List.of(3, 2)));
        assertThrows(IllegalArgumentException.class, () -> Postings.encode(List.of(2, 2)));
    }
}
