/**
 * The resolved model of the site ({@link brief.site.SiteModel}): ids turned into objects, translations
 * paired, indexes and the chronology computed, and every URL ({@link brief.site.Urls}). What is published at a
 * moment (drafts, embargoes) is decided here, once, by {@link brief.site.Publication}; what it left out is
 * {@link brief.site.HeldBack}.
 */
package brief.site;
