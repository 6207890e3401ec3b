package brief.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.build.Pipeline;
import brief.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache and the streaming writer: whatever the sequence of builds and edits, the output folder
 * holds exactly the bytes a clean build of the same sources writes, and a build with nothing changed
 * touches no file.
 */
class BuildCacheTest {
    @TempDir
    Path tmp;
    Path site;
    Path out;

    @BeforeEach
    void generate() throws IOException {
        site = tmp.resolve("site");
        new SiteGenerator(new SiteGenerator.Options(40, 42, List.of("vi", "en"), SiteGenerator.Format.BRIEF,
                Path.of("themes", "default"))).write(site);
        out = tmp.resolve("out");
    }

    private Pipeline.Result build(Path to) {
        Diagnostics diags = new Diagnostics();
        Pipeline.Result r = new Pipeline().run(Pipeline.Options.build(site).writingTo(to), diags);
        assertTrue(r.ok(), () -> diags.all().toString());
        return r;
    }

    /** A clean build into a fresh folder, as the reference. */
    private Map<String, byte[]> clean() throws IOException {
        Path fresh = Files.createTempDirectory(tmp, "clean").resolve("site");
        build(fresh);
        return files(fresh);
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString();
                if (!rel.equals(".brief-output")) m.put(rel, Files.readAllBytes(p));
            }
        }
        return m;
    }

    private static void assertSameSite(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> assertArrayEquals(v, actual.get(k), k));
    }

    private static FileTime newest(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.getLastModifiedTime(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).max(FileTime::compareTo).orElseThrow();
        }
    }

    @Test
    void secondBuildWithNothingChangedSkipsRenderingAndTouchesNoFile() throws IOException {
        Pipeline.Result first = build(out);
        assertTrue(first.written().orElseThrow().touched());
        assertTrue(first.millis().containsKey("render"), first.millis().toString());
        Map<String, byte[]> before = files(out);
        FileTime stamp = newest(out);

        Pipeline.Result second = build(out);
        assertFalse(second.written().orElseThrow().touched());
        assertTrue(second.millis().containsKey("cached"), "rendering was skipped: " + second.millis());
        assertEquals(first.pages().stream().map(p -> p.path()).toList(), second.pages().stream().map(p -> p.path()).toList());
        assertEquals(stamp, newest(out));
        assertSameSite(before, files(out));
        assertSameSite(clean(), files(out));
    }

    @Test
    void anArticleEditIsRenderedAndTheOutputEqualsACleanBuild() throws IOException {
        build(out);
        Path article;
        try (Stream<Path> s = Files.list(site.resolve("content/articles"))) {
            article = s.sorted().findFirst().orElseThrow().resolve("en.md");
        }
        Files.writeString(article, Files.readString(article).replace("Briefing 1:", "Briefing one:"));
        Pipeline.Result r = build(out);
        assertTrue(r.millis().containsKey("render"), "an edit is not served from the cache: " + r.millis());
        assertTrue(r.written().orElseThrow().written() > 0);
        assertSameSite(clean(), files(out));
    }

    @Test
    void aTemplateOrStringsEditIsRenderedAndTheOutputEqualsACleanBuild() throws IOException {
        build(out);
        Path strings = site.resolve("themes/default/i18n/en.yaml");
        Files.writeString(strings, Files.readString(strings) + "\nbench-extra: unused\n");
        Pipeline.Result unchangedPages = build(out);
        assertFalse(unchangedPages.written().orElseThrow().touched(), "an unused string changes no page");
        assertSameSite(clean(), files(out));
        assertTrue(build(out).millis().containsKey("cached"), "the new key was recorded");

        Path base = site.resolve("themes/default/templates/base.peb");
        Files.writeString(base, Files.readString(base).replace("</body>", "<!-- bench --></body>"));
        Pipeline.Result r = build(out);
        assertTrue(r.written().orElseThrow().written() > 0);
        assertTrue(new String(files(out).get("en/index.html")).contains("<!-- bench -->"));
        assertSameSite(clean(), files(out));
    }

    @Test
    void aFileDeletedFromTheOutputIsWrittenAgain() throws IOException {
        build(out);
        Files.delete(out.resolve("en/index.html"));
        Pipeline.Result r = build(out);
        assertTrue(r.millis().containsKey("render"), "a damaged output is not trusted: " + r.millis());
        assertSameSite(clean(), files(out));
    }

    @Test
    void aDraftsBuildIsNotServedFromTheCacheOfAPublicBuild() throws IOException {
        build(out);
        Pipeline.Result drafts = new Pipeline().run(Pipeline.Options.build(site).writingTo(out).withDrafts(true), new Diagnostics());
        assertTrue(drafts.millis().containsKey("render"), drafts.millis().toString());
    }
}
