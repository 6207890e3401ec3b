/**
 * The command line (picocli): parses arguments, calls the pipeline, prints diagnostics. Exit codes: 0
 * success, 1 content errors, 2 usage error, 3 I/O or internal error.
 */
package brief.cli;
