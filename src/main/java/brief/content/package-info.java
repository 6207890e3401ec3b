/**
 * Articles: reading source files (UTF-8, NFC), front matter, Markdown bodies numbered block by block,
 * and the importer that turns raw wire text into an article.
 */
package brief.content;
