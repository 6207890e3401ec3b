/**
 * The build pipeline ({@link brief.build.Pipeline}: load → validate → resolve → render → write) and the
 * only code that writes the output folder ({@link brief.build.OutputWriter}), guarded by
 * {@link brief.build.OutputGuard}.
 */
package brief.build;
