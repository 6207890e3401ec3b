package brief.plan;

import java.util.EnumSet;
import java.util.Set;

/** Which pages of a plan to list: all of them (a build), or those with the given keys (the stale ones). */
public final class Scope {
    private final Set<PageKey> keys;
    private final Set<PageKind> kinds;

    private Scope(Set<PageKey> keys, Set<PageKind> kinds) {
        this.keys = keys;
        this.kinds = kinds;
    }

    public static Scope all() {
        return new Scope(null, EnumSet.allOf(PageKind.class));
    }

    public static Scope of(Set<PageKey> keys) {
        Set<PageKind> kinds = EnumSet.noneOf(PageKind.class);
        for (PageKey k : keys) kinds.add(k.kind());
        return new Scope(Set.copyOf(keys), kinds);
    }

    public boolean has(PageKey key) {
        return keys == null || keys.contains(key);
    }

    /**
     * The ids of the pages of a kind in scope, or empty when every page is: a lister of a few pages then need
     * not go through the 10,000 articles of a large site.
     */
    public java.util.Optional<Set<String>> ids(PageKind kind) {
        if (keys == null) return java.util.Optional.empty();
        Set<String> ids = new java.util.HashSet<>();
        for (PageKey k : keys) if (k.kind() == kind) ids.add(k.id());
        return java.util.Optional.of(ids);
    }

    /** Whether any page of this kind is in scope: a lister skips the kinds that are not. */
    public boolean hasAny(PageKind kind) {
        return kinds.contains(kind);
    }
}
