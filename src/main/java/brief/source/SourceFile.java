package brief.source;

import brief.diag.Code;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;

/**
 * A source file as read: its path relative to the source folder and its text, decoded as UTF-8, without
 * a byte-order mark, with LF line ends and in NFC. Reading notes what it had to fix.
 */
public record SourceFile(Path relPath, String text) {
    /**
     * The largest source file brief reads: 5 MB, a hundred times the longest briefing. A larger one is an
     * error before it is read, rather than minutes of parsing (and all of it on every page that shows it).
     */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /**
     * The largest annotation file (leaders.yaml, summits.yaml…): 64 MB. These grow with the archive: 5,000
     * leaders are 3.5 MB, the summits of 50,000 articles 4.3 MB, and they cannot be split.
     */
    public static final long MAX_ANNOTATION_BYTES = 64L * 1024 * 1024;

    public static Optional<SourceFile> read(Path root, Path relPath, Diagnostics diags) {
        return read(root, relPath, MAX_BYTES, diags);
    }

    /** Reads a file of at most {@code maxBytes} ({@link #MAX_BYTES} or {@link #MAX_ANNOTATION_BYTES}). */
    public static Optional<SourceFile> read(Path root, Path relPath, long maxBytes, Diagnostics diags) {
        byte[] bytes;
        try {
            long size = Files.size(root.resolve(relPath));
            if (size > maxBytes) {
                diags.errorWithHint(Code.FILE_TOO_LARGE, SourcePos.of(relPath), maxBytes == MAX_BYTES
                                ? "split it into several files; a briefing is rarely over 50 KB"
                                : "an archive of 5,000 leaders needs 3.5 MB: look for entries pasted in more than once",
                        "the file is %.1f MB, more than the %d MB brief reads", size / 1048576.0, maxBytes / 1048576);
                return Optional.empty();
            }
            bytes = Files.readAllBytes(root.resolve(relPath));
        } catch (IOException e) {
            diags.error(Code.FILE_UNREADABLE, SourcePos.of(relPath), "cannot read file: %s", brief.diag.Causes.plain(e));
            return Optional.empty();
        }
        return decode(relPath, bytes, diags);
    }

    public static Optional<SourceFile> decode(Path relPath, byte[] bytes, Diagnostics diags) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
            diags.note(Code.BYTE_ORDER_MARK, new SourcePos(relPath, 1, 1), "the file starts with a byte-order mark; it is ignored");
        }
        // The String constructor decodes far faster than a decoder (intrinsics, no CharBuffer copy) but replaces
        // a malformed sequence with U+FFFD: only a text that then holds U+FFFD is decoded again strictly, to
        // tell a malformed file from one that holds the character itself.
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            Optional<String> strict = strictUtf8(relPath, bytes, start, diags);
            if (strict.isEmpty()) return Optional.empty();
            text = strict.get();
        }
        if (text.indexOf('\r') >= 0) text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            int line = firstNonNfcLine(text);
            diags.note(Code.NOT_NFC, new SourcePos(relPath, line, 1),
                    "text is not in Unicode NFC (letters and accents stored apart); it was normalised");
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        if (text.indexOf('\0') >= 0) {
            diags.error(Code.NUL_CHARACTER, new SourcePos(relPath, 1, 1), "the file contains a NUL character; it is not a text file");
            return Optional.empty();
        }
        return Optional.of(new SourceFile(relPath, text));
    }

    /** The text of a file decoded strictly: empty, with the error at the first malformed byte, when it is not UTF-8. */
    private static Optional<String> strictUtf8(Path relPath, byte[] bytes, int start, Diagnostics diags) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString());
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, start);
            int line = 1;
            int col = 1;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    col = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    col++;
                }
            }
            diags.errorWithHint(Code.NOT_UTF8, new SourcePos(relPath, line, col),
                    "save the file as UTF-8 (in most editors: File → Save with encoding → UTF-8)",
                    "the file is not valid UTF-8 (byte 0x%02X at offset %d)", bytes[bad] & 0xFF, bad);
            return Optional.empty();
        }
    }

    private static int firstNonNfcLine(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!Normalizer.isNormalized(lines[i], Normalizer.Form.NFC)) return i + 1;
        }
        return 1;
    }

    private static int firstInvalidUtf8(byte[] b, int start) {
        int i = start;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
            if (n < 0 || i + n >= b.length + (n == 0 ? 1 : 0) && n > 0) return i;
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) return i;
            }
            i += n + 1;
        }
        return Math.min(start, b.length - 1);
    }

    /** The text of line {@code n} (1-based), or null. */
    public String line(int n) {
        return lineOf(text, n);
    }

    /** The text of line {@code n} (1-based) of {@code text}, or null when it has fewer lines. */
    public static String lineOf(String text, int n) {
        if (n <= 0) return null;
        int from = 0;
        for (int i = 1; i < n; i++) {
            from = text.indexOf('\n', from);
            if (from < 0) return null;
            from++;
        }
        int to = text.indexOf('\n', from);
        return to < 0 ? text.substring(from) : text.substring(from, to);
    }
}
