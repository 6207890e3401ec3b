package brief.content;

import brief.bench.SiteGenerator;
import brief.source.FrontMatter;
import brief.testing.Sites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Article bodies (each file's text after its front matter) for tests that hold a fast path to Flexmark's. */
final class ArticleBodies {
    private ArticleBodies() {}

    /** The bodies of the project's real articles. */
    static List<String> real() {
        return under(Sites.projectRoot().resolve("content/articles"));
    }

    /**
     * The 80 bodies of a generated 40-article archive-shaped site, written into {@code tmp}; fails the test when
     * the generator gives another number, so that a test over them cannot pass on none.
     */
    static List<String> archive(Path tmp) {
        try {
            new SiteGenerator(new SiteGenerator.Options(40, 7, List.of("vi", "en"), SiteGenerator.Format.BRIEF,
                    Sites.projectRoot().resolve("themes/default"), SiteGenerator.Shape.archive(40))).write(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> bodies = under(tmp.resolve("content/articles"));
        org.junit.jupiter.api.Assertions.assertEquals(80, bodies.size(), "bodies of the generated archive");
        return bodies;
    }

    /** A file's body, after its front matter. */
    static String body(String file) {
        return FrontMatter.split(file).map(FrontMatter::body).orElse(file);
    }

    private static List<String> under(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().map(p -> {
                try {
                    return body(Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
