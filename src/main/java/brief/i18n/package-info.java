/**
 * Languages as data: {@link brief.i18n.Language}, text per language ({@link brief.i18n.LocalizedText}),
 * partial dates, slugs, and the per-language UI strings, date and number formats of a theme
 * ({@link brief.i18n.Strings}).
 */
package brief.i18n;
