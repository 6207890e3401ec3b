package brief.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {
    final Path file = Path.of("content", "summits.yaml");

    @Test
    void diagnosticsAreSortedByFileLineAndColumnAndDuplicatesDropped() {
        Diagnostics d = new Diagnostics();
        d.error(Code.INVALID_VALUE, new SourcePos(file, 12, 3), "b");
        d.warning(Code.INVALID_VALUE, new SourcePos(Path.of("content", "leaders.yaml"), 40, 1), "a");
        d.error(Code.INVALID_VALUE, new SourcePos(file, 2, 9), "c");
        d.error(Code.INVALID_VALUE, new SourcePos(file, 12, 3), "b");
        assertEquals(List.of("content/leaders.yaml:40:1: warning: a", "content/summits.yaml:2:9: error: c",
                "content/summits.yaml:12:3: error: b"), d.all().stream().map(Diagnostic::headline).toList());
        assertEquals(2, d.count(Severity.ERROR));
    }

    @Test
    void lineTenSortsAfterLineNine() {
        Diagnostics d = new Diagnostics();
        d.error(Code.INVALID_VALUE, new SourcePos(file, 10, 1), "x");
        d.error(Code.INVALID_VALUE, new SourcePos(file, 9, 1), "x");
        assertEquals(9, d.all().get(0).pos().line());
    }

    @Test
    void aFileWithoutALineIsShownWithoutOne() {
        assertEquals("content/summits.yaml", SourcePos.of(file).toString());
        assertEquals("content/summits.yaml:3:1", new SourcePos(file, 3, 0).toString());
    }

    @Test
    void theFormatShowsTheLineACaretAndTheHint() {
        Diagnostics d = new Diagnostics(pos -> "  country: VNM");
        d.errorWithHint(Code.UNKNOWN_COUNTRY, new SourcePos(file, 8, 12), "use 'VN'", "unknown country '%s'", "VNM");
        assertEquals("content/summits.yaml:8:12: error: unknown country 'VNM'\n"
                + "    |   country: VNM\n"
                + "    |            ^\n"
                + "    = hint: use 'VN'", d.all().get(0).format());
    }

    @Test
    void controlAndBidiCharactersAreShownAsEscapes() {
        assertEquals("a\\u0000b\\u202Ec\td", Diagnostics.visible("a\u0000b\u202Ec\td"));
        assertEquals("plain Vietnamese: Đà Nẵng", Diagnostics.visible("plain Vietnamese: Đà Nẵng"));
        Diagnostics d = new Diagnostics();
        d.error(Code.INVALID_VALUE, new SourcePos(file, 1, 1), "id '%s'", "x\u0007");
        assertEquals("content/summits.yaml:1:1: error: id 'x\\u0007'", d.all().get(0).headline());
    }

    @Test
    void theLineShownIsTheFilesLineWithCrLfAsOneLineEndAndBadBytesReplaced(@org.junit.jupiter.api.io.TempDir Path root)
            throws java.io.IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.writeBytes("\uFEFFa: 1\r\nb\r\r\nlone\rcr\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {'x', (byte) 0xE1, (byte) 0xBB, '\n'});
        b.writeBytes("Nguyễn\r".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.nio.file.Files.createDirectories(root.resolve("content"));
        java.nio.file.Files.write(root.resolve(file), b.toByteArray());
        Diagnostics d = Diagnostics.forSource(root);
        // Line 4 last: its bad bytes make the file be decoded whole from then on.
        for (int line : new int[] {5, 1, 2, 3, 4, 6}) d.warning(Code.INVALID_VALUE, new SourcePos(file, line, 1), "x");
        java.util.List<String> shown = new java.util.ArrayList<>();
        for (Diagnostic x : d.all()) shown.add(x.sourceLine());
        assertEquals(java.util.Arrays.asList("\\uFEFFa: 1", "b\\u000D", "lone\\u000Dcr", "x\uFFFD", "Nguyễn\\u000D", null), shown);
        Diagnostics again = Diagnostics.forSource(root);
        again.warning(Code.INVALID_VALUE, new SourcePos(file, 4, 1), "x");
        again.warning(Code.INVALID_VALUE, new SourcePos(file, 2, 1), "x");
        assertEquals(java.util.Arrays.asList("b\\u000D", "x\uFFFD"), again.all().stream().map(Diagnostic::sourceLine).toList());
        // A file that ends with its LF has an empty last line, and no line after it; lines asked for in any order.
        java.nio.file.Files.writeString(root.resolve(file), "a\nb\n");
        Diagnostics ends = Diagnostics.forSource(root);
        for (int line : new int[] {2, 4, 3, 1}) ends.warning(Code.INVALID_VALUE, new SourcePos(file, line, 1), "x");
        assertEquals(java.util.Arrays.asList("a", "b", "", null), ends.all().stream().map(Diagnostic::sourceLine).toList());
    }
}
