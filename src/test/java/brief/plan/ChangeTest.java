package brief.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one change classifier: an edited path becomes a typed change, whatever the file inside it is. */
class ChangeTest {
    private static Set<Change> classify(String... paths) {
        Set<Path> p = new java.util.LinkedHashSet<>();
        for (String s : paths) p.add(Path.of(s));
        return Change.classify(p, name -> name.equals("style.css"));
    }

    @Test
    void anArticlesFilesAndItsFolderAreThatArticle() {
        assertEquals(Set.of(new Change.Article("2025-10-26-x")), classify("content/articles/2025-10-26-x/vi.md",
                "content/articles/2025-10-26-x/lead.jpg", "content/articles/2025-10-26-x"));
    }

    @Test
    void annotationFilesSiteYamlAndPagesAreTheirOwnKinds() {
        assertEquals(Set.of(new Change.Annotations()), classify("content/leaders.yaml", "content/events.yaml"));
        assertEquals(Set.of(new Change.Config()), classify("content/site.yaml"));
        assertEquals(Set.of(new Change.Config()), classify("content/pages/about/en.md"));
    }

    @Test
    void theThemeIsTemplatesStringsAssetsAndPlainStaticFiles() {
        assertEquals(Set.of(new Change.Template("article.peb")), classify("themes/default/templates/article.peb"));
        assertEquals(Set.of(new Change.Template("partials/nav.peb")), classify("themes/default/templates/partials/nav.peb"));
        assertEquals(Set.of(new Change.Strings()), classify("themes/default/i18n/en.yaml"));
        assertEquals(Set.of(new Change.Asset()), classify("themes/default/static/style.css"));
        assertEquals(Set.of(new Change.Static()), classify("themes/default/static/favicon.svg"));
    }

    @Test
    void anythingElseOrNoListAtAllIsEverything() {
        assertEquals(Set.of(new Change.Everything()), classify("content/emblem.svg"));
        assertEquals(Set.of(new Change.Everything()), classify("content/articles"));
        assertEquals(Set.of(new Change.Everything()), Change.classify(null, name -> false));
    }

    @Test
    void aTemplateIsAPagesOwnOnlyWhenAKindIsRenderedWithIt() {
        assertEquals(true, PageKind.isPageTemplate("leader.peb"));
        assertEquals(false, PageKind.isPageTemplate("base.peb"));
    }
}
