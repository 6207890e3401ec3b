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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Test helpers: copy a site into a temporary folder, run brief on it, read what it wrote. */
public final class Sites {
    private Sites() {}

    /** The repository root (Maven runs tests there). */
    public static Path projectRoot() {
        return Path.of("").toAbsolutePath();
    }

    /**
     * The five source articles as received: the repository's own copies, so that a clone of the repository
     * alone passes the tests ({@code SeedsTest} checks them against the SHA-256 sums recorded beside them).
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

    /** The project's own content/ and themes/, copied into {@code dir} and built; the test fails if it does not build. */
    public static Built realSite(Path dir) {
        return new Site(copyRealSite(dir)).buildOk();
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
        return writeFiles(dir, pathsAndTexts);
    }

    /** Writes files given as pairs of a path relative to {@code dir} and its text; returns {@code dir}. */
    private static Path writeFiles(Path dir, String... pathsAndTexts) {
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

    /** The same as {@link #writeSite}: a small site as pairs of a relative path and its text. */
    public static Path inline(Path dir, String... pathsAndTexts) {
        return writeSite(dir, pathsAndTexts);
    }

    /**
     * A whole site written in one text block, txtar-style (as in Hugo's integration tests): each file starts
     * with a line {@code -- path --} and runs to the next such line; text before the first one is a comment.
     * What the test does not write gets a default: {@code content/site.yaml} is {@link #TWO_LANGUAGE_SITE_YAML}
     * and the theme is the project's own (a file given under {@code themes/} replaces the theme's one).
     * <pre>
     * Site site = Sites.site(dir, """
     *         -- content/articles/2025-03-01-hop-tac/vi.md --
     *         ---
     *         title: "Hợp tác"
     *         …
     *         """);
     * Built built = site.build();
     * Document page = built.page("en/articles/cooperation/");
     * </pre>
     */
    public static Site site(Path dir, String txtar) {
        Map<String, String> files = parseTxtar(txtar);
        files.putIfAbsent("content/site.yaml", TWO_LANGUAGE_SITE_YAML);
        List<String> pairs = new ArrayList<>();
        files.forEach((path, text) -> {
            pairs.add(path);
            pairs.add(text);
        });
        writeSite(dir, pairs.toArray(String[]::new));
        return new Site(dir);
    }

    private static final Pattern TXTAR_MARKER = Pattern.compile("^-- (\\S.*?) --$");

    /** Path → text of each file of a txtar block, in the order written. */
    static Map<String, String> parseTxtar(String txtar) {
        Map<String, String> files = new LinkedHashMap<>();
        String path = null;
        StringBuilder text = new StringBuilder();
        for (String line : txtar.split("\n", -1)) {
            Matcher m = TXTAR_MARKER.matcher(line);
            if (m.matches()) {
                if (path != null) files.put(path, text.toString());
                path = m.group(1);
                if (files.containsKey(path)) throw new IllegalArgumentException("the test site names " + path + " twice");
                text.setLength(0);
            } else if (path != null) {
                text.append(line).append('\n');
            }
        }
        if (path == null) {
            if (!txtar.isBlank()) throw new IllegalArgumentException("the test site has no '-- path --' line");
            return files;
        }
        files.put(path, text.toString().replaceAll("\n\n$", "\n"));
        return files;
    }

    /** The sources of a test site in a folder; builds and checks it through the command line, as staff do. */
    public record Site(Path root) {
        /** Where {@link #build} writes. */
        public Path out() {
            return root.resolve("site");
        }

        /** The path of a source file, e.g. {@code file("content/leaders.yaml")}. */
        public Path file(String rel) {
            return root.resolve(rel);
        }

        /** Writes (or replaces) a source file. */
        public Site write(String rel, String text) {
            writeFiles(root, rel, text);
            return this;
        }

        /** Replaces text in a source file; fails when it is not there, so a test cannot pass by editing nothing. */
        public Site replace(String rel, String from, String to) {
            replaceIn(file(rel), from, to);
            return this;
        }

        /**
         * Runs {@code brief stamp} on these articles' translations into {@code lang}, so that a check does not warn
         * that their freshness is unknown; fails the test if it does not stamp.
         */
        public Site stamp(String lang, String... articleIds) {
            Run r = brief(concat(new String[] {"stamp", "--source", root.toString(), "--lang", lang}, articleIds));
            org.junit.jupiter.api.Assertions.assertEquals(0, r.exit(), () -> "stamped:\n" + r);
            return this;
        }

        /** Runs {@code brief build} into {@link #out} with every warning printed; does not fail on errors. */
        public Built build(String... args) {
            return new Built(out(), brief(concat(new String[] {"build", "--source", root.toString(), "--out",
                    out().toString(), "--all-warnings"}, args)));
        }

        /** {@link #build}, failing the test (with what was printed) if the build does. */
        public Built buildOk(String... args) {
            Built b = build(args);
            org.junit.jupiter.api.Assertions.assertEquals(0, b.run().exit(), () -> "the test site builds:\n" + b.run());
            return b;
        }

        /** Runs {@code brief check} on the sources with every warning printed. */
        public Built check(String... args) {
            return new Built(out(), brief(concat(new String[] {"check", "--source", root.toString(), "--all-warnings"}, args)));
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The base URL of {@link #TWO_LANGUAGE_SITE_YAML} and of the real site. */
    public static final String BASE_URL = "https://example.org/briefings/";

    private static final Pattern HEADLINE = Pattern.compile("^\\S.*?: (error|warning): .*");

    /** What a build or check printed, and the output folder it wrote (if it did). */
    public record Built(Path out, Run run) {
        /** The headlines of the errors, exactly as printed: {@code content/leaders.yaml:3:5: error: …}. */
        public List<String> errors() {
            return headlines("error");
        }

        /** The headlines of the warnings, exactly as printed. */
        public List<String> warnings() {
            return headlines("warning");
        }

        private List<String> headlines(String severity) {
            return run.all().lines().filter(l -> {
                Matcher m = HEADLINE.matcher(l);
                return m.matches() && m.group(1).equals(severity);
            }).toList();
        }

        /** The page at a site path such as {@code "en/articles/cooperation/"}, parsed, with its absolute URL. */
        public Document page(String sitePath) {
            String rel = sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
            Path p = out.resolve(rel);
            if (!Files.isRegularFile(p)) {
                throw new AssertionError("no page " + sitePath + "; pages: " + files("html"));
            }
            return Jsoup.parse(read(p), BASE_URL + sitePath);
        }

        /** The text of an output file, e.g. {@code text("en/atom.xml")}. */
        public String text(String rel) {
            return read(out.resolve(rel));
        }

        public boolean exists(String rel) {
            return Files.exists(out.resolve(rel));
        }

        /** An output XML file (a feed, the sitemap) parsed with namespaces; fails if it is not well-formed. */
        public org.w3c.dom.Document xml(String rel) {
            try {
                javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return f.newDocumentBuilder().parse(out.resolve(rel).toFile());
            } catch (Exception e) {
                throw new AssertionError(rel + " is not well-formed XML: " + e.getMessage(), e);
            }
        }

        /** The output file a site URL (absolute, or a path from the host root) stands for, if there is one. */
        public java.util.Optional<Path> fileOf(String url) {
            if (url.matches("^[a-z]+:.*") && !url.startsWith(BASE_URL)) return java.util.Optional.empty();
            String path = java.net.URI.create(url).getPath();
            String basePath = java.net.URI.create(BASE_URL).getPath();
            if (!path.startsWith(basePath)) throw new AssertionError("a site URL outside the base path: " + url);
            Path p = out.resolve(path.substring(basePath.length()));
            if (Files.isDirectory(p)) p = p.resolve("index.html");
            return Files.isRegularFile(p) ? java.util.Optional.of(p) : java.util.Optional.empty();
        }

        /** The URL path the site links an output file by: {@code en/index.html} → {@code /briefings/en/}. */
        public static String urlPath(String rel) {
            return java.net.URI.create(BASE_URL).getPath()
                    + (rel.endsWith("index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel);
        }

        /** Every output file with this extension, relative to the output folder with '/', sorted. */
        public List<String> files(String ext) {
            if (!Files.isDirectory(out)) return List.of();
            try (Stream<Path> s = Files.walk(out)) {
                return s.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> p.endsWith("." + ext)).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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

        /** Whether one whole printed line is exactly this. */
        public boolean hasLine(String line) {
            return all().lines().anyMatch(l -> l.equals(line));
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    /**
     * Builds in-process through {@link brief.build.Pipeline}, for what the command line does not set: a build's
     * moment ({@code Options.build(root).writingTo(out).at(Sites.clockAt(now))}), the pages kept in memory, the
     * model. Fails the test, listing the diagnostics, when the build fails.
     */
    public static brief.build.Pipeline.Result pipeline(brief.build.Pipeline.Options options, brief.diag.Diagnostics diags) {
        brief.build.Pipeline.Result r = new brief.build.Pipeline().run(options, diags);
        org.junit.jupiter.api.Assertions.assertTrue(r.ok(), () -> "the test site builds: " + diags.all());
        return r;
    }

    /** A clock stopped at {@code now}: the moment of a build, for embargoes and what is upcoming. */
    public static java.time.Clock clockAt(java.time.Instant now) {
        return java.time.Clock.fixed(now, java.time.ZoneOffset.UTC);
    }

    /** The files of a build kept in memory (run without {@code writingTo}): path → bytes, sorted. */
    public static Map<String, byte[]> files(brief.build.Pipeline.Result r) {
        Map<String, byte[]> files = new TreeMap<>();
        for (brief.output.RenderedPage p : r.pages()) files.put(p.path(), p.bytes());
        return files;
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

    /** Replaces text in a file; fails when it is not there, so a test cannot pass by editing nothing. */
    public static void replaceIn(Path file, String from, String to) {
        String s = read(file);
        if (!s.contains(from)) throw new AssertionError(file + " does not contain: " + from);
        writeText(file, s.replace(from, to));
    }

    /** Writes a file as UTF-8 (its folder must exist). */
    public static void writeText(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
