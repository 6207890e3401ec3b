package brief.output;

import brief.diag.BriefException;
import brief.diag.ExitCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Writes and deletes files of the preview's copy on disk without ever following a symbolic link: a link
 * planted in the copy (target/serve-site/vi → /somewhere) would otherwise have the preview write unpublished
 * pages, or delete files, wherever it points. The file itself is written beside its place and renamed over it,
 * which replaces a link there rather than writing through it.
 */
final class NoFollow {
    private NoFollow() {}

    /** Writes {@code bytes} to {@code rel} under {@code dir}; {@code checked} remembers folders found to be real. */
    static void write(Path dir, String rel, byte[] bytes, Set<Path> checked) throws IOException {
        Path dest = inside(dir, rel, checked);
        Files.createDirectories(dest.getParent());
        inside(dir, rel, checked); // again: createDirectories follows a link it finds
        Path tmp = dest.resolveSibling(dest.getFileName() + ".brief-tmp");
        Files.deleteIfExists(tmp);
        try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(bytes);
        }
        Files.move(tmp, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes {@code rel} under {@code dir} (a link there is deleted, not what it points to). */
    static void delete(Path dir, String rel, Set<Path> checked) throws IOException {
        Files.deleteIfExists(inside(dir, rel, checked));
    }

    /** The path of {@code rel} under {@code dir}, after checking that no folder on the way is a link. */
    private static Path inside(Path dir, String rel, Set<Path> checked) {
        Path p = dir.resolve(rel).normalize();
        if (!p.startsWith(dir) || p.equals(dir)) throw new IllegalStateException("output path outside the copy: " + rel);
        for (Path d = p.getParent(); d != null && d.startsWith(dir); d = d.getParent()) {
            if (checked.contains(d)) break;
            if (Files.isSymbolicLink(d)) {
                throw new BriefException("not writing the preview's copy through the symbolic link " + d
                        + "; remove it (the copy is remade)", ExitCode.IO);
            }
            if (Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) checked.add(d);
        }
        return p;
    }
}
