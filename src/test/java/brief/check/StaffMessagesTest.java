package brief.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.diag.Diagnostic;
import brief.diag.Diagnostics;
import brief.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages a press officer can act on: each asserted exactly, with its position and its hint. */
class StaffMessagesTest {
    static final String A = "content/articles/2025-10-26-asean-us-summit/";

    static Sites.Run check(Path root) {
        return SiteFixture.run("check", "--source", root.toString());
    }

    static void write(Path root, String rel, String text) throws Exception {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void aScaffoldsPlaceholdersFailOnceTheArticleIsNoLongerADraft(@TempDir Path dir) throws Exception {
        Path root = SiteFixture.copyMinimal(dir);
        String article = """
                ---
                title: "Bài mới"
                date: "2025-11-01"
                outlet: ""
                draft: %s
                ---

                Write the first paragraph here.
                """;
        write(root, "content/articles/2025-11-01-bai-moi/vi.md", article.formatted("true"));
        Sites.Run draft = check(root);
        assertFalse(draft.all().contains("placeholder"), "a draft may keep its placeholders:\n" + draft);
        write(root, "content/articles/2025-11-01-bai-moi/vi.md", article.formatted("false"));
        Sites.Run r = check(root);
        assertEquals(1, r.exit());
        assertTrue(r.hasLine("content/articles/2025-11-01-bai-moi/vi.md:4:9: error: 'outlet' is empty"), r.toString());
        assertTrue(r.hasLine("    = hint: write who published the article, e.g. 'outlet: TTXVN', or remove the line"), r.toString());
        assertTrue(r.hasLine("content/articles/2025-11-01-bai-moi/vi.md:8:1: error: the placeholder paragraph"
                + " 'Write the first paragraph here.' is still in the article"), r.toString());
        assertTrue(r.hasLine("    = hint: replace it with the article's text, or set 'draft: true' until it is written"), r.toString());
    }

    @Test
    void anUnclosedQuoteIsReportedOnTheLineThatOpenedIt() {
        Diagnostics d = new Diagnostics();
        brief.yaml.YamlReader.read(Path.of("content/summits.yaml"), """
                - id: a
                  name: {vi: "Hội nghị, en: Summit}
                  city: Hanoi
                - id: b
                  name: "B"
                  city: y
                """, 0, d);
        Diagnostic x = d.all().get(0);
        assertEquals(1, d.all().size());
        assertEquals("content/summits.yaml:2:14: error: YAML syntax: the quote opened here is not closed on this line",
                x.headline());
        assertEquals("close the quote", x.hint());
    }

    @Test
    void anEmptyTranslationIsReportedOnceNotAlsoAsMissing(@TempDir Path dir) throws Exception {
        Path root = SiteFixture.copyMinimal(dir);
        write(root, A + "en.md", "");
        Sites.Run r = check(root);
        assertTrue(r.hasLine(A + "en.md:1:1: error: the file is empty"), r.toString());
        assertFalse(r.all().contains("has no translation"), r.toString());
    }

    @Test
    void aCopyOfALanguageFileIsNamedAsACopy(@TempDir Path dir) throws Exception {
        Path root = SiteFixture.copyMinimal(dir);
        Files.copy(root.resolve(A + "vi.md"), root.resolve(A + "vi copy.md"));
        Sites.Run r = check(root);
        assertTrue(r.hasLine(A + "vi copy.md: warning: 'vi copy.md' is not a language of the site; the file is ignored"), r.toString());
        assertTrue(r.hasLine("    = hint: it looks like a copy of vi.md: remove it, or rename it (keep copies outside content/)"), r.toString());
    }

    @Test
    void aDuplicateSlugPointsAtTheSlugLine(@TempDir Path dir) throws Exception {
        Path root = SiteFixture.copyMinimal(dir);
        write(root, "content/articles/2025-11-01-khac/vi.md", """
                ---
                title: "Bài khác"
                date: "2025-11-01"
                outlet: "VOV"
                slug: thu-tuong-pham-minh-chinh-du-hoi-nghi-cap-cao-asean-hoa-ky
                ---
                Nội dung.
                """);
        Sites.Run r = check(root);
        assertTrue(r.hasLine("content/articles/2025-11-01-khac/vi.md:5:7: error: articles '2025-10-26-asean-us-summit' and"
                + " '2025-11-01-khac' have the same URL /vi/…/thu-tuong-pham-minh-chinh-du-hoi-nghi-cap-cao-asean-hoa-ky/"
                + " in language 'vi'"), r.toString());
        assertTrue(r.hasLine("    = hint: change 'slug: thu-tuong-pham-minh-chinh-du-hoi-nghi-cap-cao-asean-hoa-ky' in one of"
                + " the two files"), r.toString());
    }

    @Test
    void anchorsInHintsComeInReadingOrder() {
        assertEquals(List.of("p-1", "p-2", "p-10", "thuong-mai", "z"),
                LinkRule.sorted(Set.of("z", "p-10", "thuong-mai", "p-2", "p-1")));
    }

    @Test
    void numbersInWordsEqualTheirDigits() {
        Diagnostics d = new Diagnostics();
        FactsRule.compare("Hội nghị lần thứ 6 và lần thứ mười hai", "vi", "the sixth meeting and the 12th", "en",
                new brief.diag.SourcePos(Path.of("x"), 1, 1), "paragraph 1", d);
        FactsRule.compare("lần thứ sáu", "vi", "the 6th meeting", "en", new brief.diag.SourcePos(Path.of("x"), 1, 1), "p", d);
        assertEquals(List.of(), d.all());
        // "năm" is also "year": alone it is not the number five.
        FactsRule.compare("năm nay", "vi", "5 this year", "en", new brief.diag.SourcePos(Path.of("x"), 1, 1), "p", d);
        assertEquals(1, d.all().size());
    }

    @Test
    void aCheckedNumbersWarningIsAcceptedWithAReasonAndAStaleAcceptanceIsReported(@TempDir Path dir) throws Exception {
        Path root = SiteFixture.copyMinimal(dir);
        Path en = root.resolve(A + "en.md");
        String text = Files.readString(en);
        Files.writeString(en, text.replace("USD 453 billion", "USD 450 billion"));
        Sites.Run before = check(root);
        assertTrue(before.hasLine(A + "en.md:13:1: warning: numbers differ in paragraph 4 (en): vi has [453 billion] that en"
                + " lacks; en has [450 billion] that vi lacks"), before.toString());
        Files.writeString(en, text.replace("USD 453 billion", "USD 450 billion").replace("translated_from:",
                "accept:\n  - {paragraph: 4, number: \"453 billion\", reason: \"checked\"}\n"
                        + "  - {paragraph: 4, number: \"450 billion\", reason: \"checked\"}\n"
                        + "  - {paragraph: 1, number: \"7\", reason: \"no longer needed\"}\ntranslated_from:"));
        Sites.Run r = check(root);
        assertFalse(r.all().contains("numbers differ"), r.toString());
        assertTrue(r.hasLine(A + "en.md:6:5: warning: accepted number '7' in paragraph 1: the paragraph has no such numbers warning"),
                r.toString());
        assertTrue(r.hasLine("    = hint: remove the entry from 'accept:'"), r.toString());
    }

    @Test
    void aMistypedCommandOrOptionGetsTheNearest() {
        Sites.Run r = SiteFixture.run("buidl");
        assertEquals(2, r.exit());
        assertEquals("error: unknown command 'buidl'; did you mean 'build'?\n"
                + "commands: build, check, diff, generate, help, import, new, serve, stamp; run 'brief --help' for what each does\n",
                r.err());
        Sites.Run o = SiteFixture.run("build", "--draft");
        assertEquals("error: unknown option '--draft' for 'brief build'; did you mean '--drafts'?\n"
                + "run 'brief build --help' for the options\n", o.err());
    }

    @Test
    void buildWarnsWhileBaseUrlIsTheExampleAddressWithoutFailingStrict(@TempDir Path dir) throws Exception {
        Path root = SiteFixture.copyMinimal(dir);
        Path site = root.resolve("content/site.yaml");
        Files.writeString(site, Files.readString(site).replace("base_url: /", "base_url: https://example.com/b/"));
        Sites.Run r = SiteFixture.run("build", "--source", root.toString(), "--strict");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.hasLine("content/site.yaml:2:11: warning: base_url is still the example address 'https://example.com/b/':"
                + " feeds, the sitemap and shared links will point there"), r.toString());
        assertTrue(r.hasLine("    = hint: set base_url to the address readers will open, before you publish (see docs/publishing.md)"),
                r.toString());
        assertTrue(r.out().contains("; 0 errors, 1 warning in "), "the summary counts the warning it printed: " + r);
        Files.writeString(site, Files.readString(site).replace("https://example.com/b/", "https://press.gov.vn/b/"));
        assertFalse(SiteFixture.run("build", "--source", root.toString()).all().contains("example address"));
    }
}
