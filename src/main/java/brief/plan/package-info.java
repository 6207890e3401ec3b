/**
 * The page plan: every page the site will have, as a {@link brief.plan.PageKey} (kind, entity, language) with
 * the typed {@link brief.plan.Input}s it reads, and the one rule that says which pages an edit renders again.
 * {@link brief.plan.Change#classify} turns edited paths into typed changes; {@link brief.plan.Rebuild#decide}
 * compares each input those changes touch by its value before and after, and finds the pages that read a
 * changed one through the plan's reverse index. A full build is the same rule with everything changed. The
 * render stage makes the plan from the model ({@code render/Renderer}); nothing here knows a template or a view.
 */
package brief.plan;
