package brief.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every page of a site, in the order they were listed (the sitemap's), each with the inputs it reads, and the
 * reverse index from an input to the pages that read it. Made by the render stage from the model; the batch
 * build renders all of it, the preview what {@link Rebuild#decide} finds stale.
 */
public final class PagePlan {
    private final List<Page> pages;
    private final Map<PageKey, Page> byKey;
    private final Facts facts;
    /** input → readers; built when first asked, and handed on to the plan {@link #with} makes. */
    private Index index;
    /** The plan this one was made from by {@link #with}, and the pages it replaced; null once applied. */
    private PagePlan predecessor;
    private List<Page> replaced = List.of();

    public PagePlan(List<Page> pages, Facts facts) {
        this.pages = List.copyOf(pages);
        this.byKey = new HashMap<>(pages.size() * 2);
        for (Page p : this.pages) byKey.put(p.key(), p);
        this.facts = facts;
    }

    private PagePlan(List<Page> pages, Map<PageKey, Page> byKey, Facts facts) {
        this.pages = pages;
        this.byKey = byKey;
        this.facts = facts;
    }

    public List<Page> pages() {
        return pages;
    }

    public Optional<Page> page(PageKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The values of inputs under the model this plan was made from. */
    public Facts facts() {
        return facts;
    }

    /** The pages that read {@code input}. */
    public synchronized Set<PageKey> readers(Input input) {
        return Collections.unmodifiableSet(index().readers.getOrDefault(input, Set.of()));
    }

    /**
     * This plan with the pages of {@code part} (made from a newer model) in place of those with the same keys,
     * and its facts. For an edit that changes no input that {@link Input#shapesPlan shapes the plan}: every
     * other page stays as it was listed.
     */
    public PagePlan with(PagePlan part) {
        Map<PageKey, Page> keys = new HashMap<>(byKey);
        List<Page> old = new ArrayList<>();
        for (Page p : part.pages) {
            Page was = keys.put(p.key(), p);
            if (was == null) throw new IllegalArgumentException("not a page of this plan: " + p.key());
            old.add(was);
        }
        List<Page> list = new ArrayList<>(pages.size());
        for (Page p : pages) list.add(keys.get(p.key()));
        PagePlan next = new PagePlan(Collections.unmodifiableList(list), keys, part.facts);
        synchronized (this) {
            next.index = index;
        }
        next.predecessor = this;
        next.replaced = old;
        return next;
    }

    /** The reverse index: this plan's own, brought up from its predecessor's by the pages replaced, or made. */
    private Index index() {
        if (index != null && index.owner == this) return index;
        if (index != null && predecessor != null && index.owner == predecessor) {
            for (Page was : replaced) {
                for (Input i : was.inputs()) {
                    Set<PageKey> r = index.readers.get(i);
                    if (r != null) r.remove(was.key());
                }
            }
            for (Page was : replaced) index.add(byKey.get(was.key()));
        } else {
            index = new Index();
            pages.parallelStream().forEach(Page::inputs);
            for (Page p : pages) index.add(p);
        }
        index.owner = this;
        predecessor = null;
        replaced = List.of();
        return index;
    }

    private static final class Index {
        final Map<Input, Set<PageKey>> readers = new HashMap<>();
        PagePlan owner;

        void add(Page p) {
            for (Input i : p.inputs()) readers.computeIfAbsent(i, k -> new HashSet<>(4)).add(p.key());
        }
    }
}
