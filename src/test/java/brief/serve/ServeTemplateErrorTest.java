package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template typo during the preview is a positioned error (it crashed Pebble's lexer), and the last good site stays. */
class ServeTemplateErrorTest {
    @TempDir
    Path dir;

    @Test
    void aTagLeftOpenIsReportedWhereItIsWritten() {
        ServeSupport.site(dir);
        IncrementalBuilder b = new IncrementalBuilder(dir, false);
        assertTrue(b.buildAll().ok());
        var before = b.current();
        Path base = dir.resolve("themes/default/templates/base.peb");
        String text = Sites.read(base);
        int at = text.indexOf("{% endblock %}", text.indexOf("{% block content %}"));
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        int col = at - text.lastIndexOf('\n', at - 1);
        Sites.replaceIn(base, "{% block content %}{% endblock %}", "{% block content %}{% endblock");

        IncrementalBuilder.Outcome o = b.build(Set.of(Path.of("themes/default/templates/base.peb")));
        assertFalse(o.ok());
        String first = o.errors().get(0).format();
        assertEquals("themes/default/templates/base.peb:" + line + ":" + col + ": error: template error: '{%' is not closed",
                first.lines().findFirst().orElseThrow(), first);
        assertTrue(first.contains("hint: close it with '%}'"), first);
        assertEquals(before, b.current(), "the last good site is still the one served");
    }
}
