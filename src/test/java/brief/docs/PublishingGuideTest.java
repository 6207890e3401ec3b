package brief.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import brief.testing.Sites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/publishing.md, followed to the letter on a copy of the repository's content and themes: every
 * {@code sh} block's commands run in order (brief in-process), every {@code file=} block is written, every
 * {@code edit=} block's lines replace the lines with the same key, and what follows "You should see:" must
 * appear in the command's output, line by line and in order ("…" stands for any text within a line). A
 * {@code sh mistake} block runs on a throw-away copy of the site as it is at that point, so the guide's
 * mistakes and their messages are tested too without changing the site; {@code sh norun} blocks (the preview
 * server, which runs until Ctrl-C) are only listed. So the guide cannot drift from the tool.
 */
class PublishingGuideTest {
    static final Path GUIDE = Sites.projectRoot().resolve("docs/publishing.md");
    static final Path WIRE = Sites.projectRoot().resolve("src/test/resources/wire/vn-au-fmm-6.txt");

    /** One fenced block of the guide, with the line it starts on (for failure messages). */
    record Block(String info, List<String> lines, int line, boolean expected) {}

    static List<Block> blocks(List<String> guide) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < guide.size(); i++) {
            // Blocks inside a list item (the mistakes) are indented like the item's text.
            String l = guide.get(i).stripLeading();
            int indent = guide.get(i).length() - l.length();
            if (!l.startsWith("```") || l.length() == 3) continue;
            String info = l.substring(3).strip();
            int start = i;
            List<String> body = new ArrayList<>();
            for (i++; i < guide.size() && !guide.get(i).strip().startsWith("```"); i++) {
                String b = guide.get(i);
                body.add(b.length() >= indent && b.substring(0, indent).isBlank() ? b.substring(indent) : b.strip());
            }
            // An expected output is a block right after a line "You should see:" (blank lines between allowed).
            int p = start - 1;
            while (p >= 0 && guide.get(p).isBlank()) p--;
            boolean expected = p >= 0 && guide.get(p).strip().endsWith("You should see:");
            out.add(new Block(info, body, start + 1, expected));
        }
        return out;
    }

    @Test
    void theGuideRunsAsWrittenAndShowsWhatItSays(@TempDir Path tmp) throws IOException {
        List<String> guide = Files.readAllLines(GUIDE, StandardCharsets.UTF_8);
        Path site = tmp.resolve("site-root");
        Sites.copyRealSite(site);
        Files.copy(WIRE, site.resolve("wire.txt"));
        List<Block> blocks = blocks(guide);
        Sites.Run lastOutput = null;
        String lastCommand = null;
        int commands = 0;
        int checked = 0;
        int mistakes = 0;
        for (Block b : blocks) {
            String where = "docs/publishing.md:" + b.line();
            if (b.expected()) {
                assertTrue(lastOutput != null, where + ": 'You should see:' with no command before it");
                assertShows(b.lines(), lastOutput, where, lastCommand);
                checked++;
                lastOutput = null;
                continue;
            }
            String info = b.info();
            if (info.startsWith("sh")) {
                boolean mistake = info.contains("mistake");
                if (info.contains("norun")) {
                    for (String c : commandsOf(b.lines())) {
                        assertTrue(c.startsWith("./brief serve"), where + ": only the preview may be left untested: " + c);
                    }
                    continue;
                }
                Path root = site;
                if (mistake) {
                    root = tmp.resolve("mistake-" + (++mistakes));
                    Sites.copyTree(site, root);
                }
                StringBuilder out = new StringBuilder();
                StringBuilder err = new StringBuilder();
                for (String c : commandsOf(b.lines())) {
                    Sites.Run r = run(c, root, where);
                    commands++;
                    if (!mistake) assertEquals(0, r.exit(), where + ": '" + c + "' failed:\n" + r.all());
                    out.append(r.out());
                    err.append(r.err());
                    lastCommand = c;
                }
                lastOutput = new Sites.Run(0, out.toString(), err.toString());
            } else if (info.contains("file=")) {
                Path f = site.resolve(attr(info, "file"));
                Files.createDirectories(f.getParent());
                Files.writeString(f, String.join("\n", b.lines()) + "\n", StandardCharsets.UTF_8);
            } else if (info.contains("edit=")) {
                edit(site.resolve(attr(info, "edit")), b.lines(), where);
            }
        }
        assertTrue(commands >= 12, "the guide runs its commands: " + commands);
        assertTrue(checked >= 10, "the guide says what each step shows: " + checked);
        assertTrue(mistakes >= 5, "the guide's mistakes are tested: " + mistakes);
        assertTrue(Files.exists(site.resolve("site/en/index.html")), "the guide ends with a built site");
    }

    /** The lines of a block as commands: comments and blank lines dropped, "\" continuations joined. */
    static List<String> commandsOf(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String l : lines) {
            String s = l.strip();
            if (cur.length() == 0 && (s.isEmpty() || s.startsWith("#"))) continue;
            if (s.endsWith("\\")) {
                cur.append(s, 0, s.length() - 1).append(' ');
                continue;
            }
            cur.append(s);
            out.add(cur.toString());
            cur.setLength(0);
        }
        return out;
    }

    static Sites.Run run(String command, Path root, String where) {
        List<String> words = words(command);
        if (words.get(0).equals("./brief")) {
            List<String> args = new ArrayList<>(words.subList(1, words.size()));
            // The guide's files are named relative to the site folder, where its reader runs brief.
            for (int i = 0; i < args.size(); i++) {
                if (!args.get(i).startsWith("-") && Files.isRegularFile(root.resolve(args.get(i)))) {
                    args.set(i, root.resolve(args.get(i)).toString());
                }
            }
            args.add("--source");
            args.add(root.toString());
            return Sites.brief(args.toArray(String[]::new));
        }
        fail(where + ": the guide may only run ./brief: " + command);
        return null;
    }

    /** Splits a shell command line into words: double and single quotes group, as the shell does. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean any = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else if (c == '\\' && quote == '"' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) w.append(line.charAt(++i));
                else w.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                any = true;
            } else if (c == ' ') {
                if (any || w.length() > 0) out.add(w.toString());
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
            }
        }
        if (any || w.length() > 0) out.add(w.toString());
        return out;
    }

    static String attr(String info, String name) {
        for (String part : info.split("\\s+")) if (part.startsWith(name + "=")) return part.substring(name.length() + 1);
        throw new IllegalArgumentException(info);
    }

    /** Each "key: value" line replaces the file's line with the same key and indentation. */
    static void edit(Path file, List<String> lines, String where) throws IOException {
        List<String> text = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        for (String l : lines) {
            if (l.isBlank()) continue;
            String key = l.substring(0, l.indexOf(':') + 1);
            int at = -1;
            for (int i = 0; i < text.size(); i++) if (text.get(i).startsWith(key)) at = at < 0 ? i : at;
            assertTrue(at >= 0, where + ": no line '" + key + "' to change in " + file.getFileName());
            text.set(at, l);
        }
        Files.writeString(file, String.join("\n", text) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * Each expected line occurs in the output, in order. A terminal shows the two streams interleaved
     * (problems on the error stream, summaries on the standard one), so the order is kept within each.
     */
    static void assertShows(List<String> expected, Sites.Run output, String where, String command) {
        List<String> out = output.out().lines().toList();
        List<String> err = output.err().lines().toList();
        int[] at = {0, 0};
        for (String e : expected) {
            if (e.isBlank()) continue;
            if (!find(e.strip(), out, at, 0) && !find(e.strip(), err, at, 1)) {
                fail(where + ": after '" + command + "' the guide says you should see\n  " + e.strip()
                        + "\nbut the output (in order) was:\n" + output.out() + output.err());
            }
        }
    }

    private static boolean find(String pattern, List<String> lines, int[] at, int stream) {
        for (int i = at[stream]; i < lines.size(); i++) {
            if (matches(pattern, lines.get(i))) {
                at[stream] = i + 1;
                return true;
            }
        }
        return false;
    }

    /** Whether {@code line} contains the pieces of {@code pattern} between its "…", in order. */
    static boolean matches(String pattern, String line) {
        int from = 0;
        for (String piece : pattern.split("…", -1)) {
            if (piece.isEmpty()) continue;
            int i = line.indexOf(piece, from);
            if (i < 0) return false;
            from = i + piece.length();
        }
        return true;
    }

    @Test
    void expectedOutputPiecesMatchInOrderWithEllipsisAsAnyText() {
        assertTrue(matches("built … files in site", "built 523 files in site (pages: vi 10)"));
        assertTrue(!matches("built … files in site", "files in site built"));
        assertEquals(List.of("./brief", "new", "leader", "--name", "vi=Penny Wong", "--x", "a\"b"),
                words("./brief new leader --name vi=\"Penny Wong\" --x 'a\"b'"));
    }
}
