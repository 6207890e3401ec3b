package brief.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes, for translation stamps and the build cache. */
public final class Hashes {
    private Hashes() {}

    public static String shortHash(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 10);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
