package brief.check;

import brief.testing.Sites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The tiny valid site of src/test/resources/sites/minimal that the one-mistake mutations start from, copied with
 * the project's default theme into a temporary folder, and the before/after file hashes those tests compare.
 * Running brief and writing sites inline are {@link Sites}' job.
 */
final class SiteFixture {
    static final Path MINIMAL = Path.of("src", "test", "resources", "sites", "minimal");
    /** The real theme, not a copy: the tests check the theme the users get. */
    static final Path THEME = Path.of("themes", "default");

    private SiteFixture() {}

    /** Copies the minimal site and the default theme into {@code dir}; returns {@code dir}. */
    static Path copyMinimal(Path dir) {
        copyTree(MINIMAL, dir);
        copyTree(THEME, dir.resolve("themes").resolve("default"));
        return dir;
    }

    static void copyTree(Path from, Path to) {
        Sites.copyTree(from, to);
    }

    /** Path → SHA-256 of every file under {@code dir} (empty when it does not exist). */
    static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) return out;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p)) out.put(rel + "/", "dir");
                else out.put(rel, sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    /** Fails naming only the files that differ, not the two whole trees. */
    static void assertSameFiles(Map<String, String> before, Map<String, String> after, String why) {
        java.util.Set<String> changed = new java.util.TreeSet<>();
        for (String k : before.keySet()) if (!before.get(k).equals(after.get(k))) changed.add(k);
        for (String k : after.keySet()) if (!before.containsKey(k)) changed.add(k);
        if (!changed.isEmpty()) {
            org.junit.jupiter.api.Assertions.fail(why + "; changed, added or removed: "
                    + changed.stream().limit(12).toList() + (changed.size() > 12 ? " and " + (changed.size() - 12) + " more" : ""));
        }
    }

    static String sha256(byte[] bytes) {
        return brief.source.Hashes.sha256(bytes);
    }

    /** Runs brief in this JVM with System.out and System.err captured. */
    static Sites.Run run(String... args) {
        return Sites.brief(args);
    }

    static String read(Path p) {
        return Sites.read(p);
    }
}
