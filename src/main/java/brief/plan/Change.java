package brief.plan;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What an edited source file is, as the rebuild sees it (Zola's {@code ChangeKind} is the model): the one place
 * that turns paths into typed changes. Each change names the inputs it may have changed ({@link Facts#touched});
 * the rebuild then compares their values.
 */
public sealed interface Change {
    /** Anything under content/articles/&lt;id&gt;/: its texts or its photos. */
    record Article(String id) implements Change {}

    /** leaders.yaml, summits.yaml, events.yaml, series.yaml or topics.yaml. */
    record Annotations() implements Change {}

    /** site.yaml or a page of the site's own (content/pages/). */
    record Config() implements Change {}

    /** A template of the theme, by its name under templates/ ("article.peb", "partials/nav.peb"). */
    record Template(String name) implements Change {}

    /** The theme's interface strings (i18n/*.yaml). */
    record Strings() implements Change {}

    /** A static file whose published name is its hash (a stylesheet, a script): every page links it. */
    record Asset() implements Change {}

    /** A static file no page names (an icon, a font): copied, nothing rendered. */
    record Static() implements Change {}

    /** Anything else (the emblem, the share image, a folder removed whole): every input may have changed. */
    record Everything() implements Change {}

    /** The changes of a set of edited paths, relative to the source folder; {@code null} means everything. */
    public static Set<Change> classify(Set<Path> paths, java.util.function.Predicate<String> fingerprinted) {
        Set<Change> out = new LinkedHashSet<>();
        if (paths == null) {
            out.add(new Everything());
            return out;
        }
        for (Path p : paths) out.add(classify(p, fingerprinted));
        return out;
    }

    private static Change classify(Path p, java.util.function.Predicate<String> fingerprinted) {
        int n = p.getNameCount();
        String first = n > 0 ? p.getName(0).toString() : "";
        String second = n > 1 ? p.getName(1).toString() : "";
        if (first.equals("content")) {
            if (second.equals("articles") && n >= 3) return new Article(p.getName(2).toString());
            if (n == 2 && Set.of("leaders.yaml", "summits.yaml", "events.yaml", "series.yaml", "topics.yaml").contains(second)) {
                return new Annotations();
            }
            if (n == 2 && second.equals("site.yaml") || second.equals("pages") && n >= 3) return new Config();
            return new Everything();
        }
        if (first.equals("themes") && n >= 4) {
            String area = p.getName(2).toString();
            String rest = p.subpath(3, n).toString().replace('\\', '/');
            if (area.equals("templates") && rest.endsWith(".peb")) return new Template(rest);
            if (area.equals("i18n")) return new Strings();
            if (area.equals("static")) return fingerprinted.test(p.getFileName().toString()) ? new Asset() : new Static();
        }
        return new Everything();
    }
}
