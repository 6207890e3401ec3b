package brief.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes, for translation stamps and the build cache. */
public final class Hashes {
    /**
     * Copied for each hash rather than looked up: {@link MessageDigest#getInstance} walks the security providers
     * every time, which cost as much as hashing a paragraph (every source paragraph is hashed on every check).
     */
    private static final MessageDigest SHA256;

    static {
        try {
            SHA256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private Hashes() {}

    public static String shortHash(String text) {
        // The first 5 bytes are the first 10 hex digits: the rest is not formatted only to be cut off.
        return HexFormat.of().formatHex(sha256Digest().digest(text.getBytes(StandardCharsets.UTF_8)), 0, 5);
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    /** A new SHA-256 digest, ready for use. */
    public static MessageDigest sha256Digest() {
        try {
            return (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException again) {
                throw new IllegalStateException("the JDK has no SHA-256", again);
            }
        }
    }
}
