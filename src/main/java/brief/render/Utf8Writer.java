package brief.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A writer that encodes what is written to UTF-8 as it goes, into a buffer reused from page to page. A page was
 * written into a StringBuilder (grown by doubling copies), copied into a String and encoded by
 * {@code getBytes}: four copies of 600 MB of pages at 10,000 articles, and the encoding alone was a twentieth
 * of a build. Fragments already encoded ({@link OnceTag}) are copied in as bytes.
 *
 * <p>The bytes are those of {@code String.getBytes(UTF_8)} of everything written, joined: a surrogate without
 * its other half, even split across two writes, becomes '?'.
 */
final class Utf8Writer extends Writer {
    private byte[] buf;
    private int size;
    /** Characters of a String are copied here to be encoded: reading a String char by char is slower. */
    private final char[] chars = new char[2048];
    /** A high surrogate written last, whose low half the next write may bring; 0 when none. */
    private char high;

    Utf8Writer(int capacity) {
        buf = new byte[Math.max(capacity, 16)];
    }

    @Override
    public void write(int c) {
        chars[0] = (char) c;
        encode(chars, 0, 1, false);
    }

    @Override
    public void write(char[] c, int off, int len) {
        encode(c, off, len, false);
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) {
        copyAndEncode(s, off, len, false);
    }

    /**
     * Writes {@code s} escaped as {@link Escape#html} escapes it: the same bytes as {@code write(Escape.html(s))},
     * without the escaped copy (templates print a few hundred strings a page, see {@link TemplatePrints}).
     */
    void writeHtml(String s) {
        copyAndEncode(s, 0, s.length(), true);
    }

    private void copyAndEncode(String s, int off, int len, boolean html) {
        while (len > 0) {
            int n = Math.min(len, chars.length);
            s.getChars(off, off + n, chars, 0);
            encode(chars, 0, n, html);
            off += n;
            len -= n;
        }
    }

    /** Appends bytes that are already UTF-8 (a whole fragment, encoded on its own). */
    void writeUtf8(byte[] bytes) {
        flushHigh();
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
    }

    private void flushHigh() {
        if (high == 0) return;
        high = 0;
        ensure(1);
        buf[size++] = '?';
    }

    /** Each character's UTF-8 bytes; with {@code html}, {@link Escape#html}'s entity for the five it escapes. */
    private void encode(char[] c, int off, int len, boolean html) {
        ensure(len * (html ? ENTITY_MAX : 3) + 4);
        byte[] b = buf;
        int p = size;
        int i = off;
        int end = off + len;
        if (high != 0 && i < end) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c[i])) {
                p = four(b, p, Character.toCodePoint(h, c[i++]));
            } else {
                b[p++] = '?';
            }
        }
        while (i < end) {
            char ch = c[i++];
            if (ch < 0x80) {
                byte[] entity;
                if (html && (entity = ENTITIES[ch]) != null) {
                    System.arraycopy(entity, 0, b, p, entity.length);
                    p += entity.length;
                } else {
                    b[p++] = (byte) ch;
                }
            } else if (ch < 0x800) {
                b[p++] = (byte) (0xC0 | (ch >> 6));
                b[p++] = (byte) (0x80 | (ch & 0x3F));
            } else if (Character.isSurrogate(ch)) {
                if (Character.isHighSurrogate(ch)) {
                    if (i == end) {
                        high = ch;
                    } else if (Character.isLowSurrogate(c[i])) {
                        p = four(b, p, Character.toCodePoint(ch, c[i++]));
                    } else {
                        b[p++] = '?';
                    }
                } else {
                    b[p++] = '?';
                }
            } else {
                b[p++] = (byte) (0xE0 | (ch >> 12));
                b[p++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (ch & 0x3F));
            }
        }
        size = p;
    }

    /** {@link Escape#html}'s entities by the ASCII character they stand for, as bytes; null for the others. */
    private static final byte[][] ENTITIES = new byte[128][];
    private static final int ENTITY_MAX;

    static {
        int max = 0;
        for (char ch = 0; ch < 128; ch++) {
            String escaped = Escape.html(String.valueOf(ch));
            if (!escaped.equals(String.valueOf(ch))) {
                ENTITIES[ch] = escaped.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                max = Math.max(max, ENTITIES[ch].length);
            }
        }
        ENTITY_MAX = Math.max(max, 3);
    }

    private static int four(byte[] b, int p, int cp) {
        b[p++] = (byte) (0xF0 | (cp >> 18));
        b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (cp & 0x3F));
        return p;
    }

    private void ensure(int more) {
        if (buf.length - size >= more) return;
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }

    /** The bytes written so far, as a new array of their length. */
    byte[] toByteArray() {
        flushHigh();
        return Arrays.copyOf(buf, size);
    }

    /** How large the buffer has grown: a writer kept for the next page should not hold a huge one. */
    int capacity() {
        return buf.length;
    }

    /** Empties the writer for the next page, keeping its buffer. */
    void reset() {
        size = 0;
        high = 0;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
