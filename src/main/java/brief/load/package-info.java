/**
 * The load stage ({@link brief.load.Loader}): reads the source folder into {@link brief.load.Sources}, which
 * every later stage takes; nothing after it reads the sources.
 */
package brief.load;
