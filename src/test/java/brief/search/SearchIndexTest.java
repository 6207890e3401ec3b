package brief.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.output.RenderedPage;
import brief.testing.Sites;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index brief writes for a site, and how it splits large shards. */
class SearchIndexTest {
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A leader, the summit they attended, a topic and an article about it filed under the topic, with the
     * Vietnamese search section renamed.
     */
    static final String SITE = """
            -- content/site.yaml --
            title: {vi: Bản tin thử, en: Test briefings}
            base_url: https://example.org/briefings/
            languages:
              - {code: vi, name: Tiếng Việt, locale: vi-VN, source: true}
              - {code: en, name: English, locale: en-GB}
            sections:
              search: {vi: tim-kiem, en: search}
            theme: default
            -- content/leaders.yaml --
            - id: pham-minh-chinh
              name: {vi: "Phạm Minh Chính", en: "Pham Minh Chinh"}
              country: VN
              roles:
                - title: {vi: "Thủ tướng Chính phủ", en: "Prime Minister"}
                  from: "2021-04-05"
            -- content/summits.yaml --
            - id: asean-us-13
              name: {vi: "Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13", en: "13th ASEAN–US Summit"}
              start: "2025-10-26"
              participants: [pham-minh-chinh]
            -- content/topics.yaml --
            - id: trade
              name: {vi: Thương mại, en: Trade}
              description:
                vi: Trao đổi hàng hóa và dịch vụ, thuế quan.
                en: Trade in goods and services, and tariffs.
            -- content/articles/2025-10-26-asean-us-13/vi.md --
            ---
            title: "Thủ tướng dự Hội nghị Cấp cao ASEAN - Hoa Kỳ"
            date: "2025-10-26"
            outlet: TTXVN
            summits: [asean-us-13]
            leaders: [pham-minh-chinh]
            topics: [trade]
            ---
            Chiều 26/10 tại Kuala Lumpur, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13.

            Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD.
            -- content/articles/2025-10-26-asean-us-13/en.md --
            ---
            title: "Prime Minister attends the ASEAN–US Summit"
            ---
            On 26 October in Kuala Lumpur, Prime Minister Pham Minh Chinh attended the 13th ASEAN–US Summit.

            Two-way trade in 2024 reached more than USD 453 billion.
            """;

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void build() {
        out = Sites.site(dir, SITE).buildOk().out();
    }

    static JsonNode read(String rel) throws Exception {
        Path f = out.resolve(rel);
        assertTrue(Files.exists(f), "missing " + rel);
        return JSON.readTree(f.toFile());
    }

    /** The document a number stands for, from its document shard. */
    static JsonNode doc(String searchDir, int d) throws Exception {
        int per = read(searchDir + "meta.json").get("per").asInt();
        return read(searchDir + "d/" + (d / per) + ".json").get(d % per);
    }

    static List<String> titlesOf(String searchDir, String folded, String form, int which) throws Exception {
        JsonNode forms = read(searchDir + "t/" + Tokens.safe(Tokens.shardKey(folded)) + ".json").get(folded);
        assertTrue(forms != null && forms.has(form), folded + " has the form " + form + ": " + forms);
        List<String> urls = new ArrayList<>();
        for (int d : Postings.decode(forms.get(form).get(which).asText())) urls.add(doc(searchDir, d).get(2).asText());
        return urls;
    }

    @Test
    void aLeaderIsFoundByTheFoldedSyllablesOfTheirNameInBothLanguages() throws Exception {
        assertTrue(titlesOf("vi/tim-kiem/", "pham", "phạm", 1).contains("/briefings/vi/leaders/pham-minh-chinh/"));
        assertTrue(titlesOf("vi/tim-kiem/", "chinh", "chính", 1).contains("/briefings/vi/leaders/pham-minh-chinh/"));
        assertTrue(titlesOf("en/search/", "pham", "pham", 1).contains("/briefings/en/leaders/pham-minh-chinh/"));
        // The Vietnamese spelling of the name is a name of the leader's English document too.
        assertTrue(titlesOf("en/search/", "pham", "phạm", 1).contains("/briefings/en/leaders/pham-minh-chinh/"));
    }

    /** A topic's page is found by its name, in either language's spelling, and by its description. */
    @Test
    void aTopicIsFoundByItsNameInEitherLanguageAndByItsDescription() throws Exception {
        assertTrue(titlesOf("vi/tim-kiem/", "thuong", "thương", 1).contains("/briefings/vi/topics/thuong-mai/"));
        assertTrue(titlesOf("en/search/", "trade", "trade", 1).contains("/briefings/en/topics/trade/"));
        // A reader of the English site who types the Vietnamese name finds the English page.
        assertTrue(titlesOf("en/search/", "thuong", "thương", 1).contains("/briefings/en/topics/trade/"));
        assertTrue(titlesOf("en/search/", "tariffs", "tariffs", 0).contains("/briefings/en/topics/trade/"));
        JsonNode meta = read("en/search/meta.json");
        List<String> topics = new ArrayList<>();
        for (int d = 0; d < meta.get("docs").asInt(); d++) {
            JsonNode doc = doc("en/search/", d);
            if (doc.get(0).asText().equals("t")) topics.add(doc.get(1).asText() + " | " + doc.get(5).asText());
        }
        assertEquals(List.of("Trade | Trade in goods and services, and tariffs."), topics);
    }

    @Test
    void documentsCarryKindTitleUrlDateAndSnippet() throws Exception {
        List<String> urls = titlesOf("vi/tim-kiem/", "hoi", "hội", 0);
        assertTrue(urls.stream().anyMatch(u -> u.startsWith("/briefings/vi/articles/")), urls.toString());
        assertTrue(urls.stream().anyMatch(u -> u.startsWith("/briefings/vi/summits/")), urls.toString());
        JsonNode meta = read("vi/tim-kiem/meta.json");
        boolean sawArticle = false;
        for (int d = 0; d < meta.get("docs").asInt(); d++) {
            JsonNode doc = doc("vi/tim-kiem/", d);
            assertEquals(7, doc.size(), doc.toString());
            if (doc.get(0).asText().equals("a")) {
                sawArticle = true;
                assertTrue(doc.get(3).asText().matches("\\d{4}-\\d{2}-\\d{2}"), doc.toString());
                assertTrue(!doc.get(5).asText().isEmpty() && doc.get(5).asText().length() <= SearchIndex.SNIPPET + 1);
            }
        }
        assertTrue(sawArticle);
    }

    @Test
    void theSameSourcesGiveByteIdenticalIndexFiles() {
        Path again = Sites.site(dir.resolve("again"), SITE).buildOk().out();
        Map<String, String> a = new TreeMap<>(Sites.hashes(out.resolve("vi/tim-kiem")));
        assertTrue(a.size() > 10, a.keySet().toString());
        assertEquals(a, Sites.hashes(again.resolve("vi/tim-kiem")));
        assertEquals(Sites.hashes(out.resolve("en/search")), Sites.hashes(again.resolve("en/search")));
    }

    @Test
    void aShardPastItsLimitMovesItsLargestTokensToFilesOfTheirOwn() throws Exception {
        List<SearchIndex.Doc> docs = new ArrayList<>();
        StringBuilder common = new StringBuilder();
        for (int t = 0; t < 60; t++) common.append(" aa").append(t);
        for (int d = 0; d < 3000; d++) {
            docs.add(new SearchIndex.Doc("a", "t" + d, "", "/x/" + d + "/", "", "", "", "title " + d,
                    common + (d % 7 == 0 ? " aardvark" : "")));
        }
        Map<String, byte[]> files = new TreeMap<>();
        for (RenderedPage p : SearchIndex.write("s/", docs)) files.put(p.path(), p.bytes());
        JsonNode shard = JSON.readTree(files.get("s/t/aa.json"));
        assertTrue(files.get("s/t/aa.json").length <= SearchIndex.SHARD_LIMIT, "the shard keeps to its limit");
        int own = 0;
        for (var it = shard.fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getValue().isInt()) {
                own++;
                assertEquals(1, e.getValue().asInt());
                JsonNode alone = JSON.readTree(files.get("s/t/=" + Tokens.safe(e.getKey()) + ".json"));
                assertEquals(3000, Postings.decode(alone.get(e.getKey()).get(e.getKey()).get(0).asText()).size());
            }
        }
        assertTrue(own > 0, "some tokens moved out");
        assertTrue(shard.get("aardvark").isObject(), "a small token stays in its shard");
        assertEquals(3000 / SearchIndex.PER + 1, files.keySet().stream().filter(k -> k.startsWith("s/d/")).count());
    }

    @Test
    void aDocumentIsListedOnceUnderEachFormAndUnderTitlesOnlyWhenItsTitleHasTheForm() throws Exception {
        List<SearchIndex.Doc> docs = List.of(
                new SearchIndex.Doc("a", "Hội nghị", "", "/a/", "", "", "", "Hội nghị hội", "hội hội nghị Hoi"),
                new SearchIndex.Doc("a", "Other", "", "/b/", "", "", "", "Other", "nothing but hội"));
        Map<String, byte[]> files = new TreeMap<>();
        for (RenderedPage p : SearchIndex.write("x/", docs)) files.put(p.path(), p.bytes());
        JsonNode hoi = JSON.readTree(files.get("x/t/ho.json")).get("hoi");
        assertEquals(List.of(0, 1), Postings.decode(hoi.get("hội").get(0).asText()));
        assertEquals(List.of(0), Postings.decode(hoi.get("hội").get(1).asText()));
        // "Hoi" without its diacritics is a form of its own under the same folded token, found in a body only.
        assertEquals(List.of(0), Postings.decode(hoi.get("hoi").get(0).asText()));
        assertEquals(List.of(), Postings.decode(hoi.get("hoi").get(1).asText()));
        assertEquals(List.of("hoi", "hội"), iterable(hoi.fieldNames()));
    }

    /**
     * Serve mode keeps the index and updates it: after random edits to documents (words added and removed,
     * titles changed, a shard growing past its limit and shrinking back), the updated index equals one made
     * from scratch, file for file and byte for byte; documents moved or added make a new one.
     */
    @Test
    void anUpdatedIndexEqualsOneMadeFromScratch() {
        java.util.Random random = new java.util.Random(7);
        String[] words = {"hội", "nghị", "hoi", "asean", "hoa", "kỳ", "thương", "mại", "aa1", "aa2", "aa3", "zz", "đà", "nẵng"};
        List<SearchIndex.Doc> docs = new ArrayList<>();
        for (int d = 0; d < 300; d++) docs.add(doc(d, random, words, 30));
        SearchIndex.LanguageIndex index = SearchIndex.update(null, "s/", docs);
        int split = 0;
        for (int round = 0; round < 40; round++) {
            docs = new ArrayList<>(docs);
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                int d = random.nextInt(docs.size());
                // Sometimes a long text of one word, to push its shard past the limit and back.
                docs.set(d, doc(d, random, words, random.nextInt(10) == 0 ? 4000 : 30));
            }
            SearchIndex.LanguageIndex updated = SearchIndex.update(index, "s/", docs);
            assertTrue(updated == index, "same documents at the same places: updated in place");
            Map<String, String> scratch = files(SearchIndex.write("s/", docs));
            assertSameFiles(scratch, files(updated.files()), "after round " + round);
            if (scratch.keySet().stream().anyMatch(p -> p.startsWith("s/t/="))) split++;
        }
        assertTrue(split > 0 && split < 40, "the shard was split in some rounds only: " + split);
        List<SearchIndex.Doc> more = new ArrayList<>(docs);
        more.add(doc(999, random, words, 30));
        SearchIndex.LanguageIndex grown = SearchIndex.update(index, "s/", more);
        assertTrue(grown != index, "a new document: a new index");
        assertSameFiles(files(SearchIndex.write("s/", more)), files(grown.files()), "after a document was added");
    }

    /**
     * After an edit to one article, the index looks up that article's document in each language and no other
     * (counted, not timed), and its files equal those of an index made from scratch.
     */
    @Test
    void anEditLooksUpOnlyTheEditedArticlesDocuments(@TempDir Path site) throws Exception {
        Sites.site(site, SITE + """
                -- content/articles/2025-10-27-trade/vi.md --
                ---
                title: "Thương mại ASEAN - Hoa Kỳ"
                date: "2025-10-27"
                outlet: TTXVN
                ---
                Thương mại hai chiều tăng mạnh.
                -- content/articles/2025-10-27-trade/en.md --
                ---
                title: "ASEAN–US trade"
                ---
                Two-way trade grew strongly.
                """);
        brief.load.Loader loader = new brief.load.Loader();
        brief.check.ArticleChecks checks = new brief.check.ArticleChecks();
        brief.check.Validator validator = new brief.check.Validator(checks);
        brief.site.Resolver resolver = new brief.site.Resolver(checks::slugs);
        brief.site.Publication publication = brief.site.Publication.build(java.time.Clock.systemUTC(), false);
        brief.diag.Diagnostics d = brief.diag.Diagnostics.forSource(site);
        brief.load.Loader.Snapshot last = loader.load(site, brief.load.Loader.EVERYTHING, d).orElseThrow();
        SearchIndex index = new SearchIndex();
        index.files(resolver.resolve(validator.validate(last.sources(), d).orElseThrow(), publication, brief.site.Resolver.EVERYTHING));
        int documents = index.lastLookedAt();
        assertEquals(2 * 5, documents, "the first index looks up every document: a leader, a summit, a topic, two articles");

        Path en = site.resolve("content/articles/2025-10-27-trade/en.md");
        for (String word : new String[] {"sharply", "steadily"}) {
            Files.writeString(en, Files.readString(en).replaceFirst("strongly|sharply", word));
            last = loader.load(site, new brief.load.Loader.Changed(last, java.util.Set.of(site.relativize(en))), d).orElseThrow();
            brief.site.SiteModel model = resolver.resolve(validator.validate(last.sources(), d).orElseThrow(), publication,
                    brief.site.Resolver.EVERYTHING);
            Map<String, String> updated = files(index.files(model));
            assertEquals(2, index.lastLookedAt(), "one document per language: " + word);
            assertEquals(files(new SearchIndex().files(model)), updated);
            assertTrue(updated.values().stream().anyMatch(json -> json.contains("\"" + word + "\"")), word + " is indexed");
        }
    }

    private static SearchIndex.Doc doc(int d, java.util.Random random, String[] words, int length) {
        StringBuilder body = new StringBuilder();
        // A long text has many distinct words of one shard ("aa…"): enough to pass the shard's limit.
        for (int w = 0; w < length; w++) {
            body.append(length > 100 ? "aa" + random.nextInt(3000) : words[random.nextInt(words.length)]).append(' ');
        }
        String title = words[random.nextInt(words.length)] + " " + d;
        return new SearchIndex.Doc("a", title, "", "/x/" + d + "/", "", "", "", title, body.toString());
    }

    /** The same paths in the same order, then the same content, with a message that names the first file. */
    private static void assertSameFiles(Map<String, String> expected, Map<String, String> actual, String when) {
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), when + ": the same files");
        expected.forEach((path, text) -> assertEquals(text, actual.get(path), when + ": " + path));
    }

    /** Path → content, in the order given. */
    private static Map<String, String> files(List<RenderedPage> pages) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (RenderedPage p : pages) out.put(p.path(), new String(p.bytes(), java.nio.charset.StandardCharsets.UTF_8));
        return out;
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
