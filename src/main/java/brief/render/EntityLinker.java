package brief.render;

import brief.annotations.Leader;
import brief.annotations.Summit;
import brief.content.MarkdownParser;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links the first mention of each leader (by name or alias, in any language) and each summit (by name) in an
 * article body to its page. Works on the Flexmark AST before rendering: a Text node is split and a Link to
 * {@code leader:<id>} or {@code summit:<id>} is inserted, which {@link BodyRenderer}'s link resolver turns into
 * the URL in the page's language. Never links inside links, headings, captions or code; matches whole words
 * only, so the alias "Son" does not match inside "Sonny"; a name that names two entities is not linked
 * (check/AliasRule reports it).
 */
final class EntityLinker {
    /** A name form and the internal link it stands for. */
    record Name(String text, String target) {}

    private final List<Name> names;
    /**
     * The names as a tree of their characters: from a place in a text, one walk along it finds every name
     * that starts there. Looking names up by their first word instead made a common first word ("Phạm",
     * "Hội", a title such as "Bộ") cost a comparison with each of the hundreds of names it starts.
     */
    private final Trie trie = new Trie();
    /** The first code points of the names: most words of a body start with none, and are skipped unread. */
    private final BitSet firstChars = new BitSet();

    private EntityLinker(List<Name> names) {
        this.names = names;
        for (Name n : names) {
            trie.add(n);
            firstChars.set(n.text().codePointAt(0));
        }
    }

    /** A node of the name tree: its children by next character (sorted, for a binary search) and the name that ends here. */
    private static final class Trie {
        private char[] keys = new char[0];
        private Trie[] kids = new Trie[0];
        private Name name;

        void add(Name n) {
            Trie t = this;
            for (int i = 0; i < n.text().length(); i++) {
                char c = n.text().charAt(i);
                int at = java.util.Arrays.binarySearch(t.keys, c);
                if (at < 0) {
                    at = -at - 1;
                    char[] keys = new char[t.keys.length + 1];
                    Trie[] kids = new Trie[keys.length];
                    System.arraycopy(t.keys, 0, keys, 0, at);
                    System.arraycopy(t.kids, 0, kids, 0, at);
                    System.arraycopy(t.keys, at, keys, at + 1, t.keys.length - at);
                    System.arraycopy(t.kids, at, kids, at + 1, t.kids.length - at);
                    keys[at] = c;
                    kids[at] = new Trie();
                    t.keys = keys;
                    t.kids = kids;
                }
                t = t.kids[at];
            }
            t.name = n; // the names are distinct texts (see of): none is replaced
        }

        Trie child(char c) {
            int at = java.util.Arrays.binarySearch(keys, c);
            return at < 0 ? null : kids[at];
        }
    }

    /** Builds the name list once per build from every leader and summit, in every language. */
    static EntityLinker of(Collection<Leader> leaders, Collection<Summit> summits, Collection<String> languages) {
        return of(names(leaders, summits, languages));
    }

    /**
     * Every name the linker looks for, with the pages it names ("leader:id", "summit:id"): all that a linker is
     * made from, so two equal maps make the same linker (the preview keeps it while they are equal).
     */
    static Map<String, Set<String>> names(Collection<Leader> leaders, Collection<Summit> summits,
                                          Collection<String> languages) {
        Map<String, Set<String>> targets = new LinkedHashMap<>();
        for (Leader l : leaders) {
            for (String lang : languages) {
                for (String n : l.namesIn(lang)) add(targets, n, "leader:" + l.id());
            }
        }
        for (Summit s : summits) {
            for (String lang : languages) s.name().in(lang).ifPresent(n -> add(targets, n, "summit:" + s.id()));
        }
        return targets;
    }

    static EntityLinker of(Map<String, Set<String>> targets) {
        List<Name> out = new ArrayList<>();
        targets.forEach((text, ts) -> {
            // Ambiguous: the same words name two pages, so linking either would mislead.
            if (ts.size() == 1) out.add(new Name(text, ts.iterator().next()));
        });
        // Longest first, so "Pham Minh Chinh" wins over "Chinh" at the same place; then by text for determinism.
        out.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed().thenComparing(Name::text));
        return new EntityLinker(List.copyOf(out));
    }

    private static void add(Map<String, Set<String>> targets, String name, String target) {
        String n = name.strip();
        if (n.length() < 2) return;
        targets.computeIfAbsent(n, k -> new java.util.TreeSet<>()).add(target);
    }

    /** Inserts the links into {@code doc} (which the caller owns: it must not be shared). */
    void link(Document doc) {
        Set<String> done = new HashSet<>();
        // A page the author already linked to by hand counts as mentioned.
        collectLinked(doc, done);
        List<Text> texts = new ArrayList<>();
        collectTexts(doc, texts);
        for (Text t : texts) linkIn(t, done);
    }

    private static void collectLinked(Node n, Set<String> done) {
        if (n instanceof Link l) done.add(stripAnchor(l.getUrl().toString()));
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) collectLinked(c, done);
    }

    private static String stripAnchor(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static void collectTexts(Node n, List<Text> out) {
        if (n instanceof Link || n instanceof LinkRef || n instanceof Image || n instanceof ImageRef
                || n instanceof AutoLink || n instanceof MailLink || n instanceof Heading || n instanceof Code
                || n instanceof HtmlInline) return;
        if (n.getParent() instanceof Document && BodyRenderer.isCaption(n)) return;
        if (n instanceof Text t) {
            out.add(t);
            return;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) collectTexts(c, out);
    }

    /** Links, left to right, every entity not yet linked whose name occurs in this text node. */
    private void linkIn(Text text, Set<String> done) {
        Node current = text;
        BasedSequence chars = text.getChars();
        String s = MarkdownParser.string(chars);
        int from = 0;
        while (true) {
            Match m = firstMatch(s, from, done);
            if (m == null) break;
            done.add(m.name().target());
            Text before = new Text(chars.subSequence(from, m.start()));
            BasedSequence matched = chars.subSequence(m.start(), m.end());
            Link link = new Link();
            link.setChars(matched);
            link.setText(matched);
            link.setUrl(BasedSequence.of(m.name().target()));
            link.appendChild(new Text(matched));
            if (!before.getChars().isEmpty()) current.insertBefore(before);
            current.insertBefore(link);
            from = m.end();
        }
        if (from == 0) return;
        BasedSequence rest = chars.subSequence(from);
        if (rest.isEmpty()) {
            current.unlink();
        } else {
            current.setChars(rest);
        }
    }

    private record Match(int start, int end, Name name) {}

    /**
     * The earliest whole-word occurrence, from {@code from} on, of a name whose page is not yet linked; at
     * the same place, the longest name.
     */
    private Match firstMatch(String s, int from, Set<String> done) {
        int i = from;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            boolean starts = firstChars.get(cp) && (i == 0 || !wordChar(s.codePointBefore(i)) || !wordChar(cp));
            if (starts) {
                Match m = longestAt(s, i, done);
                if (m != null) return m;
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /**
     * The longest name whose page is not yet linked that occurs at {@code i} as whole words: the names met on
     * the walk from the root along the text, tried from the deepest. (A name that occurs there as whole words
     * starts with the word at {@code i}, so these are the names the first-word lookup found before.)
     */
    private Match longestAt(String s, int i, Set<String> done) {
        Name[] passed = null;
        int count = 0;
        Trie t = trie;
        for (int j = i; j < s.length() && (t = t.child(s.charAt(j))) != null; j++) {
            if (t.name == null) continue;
            if (passed == null) passed = new Name[4];
            else if (count == passed.length) passed = java.util.Arrays.copyOf(passed, count * 2);
            passed[count++] = t.name;
        }
        for (int k = count - 1; k >= 0; k--) {
            Name n = passed[k];
            int end = i + n.text().length();
            if (wholeWord(s, i, end) && !done.contains(n.target())) return new Match(i, end, n);
        }
        return null;
    }

    static boolean wholeWord(String s, int start, int end) {
        return (start == 0 || !wordChar(s.codePointBefore(start))) && (end >= s.length() || !wordChar(s.codePointAt(end)));
    }

    private static boolean wordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    /** For tests and diagnostics: the names this linker looks for. */
    List<Name> names() {
        return names;
    }
}
