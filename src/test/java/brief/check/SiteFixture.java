package brief.check;

import brief.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The tiny valid site of src/test/resources/sites/minimal, copied with the project's default theme into a
 * temporary folder, and a way to run the command line in-process while capturing what it prints.
 */
final class SiteFixture {
    static final Path MINIMAL = Path.of("src", "test", "resources", "sites", "minimal");
    /** The real theme, not a copy: the tests check the theme the users get. */
    static final Path THEME = Path.of("themes", "default");

    private SiteFixture() {}

    /** Copies the minimal site and the default theme into {@code dir}; returns {@code dir}. */
    static Path copyMinimal(Path dir) throws IOException {
        copyTree(MINIMAL, dir);
        copyTree(THEME, dir.resolve("themes").resolve("default"));
        return dir;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a run of the command line printed and returned. */
    record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }

        boolean hasLine(String line) {
            return all().lines().anyMatch(l -> l.equals(line));
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    /** Runs brief in this JVM with System.out and System.err captured. Not thread-safe, like System.setOut. */
    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            exit = Main.run(args);
            o.flush();
            e.flush();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
