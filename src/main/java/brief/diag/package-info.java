/**
 * Positions and problems: {@link brief.diag.SourcePos} names a file, line and column; a
 * {@link brief.diag.Diagnostic} is one problem with its fix; {@link brief.diag.Diagnostics} collects all
 * of a run so they are reported together, sorted by file and line.
 */
package brief.diag;
