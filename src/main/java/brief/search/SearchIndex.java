package brief.search;

import brief.annotations.Leader;
import brief.annotations.Summit;
import brief.annotations.Topic;
import brief.config.SiteConfig;
import brief.content.Article;
import brief.content.ArticleText;
import brief.content.Block;
import brief.i18n.Language;
import brief.i18n.LocalizedText;
import brief.output.RenderedPage;
import brief.site.SiteModel;
import brief.site.Urls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the search index of each language next to its search page:
 * <pre>
 *   &lt;search page&gt;/meta.json         {"v":1,"docs":N,"per":P}
 *   &lt;search page&gt;/t/&lt;xx&gt;.json        folded token → exact form → [all postings, title postings]
 *   &lt;search page&gt;/t/=&lt;token&gt;.json    one large token, same shape, where its shard says {"token":1}
 *   &lt;search page&gt;/d/&lt;k&gt;.json         documents k·P … k·P+P−1: [kind, title, url, iso, date, snippet, titleLang]
 * </pre>
 * A document's kind is {@code a} (article), {@code s} (summit), {@code l} (leader) or {@code t} (topic).
 * Shards are keyed by the first two characters of the folded token ({@link Tokens#shardKey}); a shard that
 * would pass {@link #SHARD_LIMIT} moves its largest tokens to files of their own, so what a query downloads
 * stays small however large the site grows. Keys are sorted and numbers fixed: the same site gives the same bytes.
 */
public final class SearchIndex {
    /** Documents per document shard: a page of results touches few of them. */
    static final int PER = 16;
    /** Largest token shard, in bytes, before its biggest tokens move to files of their own. */
    static final int SHARD_LIMIT = 16 * 1024;
    static final int SNIPPET = 200;

    /** One searchable thing: what is shown in results, and the text it is found by. */
    record Doc(String kind, String title, String titleLang, String url, String iso, String date, String snippet,
               String titleText, Text body) {
        Doc(String kind, String title, String titleLang, String url, String iso, String date, String snippet,
            String titleText, String bodyText) {
            this(kind, title, titleLang, url, iso, date, snippet, titleText, new Text(bodyText, List.of()));
        }

        /** The text the document is found by beside its title, as one string. */
        String bodyText() {
            return body.toString();
        }
    }

    /**
     * What a document is found by beside its title: a head (an article's summary, a leader's biography and
     * roles…) and then an article's blocks, one per line. The blocks are read where the body keeps them, not
     * copied into one string: those copies were ~120 MB at the peak of a 10,000-article build. Equal by content.
     */
    record Text(String head, List<Block> blocks) {
        Text {
            blocks = List.copyOf(blocks);
        }

        /** Each line of the text that may hold a token: the head and each block ('\n' joins no token). */
        void forEachPart(java.util.function.Consumer<String> part) {
            part.accept(head);
            for (Block b : blocks) part.accept(b.text());
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(head);
            for (Block b : blocks) s.append('\n').append(b.text());
            return s.toString();
        }
    }

    /**
     * The index of each language as last made. Serve mode keeps this object between builds, so that an edit
     * re-makes only the files its documents' tokens fall in; a build that makes the index once discards it.
     */
    private final Map<String, LanguageIndex> byLanguage = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The documents of a language as last made, by what each was made from, compared by value: an edit makes
     * again only the documents of what it changed. A leader's document depends on the leader and its URL; a
     * summit's and an article's on it, its URL and the language's strings (dates, figures); all of them on the
     * source language (the text shown where a language has none). {@link #files} compares those two once for all.
     */
    private static final class Made {
        final brief.i18n.Strings strings;
        final String sourceLang;
        final Map<Object, Kept> docs = new java.util.concurrent.ConcurrentHashMap<>();
        /** How many documents were looked up since it was made or last counted (tests count them). */
        final java.util.concurrent.atomic.AtomicInteger lookedAt = new java.util.concurrent.atomic.AtomicInteger();

        Made(SiteModel model) {
            this.strings = model.strings();
            this.sourceLang = model.sourceLang();
        }

        /** Whether the documents were made with the strings and source language of {@code model}. */
        boolean madeLike(SiteModel model) {
            return strings.equals(model.strings()) && sourceLang.equals(model.sourceLang());
        }

        /** The document kept under {@code key} when made from an equal {@code source} at the same URL, else {@code make}'s. */
        Doc doc(Object key, Object source, String url, java.util.function.Supplier<Doc> make) {
            lookedAt.incrementAndGet();
            Kept k = docs.get(key);
            if (k != null && k.source().equals(source) && k.doc().url().equals(url)) return k.doc();
            Doc d = make.get();
            docs.put(key, new Kept(source, d));
            return d;
        }
    }

    private record Kept(Object source, Doc doc) {}

    private final Map<String, Made> made = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * What a language's documents were last made from, in their order: the leaders and summits as the model
     * listed them, the articles, and the configuration (which, with an article's own slugs, makes every URL).
     */
    private record Listed(SiteConfig config, Made made, List<Leader> leaders, List<Summit> summits,
                          List<Topic> topics, List<Article> articles, List<Doc> docs, Changed changed) {
        /** How many documents come before the articles': the leaders', summits' and topics'. */
        int annotationDocs() {
            return leaders.size() + summits.size() + topics.size();
        }
    }

    /** The places where {@code docs} may differ from those of {@code before} (every place: null). */
    record Changed(List<Doc> before, int[] at) {}

    private final Map<String, Listed> listed = new java.util.concurrent.ConcurrentHashMap<>();
    private int lastLookedAt;

    /** How many documents the last {@link #files} looked up, over all languages (the others it did not read). */
    int lastLookedAt() {
        return lastLookedAt;
    }

    /** The index files of every language, as output files relative to the output folder. */
    public List<RenderedPage> files(SiteModel model) {
        // The languages are independent and the index is made after the pages, when the cores are free:
        // one language per core. The stream keeps the languages' order.
        java.util.concurrent.atomic.AtomicInteger looked = new java.util.concurrent.atomic.AtomicInteger();
        List<RenderedPage> files = model.languages().parallelStream().map(lang -> {
            String l = lang.code();
            String dir = model.urls().file(model.urls().search(l));
            dir = dir.substring(0, dir.length() - "index.html".length());
            Made before = made.get(l);
            Made memo = before != null && before.madeLike(model) ? before : new Made(model);
            Listed last = listed.get(l);
            Listed now = last != null && last.made() == memo && last.config().equals(model.config())
                    ? relisted(model, l, last) : listed(model, l, memo);
            List<Doc> docs = now.docs();
            // Forget what the site no longer has: each kept document was looked up just now.
            if (memo.docs.size() > docs.size()) {
                Set<String> urls = new HashSet<>();
                for (Doc d : docs) urls.add(d.url());
                memo.docs.values().removeIf(k -> !urls.contains(k.doc().url()));
            }
            made.put(l, memo);
            listed.put(l, now);
            looked.addAndGet(memo.lookedAt.getAndSet(0));
            LanguageIndex index = update(byLanguage.get(l), dir, docs, now.changed());
            byLanguage.put(l, index);
            return index.files();
        }).flatMap(List::stream).toList();
        lastLookedAt = looked.get();
        return files;
    }

    /** Every document of a language, each taken from {@code memo} when made from equal sources. */
    private static Listed listed(SiteModel model, String l, Made memo) {
        List<Leader> leaders = List.copyOf(model.leaders().values());
        List<Summit> summits = List.copyOf(model.summits().values());
        List<Topic> topics = List.copyOf(model.topics().values());
        return new Listed(model.config(), memo, leaders, summits, topics, model.articles(), documents(model, l, memo), null);
    }

    /**
     * The documents of a language, from {@code last}, made with the same configuration, strings and source
     * language: the leaders', summits' or topics' again only when one of them is not the very object of last time, and
     * an article's only when it is not (then compared by value, so an equal one read again keeps its document).
     * An edit to one article makes one document per language, and reads no other.
     */
    private static Listed relisted(SiteModel model, String l, Listed last) {
        List<Leader> leaders = same(last.leaders(), model.leaders().values()) ? last.leaders() : List.copyOf(model.leaders().values());
        List<Summit> summits = same(last.summits(), model.summits().values()) ? last.summits() : List.copyOf(model.summits().values());
        List<Topic> topics = same(last.topics(), model.topics().values()) ? last.topics() : List.copyOf(model.topics().values());
        List<Article> articles = model.articles();
        if (articles.size() != last.articles().size()) return listed(model, l, last.made());
        int fixed = leaders.size() + summits.size() + topics.size();
        boolean annotationsSame = leaders == last.leaders() && summits == last.summits() && topics == last.topics();
        List<Doc> docs;
        if (annotationsSame) {
            docs = new ArrayList<>(last.docs());
        } else {
            docs = new ArrayList<>(fixed + articles.size());
            annotationDocs(model, l, last.made(), docs);
            docs.addAll(last.docs().subList(last.annotationDocs(), last.docs().size()));
        }
        Urls u = model.urls();
        // Compared as arrays: a list's get is a call per article, and this runs before the JIT has compiled it.
        Object[] before = last.articles().toArray();
        Object[] now = articles.toArray();
        int[] at = new int[fixed + 8];
        int n = 0;
        if (!annotationsSame) for (; n < fixed; n++) at[n] = n;
        for (int i = 0; i < now.length; i++) {
            if (now[i] == before[i]) continue;
            Article a = (Article) now[i];
            docs.set(fixed + i, last.made().doc(a.id(), a, u.article(l, a.id()), () -> articleDoc(model, l, a)));
            if (n == at.length) at = java.util.Arrays.copyOf(at, n * 2);
            at[n++] = fixed + i;
        }
        return new Listed(model.config(), last.made(), leaders, summits, topics, articles, java.util.Collections.unmodifiableList(docs),
                new Changed(last.docs(), java.util.Arrays.copyOf(at, n)));
    }

    /** Whether {@code now} holds the very objects of {@code before}, in its order. */
    private static <T> boolean same(List<T> before, java.util.Collection<T> now) {
        if (before.size() != now.size()) return false;
        int i = 0;
        for (T t : now) if (t != before.get(i++)) return false;
        return true;
    }

    /** {@code previous} brought up to {@code docs}, or a new index where the documents moved. */
    static LanguageIndex update(LanguageIndex previous, String dir, List<Doc> docs) {
        return update(previous, dir, docs, null);
    }

    /** As {@link #update(LanguageIndex, String, List)}, comparing only the places {@code changed} names. */
    private static LanguageIndex update(LanguageIndex previous, String dir, List<Doc> docs, Changed changed) {
        return previous != null && previous.dir.equals(dir) && previous.update(docs, changed) ? previous : new LanguageIndex(dir, docs);
    }

    /** The documents of a language, in their fixed order: leaders, summits newest first, topics, articles newest first. */
    static List<Doc> documents(SiteModel model, String l) {
        return documents(model, l, null);
    }

    /**
     * As {@link #documents(SiteModel, String)}, taking each document from {@code made} when it was made from
     * equal sources (null: make every one).
     */
    private static List<Doc> documents(SiteModel model, String l, Made made) {
        Urls u = model.urls();
        List<Doc> docs = new ArrayList<>();
        annotationDocs(model, l, made, docs);
        for (Article a : model.articles()) {
            String url = u.article(l, a.id());
            docs.add(made == null ? articleDoc(model, l, a) : made.doc(a.id(), a, url, () -> articleDoc(model, l, a)));
        }
        return docs;
    }

    /** Adds the documents of the leaders, then of the summits, newest first, then of the topics that have a page. */
    private static void annotationDocs(SiteModel model, String l, Made made, List<Doc> docs) {
        Urls u = model.urls();
        for (Leader le : model.leaders().values().stream().sorted(Comparator.comparing(Leader::id)).toList()) {
            String url = u.leader(l, le.id());
            docs.add(made == null ? leaderDoc(model, l, le) : made.doc(List.of("l", le.id()), le, url, () -> leaderDoc(model, l, le)));
        }
        for (Summit su : model.summits().values().stream()
                .sorted(Comparator.comparing(Summit::start).reversed().thenComparing(Summit::id)).toList()) {
            String url = u.summit(l, su.id());
            docs.add(made == null ? summitDoc(model, l, su) : made.doc(List.of("s", su.id()), su, url, () -> summitDoc(model, l, su)));
        }
        for (Topic t : model.topics().values().stream().sorted(Comparator.comparing(Topic::id)).toList()) {
            String url = u.topic(l, t);
            docs.add(made == null ? topicDoc(model, l, t) : made.doc(List.of("t", t.id()), t, url, () -> topicDoc(model, l, t)));
        }
    }

    /**
     * A topic's page lists its articles: found by its name in every language (a reader of the English site may
     * type the Vietnamese name) and by its description.
     */
    private static Doc topicDoc(SiteModel model, String l, Topic t) {
        String src = model.sourceLang();
        Set<String> names = new LinkedHashSet<>();
        names.add(t.name().or(l, src));
        t.name().byLanguage().values().forEach(names::add);
        String description = t.description().or(l, src);
        return new Doc("t", t.name().or(l, src), "", model.urls().topic(l, t), "", "", snippet(description),
                String.join("\n", names), description);
    }

    private static Doc leaderDoc(SiteModel model, String l, Leader le) {
        String src = model.sourceLang();
        Set<String> names = new LinkedHashSet<>();
        names.add(le.name().or(l, src));
        le.name().byLanguage().values().forEach(names::add);
        le.aliases().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> names.addAll(e.getValue()));
        StringBuilder body = new StringBuilder(le.bio().or(l, src));
        le.roles().forEach(r -> body.append('\n').append(r.title().or(l, src)));
        return new Doc("l", le.name().or(l, src), "", model.urls().leader(l, le.id()), "", "",
                snippet(le.bio().or(l, src)), String.join("\n", names), body.toString());
    }

    private static Doc summitDoc(SiteModel model, String l, Summit su) {
        String src = model.sourceLang();
        StringBuilder body = new StringBuilder(su.summary().or(l, src));
        for (LocalizedText t : List.of(su.city(), su.venue(), su.host(), su.coChairs())) body.append('\n').append(t.or(l, src));
        su.outcomes().forEach(o -> body.append('\n').append(o.or(l, src)));
        // Key figures as the page shows them ("hơn 453 tỷ USD", "15,7%") and as plain digits ("6200" for a
        // page's "6.200"), so that a figure is found however a reader types it.
        for (brief.annotations.Figure f : su.figures()) {
            body.append('\n').append(f.label().or(l, src)).append(' ')
                    .append(brief.render.Views.figure(model.strings(), f, l)).append(' ')
                    .append(java.math.BigDecimal.valueOf(f.value()).stripTrailingZeros().toPlainString());
        }
        return new Doc("s", su.name().or(l, src), "", model.urls().summit(l, su.id()), su.start().iso(),
                model.strings().date(l, su.start()), snippet(su.summary().or(l, src)), su.name().or(l, src),
                body.toString());
    }

    private static Doc articleDoc(SiteModel model, String l, Article a) {
        // An untranslated article is found by its source text; its page in this language links to it.
        ArticleText text = a.in(l).orElse(a.source());
        String lede = text.summary().orElseGet(() -> text.body().blocks().stream()
                .filter(b -> b.kind() == Block.Kind.PARAGRAPH).map(Block::text).findFirst().orElse(""));
        return new Doc("a", text.title(), text.lang().equals(l) ? "" : text.lang(), model.urls().article(l, a.id()),
                a.date().iso(), model.strings().date(l, a.date()), snippet(lede), text.title(),
                new Text(text.summary().orElse(""), text.body().blocks()));
    }

    /** The first words of a text, cut at a word boundary. */
    static String snippet(String text) {
        String s = brief.content.Passages.collapseSpaces(text.strip());
        if (s.length() <= SNIPPET) return s;
        int cut = s.lastIndexOf(' ', SNIPPET);
        return s.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET) + "…";
    }

    /** The files of one language's index under {@code dir} ("en/search/"). */
    static List<RenderedPage> write(String dir, List<Doc> docs) {
        return new LanguageIndex(dir, docs).files();
    }

    /**
     * One language's index, with what it was made from: each exact form's documents, grouped by folded token
     * and by shard, and the files each shard wrote. {@link #update} changes the documents in place and writes
     * again only the shards whose tokens gained or lost a document, and the document shards that changed.
     */
    static final class LanguageIndex {
        private final String dir;
        private List<Doc> docs;
        private final Map<String, Form> byExact = new HashMap<>();
        /** Folded token → its exact forms, sorted as the shard lists them. */
        private final Map<String, TreeMap<String, Form>> byFolded = new HashMap<>();
        /** Folded token → the JSON of its forms, as its shard (or its own file) holds it. */
        private final Map<String, byte[]> encoded = new HashMap<>();
        /** Shard key → its folded tokens. */
        private final Map<String, TreeSet<String>> shards = new HashMap<>();
        /** Shard key → the paths of the files it wrote: itself and its largest tokens'. */
        private final Map<String, List<String>> shardPaths = new HashMap<>();
        private final TreeMap<String, RenderedPage> files = new TreeMap<>();

        LanguageIndex(String dir, List<Doc> docs) {
            this.dir = dir;
            this.docs = docs;
            // One hash lookup per token occurrence, by exact form; documents are numbered in order, so each list
            // stays sorted and distinct by appending a document only when it is not already the last one.
            FormTable table = new FormTable();
            Tokens.Scanner scanner = new Tokens.Scanner();
            java.util.function.Consumer<String> scan = part -> scanner.scan(part, table);
            for (int d = 0; d < docs.size(); d++) {
                Doc doc = docs.get(d);
                table.doc = d;
                table.title = true;
                scanner.scan(doc.titleText(), table);
                table.title = false;
                // Line by line: no token spans a line, and no copy of the whole body is made.
                doc.body().forEachPart(scan);
            }
            table.forEach(byExact::put);
            byExact.forEach((tok, f) -> byFolded.computeIfAbsent(f.folded, k -> new TreeMap<>()).put(tok, f));
            byFolded.forEach((folded, forms) -> {
                encoded.put(folded, forms(forms));
                shards.computeIfAbsent(Tokens.shardKey(folded), k -> new TreeSet<>()).add(folded);
            });
            put(dir + "meta.json", ("{\"v\":1,\"docs\":" + docs.size() + ",\"per\":" + PER + "}\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (String key : shards.keySet()) writeShard(key, null);
            for (int k = 0; k * PER < docs.size(); k++) writeDocuments(k);
        }

        /** Every file, sorted by path. */
        List<RenderedPage> files() {
            return List.copyOf(files.values());
        }

        /**
         * Brings the index up to {@code next}: possible when it lists the same URLs in the same order, so that
         * every document keeps its number. False, with nothing changed, when it does not.
         */
        boolean update(List<Doc> next, Changed changed) {
            if (next.size() != docs.size()) return false;
            // Only the places that may have changed, when the caller knows them for the documents indexed now.
            int[] at;
            if (changed != null && changed.before() == docs) {
                at = changed.at();
            } else {
                at = new int[next.size()];
                for (int d = 0; d < at.length; d++) at[d] = d;
            }
            // The same document object (kept by the caller for an unchanged article) is not read at all.
            for (int d : at) {
                if (next.get(d) != docs.get(d) && !next.get(d).url().equals(docs.get(d).url())) return false;
            }
            Set<String> touched = new HashSet<>();
            Set<Integer> documentShards = new TreeSet<>();
            for (int d : at) {
                if (next.get(d) == docs.get(d) || next.get(d).equals(docs.get(d))) continue;
                reindex(d, docs.get(d), next.get(d), touched);
                documentShards.add(d / PER);
            }
            docs = next;
            Set<String> shardKeys = new TreeSet<>();
            for (String folded : touched) {
                TreeMap<String, Form> forms = byFolded.get(folded);
                if (forms == null) encoded.remove(folded);
                else encoded.put(folded, forms(forms));
                shardKeys.add(Tokens.shardKey(folded));
            }
            for (String key : shardKeys) writeShard(key, touched);
            for (int k : documentShards) writeDocuments(k);
            return true;
        }

        /** Moves document {@code d} from the forms of {@code before} to those of {@code after}. */
        private void reindex(int d, Doc before, Doc after, Set<String> touched) {
            Set<String> titleBefore = new HashSet<>(Tokens.exact(before.titleText()));
            Set<String> allBefore = new HashSet<>(titleBefore);
            allBefore.addAll(Tokens.exact(before.bodyText()));
            Set<String> titleAfter = new HashSet<>(Tokens.exact(after.titleText()));
            Set<String> allAfter = new HashSet<>(titleAfter);
            allAfter.addAll(Tokens.exact(after.bodyText()));
            Set<String> tokens = new HashSet<>(allBefore);
            tokens.addAll(allAfter);
            for (String tok : tokens) {
                boolean inTitle = titleAfter.contains(tok);
                boolean inAll = allAfter.contains(tok);
                if (inTitle == titleBefore.contains(tok) && inAll == allBefore.contains(tok)) continue;
                Form f = byExact.get(tok);
                if (f == null) {
                    f = new Form(tok);
                    byExact.put(tok, f);
                    byFolded.computeIfAbsent(f.folded, k -> new TreeMap<>()).put(tok, f);
                    shards.computeIfAbsent(Tokens.shardKey(f.folded), k -> new TreeSet<>()).add(f.folded);
                }
                f.all.set(d, inAll);
                f.title.set(d, inTitle);
                touched.add(f.folded);
                if (f.all.isEmpty()) {
                    byExact.remove(tok);
                    TreeMap<String, Form> forms = byFolded.get(f.folded);
                    forms.remove(tok);
                    if (forms.isEmpty()) {
                        byFolded.remove(f.folded);
                        String key = Tokens.shardKey(f.folded);
                        shards.get(key).remove(f.folded);
                        if (shards.get(key).isEmpty()) shards.remove(key);
                    }
                }
            }
        }

        private void put(String path, byte[] bytes) {
            files.put(path, new RenderedPage(path, bytes));
        }

        /**
         * Writes a token shard again, or removes its files when it has no token left. A large token's own file
         * is kept as it was when the token is not among {@code touched} (null: all are): at 10,000 articles
         * the commonest words' files are tens of kilobytes, and an edit rarely changes where they occur.
         */
        private void writeShard(String key, Set<String> touched) {
            Map<String, RenderedPage> before = new HashMap<>();
            for (String path : shardPaths.getOrDefault(key, List.of())) before.put(path, files.remove(path));
            shardPaths.remove(key);
            TreeSet<String> folded = shards.get(key);
            if (folded == null) return;
            List<String> paths = new ArrayList<>();
            Set<String> own = new java.util.TreeSet<>();
            // The shard's exact size in bytes: braces, and per token its quoted key, colon, value and comma.
            long size = 1 + folded.stream()
                    .mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length + 4 + encoded.get(t).length).sum();
            List<String> bySize = folded.stream()
                    .sorted(Comparator.comparingInt((String t) -> encoded.get(t).length).reversed()
                            .thenComparing(Comparator.naturalOrder())).toList();
            for (String t : bySize) {
                if (size <= SHARD_LIMIT) break;
                own.add(t);
                size -= encoded.get(t).length - 1; // the value becomes the marker 1
                String path = dir + "t/=" + Tokens.safe(t) + ".json";
                paths.add(path);
                RenderedPage kept = before.get(path);
                if (kept != null && touched != null && !touched.contains(t)) {
                    files.put(path, kept);
                    continue;
                }
                ByteArrayOutputStream one = new ByteArrayOutputStream(encoded.get(t).length + 16);
                field(one, t);
                one.writeBytes(encoded.get(t));
                one.write('}');
                put(path, one.toByteArray());
            }
            String path = dir + "t/" + Tokens.safe(key) + ".json";
            paths.add(path);
            // Written directly, as Jackson wrote it: a folded token needs no escape (see forms).
            ByteArrayOutputStream shard = new ByteArrayOutputStream((int) Math.min(size + 16, 1 << 20));
            for (String t : folded) {
                field(shard, t);
                if (own.contains(t)) shard.write('1');
                else shard.writeBytes(encoded.get(t));
            }
            if (folded.isEmpty()) shard.write('{');
            shard.write('}');
            put(path, shard.toByteArray());
            shardPaths.put(key, paths);
        }

        /** Writes document shard {@code k}: documents k·PER … k·PER+PER−1. */
        private void writeDocuments(int k) {
            List<Doc> part = docs.subList(k * PER, Math.min(docs.size(), (k + 1) * PER));
            put(dir + "d/" + k + ".json", json(g -> {
                g.writeStartArray();
                for (Doc d : part) {
                    g.writeStartArray();
                    for (String s : List.of(d.kind(), d.title(), d.url(), d.iso(), d.date(), d.snippet(), d.titleLang())) {
                        g.writeString(s);
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
            }));
        }
    }

    /**
     * The forms of a language by exact token, looked up by a range of a text: a string is made only for a form
     * not seen before. Each form is a number, and what the table keeps of it is in arrays by number, its
     * characters in one array: a token looked up is compared where the form before it was, not in an object of
     * its own (at 10,000 articles the objects each token reached were spread over a heap of hundreds of MB).
     * Open addressing with linear probing; the hash is String's.
     */
    private static final class FormTable implements Tokens.Sink {
        /** The document the tokens handed to {@link #token} occur in, and whether in its title. */
        int doc;
        boolean title;
        /** Each slot's form number + 1 (0: empty), and the form's hash. */
        private int[] slots = new int[1 << 14];
        private int[] hashes = new int[1 << 14];
        /** The characters of every form, one after the other, and where each form's start and end. */
        private char[] chars = new char[1 << 16];
        private int[] ends = new int[1 << 12];
        /** Each form's documents, and the last one added + 1, for all of the text and for titles. */
        private int[][] all = new int[1 << 12][];
        private int[] allCount = new int[1 << 12];
        private int[] allLast = new int[1 << 12];
        private int[][] titles = new int[1 << 12][];
        private int[] titleCount = new int[1 << 12];
        private int[] titleLast = new int[1 << 12];
        private int size;

        /** Adds {@link #doc} to the token's form, and to its title's documents when in a {@link #title}. */
        @Override
        public void token(char[] text, int start, int end, int hash) {
            int f = form(text, start, end, hash);
            append(all, allCount, allLast, f, doc);
            if (title) append(titles, titleCount, titleLast, f, doc);
        }

        /**
         * Adds document {@code d} to form {@code f}'s list in {@code lists}. Documents are numbered in order, so
         * each list stays sorted and distinct by appending a document only when it is not already the last one
         * ({@code last} holds each form's last document plus one, 0 for none).
         */
        private static void append(int[][] lists, int[] counts, int[] last, int f, int d) {
            if (last[f] == d + 1) return;
            last[f] = d + 1;
            int[] a = lists[f];
            int n = counts[f];
            if (n == a.length) lists[f] = a = java.util.Arrays.copyOf(a, n * 2);
            a[n] = d;
            counts[f] = n + 1;
        }

        /** @param h the hash of the range, as {@link Tokens.Scanner#scan} gives it: String's hash of its characters */
        private int form(char[] text, int start, int end, int h) {
            int len = end - start;
            int mask = slots.length - 1;
            int slot = (h ^ (h >>> 16)) & mask;
            for (int s; (s = slots[slot]) != 0; slot = (slot + 1) & mask) {
                if (hashes[slot] != h) continue;
                int f = s - 1;
                int from = f == 0 ? 0 : ends[f - 1];
                if (ends[f] - from == len && same(chars, from, text, start, len)) return f;
            }
            int f = size++;
            if (f == ends.length) growForms();
            int from = f == 0 ? 0 : ends[f - 1];
            if (from + len > chars.length) chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, from + len));
            System.arraycopy(text, start, chars, from, len);
            ends[f] = from + len;
            all[f] = new int[2];
            titles[f] = new int[1];
            slots[slot] = f + 1;
            hashes[slot] = h;
            if (size * 2 > slots.length) growSlots();
            return f;
        }

        private static boolean same(char[] a, int from, char[] b, int start, int len) {
            for (int i = 0; i < len; i++) if (a[from + i] != b[start + i]) return false;
            return true;
        }

        private void growForms() {
            int n = ends.length * 2;
            ends = java.util.Arrays.copyOf(ends, n);
            all = java.util.Arrays.copyOf(all, n);
            allCount = java.util.Arrays.copyOf(allCount, n);
            allLast = java.util.Arrays.copyOf(allLast, n);
            titles = java.util.Arrays.copyOf(titles, n);
            titleCount = java.util.Arrays.copyOf(titleCount, n);
            titleLast = java.util.Arrays.copyOf(titleLast, n);
        }

        private void growSlots() {
            int[] oldSlots = slots;
            int[] oldHashes = hashes;
            slots = new int[oldSlots.length * 2];
            hashes = new int[oldSlots.length * 2];
            int mask = slots.length - 1;
            for (int i = 0; i < oldSlots.length; i++) {
                if (oldSlots[i] == 0) continue;
                int h = oldHashes[i];
                int slot = (h ^ (h >>> 16)) & mask;
                while (slots[slot] != 0) slot = (slot + 1) & mask;
                slots[slot] = oldSlots[i];
                hashes[slot] = h;
            }
        }

        /** Each form, as its exact token and its documents. */
        void forEach(java.util.function.BiConsumer<String, Form> action) {
            for (int f = 0; f < size; f++) {
                int from = f == 0 ? 0 : ends[f - 1];
                String key = new String(chars, from, ends[f] - from);
                action.accept(key, new Form(key, new Docs(all[f], allCount[f]), new Docs(titles[f], titleCount[f])));
            }
        }
    }

    /** The documents an exact form occurs in, and those with it in their title. */
    private static final class Form {
        final String folded;
        final Docs all;
        final Docs title;

        Form(String exact) {
            this(exact, new Docs(), new Docs());
        }

        Form(String exact, Docs all, Docs title) {
            this.folded = Tokens.fold(exact);
            this.all = all;
            this.title = title;
        }
    }

    /** An ascending list of distinct document numbers, unboxed. */
    private static final class Docs {
        private int[] a;
        private int n;

        Docs() {
            this(new int[2], 0);
        }

        /** The first {@code n} numbers of {@code a}, ascending and distinct. */
        Docs(int[] a, int n) {
            this.a = a;
            this.n = n;
        }

        /** Adds or removes {@code d}, keeping the list sorted. */
        void set(int d, boolean present) {
            int at = java.util.Arrays.binarySearch(a, 0, n, d);
            if (present == at >= 0) return;
            if (present) {
                int i = -at - 1;
                if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
                System.arraycopy(a, i, a, i + 1, n - i);
                a[i] = d;
                n++;
            } else {
                System.arraycopy(a, at + 1, a, at, n - at - 1);
                n--;
            }
        }

        boolean isEmpty() {
            return n == 0;
        }

        String encoded() {
            return Postings.encode(a, n);
        }
    }

    /**
     * The JSON of a folded token's forms, {"exact":["all postings","title postings"],…}, written directly: what
     * Jackson writes, as a token is letters, digits and marks and postings are ASCII letters, digits, "-" and
     * "_", none of which JSON escapes. A generator per folded token was a tenth of the index's time.
     */
    private static byte[] forms(Map<String, Form> forms) {
        StringBuilder b = new StringBuilder(64);
        b.append('{');
        for (Map.Entry<String, Form> f : forms.entrySet()) {
            if (b.length() > 1) b.append(',');
            b.append('"').append(f.getKey()).append("\":[\"").append(f.getValue().all.encoded()).append("\",\"")
                    .append(f.getValue().title.encoded()).append("\"]");
        }
        return b.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes '{' (first field) or ',', then {@code "name":}. */
    private static void field(ByteArrayOutputStream out, String name) {
        out.write(out.size() == 0 ? '{' : ',');
        out.write('"');
        out.writeBytes(name.getBytes(StandardCharsets.UTF_8));
        out.write('"');
        out.write(':');
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static final JsonFactory JSON = new JsonFactory();

    private static byte[] json(Body body) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonGenerator g = JSON.createGenerator(bytes)) {
                body.write(g);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
