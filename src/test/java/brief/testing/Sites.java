package brief.testing;

import brief.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers: copy a site into a temporary folder, run brief on it, read what it wrote. */
public final class Sites {
    private Sites() {}

    /** The repository root (Maven runs tests there). */
    public static Path projectRoot() {
        return Path.of("").toAbsolutePath();
    }

    /**
     * The five source articles as received: the repository's own copies, so that a clone of the repository
     * alone passes the tests ({@code SeedsTest} keeps them identical to {@code ../shared/seeds} where it exists).
     */
    public static final Path SEEDS = projectRoot().resolve("src/test/resources/seeds");

    /** The site.yaml of a small inline test site: Vietnamese source, English translation, default theme. */
    public static final String TWO_LANGUAGE_SITE_YAML = """
            title: {vi: Bản tin thử, en: Test briefings}
            base_url: https://example.org/briefings/
            languages:
              - {code: vi, name: Tiếng Việt, locale: vi-VN, source: true}
              - {code: en, name: English, locale: en-GB}
            theme: default
            """;

    /** Copies the project's content/ and themes/ into {@code dir}. */
    public static Path copyRealSite(Path dir) {
        copyTree(projectRoot().resolve("content"), dir.resolve("content"));
        copyTree(projectRoot().resolve("themes"), dir.resolve("themes"));
        return dir;
    }

    /**
     * Copies the project's content/ and themes/ into {@code dir}, runs {@code edit} on the copy, and builds it
     * into dir/site with {@code extraArgs}; the test fails if the build does.
     */
    public static Path buildRealSite(Path dir, java.util.function.Consumer<Path> edit, String... extraArgs) {
        copyRealSite(dir);
        edit.accept(dir);
        Path out = dir.resolve("site");
        String[] args = new String[5 + extraArgs.length];
        System.arraycopy(new String[] {"build", "--source", dir.toString(), "--out", out.toString()}, 0, args, 0, 5);
        System.arraycopy(extraArgs, 0, args, 5, extraArgs.length);
        Run r = brief(args);
        org.junit.jupiter.api.Assertions.assertEquals(0, r.exit(), "the real site builds:\n" + r.all());
        return out;
    }

    /**
     * Writes a site given inline, as pairs of a path relative to {@code dir} and its text, beside the project's
     * default theme; returns {@code dir}. Files not given (series.yaml, events.yaml…) are simply absent.
     */
    public static Path writeSite(Path dir, String... pathsAndTexts) {
        copyTree(projectRoot().resolve("themes"), dir.resolve("themes"));
        try {
            for (int i = 0; i < pathsAndTexts.length; i += 2) {
                Path f = dir.resolve(pathsAndTexts[i]);
                Files.createDirectories(f.getParent());
                Files.writeString(f, pathsAndTexts[i + 1], StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Copies the project's default theme, then a fixture site from src/test/resources/sites/NAME over it. */
    public static Path copyFixture(String name, Path dir) {
        copyTree(projectRoot().resolve("themes"), dir.resolve("themes"));
        copyTree(projectRoot().resolve("src/test/resources/sites").resolve(name), dir);
        return dir;
    }

    /**
     * A small site written inline: the project's default theme, and the given files, as pairs of a path
     * relative to {@code dir} and its text ({@code "content/site.yaml", "title: …"}, …).
     */
    public static Path inline(Path dir, String... pathsAndTexts) {
        copyTree(projectRoot().resolve("themes"), dir.resolve("themes"));
        try {
            for (int i = 0; i < pathsAndTexts.length; i += 2) {
                Path p = dir.resolve(pathsAndTexts[i]);
                Files.createDirectories(p.getParent());
                Files.writeString(p, pathsAndTexts[i + 1], java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a command printed and returned. */
    public record Run(int exit, String out, String err) {
        public String all() {
            return out + err;
        }
    }

    /** Runs brief in-process, capturing what it prints. */
    public static synchronized Run brief(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Every file of a folder: relative path → SHA-256 of its bytes. */
    public static Map<String, String> hashes(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) return out;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                out.put(dir.relativize(p).toString(), brief.source.Hashes.sha256(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
