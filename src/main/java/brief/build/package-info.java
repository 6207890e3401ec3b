/**
 * The build pipeline ({@link brief.build.Pipeline}: load → validate → resolve → render → write). The output
 * has two forms: for a web server, and portable ({@link brief.build.Portable}: relative links and the search
 * index as scripts, for opening from disk).
 */
package brief.build;
