package brief.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.testing.Sites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's real content, built into a temporary folder for the browser checks. */
final class BuiltSite {
    private BuiltSite() {}

    /** Builds content/ and themes/ of the project into {@code dir}/site and returns that folder. */
    static Path build(Path dir) {
        return build(dir, d -> {});
    }

    /** The same, with {@code extra} run on the copied sources (to add content) before building. */
    static Path build(Path dir, java.util.function.Consumer<Path> extra) {
        return Sites.buildRealSite(dir, extra);
    }

    /** Every file with this extension under the folder, as sorted paths relative to it. */
    static List<String> files(Path out, String ext) {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith("." + ext)).map(p -> out.relativize(p).toString())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
