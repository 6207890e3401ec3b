package brief.check;

import brief.content.Block;
import brief.source.FrontMatter;
import brief.content.MarkdownParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a source paragraph said when its translation was stamped, found in git: the stamp holds only a hash of
 * each paragraph, so the file's recent commits are read until one has a paragraph with that hash. Only asked
 * for paragraphs that changed, and only a few commits back; without git, outside a repository, or when the
 * text is not found, the answer is empty and the check goes on without it.
 */
final class SourceHistory {
    /** How many commits of a file are read before giving up: enough for a file edited now and then. */
    private static final int COMMITS = 20;
    private static final long TIMEOUT_SECONDS = 5;

    /** A version of the file: its commit and the text of each block, with its hash. */
    record Version(String commit, String date, List<Block> blocks) {}

    private final Path root;
    private final Path file;
    private List<Version> versions;

    /** @param file relative to {@code root}, the source folder */
    SourceHistory(Path root, Path file) {
        this.root = root;
        this.file = file;
    }

    /** The latest committed text of a block with this hash, and the commit it is from. */
    Optional<Found> find(String hash) {
        for (Version v : versions()) {
            for (Block b : v.blocks()) {
                if (b.hash().equals(hash)) return Optional.of(new Found(v.commit(), v.date(), b.text()));
            }
        }
        return Optional.empty();
    }

    record Found(String commit, String date, String text) {}

    private List<Version> versions() {
        if (versions != null) return versions;
        versions = new ArrayList<>();
        String path = "./" + file.toString().replace('\\', '/');
        Optional<String> log = git("log", "-n", Integer.toString(COMMITS), "--format=%h %as", "--", path);
        if (log.isEmpty()) return versions;
        MarkdownParser md = Parser.INSTANCE;
        for (String line : log.get().lines().toList()) {
            String[] parts = line.strip().split(" ");
            if (parts.length != 2) continue;
            Optional<String> text = git("show", parts[0] + ":" + path);
            if (text.isEmpty()) continue;
            FrontMatter.split(text.get().replace("\r\n", "\n")).ifPresent(fm ->
                    versions.add(new Version(parts[0], parts[1], md.parse(fm.body(), fm.bodyLine()).blocks())));
        }
        return versions;
    }

    private Optional<String> git(String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", root.toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(new String(out, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no git: the warning is given without the change
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The change from {@code before} to {@code after}, word by word, with a little context: "… [-a-] {+b+} …". */
    static String change(String before, String after) {
        String[] a = before.strip().split("\\s+");
        String[] b = after.strip().split("\\s+");
        int p = 0;
        while (p < a.length && p < b.length && a[p].equals(b[p])) p++;
        int q = 0;
        while (q < a.length - p && q < b.length - p && a[a.length - 1 - q].equals(b[b.length - 1 - q])) q++;
        StringBuilder sb = new StringBuilder();
        int from = Math.max(0, p - 3);
        if (from > 0) sb.append("… ");
        for (int i = from; i < p; i++) sb.append(a[i]).append(' ');
        if (p < a.length - q) sb.append("[-").append(String.join(" ", List.of(a).subList(p, a.length - q))).append("-] ");
        if (p < b.length - q) sb.append("{+").append(String.join(" ", List.of(b).subList(p, b.length - q))).append("+} ");
        int to = Math.min(b.length, b.length - q + 3);
        for (int i = b.length - q; i < to; i++) sb.append(b[i]).append(' ');
        if (to < b.length) sb.append("…");
        return sb.toString().strip();
    }

    /** One parser for the few old versions read; built only when git has something to show. */
    private static final class Parser {
        static final MarkdownParser INSTANCE = new MarkdownParser();
    }
}
