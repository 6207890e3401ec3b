package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A misspelt name in a template is reported as the template names things (the page, the site, an item), never as a Java type. */
class TemplateErrorsTest {
    private static final Path FILE = Path.of("themes/default/templates/x.peb");

    private static String message(String text, String pebbleMessage) {
        TemplateErrors.Problem p = TemplateErrors.of(FILE, text, 1, pebbleMessage);
        return p.pos().line() + ":" + p.pos().col() + ": " + p.message();
    }

    private static String missing(String attribute, Class<?> of) {
        return "Attribute [" + attribute + "] of [" + of.getName() + "] does not exist or can not be accessed and strict "
                + "variables is set to true. (x.peb:1)";
    }

    @Test
    void aNameMissingFromAViewIsSaidToBeMissingFromThePageTheSiteOrTheItem() {
        assertEquals("1:13: 'titel' does not exist in the page",
                message("<h1>{{ page.titel }}</h1>", missing("titel", PageView.ArticlePage.class)));
        assertEquals("1:12: 'tilte' does not exist in the site",
                message("<p>{{ site.tilte }}</p>", missing("tilte", PageView.Site.class)));
        assertEquals("1:6: 'urll' does not exist in this item",
                message("{{ a.urll }}", missing("urll", Items.ArticleCard.class)));
    }
}
