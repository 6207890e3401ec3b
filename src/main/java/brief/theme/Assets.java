package brief.theme;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The names the theme's stylesheets and scripts are published under: {@code style.1a2b3c4d.css}, with the first
 * 8 hex digits of the SHA-256 of the content. A changed file gets a new name, so a server may let browsers keep
 * these for a year (docs/nginx/brief.conf marks {@code name.<hex>.ext} immutable); other files keep their names.
 */
public final class Assets {
    private Assets() {}

    public static boolean fingerprinted(String rel) {
        return rel.endsWith(".css") || rel.endsWith(".js");
    }

    /** "style.css" and its bytes → "style.1a2b3c4d.css"; any other file keeps its name. */
    public static String name(String rel, byte[] bytes) {
        if (!fingerprinted(rel)) return rel;
        int dot = rel.lastIndexOf('.');
        return rel.substring(0, dot) + "." + hash(bytes) + rel.substring(dot);
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }
}
