package brief.content;

import java.util.Random;

/** Lets the site-level fuzzer in brief.check reuse the mutations of {@link ParseMutationTest}. */
public final class ParseMutationAccess {
    private ParseMutationAccess() {}

    public static byte[] mutate(byte[] seed, Random random) {
        return ParseMutationTest.mutate(seed, random);
    }
}
