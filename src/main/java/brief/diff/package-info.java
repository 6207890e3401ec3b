/**
 * The comparison behind {@code brief diff} and the preview's {@code /_changes/}: a site as built against a
 * published folder ({@link brief.diff.SiteDiff}: pages by kind, their main text diffed line by line, machine
 * files counted), the published folder read lazily and kept ({@link brief.diff.BuiltFolder}), and the site as
 * it was at a git revision ({@link brief.diff.GitBuild}).
 */
package brief.diff;
