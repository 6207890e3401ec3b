package brief.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.build.Pipeline;
import brief.cli.Main;
import brief.diag.Diagnostic;
import brief.diag.Diagnostics;
import brief.diag.ExitCode;
import brief.diag.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteGeneratorTest {
    private static final Path THEME = Path.of("themes", "default");

    @TempDir
    Path tmp;

    private Path generate(String name, int n, long seed, SiteGenerator.Format format) throws IOException {
        Path out = tmp.resolve(name);
        new SiteGenerator(new SiteGenerator.Options(n, seed, List.of("vi", "en"), format, THEME)).write(out);
        return out;
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }

    @Test
    void sameSeedWritesByteIdenticalTrees() throws IOException {
        Map<String, byte[]> a = files(generate("a", 120, 42, SiteGenerator.Format.BRIEF));
        Map<String, byte[]> b = files(generate("b", 120, 42, SiteGenerator.Format.BRIEF));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
        assertTrue(a.containsKey("content/articles/" + firstArticle(tmp.resolve("a")) + "/en.md"));
    }

    @Test
    void anotherSeedWritesOtherText() throws IOException {
        Map<String, byte[]> a = files(generate("a", 20, 42, SiteGenerator.Format.BRIEF));
        Map<String, byte[]> b = files(generate("b", 20, 7, SiteGenerator.Format.BRIEF));
        assertNotEquals(new String(a.get("content/leaders.yaml"), StandardCharsets.UTF_8),
                new String(b.get("content/leaders.yaml"), StandardCharsets.UTF_8));
    }

    @Test
    void generatedSitePassesEveryCheckWithoutWarnings() throws IOException {
        Path site = generate("site", 50, 42, SiteGenerator.Format.BRIEF);
        Diagnostics diags = new Diagnostics();
        var validated = new Pipeline().run(Pipeline.Options.check(site), diags).checked();
        List<Diagnostic> problems = diags.all().stream()
                .filter(d -> d.severity() == Severity.ERROR || d.severity() == Severity.WARNING).toList();
        assertEquals(List.of(), problems);
        assertTrue(validated.isPresent());
        assertEquals(50, validated.get().sources().articles().size());
        assertEquals(1, validated.get().sources().annotations().summits().size());
    }

    @Test
    void articlesAreVietnameseWithDiacriticsAndAboutSevenHundredWords() throws IOException {
        Path site = generate("site", 10, 42, SiteGenerator.Format.BRIEF);
        Path dir = site.resolve("content/articles").resolve(firstArticle(site));
        String vi = Files.readString(dir.resolve("vi.md"));
        String body = vi.substring(vi.indexOf("\n---\n") + 5);
        int words = body.strip().split("\\s+").length;
        assertTrue(words > 550 && words < 900, "words: " + words);
        assertTrue(body.contains("Hội nghị"), body);
        assertTrue(body.contains("\n## "), "a heading");
        assertTrue(body.contains("\n- "), "a list");
        assertTrue(body.contains("::: caption\n"), "a caption");
        assertTrue(body.contains("(summit:") && body.contains("(leader:"), "internal links");
    }

    @Test
    void everySummitFigureQuotesASentenceOfItsArticle() throws IOException {
        Path site = generate("site", 200, 3, SiteGenerator.Format.BRIEF);
        String summits = Files.readString(site.resolve("content/summits.yaml"));
        int quotes = 0;
        for (String line : summits.split("\n")) {
            if (!line.strip().startsWith("article: ")) continue;
            String id = line.strip().substring("article: ".length());
            int at = summits.indexOf(line);
            String quoteLine = summits.substring(summits.indexOf("quote: \"", at) + 8, summits.indexOf('\n', summits.indexOf("quote: \"", at)) - 1);
            assertTrue(Files.readString(site.resolve("content/articles").resolve(id).resolve("vi.md")).contains(quoteLine), id);
            quotes++;
        }
        assertEquals(8, quotes, "4 summits × 2 figures");
    }

    @Test
    void hugoFormatWritesTranslationsByFileNameAndTermPages() throws IOException {
        Path site = generate("hugo", 60, 42, SiteGenerator.Format.HUGO);
        Path article = site.resolve("content/articles").resolve(firstArticle(site));
        assertTrue(Files.isRegularFile(article.resolve("index.vi.md")));
        assertTrue(Files.isRegularFile(article.resolve("index.en.md")));
        String en = Files.readString(article.resolve("index.en.md"));
        assertTrue(en.contains("](/en/leaders/"), "links point at Hugo's taxonomy pages");
        assertTrue(en.contains("\ndate: 20"), "Hugo needs the date in every language");
        assertTrue(Files.isRegularFile(site.resolve("content/summits/asean-summit-1/_index.vi.md")));
        assertFalse(Files.exists(site.resolve("content/site.yaml")));
    }

    private Path archive(String name, int n, SiteGenerator.Format format, int titleOnly) throws IOException {
        Path out = tmp.resolve(name);
        SiteGenerator.Shape d = SiteGenerator.Shape.archive(n);
        SiteGenerator.Shape shape = new SiteGenerator.Shape(true, d.leaders(), d.summits(), d.topics(), d.minLeaders(),
                d.maxLeaders(), d.bodyWords(), titleOnly);
        new SiteGenerator(new SiteGenerator.Options(n, 42, List.of("vi", "en"), format, THEME, shape)).write(out);
        return out;
    }

    @Test
    void archiveShapeHasALeaderPerTenArticlesASummitPerTwentyAndTwoToFiveLeadersAnArticle() throws IOException {
        Path site = archive("archive", 200, SiteGenerator.Format.BRIEF, 20);
        Map<String, byte[]> again = files(archive("again", 200, SiteGenerator.Format.BRIEF, 20));
        Map<String, byte[]> first = files(site);
        assertEquals(first.keySet(), again.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, again.get(path), path));

        var sources = new Pipeline().run(Pipeline.Options.check(site), new Diagnostics()).checked().orElseThrow().sources();
        assertEquals(20, sources.annotations().leaders().size());
        assertEquals(10, sources.annotations().summits().size());
        java.util.Set<String> topics = new java.util.TreeSet<>();
        java.util.Set<Integer> perArticle = new java.util.TreeSet<>();
        for (var a : sources.articles()) {
            a.source().topics().forEach(r -> topics.add(r.id()));
            perArticle.add(a.source().leaders().size());
        }
        assertTrue(topics.size() > 12 && topics.size() <= 24, "topics: " + topics);
        assertEquals(java.util.Set.of(2, 3, 4, 5), perArticle);
    }

    @Test
    void archiveBodiesHaveAboutSevenHundredFiftyWordsHeadingsListsAndQuotesInEveryLanguage() throws IOException {
        Path site = archive("archive", 40, SiteGenerator.Format.BRIEF, 0);
        try (Stream<Path> s = Files.list(site.resolve("content/articles"))) {
            for (Path dir : s.toList()) {
                String vi = Files.readString(dir.resolve("vi.md"));
                String body = vi.substring(vi.indexOf("\n---\n") + 5);
                int words = body.strip().split("\\s+").length;
                assertTrue(words > 650 && words < 950, dir + ": " + words + " words");
                assertTrue(body.contains("\n## ") && body.contains("\n- ") && body.contains("\n> "), body);
                String en = Files.readString(dir.resolve("en.md"));
                String enBody = en.substring(en.indexOf("\n---\n") + 5);
                assertEquals(body.split("\n\n").length, enBody.split("\n\n").length, "blocks line up: " + dir);
            }
        }
    }

    @Test
    void archiveArticlesNamingLeadersOnlyByTitleAreTheOnlyWarnings() throws IOException {
        for (int titleOnly : new int[] {0, 30}) {
            Path site = archive("archive-" + titleOnly, 60, SiteGenerator.Format.BRIEF, titleOnly);
            Diagnostics diags = new Diagnostics();
            assertTrue(new Pipeline().run(Pipeline.Options.check(site), diags).checked().isPresent(), "no errors");
            List<Diagnostic> warnings = diags.all().stream().filter(d -> d.severity() == Severity.WARNING).toList();
            if (titleOnly == 0) {
                assertEquals(List.of(), warnings);
            } else {
                assertFalse(warnings.isEmpty());
                warnings.forEach(w -> assertTrue(w.message().contains("whom its text never names"), w.message()));
            }
        }
    }

    @Test
    void archiveHugoCorpusHasTheSameArticlesWithTopicsAsATaxonomy() throws IOException {
        Path brief = archive("b", 30, SiteGenerator.Format.BRIEF, 20);
        Path hugo = archive("h", 30, SiteGenerator.Format.HUGO, 20);
        String id = firstArticle(brief);
        String hugoVi = Files.readString(hugo.resolve("content/articles").resolve(id).resolve("index.vi.md"));
        String briefVi = Files.readString(brief.resolve("content/articles").resolve(id).resolve("vi.md"));
        assertTrue(hugoVi.contains("\ntopics: ["), hugoVi);
        String leaders = briefVi.lines().filter(l -> l.startsWith("leaders: ")).findFirst().orElseThrow();
        assertTrue(hugoVi.contains("\n" + leaders + "\n"), "the same leaders: " + leaders);
    }

    @Test
    void generateRefusesAFolderItDidNotWrite() throws IOException {
        Path foreign = tmp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        assertEquals(ExitCode.USAGE.code(), Main.run("generate", "--articles", "5", "--out", foreign.toString()));
        assertEquals("mine", Files.readString(foreign.resolve("notes.txt")));
    }

    @Test
    void generateReplacesItsOwnEarlierOutput() throws IOException {
        Path out = tmp.resolve("again");
        assertEquals(0, Main.run("generate", "--articles", "30", "--out", out.toString()));
        assertEquals(0, Main.run("generate", "--articles", "10", "--out", out.toString()));
        try (Stream<Path> s = Files.list(out.resolve("content/articles"))) {
            assertEquals(10, s.count());
        }
    }

    private static String firstArticle(Path site) throws IOException {
        try (Stream<Path> s = Files.list(site.resolve("content/articles"))) {
            return s.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }
}
