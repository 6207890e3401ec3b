/**
 * The output: a file as rendered ({@link brief.output.RenderedPage}) and the only code that writes the output
 * folder ({@link brief.output.OutputWriter}: atomically, never through a link), guarded by
 * {@link brief.output.OutputGuard}. Both {@code brief build} and the preview's copy on disk write through it.
 */
package brief.output;
