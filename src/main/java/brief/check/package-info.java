/**
 * Validation: each rule is small and named, and turns a problem in the sources into a diagnostic with its
 * position and fix. {@link brief.check.Validator} runs them all and yields a {@link brief.check.Validated}
 * only when there is no error.
 */
package brief.check;
