package brief.build;

import brief.diag.BriefException;
import brief.render.RenderedPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The write stage, and the only code that writes the output folder. The site is written into a staging
 * folder beside the output and swapped in only when complete, so a failed build leaves the published site
 * as it was. Files whose bytes did not change are hard-linked from the previous output instead of written;
 * when nothing changed at all, the output is not touched.
 */
public final class OutputWriter {
    /** Marks a folder as brief's output, and lists each file's hash; brief only ever replaces such a folder. */
    public static final String MARKER = ".brief-output";

    public record WriteResult(int files, int written, int unchanged, int removed, boolean touched) {}

    public WriteResult write(List<RenderedPage> pages, Path out) {
        Path target = out.toAbsolutePath().normalize();
        Map<String, String> previous = readManifest(target);
        Map<String, String> next = new TreeMap<>();
        for (RenderedPage p : pages) next.put(p.path(), brief.content.Hashes.sha256(p.bytes()));
        boolean same = previous.equals(next) && next.keySet().stream().allMatch(k -> Files.isRegularFile(target.resolve(k)));
        if (same) return new WriteResult(pages.size(), 0, pages.size(), 0, false);

        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path staging = parent.resolve("." + name + ".staging-" + ProcessHandle.current().pid());
        Path old = parent.resolve("." + name + ".old-" + ProcessHandle.current().pid());
        int written = 0;
        int linked = 0;
        try {
            Files.createDirectories(parent);
            deleteTree(staging);
            Files.createDirectories(staging);
            for (RenderedPage p : pages) {
                Path dest = safeResolve(staging, p.path());
                Files.createDirectories(dest.getParent());
                Path prev = target.resolve(p.path());
                if (next.get(p.path()).equals(previous.get(p.path())) && Files.isRegularFile(prev) && link(prev, dest)) {
                    linked++;
                } else {
                    Files.write(dest, p.bytes());
                    written++;
                }
            }
            StringBuilder manifest = new StringBuilder("brief output folder: brief may replace it as a whole\n");
            next.forEach((path, hash) -> manifest.append(hash).append("  ").append(path).append('\n'));
            Files.writeString(staging.resolve(MARKER), manifest.toString(), StandardCharsets.UTF_8);
            if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            try {
                deleteTree(staging);
                if (!Files.exists(target) && Files.exists(old)) Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException ignored) {
                // The original error is the one to report.
            }
            throw new BriefException("cannot write the site to " + target + ": " + e.getMessage()
                    + " (the previous output was left as it was)", 3);
        }
        int removed = (int) previous.keySet().stream().filter(k -> !next.containsKey(k)).count();
        return new WriteResult(pages.size(), written, linked, removed, true);
    }

    private static boolean link(Path existing, Path dest) {
        try {
            Files.createLink(dest, existing);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Resolves a page path inside a folder; a path that would leave it is a bug upstream, never written. */
    static Path safeResolve(Path dir, String rel) {
        if (rel.indexOf('\0') >= 0) throw new BriefException("refusing to write a path with a NUL character", 3);
        Path p = dir.resolve(rel).normalize();
        if (!p.startsWith(dir) || Path.of(rel).isAbsolute()) {
            throw new BriefException("refusing to write outside the output folder: " + rel, 3);
        }
        return p;
    }

    static Map<String, String> readManifest(Path out) {
        Path m = out.resolve(MARKER);
        Map<String, String> map = new HashMap<>();
        if (!Files.isRegularFile(m)) return map;
        try {
            for (String line : Files.readAllLines(m, StandardCharsets.UTF_8)) {
                int sep = line.indexOf("  ");
                if (sep == 64) map.put(line.substring(sep + 2), line.substring(0, sep));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
