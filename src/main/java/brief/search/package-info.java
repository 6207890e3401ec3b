/**
 * Site search without a server: at build time brief writes, per language, a static inverted index split
 * into small JSON shards, and the theme's search.js downloads only the shards a query needs. Tokens are
 * indexed in their exact form (lower case, NFC) under their folded form (no diacritics, đ → d), so a query
 * typed without diacritics still finds Vietnamese words, and an exact match can rank above a folded one.
 */
package brief.search;
