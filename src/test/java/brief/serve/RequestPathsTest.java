package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {
    @ParameterizedTest
    @ValueSource(strings = {"/..", "/../etc/passwd", "/a/../b", "/%2e%2e/x", "/%2E%2e/x", "/a/..%2f..%2fetc", "/a/%2e%2e%2fb",
            "/a/.", "/./a", "//etc/passwd", "/a//b", "/a/%00", "/a%00.html", "/a\\b", "/a%5c..%5cb", "/C:/x", "/a/%c0%ae%c0%ae/",
            "/%", "/%zz", "/a%2", "relative", "", "/a/%0a", "/%ff"})
    void pathsThatCouldLeaveTheSiteAreRefused(String raw) {
        assertEquals(Optional.empty(), RequestPaths.parse(raw), raw);
    }

    @ParameterizedTest
    @CsvSource({"/, /", "/briefings/en/, /briefings/en/", "/a%20b.html, /a b.html", "/vi/b%C3%A0i-vi%E1%BA%BFt/, /vi/bài-viết/",
            "/%252e%252e/, /%2e%2e/", "/a.b/c..d, /a.b/c..d"})
    void ordinaryPathsAreDecodedExactlyOnce(String raw, String expected) {
        assertEquals(Optional.of(expected), RequestPaths.parse(raw));
    }

    @ParameterizedTest
    @CsvSource({"en/index.html, text/html; charset=utf-8", "assets/style.css, text/css; charset=utf-8",
            "assets/app.js, text/javascript; charset=utf-8", "en/search/t/ab.json, application/json; charset=utf-8",
            "sitemap.xml, application/xml; charset=utf-8", "en/atom.xml, application/atom+xml; charset=utf-8",
            "robots.txt, text/plain; charset=utf-8", "assets/logo.png, image/png", "assets/noext, application/octet-stream",
            "a.dir/file, application/octet-stream"})
    void contentTypesFollowTheExtensionWithUtf8ForText(String path, String type) {
        assertEquals(type, RequestPaths.contentType(path));
        if (type.startsWith("text/")) assertTrue(type.endsWith("charset=utf-8"));
    }
}
