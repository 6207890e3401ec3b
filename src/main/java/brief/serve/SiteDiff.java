package brief.serve;

import brief.build.OutputWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a change does to the built site: the pages added, removed and changed, per language, with a text
 * diff of each changed page's main content. Used by {@code brief diff} and the preview's {@code /_changes/}.
 */
public final class SiteDiff {
    /** One changed page; {@code diff} is empty when only markup outside the main text changed. */
    public record Changed(String path, String diff) {}

    /** The changes of one language ("" for files outside any language folder: assets, the root pages). */
    public record Group(String lang, List<String> added, List<String> removed, List<Changed> changed) {
        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    public record Report(String before, String after, List<Group> groups) {
        public boolean isEmpty() {
            return groups.stream().allMatch(Group::isEmpty);
        }

        /** The report as text, for the terminal. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            sb.append("comparing ").append(before).append(" → ").append(after).append('\n');
            if (isEmpty()) return sb.append("no page changed\n").toString();
            for (Group g : groups) {
                if (g.isEmpty()) continue;
                sb.append('\n').append(g.lang().isEmpty() ? "other files" : "language " + g.lang()).append(": ")
                        .append(g.added().size()).append(" added, ").append(g.removed().size()).append(" removed, ")
                        .append(g.changed().size()).append(" changed\n");
                g.added().forEach(p -> sb.append("  added    ").append(p).append('\n'));
                g.removed().forEach(p -> sb.append("  removed  ").append(p).append('\n'));
                for (Changed c : g.changed()) {
                    sb.append("  changed  ").append(c.path())
                            .append(c.diff().isEmpty() ? " (markup only; the main text is the same)" : "").append('\n');
                }
            }
            for (Group g : groups) {
                for (Changed c : g.changed()) {
                    if (!c.diff().isEmpty()) sb.append('\n').append(c.diff());
                }
            }
            return sb.toString();
        }
    }

    private SiteDiff() {}

    /** Compares two builds (output path → bytes); {@code languages} are the site's language codes. */
    public static Report compare(Map<String, byte[]> before, Map<String, byte[]> after, List<String> languages,
                                 String beforeLabel, String afterLabel) {
        Map<String, List<String>> added = new TreeMap<>();
        Map<String, List<String>> removed = new TreeMap<>();
        Map<String, List<Changed>> changed = new TreeMap<>();
        Set<String> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String path : all) {
            if (path.equals(OutputWriter.MARKER)) continue;
            String lang = langOf(path, languages);
            byte[] a = before.get(path);
            byte[] b = after.get(path);
            if (a == null) added.computeIfAbsent(lang, k -> new ArrayList<>()).add(path);
            else if (b == null) removed.computeIfAbsent(lang, k -> new ArrayList<>()).add(path);
            else if (!Arrays.equals(a, b)) {
                String diff = "";
                if (path.endsWith(".html")) {
                    List<String> ta = HtmlText.mainText(new String(a, StandardCharsets.UTF_8));
                    List<String> tb = HtmlText.mainText(new String(b, StandardCharsets.UTF_8));
                    if (!ta.equals(tb)) diff = LineDiff.unified(ta, tb, "a/" + path, "b/" + path, 2);
                }
                changed.computeIfAbsent(lang, k -> new ArrayList<>()).add(new Changed(path, diff));
            }
        }
        List<String> order = new ArrayList<>(languages);
        order.add("");
        List<Group> groups = new ArrayList<>();
        for (String l : order) {
            groups.add(new Group(l, List.copyOf(added.getOrDefault(l, List.of())),
                    List.copyOf(removed.getOrDefault(l, List.of())), List.copyOf(changed.getOrDefault(l, List.of()))));
        }
        return new Report(beforeLabel, afterLabel, groups);
    }

    private static String langOf(String path, List<String> languages) {
        int slash = path.indexOf('/');
        String first = slash < 0 ? "" : path.substring(0, slash);
        return languages.contains(first) ? first : "";
    }

    /** Every regular file under a built site folder, by path relative to it; symbolic links are not followed. */
    public static Map<String, byte[]> readFolder(Path dir) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted().toList()) {
                if (!Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.equals(OutputWriter.MARKER)) continue;
                files.put(rel, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
