/**
 * The curated annotations: series, summits with outcomes and key figures, leaders with dated roles, and
 * chronology events, each remembering where it was written so that checks can point at it.
 */
package brief.annotations;
