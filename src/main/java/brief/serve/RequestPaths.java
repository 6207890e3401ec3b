package brief.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a request's raw path into a safe site path, and names content types. The path is percent-decoded
 * exactly once; anything that could leave the site after decoding ({@code ..}, {@code .}, empty segments,
 * backslashes, drive letters, NUL, invalid UTF-8) is refused rather than repaired, so "%2e%2e" and "..%2f" are
 * as dead as "/../".
 */
public final class RequestPaths {
    private RequestPaths() {}

    /** The decoded path, starting with "/", or empty when the request must be answered 404. */
    public static Optional<String> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return Optional.empty();
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) return Optional.empty();
        String p = decoded.get();
        if (p.indexOf('\0') >= 0 || p.indexOf('\\') >= 0 || p.indexOf(':') >= 0) return Optional.empty();
        String[] segs = p.substring(1).split("/", -1);
        for (int i = 0; i < segs.length; i++) {
            String s = segs[i];
            if (s.equals(".") || s.equals("..")) return Optional.empty();
            // "//x" would be an absolute path to some file APIs; only a trailing empty segment (a folder) is fine.
            if (s.isEmpty() && i < segs.length - 1) return Optional.empty();
            if (s.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) return Optional.empty();
        }
        return Optional.of(p);
    }

    private static Optional<String> decode(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) return Optional.empty();
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return Optional.empty();
                out.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("wasm", "application/wasm"));

    /** The Content-Type of an output file, from its extension; feeds are Atom. */
    public static String contentType(String path) {
        if (path.endsWith("atom.xml")) return "application/atom+xml; charset=utf-8";
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash) return "application/octet-stream";
        return TYPES.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }
}
