package brief.output;

import brief.diag.BriefException;
import brief.diag.ExitCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The write stage, and the only code that writes the output folder. The site is written into a staging
 * folder beside the output and swapped in only when complete, so a failed build leaves the published site
 * as it was. Pages can be streamed in as they are rendered ({@link #begin}), so memory does not grow with
 * the site. Files whose bytes did not change are hard-linked from the previous output instead of written;
 * when nothing changed at all, the output is not touched.
 */
public final class OutputWriter {
    /** Marks a folder as brief's output, and lists each file's hash; brief only ever replaces such a folder. */
    public static final String MARKER = ".brief-output";

    public record WriteResult(int files, int written, int unchanged, int removed, boolean touched) {}

    public WriteResult write(List<RenderedPage> pages, Path out) {
        try (Session session = begin(out)) {
            for (RenderedPage p : pages) session.add(p);
            return session.finish();
        }
    }

    /**
     * Brings a folder this writer wrote up to date file by file, for the preview's copy, where an edit changes a
     * few files of thousands: writes {@code changed} and deletes {@code removed}, each file atomically (written
     * beside its place and renamed over it) and never through a symbolic link ({@link NoFollow}). The folder's
     * marker then lists no hashes, so the next {@link #write} writes every file.
     */
    public void update(Path out, Map<String, byte[]> changed, java.util.Collection<String> removed) throws IOException {
        if (changed.isEmpty() && removed.isEmpty()) return;
        Path dir = out.toAbsolutePath().normalize();
        dropManifest(dir);
        Set<Path> real = new java.util.HashSet<>();
        for (var e : changed.entrySet()) NoFollow.write(dir, e.getKey(), e.getValue(), real);
        for (String path : removed) NoFollow.delete(dir, path, real);
    }

    /**
     * The marker lists each file's hash for the next full write, which skips files that match: once files are
     * written one by one it would be stale, so it is emptied (a marker with no hashes: the next full write
     * writes every file, and the output guard still knows the folder as brief's).
     */
    private static void dropManifest(Path dir) throws IOException {
        if (Files.isSymbolicLink(dir) || Files.isSymbolicLink(dir.resolve(MARKER))) {
            throw new BriefException("not writing the preview's copy through a symbolic link in " + dir, ExitCode.IO);
        }
        Files.writeString(dir.resolve(MARKER), "# brief serve: updated file by file\n", StandardCharsets.UTF_8);
    }

    /**
     * Starts a write to which pages are added one by one, from any thread, as they are rendered: the build
     * then never holds the whole site in memory. Close it in a finally block; closing an unfinished session
     * removes its staging folder and leaves the output as it was.
     */
    public Session begin(Path out) {
        return new Session(out.toAbsolutePath().normalize());
    }

    /** A write in progress; see {@link #begin}. */
    public static final class Session implements AutoCloseable {
        private final Path target;
        private final Path staging;
        private final Path old;
        private final Map<String, String> previous;
        private final Map<String, String> next = new ConcurrentHashMap<>();
        /** Pages whose bytes match the previous output: linked from it only if something else changed. */
        private final Set<String> unchanged = ConcurrentHashMap.newKeySet();
        private final Set<Path> dirs = ConcurrentHashMap.newKeySet();
        private final AtomicInteger written = new AtomicInteger();
        private boolean done;
        private String key;
        /**
         * Pages are added from render threads, which may still run when a failure on another thread closes the
         * session: a page added after that would bring back a staging folder that nothing removes.
         */
        private final java.util.concurrent.locks.ReadWriteLock lock = new java.util.concurrent.locks.ReentrantReadWriteLock();
        private volatile boolean closed;

        private Session(Path target) {
            this.target = target;
            Path parent = target.getParent();
            String name = target.getFileName().toString();
            this.staging = parent.resolve("." + name + ".staging-" + ProcessHandle.current().pid());
            this.old = parent.resolve("." + name + ".old-" + ProcessHandle.current().pid());
            // Before any work: a folder of the output that cannot be emptied would let the swap below publish the
            // new site and then fail to remove the old one. Refused now, the previous site stays whole.
            writable(target);
            this.previous = readManifest(target);
            try {
                Files.createDirectories(parent);
                removeLeftovers(parent, name);
                deleteTree(staging);
                Files.createDirectories(staging);
            } catch (IOException e) {
                cleanUp();
                throw failure(e, staging);
            }
        }

        /** Records the {@link BuildKey} of the sources this output is made from, for the next build. */
        public void key(String buildKey) {
            this.key = buildKey;
        }

        /** Adds a page: written to the staging folder unless the published output already has these bytes. */
        public void add(RenderedPage p) {
            lock.readLock().lock();
            try {
                if (closed) throw new BriefException("the write of " + target + " was abandoned", ExitCode.IO);
                addOpen(p);
            } finally {
                lock.readLock().unlock();
            }
        }

        private void addOpen(RenderedPage p) {
            String hash = fingerprint(p.bytes());
            if (next.putIfAbsent(p.path(), hash) != null) {
                throw new BriefException("two output files have the same path '" + p.path() + "' (a bug in brief)", ExitCode.INTERNAL);
            }
            Path dest = safeResolve(staging, p.path());
            if (hash.equals(previous.get(p.path())) && sameBytes(target.resolve(p.path()), p.bytes())) {
                unchanged.add(p.path());
                return;
            }
            try {
                createDirs(dest.getParent());
                Files.write(dest, p.bytes());
            } catch (IOException e) {
                throw failure(e, dest);
            }
            written.incrementAndGet();
        }

        /** Publishes the staging folder, or leaves the output untouched when no byte of it changed. */
        public WriteResult finish() {
            done = true;
            int files = next.size();
            try {
                if (written.get() == 0 && next.keySet().equals(previous.keySet())) {
                    deleteTree(staging);
                    // Same pages, other sources (e.g. a template comment): record the key, touch no page.
                    if (!java.util.Objects.equals(key, readKey(target))) {
                        Path tmp = target.resolve(MARKER + ".tmp");
                        Files.writeString(tmp, manifest(), StandardCharsets.UTF_8);
                        Files.move(tmp, target.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE,
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                    return new WriteResult(files, 0, files, 0, false);
                }
                int linked = 0;
                for (String path : new TreeMap<>(next).keySet()) {
                    if (!unchanged.contains(path)) continue;
                    Path dest = safeResolve(staging, path);
                    createDirs(dest.getParent());
                    if (!link(target.resolve(path), dest)) Files.copy(target.resolve(path), dest);
                    linked++;
                }
                Files.writeString(staging.resolve(MARKER), manifest(), StandardCharsets.UTF_8);
                publish();
                int removed = (int) previous.keySet().stream().filter(k -> !next.containsKey(k)).count();
                return new WriteResult(files, written.get(), linked, removed, true);
            } catch (IOException e) {
                throw failure(e, e instanceof java.nio.file.FileSystemException f && f.getFile() != null
                        ? Path.of(f.getFile()) : staging);
            } finally {
                cleanUp();
            }
        }

        /**
         * Swaps the staging folder in: the output is the previous site or the new one, whole, at every moment.
         * A failure before the new site is in place puts the previous one back and says so; one after it (the
         * previous copy cannot be removed) says that the new site is published and what is left to remove.
         */
        private void publish() throws IOException {
            boolean moved = false;
            try {
                if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                    moved = true;
                }
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (moved && !Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (IOException again) {
                        throw new BriefException("cannot publish the site to " + target + ": " + brief.diag.Causes.plain(e)
                                + "; the previous site is in " + old + ": rename it back to " + target.getFileName()
                                + " (mv '" + old + "' '" + target + "')", ExitCode.IO);
                    }
                }
                throw e;
            }
            try {
                deleteTree(old);
            } catch (IOException e) {
                throw new BriefException("the new site is in " + target + ", but the previous one could not be removed from "
                        + old + ": " + brief.diag.Causes.plain(e) + "; remove it (chmod -R u+w '" + old + "' && rm -rf '"
                        + old + "')", ExitCode.IO);
            }
        }

        private String manifest() {
            StringBuilder manifest = new StringBuilder("brief output folder: brief may replace it as a whole\n");
            if (key != null) manifest.append(KEY_PREFIX).append(key).append('\n');
            new TreeMap<>(next).forEach((path, hash) -> manifest.append(hash).append("  ").append(path).append('\n'));
            return manifest.toString();
        }

        /** Abandons an unfinished write: the staging folder goes, the output stays as it was. */
        @Override
        public void close() {
            if (!done) cleanUp();
        }

        private void cleanUp() {
            lock.writeLock().lock();
            try {
                closed = true;
                deleteTree(staging);
            } catch (IOException ignored) {
                // Best effort: a stale staging folder is removed by the next build.
            } finally {
                lock.writeLock().unlock();
            }
        }

        private void createDirs(Path dir) throws IOException {
            if (dirs.contains(dir)) return;
            Files.createDirectories(dir);
            dirs.add(dir);
        }

        /** A failure while the previous site is still in place, naming the path that could not be written. */
        private BriefException failure(IOException e, Path where) {
            String cause = brief.diag.Causes.plain(e);
            String fix = cause.equals("permission denied") ? "make " + where.getParent() + " writable, or build into another folder with --out"
                    : cause.contains("no space") ? "free some disk space, or build into another folder with --out"
                    : "check the folder, or build into another folder with --out";
            return new BriefException("cannot write the site: " + where + ": " + cause
                    + "; the previous site in " + target + " was left as it was; " + fix, ExitCode.IO);
        }
    }

    /**
     * Refuses an output folder with a folder that cannot be emptied (read-only, or not brief's user's): the swap
     * would publish the new site and then fail to remove the previous one, half done. Only folders are looked at.
     */
    static void writable(Path target) {
        if (!Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try {
            Files.walkFileTree(target, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a) {
                    if (!Files.isWritable(dir)) {
                        throw new BriefException("cannot replace the site: " + dir + " is read-only (permission denied);"
                                + " the previous site in " + target + " was left as it was; make it writable (chmod -R u+w '"
                                + target + "') or build into another folder with --out", ExitCode.IO);
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new BriefException("cannot read the previous site in " + target + ": " + brief.diag.Causes.plain(e)
                    + "; the previous site was left as it was; make it readable, or build into another folder with --out", ExitCode.IO);
        }
    }

    /**
     * Removes the staging and old folders that an interrupted build (a process that no longer runs) left beside
     * the output: nothing reads them, but they would pile up. Best effort.
     */
    private static void removeLeftovers(Path parent, String name) {
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                String pid = n.startsWith("." + name + ".staging-") ? n.substring(name.length() + 10)
                        : n.startsWith("." + name + ".old-") ? n.substring(name.length() + 6) : null;
                if (pid == null || !pid.chars().allMatch(Character::isDigit) || pid.isEmpty()) continue;
                if (ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) continue;
                try {
                    deleteTree(p);
                } catch (IOException ignored) {
                    // Left for the user; it is never read.
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Nothing to tidy.
        }
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
        if (rel.indexOf('\0') >= 0) throw new BriefException("refusing to write a path with a NUL character", ExitCode.IO);
        Path p = dir.resolve(rel).normalize();
        if (!p.startsWith(dir) || Path.of(rel).isAbsolute()) {
            throw new BriefException("refusing to write outside the output folder: " + rel, ExitCode.IO);
        }
        return p;
    }

    /**
     * The files of an output folder made from sources with this {@link BuildKey}, if it is one and every file
     * it lists is still there: the build can then skip rendering, since it would write the same bytes.
     */
    public static java.util.Optional<List<String>> cached(Path out, String key) {
        Path target = out.toAbsolutePath().normalize();
        if (key == null || !key.equals(readKey(target))) return java.util.Optional.empty();
        List<String> paths = new java.util.ArrayList<>(readManifest(target).keySet());
        if (paths.isEmpty() || !paths.stream().allMatch(p -> Files.isRegularFile(target.resolve(p)))) {
            return java.util.Optional.empty();
        }
        paths.sort(null);
        return java.util.Optional.of(paths);
    }

    private static final String KEY_PREFIX = "build-key ";
    /** How the marker's lines name a file's fingerprint (a marker of another version of brief has none: all are written). */
    private static final String FINGERPRINT_PREFIX = "crc32c:";

    /**
     * A file's fingerprint in the marker: its CRC-32C and length. A file whose fingerprint matches is compared
     * byte for byte with the published one before it is kept, so a fingerprint need only tell most changed files
     * apart, not all. SHA-256 did both, at a cost: a build of 1,000 articles (70 MB of pages, hashed before the
     * JIT's second compiler, which brief leaves off there) spent about half a second of CPU in it; CRC-32C is
     * computed by the processor at memory speed from the first call.
     */
    static String fingerprint(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return FINGERPRINT_PREFIX + Long.toHexString(crc.getValue()) + ":" + bytes.length;
    }

    /** Whether {@code file} is a regular file holding exactly {@code bytes}; false when it cannot be read. */
    private static boolean sameBytes(Path file, byte[] bytes) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == bytes.length
                    && java.util.Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    static String readKey(Path out) {
        Path m = out.resolve(MARKER);
        if (!Files.isRegularFile(m)) return null;
        try (Stream<String> lines = Files.lines(m, StandardCharsets.UTF_8)) {
            return lines.limit(3).filter(l -> l.startsWith(KEY_PREFIX)).map(l -> l.substring(KEY_PREFIX.length()))
                    .findFirst().orElse(null);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    static Map<String, String> readManifest(Path out) {
        Path m = out.resolve(MARKER);
        Map<String, String> map = new HashMap<>();
        if (!Files.isRegularFile(m)) return map;
        try {
            for (String line : Files.readAllLines(m, StandardCharsets.UTF_8)) {
                int sep = line.indexOf("  ");
                if (sep > 0 && line.startsWith(FINGERPRINT_PREFIX)) map.put(line.substring(sep + 2), line.substring(0, sep));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    static void deleteTree(Path dir) throws IOException {
        org.apache.commons.io.FileUtils.deleteDirectory(dir.toFile());
    }
}
