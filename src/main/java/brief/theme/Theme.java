package brief.theme;

import brief.i18n.Strings;
import java.nio.file.Path;
import java.util.List;

/** A theme: its folder (relative to the source folder), its templates, UI strings and static files. */
public record Theme(Path dir, Strings strings, List<Path> templates, List<Path> staticFiles) {
    public Theme {
        templates = List.copyOf(templates);
        staticFiles = List.copyOf(staticFiles);
    }

    public Path templatesDir() {
        return dir.resolve("templates");
    }

    public Path staticDir() {
        return dir.resolve("static");
    }
}
