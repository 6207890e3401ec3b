package brief.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The one rebuild rule. Given the last plan and what changed, the pages to render are those that read an input
 * whose value changed, found through the last plan's reverse index; the pages of what was edited, and those the
 * reviewer is looking at, come first. An edit that changes an input which {@link Input#shapesPlan shapes the
 * plan} lists every page again, and then also renders the pages that are new, moved, or read other inputs than
 * before. A first build, and an edit classified {@link Change.Everything}, render every page.
 */
public final class Rebuild {
    private Rebuild() {}

    /**
     * What to render: {@code first}, then {@code rest}, all from {@code plan}; {@code changed} is null when
     * everything was.
     */
    public record Decision(PagePlan plan, List<Page> first, List<Page> rest, Set<Input> changed, boolean replanned) {
        public int size() {
            return first.size() + rest.size();
        }
    }

    /**
     * @param before  the last plan, or null for a first build
     * @param changes what the edited paths are ({@link Change#classify})
     * @param forced  inputs counted as changed whatever their values (the warm-up's)
     * @param planner the plan of the new model, restricted to a scope
     * @param viewed  output paths of the pages the reviewer is looking at
     */
    public static Decision decide(PagePlan before, Set<Change> changes, Set<Input> forced,
                                  Function<Scope, PagePlan> planner, Set<String> viewed) {
        if (before == null || changes.stream().anyMatch(c -> c instanceof Change.Everything)) {
            PagePlan plan = planner.apply(Scope.all());
            return order(plan, plan.pages(), null, viewed, true);
        }
        Facts after = planner.apply(Scope.of(Set.of())).facts();
        after.follow(before.facts());
        Set<Input> candidates = new LinkedHashSet<>(forced);
        candidates.add(new Input.Today());
        for (Change c : changes) {
            candidates.addAll(before.facts().touched(c));
            candidates.addAll(after.touched(c));
        }
        Set<Input> changed = new LinkedHashSet<>(forced);
        boolean shapes = forced.stream().anyMatch(Input::shapesPlan);
        for (Input i : candidates) shapes |= compare(i, before.facts(), after, changed);
        Set<Input> derived = new LinkedHashSet<>();
        for (Input i : changed) {
            derived.addAll(before.facts().dependents(i));
            derived.addAll(after.dependents(i));
        }
        for (Input i : derived) if (!changed.contains(i)) shapes |= compare(i, before.facts(), after, changed);
        if (shapes) return replan(before, planner.apply(Scope.all()), changed, viewed);
        Set<PageKey> stale = new HashSet<>();
        for (Input i : changed) stale.addAll(before.readers(i));
        PagePlan part = planner.apply(Scope.of(stale));
        // A stale page the new model no longer has means the page set moved after all: list every page.
        if (part.pages().size() != stale.size()) return replan(before, planner.apply(Scope.all()), changed, viewed);
        // The facts compared here go with the plan: what they made is then the next edit's "before", made once.
        return order(before.with(part, after), part.pages(), changed, viewed, false);
    }

    /** Adds {@code i} to {@code changed} when its value differs; whether that change shapes the plan. */
    private static boolean compare(Input i, Facts before, Facts after, Set<Input> changed) {
        Object was = before.value(i);
        Object is = after.value(i);
        if (Objects.equals(was, is)) return false;
        changed.add(i);
        return i.shapesPlan(was, is);
    }

    /** Stale in a plan listed again: new, moved, reading other inputs than before, or reading a changed one. */
    private static Decision replan(PagePlan before, PagePlan plan, Set<Input> changed, Set<String> viewed) {
        Map<PageKey, Page> old = new java.util.HashMap<>();
        for (Page p : before.pages()) old.put(p.key(), p);
        boolean samePages = old.size() == plan.pages().size();
        for (Page p : plan.pages()) {
            Page was = old.get(p.key());
            samePages &= was != null && was.path().equals(p.path());
        }
        if (!samePages) changed.add(new Input.Pages());
        List<Page> stale = plan.pages().parallelStream().filter(p -> {
            Page was = old.get(p.key());
            if (was == null || !was.path().equals(p.path()) || !was.inputs().equals(p.inputs())) return true;
            for (Input i : p.inputs()) if (changed.contains(i)) return true;
            return false;
        }).toList();
        return order(plan, stale, changed, viewed, true);
    }

    /** The pages viewed, and those of what changed (an article's for its text), first. */
    private static Decision order(PagePlan plan, List<Page> stale, Set<Input> changed, Set<String> viewed,
                                  boolean replanned) {
        Set<List<Object>> owners = new HashSet<>();
        if (changed != null) {
            for (Input i : changed) if (i.entity() != PageKind.Entity.NONE) owners.add(List.of(i.entity(), i.id()));
        }
        List<Page> first = new ArrayList<>();
        List<Page> rest = new ArrayList<>();
        for (Page p : stale) {
            boolean own = p.key().kind().entity != PageKind.Entity.NONE
                    && owners.contains(List.of(p.key().kind().entity, p.key().id()));
            (own || viewed.contains(p.path()) ? first : rest).add(p);
        }
        return new Decision(plan, List.copyOf(first), List.copyOf(rest), changed == null ? null : Set.copyOf(changed), replanned);
    }
}
