package brief.content;

import brief.source.Hashes;
import java.util.Objects;

/**
 * A top-level block of an article body, numbered from 1 in the order written. Paragraph N of a source and
 * paragraph N of its translation say the same thing; citations link to {@code #p-N}.
 *
 * <p>Most blocks' text is a run of the body's Markdown as written (a paragraph without inline markup, a
 * heading after its "##", a quote after its "&gt;"): such a block keeps where the run is, not a copy of it.
 * At 10,000 articles the copies were ~120 MB of the build's peak memory, as much as the Markdown itself.
 * Equal by content, as a record: its index, kind, text and line.
 */
public final class Block {
    public enum Kind { PARAGRAPH, CAPTION, HEADING, OTHER }

    private final int index;
    private final Kind kind;
    private final int line;
    /** The text, when it is not a run of {@link #source}; else null. */
    private final String text;
    private final String source;
    private final int start;
    private final int end;

    public Block(int index, Kind kind, String text, int line) {
        this(index, kind, Objects.requireNonNull(text), line, null, 0, 0);
    }

    private Block(int index, Kind kind, String text, int line, String source, int start, int end) {
        this.index = index;
        this.kind = Objects.requireNonNull(kind);
        this.text = text;
        this.line = line;
        this.source = source;
        this.start = start;
        this.end = end;
    }

    /**
     * A block whose text is {@code text}, kept as the run of {@code source} between {@code from} and {@code to}
     * that equals it when there is one (no copy of the text is then held), else as {@code text} itself.
     */
    static Block of(int index, Kind kind, String text, int line, String source, int from, int to) {
        int at = runAt(source, text, from, to);
        return at < 0 ? new Block(index, kind, text, line) : new Block(index, kind, null, line, source, at, at + text.length());
    }

    /** Where {@code text} occurs in {@code source} between {@code from} and {@code to}, or -1. */
    static int runAt(String source, String text, int from, int to) {
        int len = text.length();
        if (len == 0) return -1;
        char first = text.charAt(0);
        for (int i = source.indexOf(first, from); i >= 0 && i + len <= to; i = source.indexOf(first, i + 1)) {
            if (source.regionMatches(i, text, 0, len)) return i;
        }
        return -1;
    }

    public int index() {
        return index;
    }

    public Kind kind() {
        return kind;
    }

    /** The block's plain text (no markup), stripped. Made on each call for a block kept as a run of the body. */
    public String text() {
        return text != null ? text : source.substring(start, end);
    }

    /** The length of {@link #text()}, without making it. */
    public int length() {
        return text != null ? text.length() : end - start;
    }

    public int line() {
        return line;
    }

    public String anchor() {
        return "p-" + index;
    }

    /** A short stable hash of the block's text, for translation stamps. */
    public String hash() {
        return Hashes.shortHash(Passages.collapseSpaces(text().strip()));
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Block b) || index != b.index || kind != b.kind || line != b.line || length() != b.length()) return false;
        if (text != null && b.text != null) return text.equals(b.text);
        return text().equals(b.text());
    }

    @Override
    public int hashCode() {
        int h = 0;
        String s = text != null ? text : source;
        for (int i = text != null ? 0 : start, e = text != null ? text.length() : end; i < e; i++) h = 31 * h + s.charAt(i);
        return Objects.hash(index, kind, h, line);
    }

    @Override
    public String toString() {
        return "Block[index=" + index + ", kind=" + kind + ", text=" + text() + ", line=" + line + "]";
    }
}
