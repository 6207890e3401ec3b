package brief.search;

import brief.annotations.Leader;
import brief.annotations.Summit;
import brief.content.Article;
import brief.content.ArticleText;
import brief.content.Block;
import brief.i18n.Language;
import brief.i18n.LocalizedText;
import brief.render.RenderedPage;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the search index of each language next to its search page:
 * <pre>
 *   &lt;search page&gt;/meta.json         {"v":1,"docs":N,"per":P}
 *   &lt;search page&gt;/t/&lt;xx&gt;.json        folded token → exact form → [all postings, title postings]
 *   &lt;search page&gt;/t/=&lt;token&gt;.json    one large token, same shape, where its shard says {"token":1}
 *   &lt;search page&gt;/d/&lt;k&gt;.json         documents k·P … k·P+P−1: [kind, title, url, iso, date, snippet, titleLang]
 * </pre>
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
               String titleText, String bodyText) {}

    /** The index files of every language, as output files relative to the output folder. */
    public List<RenderedPage> files(SiteModel model) {
        // The languages are independent and the index is made after the pages, when the cores are free:
        // one language per core. The stream keeps the languages' order.
        return model.languages().parallelStream().map(lang -> {
            String l = lang.code();
            String dir = model.urls().file(model.urls().search(l));
            dir = dir.substring(0, dir.length() - "index.html".length());
            return write(dir, documents(model, l));
        }).flatMap(List::stream).toList();
    }

    /** The documents of a language, in their fixed order: leaders, then summits and articles newest first. */
    static List<Doc> documents(SiteModel model, String l) {
        Urls u = model.urls();
        String src = model.sourceLang();
        List<Doc> docs = new ArrayList<>();
        for (Leader le : model.leaders().values().stream().sorted(Comparator.comparing(Leader::id)).toList()) {
            Set<String> names = new LinkedHashSet<>();
            names.add(le.name().or(l, src));
            le.name().byLanguage().values().forEach(names::add);
            le.aliases().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> names.addAll(e.getValue()));
            StringBuilder body = new StringBuilder(le.bio().or(l, src));
            le.roles().forEach(r -> body.append('\n').append(r.title().or(l, src)));
            docs.add(new Doc("l", le.name().or(l, src), "", u.leader(l, le.id()), "", "",
                    snippet(le.bio().or(l, src)), String.join("\n", names), body.toString()));
        }
        for (Summit su : model.summits().values().stream()
                .sorted(Comparator.comparing(Summit::start).reversed().thenComparing(Summit::id)).toList()) {
            StringBuilder body = new StringBuilder(su.summary().or(l, src));
            for (LocalizedText t : List.of(su.city(), su.venue(), su.host())) body.append('\n').append(t.or(l, src));
            su.outcomes().forEach(o -> body.append('\n').append(o.or(l, src)));
            docs.add(new Doc("s", su.name().or(l, src), "", u.summit(l, su.id()), su.start().iso(),
                    model.strings().date(l, su.start()), snippet(su.summary().or(l, src)), su.name().or(l, src),
                    body.toString()));
        }
        for (Article a : model.articles()) {
            // An untranslated article is found by its source text; its page in this language links to it.
            ArticleText text = a.in(l).orElse(a.source());
            StringBuilder body = new StringBuilder(text.summary().orElse(""));
            for (Block b : text.body().blocks()) body.append('\n').append(b.text());
            String lede = text.summary().orElseGet(() -> text.body().blocks().stream()
                    .filter(b -> b.kind() == Block.Kind.PARAGRAPH).map(Block::text).findFirst().orElse(""));
            docs.add(new Doc("a", text.title(), text.lang().equals(l) ? "" : text.lang(), u.article(l, a.id()),
                    a.date().iso(), model.strings().date(l, a.date()), snippet(lede), text.title(), body.toString()));
        }
        return docs;
    }

    /** The first words of a text, cut at a word boundary. */
    static String snippet(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        if (s.length() <= SNIPPET) return s;
        int cut = s.lastIndexOf(' ', SNIPPET);
        return s.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET) + "…";
    }

    /** The files of one language's index under {@code dir} ("en/search/"). */
    static List<RenderedPage> write(String dir, List<Doc> docs) {
        // One hash lookup per token occurrence, by exact form; documents are numbered in order, so each list
        // stays sorted and distinct by appending a document only when it is not already the last one.
        Map<String, Form> byExact = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            Doc doc = docs.get(d);
            for (String tok : Tokens.exact(doc.titleText())) {
                Form f = byExact.computeIfAbsent(tok, k -> new Form());
                f.title.addLast(d);
                f.all.addLast(d);
            }
            for (String tok : Tokens.exact(doc.bodyText())) byExact.computeIfAbsent(tok, k -> new Form()).all.addLast(d);
        }
        // folded → exact → form, sorted once: folding runs once per distinct form, not per occurrence.
        Map<String, Map<String, Form>> inverted = new TreeMap<>();
        byExact.forEach((tok, f) -> inverted.computeIfAbsent(Tokens.fold(tok), k -> new TreeMap<>()).put(tok, f));
        Map<String, Map<String, byte[]>> shards = new TreeMap<>();
        for (Map.Entry<String, Map<String, Form>> e : inverted.entrySet()) {
            shards.computeIfAbsent(Tokens.shardKey(e.getKey()), k -> new TreeMap<>())
                    .put(e.getKey(), json(g -> forms(g, e.getValue())));
        }
        List<RenderedPage> out = new ArrayList<>();
        out.add(new RenderedPage(dir + "meta.json",
                ("{\"v\":1,\"docs\":" + docs.size() + ",\"per\":" + PER + "}\n").getBytes(StandardCharsets.UTF_8)));
        for (Map.Entry<String, Map<String, byte[]>> shard : shards.entrySet()) {
            Map<String, byte[]> tokens = shard.getValue();
            Set<String> own = new java.util.TreeSet<>();
            // The shard's exact size in bytes: braces, and per token its quoted key, colon, value and comma.
            long size = 1 + tokens.entrySet().stream()
                    .mapToLong(t -> t.getKey().getBytes(StandardCharsets.UTF_8).length + 4 + t.getValue().length).sum();
            List<String> bySize = tokens.keySet().stream()
                    .sorted(Comparator.comparingInt((String t) -> tokens.get(t).length).reversed()
                            .thenComparing(Comparator.naturalOrder())).toList();
            for (String t : bySize) {
                if (size <= SHARD_LIMIT) break;
                own.add(t);
                size -= tokens.get(t).length - 1; // the value becomes the marker 1
                out.add(new RenderedPage(dir + "t/=" + Tokens.safe(t) + ".json", json(g -> {
                    g.writeStartObject();
                    g.writeFieldName(t);
                    g.writeRawValue(new String(tokens.get(t), StandardCharsets.UTF_8));
                    g.writeEndObject();
                })));
            }
            out.add(new RenderedPage(dir + "t/" + Tokens.safe(shard.getKey()) + ".json", json(g -> {
                g.writeStartObject();
                for (Map.Entry<String, byte[]> t : tokens.entrySet()) {
                    g.writeFieldName(t.getKey());
                    if (own.contains(t.getKey())) g.writeNumber(1);
                    else g.writeRawValue(new String(t.getValue(), StandardCharsets.UTF_8));
                }
                g.writeEndObject();
            })));
        }
        for (int k = 0; k * PER < docs.size(); k++) {
            List<Doc> part = docs.subList(k * PER, Math.min(docs.size(), (k + 1) * PER));
            out.add(new RenderedPage(dir + "d/" + k + ".json", json(g -> {
                g.writeStartArray();
                for (Doc d : part) {
                    g.writeStartArray();
                    for (String s : List.of(d.kind(), d.title(), d.url(), d.iso(), d.date(), d.snippet(), d.titleLang())) {
                        g.writeString(s);
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
            })));
        }
        out.sort(Comparator.comparing(RenderedPage::path));
        return out;
    }

    /** The documents an exact form occurs in, and those with it in their title. */
    private static final class Form {
        final Docs all = new Docs();
        final Docs title = new Docs();
    }

    /** An ascending list of distinct document numbers, unboxed. */
    private static final class Docs {
        private int[] a = new int[2];
        private int n;

        void addLast(int d) {
            if (n > 0 && a[n - 1] == d) return;
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = d;
        }

        String encoded() {
            return Postings.encode(a, n);
        }
    }

    private static void forms(JsonGenerator g, Map<String, Form> forms) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Form> f : forms.entrySet()) {
            g.writeArrayFieldStart(f.getKey());
            g.writeString(f.getValue().all.encoded());
            g.writeString(f.getValue().title.encoded());
            g.writeEndArray();
        }
        g.writeEndObject();
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
