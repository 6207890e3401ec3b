package brief.output;

import brief.diag.BriefException;
import brief.diag.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Refuses output folders that would put sources or the user's files at risk: the source folder itself, a
 * folder that contains it, one inside content/ or themes/, the file system root or the home folder, and a
 * non-empty folder that brief did not create.
 */
public final class OutputGuard {
    private OutputGuard() {}

    public static void check(Path source, Path out) {
        Path src = real(source);
        Path o = real(out);
        Path home = real(Path.of(System.getProperty("user.home")));
        if (o.getParent() == null) refuse(out, "it is the root of the file system");
        if (o.equals(home)) refuse(out, "it is your home folder");
        if (o.equals(src)) refuse(out, "it is the source folder");
        if (src.startsWith(o)) refuse(out, "it contains the source folder");
        if (o.startsWith(src.resolve("content")) || o.startsWith(src.resolve("themes"))) {
            refuse(out, "it is inside content/ or themes/");
        }
        if (Files.isRegularFile(o)) refuse(out, "it is a file");
        if (Files.isDirectory(o) && !Files.exists(o.resolve(OutputWriter.MARKER)) && !isEmpty(o)) {
            refuse(out, "it is a folder brief did not create and it is not empty (no " + OutputWriter.MARKER
                    + " marker); choose another --out or empty it first");
        }
    }

    private static void refuse(Path out, String why) {
        throw new BriefException("refusing to use '" + out + "' as the output folder: " + why, ExitCode.USAGE);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The real path of the folder, or of its nearest existing ancestor joined with the rest. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }
}
