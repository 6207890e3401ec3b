package brief.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.bench.SiteGenerator;
import brief.content.ParseMutationAccess;
import brief.diag.Diagnostics;
import brief.source.FrontMatter;
import brief.testing.Sites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flat front matter is read without SnakeYAML, and must read exactly as SnakeYAML reads it: the same tree,
 * positions and kinds included, and only for texts SnakeYAML reads without a problem.
 */
class FlatYamlTest {
    private static final Path FILE = Path.of("content/articles/a/vi.md");

    @Test
    void aBriefingsFrontMatterIsReadWithoutSnakeYamlAndAsSnakeYamlReadsIt() {
        String yaml = """
                title: "Bản tin số 1: Phan Quốc Bình dự hội nghị"
                date: "2000-01-03"
                summits: [asean-summit-1]
                leaders: [phan-quoc-binh-67, le-thi-mai-100]
                translated_from: [d2279294f2, 0dc4eb8680]
                draft: false
                """;
        YNode flat = FlatYaml.read(FILE, yaml, 1);
        assertNotNull(flat);
        assertSameAsSnakeYaml(yaml, flat);
        YNode.YMap m = (YNode.YMap) flat;
        assertEquals("content/articles/a/vi.md:2:8", m.entries().get("title").pos().toString());
        assertEquals("content/articles/a/vi.md:5:30", ((YNode.YList) m.entries().get("leaders")).items().get(1).pos().toString());
        assertEquals(YNode.YScalar.Kind.BOOLEAN, ((YNode.YScalar) m.entries().get("draft")).kind());
    }

    @Test
    void whatYamlCouldReadOtherwiseIsLeftToSnakeYaml() {
        for (String yaml : List.of("title: Plain text\n", "title: \"a \\\" b\"\n", "title: \"\"\n", "title: \"a\" # note\n",
                "leaders: [no, b]\n", "leaders: [1e+5]\n", "leaders: [1e-5]\n", "leaders: [0b]\n", "leaders: [0x]\n", "leaders: [0b1-2]\n", "leaders: [0_1]\n", "leaders: [-0123]\n", "leaders: [0.5]\n", "leaders: [a,b]\n",
                "leaders: [a , b]\n", "leaders: []\n", "draft: yes\n", "draft: True\n", "on: \"x\"\n", "Title: \"x\"\n",
                "title: \"x\"\n\ndate: \"y\"\n", "title: \"x\"\ntitle: \"y\"\n", "title: \"a\tb\"\n", "title: \"a\u2028b\"\n",
                "title: \"a\u0085b\"\n", "\uFEFFtitle: \"x\"\n", "  title: \"x\"\n", "title:  \"x\"\n", "title: \"x\" \n",
                "outlet: {vi: \"TTXVN\", en: \"VNA\"}\n", "title: \"x\"\r\n", "date: 2000-01-03\n", "leaders: [-a]\n",
                "leaders: [a-\u00e9]\n", "title: \"\ud83d\ude00\"\n")) {
            assertNull(FlatYaml.read(FILE, yaml, 1), yaml);
        }
    }

    @Test
    void wordsNoNumberCanBeAreReadAlike() {
        for (String yaml : List.of("translated_from: [5254e0e562, e5, 123e, a1, 1a, 0a, x0x1f, on-site, no-1]\n",
                "draft: true\nsummits: [e]\n", "translated_from: [3877342435, 12, 99999999999999999999, a]\n",
                // Digits from a '0': octal integers when all are below 8, else text.
                "translated_from: [0332655680, 0123, 0, 00, 07, 08, 09, 0777777777777777777777777, 0800000000000000000]\n",
                // Digits, an 'e' and digits: decimals.
                "translated_from: [46784131e7, 1e5, 12e4567890, 0e0, 01e5, 9e9, 1e05]\n",
                // "0b", "0x", "0o": binary and hexadecimal integers, else text.
                "translated_from: [0b198f61a0, 0b1, 0b10, 0b2, 0b1a, 0b101e1, 0x1f, 0xab12cd34ef, 0x1e5, 0xg1, 0o7, 0o8, 0oa]\n")) {
            YNode flat = FlatYaml.read(FILE, yaml, 1);
            assertNotNull(flat, yaml);
            assertSameAsSnakeYaml(yaml, flat);
        }
    }

    @Test
    void theRealContentsFrontMatterReadsAlike() throws IOException {
        assertFrontMattersReadAlike(Sites.projectRoot().resolve("content/articles"), 10, 7);
    }

    @Test
    void anArchiveShapedSitesFrontMatterReadsAlike(@TempDir Path tmp) throws IOException {
        new SiteGenerator(new SiteGenerator.Options(40, 7, List.of("vi", "en"), SiteGenerator.Format.BRIEF,
                Sites.projectRoot().resolve("themes/default"), SiteGenerator.Shape.archive(40))).write(tmp);
        assertFrontMattersReadAlike(tmp.resolve("content/articles"), 80, 80);
    }

    /** Mutated front matter (the parse fuzzers' mutations): whatever the flat reader takes reads alike. */
    @Test
    void mutatedFrontMatterReadsAlikeWheneverTheFlatReaderTakesIt() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (Path md : markdownUnder(Sites.projectRoot().resolve("content/articles"))) seeds.add(Files.readAllBytes(md));
        Random random = new Random(20261127L);
        int taken = 0;
        for (int i = 0; i < 10_000; i++) {
            String text = new String(ParseMutationAccess.mutate(seeds.get(random.nextInt(seeds.size())), random),
                    StandardCharsets.UTF_8);
            Optional<FrontMatter> fm = FrontMatter.split(text);
            if (fm.isEmpty() || fm.get().yaml().isBlank()) continue;
            YNode flat = FlatYaml.read(FILE, fm.get().yaml(), 1);
            if (flat == null) continue;
            taken++;
            assertSameAsSnakeYaml(fm.get().yaml(), flat);
        }
        assertTrue(taken > 500, "the flat reader took " + taken + " mutated texts");
    }

    /**
     * Every front matter the flat reader takes reads alike, and it takes at least {@code flat} of them (the others
     * hold a mapping of languages).
     */
    private static void assertFrontMattersReadAlike(Path articles, int files, int flat) throws IOException {
        List<Path> mds = markdownUnder(articles);
        assertEquals(files, mds.size());
        int taken = 0;
        for (Path md : mds) {
            FrontMatter fm = FrontMatter.split(Files.readString(md)).orElseThrow();
            YNode read = FlatYaml.read(FILE, fm.yaml(), 1);
            if (read == null) continue;
            taken++;
            assertSameAsSnakeYaml(fm.yaml(), read);
        }
        assertTrue(taken >= flat, "the flat reader took " + taken + " of " + files);
    }

    private static void assertSameAsSnakeYaml(String yaml, YNode flat) {
        Diagnostics d = new Diagnostics();
        YNode snake = YamlReader.parse(FILE, yaml, 1, d).orElse(null);
        assertEquals(List.of(), d.all().stream().map(x -> x.headline()).toList(), yaml);
        assertEquals(snake, flat, yaml);
        assertEquals(String.valueOf(snake), String.valueOf(flat), yaml);
    }

    private static List<Path> markdownUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }
}
