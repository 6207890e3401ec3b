/**
 * The resolved model of the site ({@link brief.site.SiteModel}): ids turned into objects, translations
 * paired, indexes and the chronology computed, and every URL ({@link brief.site.Urls}).
 */
package brief.site;
