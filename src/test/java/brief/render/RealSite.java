package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The project's real content built into a temporary folder, and ways to read what was written. */
final class RealSite {
    static final String BASE_URL = "https://example.org/briefings/";
    static final String BASE_PATH = "/briefings/";

    final Path out;

    private RealSite(Path out) {
        this.out = out;
    }

    static RealSite build(Path dir) {
        return new RealSite(Sites.buildRealSite(dir, d -> { }));
    }

    /** Every file with this extension, as sorted paths relative to the output folder, with '/' separators. */
    List<String> files(String ext) {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith("." + ext))
                    .map(p -> out.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Document html(String rel) {
        try {
            return Jsoup.parse(out.resolve(rel).toFile(), "UTF-8", BASE_URL + rel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    org.w3c.dom.Document xml(String rel) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(out.resolve(rel).toFile());
        } catch (Exception e) {
            throw new AssertionError(rel + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    String text(String rel) {
        return Sites.read(out.resolve(rel));
    }

    /** The output file a site URL (absolute, or a path from the host root) stands for, if it is one of ours. */
    Optional<Path> fileOf(String url) {
        String path;
        if (url.startsWith("http://") || url.startsWith("https://")) {
            if (!url.startsWith(BASE_URL)) return Optional.empty();
            path = URI.create(url).getPath();
        } else {
            path = URI.create(url).getPath();
        }
        assertTrue(path.startsWith(BASE_PATH), "a site URL outside the base path: " + url);
        String rel = path.substring(BASE_PATH.length());
        Path p = out.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel);
        if (Files.isDirectory(p)) p = p.resolve("index.html");
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** The URL path of an output file, as the site links to it. */
    static String urlPath(String rel) {
        return BASE_PATH + (rel.endsWith("index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel);
    }
}
