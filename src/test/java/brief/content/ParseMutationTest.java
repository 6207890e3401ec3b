package brief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A seeded random-mutation fuzzer over front matter and annotation parsing, run in every test build: the valid
 * files of the minimal site are mutated (characters that matter to YAML and Markdown inserted, deleted,
 * replaced; lines duplicated, swapped, re-indented; invalid UTF-8, a BOM, CR, NUL) and each result must parse to
 * a result or diagnostics, never an exception. Same seed, same inputs: a failure names the iteration to replay.
 * Longer runs: {@code mvn -B -o test -Dtest=ParseMutationTest -Dbrief.fuzz.iterations=200000 -Dbrief.fuzz.seed=7}.
 */
class ParseMutationTest {
    static final long SEED = Long.getLong("brief.fuzz.seed", 20251122L);
    static final int ITERATIONS = Integer.getInteger("brief.fuzz.iterations", 5000);
    /** Characters YAML, front matter and Markdown give a meaning to, and some Vietnamese letters. */
    /** Whole YAML tokens with a meaning of their own; a character at a time rarely builds them. */
    static final List<String> TOKENS = List.of(".inf", "-.inf", ".nan", "0x1F", "1_000", "0b101", "1e999", "~", "null",
            "yes", "no", "on", "&a ", "*a", "!!binary ", "!!str ", "!tag ", "? ", "--- ", "...", "%YAML 1.2\n", "<<: ",
            "|\n", ">-\n", "\"\\x00\"", "\"\\u202E\"", "[", "]", "{", "}", "- ", ": ", "#", "'", "\"",
            "2025-13-45", "2025-02-30", "99999999999999999999", "-0", "1.10", "::: caption\n", "](article:", "](#",
            "[x](summit:", "\n---\n", "\r\n", "\t");
    static final String SPECIAL = ":-[]{}\"'#&*!|>%@`,?\\\t\n ~=<()_^$/.0123456789ạđĐư\u0301\u00A0\u2028\uFEFF";

    @Test
    void mutatedSourcesGiveResultsOrDiagnosticsNeverAnException() throws IOException {
        List<byte[]> seeds = seeds();
        Random random = new Random(SEED);
        ParseTarget target = new ParseTarget();
        int diagnostics = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
            try {
                diagnostics += target.parseEverything(input);
            } catch (RuntimeException | StackOverflowError | AssertionError e) {
                fail("iteration " + i + " (seed " + SEED + ") threw " + e + " for input:\n"
                        + new String(input, StandardCharsets.UTF_8), e);
            }
        }
        // The mutations must actually break things, or this test proves nothing.
        if (diagnostics < ITERATIONS) fail("only " + diagnostics + " diagnostics in " + ITERATIONS + " mutated inputs");
    }

    @Test
    void deeplyNestedYamlIsADiagnosticNotAStackOverflow() {
        ParseTarget target = new ParseTarget();
        for (String open : List.of("[", "{a: ", "- ")) {
            String deep = "---\ntitle: " + open.repeat(5000) + "\n---\nText.\n";
            target.parseEverything(deep.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aliasesAndAnchorsAreReadWithoutExpandingForever() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [").append(("*a" + (i - 1) + ", ").repeat(9))
                    .append("]\n");
        }
        assertEquals(true, new ParseTarget().parseEverything(bomb.toString().getBytes(StandardCharsets.UTF_8)) >= 0);
    }

    static List<byte[]> seeds() throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src", "test", "resources", "sites", "minimal", "content"))) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) out.add(Files.readAllBytes(p));
        }
        return out;
    }

    static byte[] mutate(byte[] seed, Random r) {
        String text = new String(seed, StandardCharsets.UTF_8);
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits; e++) text = editText(text, r);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(20) == 0 && bytes.length > 0) {
            // An invalid UTF-8 byte, a lone continuation byte or a truncated sequence.
            bytes = bytes.clone();
            bytes[r.nextInt(bytes.length)] = (byte) (0x80 + r.nextInt(0x80));
        }
        if (r.nextInt(30) == 0) {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] withBom = new byte[bytes.length + 3];
            System.arraycopy(bom, 0, withBom, 0, 3);
            System.arraycopy(bytes, 0, withBom, 3, bytes.length);
            bytes = withBom;
        }
        return bytes;
    }

    static String editText(String t, Random r) {
        int at = t.isEmpty() ? 0 : r.nextInt(t.length() + 1);
        switch (r.nextInt(11)) {
            case 9, 10 -> { // insert a whole token
                return t.substring(0, at) + TOKENS.get(r.nextInt(TOKENS.size())) + t.substring(at);
            }
            case 0, 1 -> { // insert a meaningful character
                return t.substring(0, at) + SPECIAL.charAt(r.nextInt(SPECIAL.length())) + t.substring(at);
            }
            case 2 -> { // delete a run
                int end = Math.min(t.length(), at + 1 + r.nextInt(8));
                return at >= t.length() ? t : t.substring(0, at) + t.substring(end);
            }
            case 3 -> { // replace one character
                return at >= t.length() ? t : t.substring(0, at) + SPECIAL.charAt(r.nextInt(SPECIAL.length()))
                        + t.substring(at + 1);
            }
            case 4 -> { // duplicate a line
                List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
                int i = r.nextInt(lines.size());
                lines.add(i, lines.get(i));
                return String.join("\n", lines);
            }
            case 5 -> { // swap two lines
                List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
                java.util.Collections.swap(lines, r.nextInt(lines.size()), r.nextInt(lines.size()));
                return String.join("\n", lines);
            }
            case 6 -> { // change a line's indentation
                List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
                int i = r.nextInt(lines.size());
                lines.set(i, r.nextBoolean() ? " ".repeat(1 + r.nextInt(4)) + lines.get(i) : lines.get(i).stripLeading());
                return String.join("\n", lines);
            }
            case 7 -> { // random code point, control characters included
                int cp = r.nextInt(4) == 0 ? r.nextInt(0x20) : r.nextInt(0x3000);
                if (Character.isSurrogate((char) cp)) cp = 'x';
                return t.substring(0, at) + new String(Character.toChars(cp)) + t.substring(at);
            }
            default -> { // CR line ends, or a truncated file
                return r.nextBoolean() ? t.replace("\n", "\r\n") : t.substring(0, at);
            }
        }
    }
}
