package brief.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    static final Path FILE = Path.of("content/articles/a/vi.md");

    private static List<String> problems(String yaml, int lineOffset) {
        Diagnostics d = new Diagnostics();
        YamlReader.read(FILE, yaml, lineOffset, d);
        return d.all().stream().map(x -> x.headline()).toList();
    }

    @Test
    void positionsCountTheLinesBeforeTheFrontMatter() {
        Diagnostics d = new Diagnostics();
        YNode n = YamlReader.read(FILE, "title: Một\nsummits: [a, b]\n", 1, d).orElseThrow();
        YNode.YMap m = (YNode.YMap) n;
        assertEquals("content/articles/a/vi.md:2:8", m.entries().get("title").pos().toString());
        assertEquals("content/articles/a/vi.md:3:1", m.keyPositions().get("summits").toString());
        YNode.YList l = (YNode.YList) m.entries().get("summits");
        assertEquals("content/articles/a/vi.md:3:14", l.items().get(1).pos().toString());
        assertEquals(List.of(), d.all());
    }

    @Test
    void theLeadersOfALargeArchiveAreReadWhateverTheirSize() {
        // 5,000 leaders with their roles and biographies are ~3.5 million characters: past SnakeYAML's default limit.
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            yaml.append("- id: lanh-dao-").append(i).append("\n  name: {vi: \"Nguyễn Văn ").append(i)
                    .append("\", en: \"Nguyen Van ").append(i).append("\"}\n  bio: \"").append("Tiểu sử. ".repeat(12))
                    .append("\"\n");
        }
        assertTrue(yaml.codePointCount(0, yaml.length()) > 3_200_000, "longer than SnakeYAML's default limit");
        Diagnostics d = new Diagnostics();
        YNode n = YamlReader.read(Path.of("content/leaders.yaml"), yaml.toString(), 0, d).orElseThrow();
        assertEquals(List.of(), d.all());
        assertEquals(20_000, ((YNode.YList) n).items().size());
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLineAndColumn() {
        assertEquals(List.of("content/articles/a/vi.md:3:10: error: YAML syntax: mapping values are not allowed here"),
                problems("title: a\noutlet: b: c\n", 1));
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        assertEquals(List.of("content/articles/a/vi.md:3:9: error: YAML syntax: while scanning a quoted scalar:"
                + " found unexpected end of stream"), problems("title: a\noutlet: \"TTXVN\ndate: x\n", 1));
    }

    @Test
    void aDuplicateKeyIsAnErrorAtTheSecondOne() {
        assertEquals(List.of("content/articles/a/vi.md:4:1: error: duplicate key 'title' (first written at line 2)"),
                problems("title: a\nb: c\ntitle: d\n", 1));
    }

    @Test
    void valuesKeepHowYamlWouldReadThem() {
        YNode.YMap m = (YNode.YMap) YamlReader.read(FILE, "a: no\nb: 1.10\nc: \"1.10\"\nd: 453\ne:\n", 0,
                new Diagnostics()).orElseThrow();
        assertEquals(YNode.YScalar.Kind.BOOLEAN, ((YNode.YScalar) m.entries().get("a")).kind());
        assertEquals("1.10", ((YNode.YScalar) m.entries().get("b")).text());
        assertEquals(YNode.YScalar.Kind.DECIMAL, ((YNode.YScalar) m.entries().get("b")).kind());
        assertEquals(YNode.YScalar.Kind.STRING, ((YNode.YScalar) m.entries().get("c")).kind());
        assertEquals(YNode.YScalar.Kind.INTEGER, ((YNode.YScalar) m.entries().get("d")).kind());
        assertTrue(((YNode.YScalar) m.entries().get("e")).isNull(), "an empty value is no value");
    }

    @Test
    void anAliasIsAnErrorNotItsNameAsText() {
        assertEquals(List.of("content/articles/a/vi.md:2:4: error: YAML aliases ('*x') are not supported"),
                problems("a: &x [1, 2]\nb: *x\n", 0));
    }

    @Test
    void deepNestingIsAnError() {
        assertEquals(List.of("content/articles/a/vi.md:1:1: error: YAML syntax: values are nested more than 1000 levels deep"),
                problems("a: " + "[".repeat(1500), 0));
    }

    @Test
    void blankTextIsNothing() {
        assertEquals(Optional.empty(), YamlReader.read(FILE, " \n\n", 0, new Diagnostics()));
    }
}
