package brief.content;

import brief.diag.Causes;
import brief.diag.Code;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Keeps every read inside the source folder. A symbolic link under content/ or themes/ (git stores them, so a
 * contributor's change can carry one) that leads outside the folder, that loops or that leads nowhere is an
 * error naming the link: the load stops before reading any file, so nothing is ever published or served
 * through it. Links that stay inside the folder keep working.
 */
public final class SourceLinks {
    /** The folders of the source folder that brief reads. */
    public static final java.util.List<Path> READ = java.util.List.of(Path.of("content"), Path.of("themes"));

    private SourceLinks() {}

    /**
     * Checks every entry under each of {@code paths} (relative to {@code root}; absent ones are skipped), and
     * the paths themselves. Returns whether none was refused; each refusal is an error in {@code diags}.
     */
    public static boolean check(Path root, Collection<Path> paths, Diagnostics diags) {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            return true; // No source folder: the config loader says so.
        }
        long before = diags.count(brief.diag.Severity.ERROR);
        for (Path rel : paths) {
            Path start = root.resolve(rel);
            if (!Files.exists(start, LinkOption.NOFOLLOW_LINKS)) continue;
            try {
                Files.walkFileTree(start, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isSymbolicLink()) refuse(root, realRoot, file, diags);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        diags.error(Code.FILE_UNREADABLE, SourcePos.of(root.relativize(file)), "cannot read: %s", Causes.plain(e));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                diags.error(Code.FILE_UNREADABLE, SourcePos.of(rel), "cannot read: %s", Causes.plain(e));
            }
        }
        return diags.count(brief.diag.Severity.ERROR) == before;
    }

    /** Reports a link that leaves the source folder, loops or leads nowhere; a link inside it is fine. */
    private static void refuse(Path root, Path realRoot, Path link, Diagnostics diags) {
        SourcePos pos = SourcePos.of(root.relativize(link));
        Path p = link;
        Set<Path> seen = new HashSet<>();
        try {
            // Follow the chain by hand: a loop is named as one, rather than as the system's "too many levels".
            while (Files.isSymbolicLink(p)) {
                if (!seen.add(p) || seen.size() > 40) {
                    diags.errorWithHint(Code.SYMLINK_BROKEN, pos, "remove the link, or point it at a file of the project",
                            "symbolic link loop: following it leads back to '%s'", shown(root, p));
                    return;
                }
                p = p.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(p)).normalize();
            }
            Path real = p.toRealPath();
            if (!real.startsWith(realRoot)) {
                diags.errorWithHint(Code.SYMLINK_OUTSIDE, pos, "copy the file into the project instead of linking to it: brief never reads,"
                        + " publishes or serves a file outside the source folder",
                        "symbolic link points outside the project, to '%s'", real);
            }
        } catch (NoSuchFileException e) {
            diags.errorWithHint(Code.SYMLINK_BROKEN, pos, "remove the link, or point it at a file of the project",
                    "symbolic link points to '%s', which does not exist", shown(root, p));
        } catch (FileSystemException e) {
            boolean loop = e.getReason() != null && e.getReason().contains("levels of symbolic links");
            diags.errorWithHint(Code.SYMLINK_BROKEN, pos, "remove the link, or point it at a file of the project",
                    loop ? "symbolic link loop: following it never ends" : "cannot follow symbolic link: %s", Causes.plain(e));
        } catch (IOException e) {
            diags.error(Code.SYMLINK_BROKEN, pos, "cannot follow symbolic link: %s", Causes.plain(e));
        }
    }

    private static String shown(Path root, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return (abs.startsWith(r) ? r.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
