package brief.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.ArticleText;
import brief.source.FrontMatter;
import brief.content.MarkdownParser;
import brief.diag.Diagnostic;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The first block without a counterpart is the one named, on real briefings: every paragraph of every shipped
 * English translation is removed in turn (the source's paragraph must be named as missing, at the line of the
 * translation where it belongs; where two neighbours carry the same numbers and names, as the lede a wire
 * repeats, either may be named), and a sentence is slipped in after each (it must be named as extra).
 */
class AlignmentTest {
    private static final MarkdownParser MD = new MarkdownParser();

    @Test
    void eachParagraphRemovedFromARealTranslationIsNamedAtItsPlace() throws IOException {
        int tried = 0;
        int inexact = 0;
        for (Path dir : articles()) {
            ArticleText vi = text(dir.resolve("vi.md"), "vi", read(dir.resolve("vi.md")));
            List<String> chunks = chunks(dir.resolve("en.md"));
            for (int k = 1; k < chunks.size(); k++) {
                List<String> fewer = new ArrayList<>(chunks);
                fewer.remove(k);
                ArticleText en = text(dir.resolve("en.md"), "en", String.join("\n\n", fewer));
                Diagnostic d = only(vi, en);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile(": the source's paragraph (\\d+) \\(vi.md:")
                        .matcher(d.message());
                assertTrue(m.find(), d.message());
                int named = Integer.parseInt(m.group(1));
                // Next to a paragraph that carries the same (a lede the wire repeats), either may be named.
                assertTrue(Math.abs(named - k) <= 1, dir.getFileName() + " without paragraph " + k + ": " + d.message());
                tried++;
                if (named != k) {
                    inexact++;
                    continue;
                }
                int expectedLine = k <= en.body().blocks().size() ? en.body().blocks().get(k - 1).line()
                        : en.body().blocks().get(en.body().blocks().size() - 1).line();
                assertEquals(expectedLine, d.pos().line(), d.message());
            }
        }
        assertTrue(tried > 80, "every paragraph of the five briefings: " + tried);
        // Measured: 2 of 92 name the neighbour (both carry the same numbers and names).
        assertTrue(inexact <= 3, inexact + " of " + tried + " named a neighbour instead");
    }

    @Test
    void aSentenceSlippedIntoARealTranslationIsNamedAsExtra() throws IOException {
        for (Path dir : articles()) {
            ArticleText vi = text(dir.resolve("vi.md"), "vi", read(dir.resolve("vi.md")));
            List<String> chunks = chunks(dir.resolve("en.md"));
            for (int k = 1; k < chunks.size(); k++) {
                List<String> more = new ArrayList<>(chunks);
                more.add(k + 1, "The delegation then toured a local factory.");
                ArticleText en = text(dir.resolve("en.md"), "en", String.join("\n\n", more));
                Diagnostic d = only(vi, en);
                assertTrue(d.message().contains(": paragraph " + (k + 1) + " of the translation \"The delegation then"),
                        dir.getFileName() + " with a sentence after paragraph " + k + ": " + d.message());
            }
        }
    }

    @Test
    void blocksOfTheSameCountAreNotCompared() throws IOException {
        Path dir = articles().get(0);
        Diagnostics d = new Diagnostics();
        Alignment.check(text(dir.resolve("vi.md"), "vi", read(dir.resolve("vi.md"))),
                text(dir.resolve("en.md"), "en", read(dir.resolve("en.md"))), d);
        assertEquals(List.of(), d.all());
    }

    private static Diagnostic only(ArticleText source, ArticleText translation) {
        Diagnostics d = new Diagnostics();
        Alignment.check(source, translation, d);
        assertEquals(1, d.all().size(), d.all().toString());
        return d.all().get(0);
    }

    private static List<Path> articles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("content", "articles"))) {
            return s.sorted().toList();
        }
    }

    /** The front matter, then each block of the body as written (blocks are separated by blank lines). */
    private static List<String> chunks(Path file) {
        String text = read(file);
        FrontMatter fm = FrontMatter.split(text).orElseThrow();
        List<String> out = new ArrayList<>();
        out.add(text.substring(0, text.length() - fm.body().length()).stripTrailing());
        for (String c : fm.body().strip().split("\n\\s*\n")) out.add(c.strip());
        return out;
    }

    private static ArticleText text(Path file, String lang, String content) {
        FrontMatter fm = FrontMatter.split(content).orElseThrow();
        return new ArticleText(lang, file, "t", Optional.empty(), Optional.empty(), Optional.empty(),
                brief.i18n.LocalizedText.EMPTY, brief.i18n.LocalizedText.EMPTY, Optional.empty(), List.of(), List.of(),
                List.of(), false, Optional.empty(), Optional.empty(), MD.parse(fm.body(), fm.bodyLine()), new SourcePos(file, 2, 1), new SourcePos(file, 2, 1), List.of());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
