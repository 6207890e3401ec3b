package brief.testing;

import java.util.Random;

/** Random strings for tests that hold a hand-written scanner to the regular expression it replaces. */
public final class RandomText {
    private RandomText() {}

    /** Up to {@code maxLength} code points, each drawn from {@code alphabet} (which may hold surrogate pairs). */
    public static String of(Random random, String alphabet, int maxLength) {
        int[] letters = alphabet.codePoints().toArray();
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(maxLength + 1); k > 0; k--) sb.appendCodePoint(letters[random.nextInt(letters.length)]);
        return sb.toString();
    }
}
