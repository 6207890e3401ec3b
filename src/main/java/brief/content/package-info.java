/**
 * Articles: front matter, Markdown bodies numbered block by block, what changed since a translation was
 * stamped ({@link brief.content.Outdated}), and the importer that turns raw wire text into an article.
 */
package brief.content;
