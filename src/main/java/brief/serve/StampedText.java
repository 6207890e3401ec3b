package brief.serve;

import brief.content.Block;
import brief.diff.GitBuild;
import brief.source.FrontMatter;
import brief.content.MarkdownParser;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The text source paragraphs had when a translation was stamped, looked up by their hash in git history:
 * first in the source file as it was in the commit that last changed the translation's stamp, then in the
 * source file's earlier commits (at most {@value #REVISIONS}) until every hash asked for is found. A hash
 * names one text, so a paragraph found is the one stamped, whichever commit it came from.
 */
final class StampedText {
    private static final int REVISIONS = 30;

    private final MarkdownParser markdown = new MarkdownParser();
    /** Found texts by hash; and what was looked up at which HEAD, so a request does not run git again. */
    private final Map<String, String> found = new HashMap<>();
    private final Map<String, Set<String>> searched = new HashMap<>();

    /**
     * The old texts of {@code hashes} (those found), for the source file {@code source} and its translation
     * {@code translation} (paths relative to {@code root}); empty when {@code root} is not in a git repository.
     */
    synchronized Optional<Map<String, String>> find(Path root, Path source, Path translation, Set<String> hashes) {
        Optional<String> head = GitBuild.tryGit(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}").map(String::strip);
        if (head.isEmpty()) return Optional.empty();
        String key = head.get() + "\u0000" + source + "\u0000" + translation;
        Set<String> done = searched.computeIfAbsent(key, k -> new java.util.HashSet<>());
        if (!done.containsAll(hashes) && !found.keySet().containsAll(hashes)) {
            List<String> revs = new ArrayList<>();
            GitBuild.tryGit(root, "log", "-1", "--format=%H", "-G", "translated_from", "--", path(translation))
                    .map(String::strip).filter(s -> !s.isEmpty()).ifPresent(revs::add);
            GitBuild.tryGit(root, "log", "--format=%H", "-n", Integer.toString(REVISIONS), "--", path(source))
                    .ifPresent(out -> out.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(revs::add));
            for (String rev : revs.stream().distinct().toList()) {
                if (found.keySet().containsAll(hashes)) break;
                GitBuild.tryGit(root, "show", rev + ":./" + path(source)).ifPresent(this::remember);
            }
            done.addAll(hashes);
        }
        Map<String, String> out = new HashMap<>();
        for (String h : hashes) if (found.containsKey(h)) out.put(h, found.get(h));
        return Optional.of(out);
    }

    private void remember(String fileText) {
        String text = Normalizer.normalize(fileText.replace("\r\n", "\n"), Normalizer.Form.NFC);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        FrontMatter.split(text).ifPresent(fm -> {
            for (Block b : markdown.parse(fm.body(), fm.bodyLine()).blocks()) found.putIfAbsent(b.hash(), b.text());
        });
    }

    private static String path(Path p) {
        return p.toString().replace('\\', '/');
    }
}
