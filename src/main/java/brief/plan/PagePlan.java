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
    /** The pages as a plan made whole listed them, and by key; neither is changed once made. */
    private final List<Page> listed;
    private final Map<PageKey, Page> byKey;
    /**
     * The pages {@link #with} put in place of listed ones since, by key: an edit replaces a handful of the
     * 29,000 pages of a large site, and copying the whole map for each cost more than the edit's rendering.
     * Never changed once made, like {@link #byKey}, so a plan another thread holds stays as it was.
     */
    private final Map<PageKey, Page> newer;
    private final Facts facts;
    /** {@link #listed} with the {@link #newer} pages in their places: made when first asked. */
    private volatile List<Page> pages;
    /** input → readers; built when first asked, and handed on to the plan {@link #with} makes. */
    private Index index;
    /** The plan this one was made from by {@link #with}, and the pages it replaced; null once applied. */
    private PagePlan predecessor;
    private List<Page> replaced = List.of();

    public PagePlan(List<Page> pages, Facts facts) {
        this.listed = List.copyOf(pages);
        this.pages = this.listed;
        this.byKey = new HashMap<>(pages.size() * 2);
        for (Page p : this.listed) byKey.put(p.key(), p);
        this.newer = Map.of();
        this.facts = facts;
    }

    private PagePlan(List<Page> listed, Map<PageKey, Page> byKey, Map<PageKey, Page> newer, Facts facts) {
        this.listed = listed;
        this.byKey = byKey;
        this.newer = newer;
        this.facts = facts;
        if (newer.isEmpty()) this.pages = listed;
    }

    public List<Page> pages() {
        List<Page> list = pages;
        if (list == null) {
            List<Page> out = new ArrayList<>(listed.size());
            for (Page p : listed) out.add(newer.getOrDefault(p.key(), p));
            pages = list = Collections.unmodifiableList(out);
        }
        return list;
    }

    public Optional<Page> page(PageKey key) {
        Page p = newer.get(key);
        return Optional.ofNullable(p != null ? p : byKey.get(key));
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
        return with(part, part.facts);
    }

    /** As {@link #with(PagePlan)}, with {@code facts} (of the same model as {@code part}'s). */
    public PagePlan with(PagePlan part, Facts facts) {
        Map<PageKey, Page> over = new HashMap<>(newer);
        List<Page> old = new ArrayList<>();
        for (Page p : part.pages()) {
            Page was = page(p.key()).orElseThrow(() -> new IllegalArgumentException("not a page of this plan: " + p.key()));
            over.put(p.key(), p);
            old.add(was);
        }
        PagePlan next;
        if (over.size() <= Math.max(64, listed.size() / 16)) {
            next = new PagePlan(listed, byKey, Collections.unmodifiableMap(over), facts);
        } else {
            // Many pages replaced since the plan was made whole: make it whole again, once for many edits.
            Map<PageKey, Page> keys = new HashMap<>(byKey);
            keys.putAll(over);
            List<Page> list = new ArrayList<>(listed.size());
            for (Page p : listed) list.add(keys.get(p.key()));
            next = new PagePlan(Collections.unmodifiableList(list), keys, Map.of(), facts);
        }
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
                Page now = page(was.key()).orElseThrow();
                // Most replaced pages read what they read before (a feed: the 10,000 articles' listings): their
                // entries stand.
                if (now.inputs().equals(was.inputs())) continue;
                for (Input i : was.inputs()) {
                    Set<PageKey> r = index.readers.get(i);
                    if (r != null) r.remove(was.key());
                }
                index.add(now);
            }
        } else {
            index = new Index();
            pages().parallelStream().forEach(Page::inputs);
            for (Page p : pages()) index.add(p);
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
