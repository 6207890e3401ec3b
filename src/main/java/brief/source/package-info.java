/**
 * Source files as read ({@link brief.source.SourceFile}: UTF-8, no byte-order mark, LF line ends, NFC), a
 * Markdown file's front matter, and content hashes. Every package that reads the sources builds on this one.
 */
package brief.source;
