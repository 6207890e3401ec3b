package brief.content;

import brief.source.Hashes;

/**
 * A top-level block of an article body, numbered from 1 in the order written. Paragraph N of a source and
 * paragraph N of its translation say the same thing; citations link to {@code #p-N}.
 */
public record Block(int index, Kind kind, String text, int line) {
    public enum Kind { PARAGRAPH, CAPTION, HEADING, OTHER }

    public String anchor() {
        return "p-" + index;
    }

    /** A short stable hash of the block's text, for translation stamps. */
    public String hash() {
        return Hashes.shortHash(Passages.collapseSpaces(text.strip()));
    }
}
