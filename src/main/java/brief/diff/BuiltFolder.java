package brief.diff;

import brief.output.OutputWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A site built on disk (the published {@code site/}), as {@link SiteDiff.Entry entries}: a scan lists the
 * files with their size, modification time and inode, and keeps the entry of a file for which these did not
 * change, with the hash and text it already made; while the folder and its {@code .brief-output} marker are
 * unchanged it does not even list them (a file changed by hand in a folder brief wrote is seen after the
 * next build). A file is read only when its hash or text is first needed:
 * comparing the preview with 2,000 articles' worth of published pages took 0.6–1.1 s per request when every
 * file was read each time.
 */
public final class BuiltFolder {
    private record Stamped(long size, FileTime modified, Object inode, SiteDiff.Entry entry) {}

    private final Path dir;
    private final AtomicLong reads = new AtomicLong();
    private Map<String, Stamped> last = Map.of();
    private Object lastSeal;
    private Map<String, SiteDiff.Entry> lastScan;

    public BuiltFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /** How many times a file was read, since this object was made (tests use it). */
    public long reads() {
        return reads.get();
    }

    /** The folder's regular files by path relative to it (symbolic links are not followed). */
    public synchronized Map<String, SiteDiff.Entry> scan() {
        // brief build swaps in a new folder with a new marker whenever a file changes: while the folder and its
        // marker are the ones seen last, so are its files, and listing 5,700 files is not needed.
        Object seal = seal();
        if (seal != null && seal.equals(lastSeal) && lastScan != null) return lastScan;
        Map<String, Stamped> now = new HashMap<>(Math.max(16, last.size() * 2));
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                    String rel = dir.relativize(file).toString().replace('\\', '/');
                    if (rel.equals(OutputWriter.MARKER)) return FileVisitResult.CONTINUE;
                    Stamped old = last.get(rel);
                    if (old != null && old.size() == attrs.size() && old.modified().equals(attrs.lastModifiedTime())
                            && Objects.equals(old.inode(), attrs.fileKey())) {
                        now.put(rel, old);
                    } else {
                        now.put(rel, new Stamped(attrs.size(), attrs.lastModifiedTime(), attrs.fileKey(),
                                SiteDiff.Entry.ofFile(attrs.size(), () -> read(file))));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        last = now;
        Map<String, SiteDiff.Entry> out = new HashMap<>(now.size() * 2);
        now.forEach((p, s) -> out.put(p, s.entry()));
        lastSeal = seal;
        lastScan = java.util.Collections.unmodifiableMap(out);
        return lastScan;
    }

    /** The folder's inode and its marker's size, time and inode; null when there is no marker (not brief's). */
    private Object seal() {
        try {
            BasicFileAttributes folder = Files.readAttributes(dir, BasicFileAttributes.class);
            BasicFileAttributes marker = Files.readAttributes(dir.resolve(OutputWriter.MARKER), BasicFileAttributes.class);
            return java.util.List.of(String.valueOf(folder.fileKey()), folder.lastModifiedTime(), marker.size(),
                    marker.lastModifiedTime(), String.valueOf(marker.fileKey()));
        } catch (IOException e) {
            return null;
        }
    }

    private byte[] read(Path file) {
        reads.incrementAndGet();
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
