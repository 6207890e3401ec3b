package brief.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The build cache's key: a hash of everything the output is made from, namely every file under content/ and
 * themes/ (paths and bytes), brief's own code, and the build options. It is taken before the sources are
 * read, so an edit made during a build gives the next build another key rather than a stale hit. Builds are deterministic,
 * so an output folder made with the same key holds the very bytes a new render would write: the build then
 * skips rendering. Any change to a source, a template, a string, a static file or to brief gives another key,
 * and so does the lifting of an embargo ({@link #withHeldBack}), which changes the site but no file.
 */
public final class BuildKey {
    private BuildKey() {}

    public static String of(Path root, boolean drafts) {
        MessageDigest all = sha256();
        update(all, "brief-build-key v1\ndrafts=" + drafts + "\ncode=" + codeIdentity() + "\n");
        for (Path dir : List.of(root.resolve("content"), root.resolve("themes"))) {
            List<Path> files = walk(dir);
            // Hash the files in parallel (the sources of 10,000 articles are ~100 MB), then combine in order.
            List<String> hashes = files.parallelStream().map(BuildKey::hashFile).toList();
            for (int i = 0; i < files.size(); i++) {
                update(all, root.relativize(files.get(i)).toString().replace('\\', '/') + "\0" + hashes.get(i) + "\n");
            }
        }
        return HexFormat.of().formatHex(all.digest());
    }

    /**
     * The key of a build of the sources keyed {@code sourcesKey} that held back {@code held}: an output made
     * while an article was under embargo is not the output of the same sources once it is out.
     */
    public static String withHeldBack(String sourcesKey, brief.site.HeldBack held) {
        if (held.articles().isEmpty()) return sourcesKey;
        MessageDigest md = sha256();
        update(md, sourcesKey + "\nheld back:");
        for (brief.content.Article a : held.articles()) update(md, " " + a.id());
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * The key with what the chronology marks upcoming: the same sources give another site once a dated entry's
     * day comes, as with an embargo, so a rebuild on a later day does not keep a stale "upcoming".
     */
    public static String withUpcoming(String key, List<String> upcomingAnchors) {
        if (upcomingAnchors.isEmpty()) return key;
        MessageDigest md = sha256();
        update(md, key + "\nupcoming:");
        for (String a : upcomingAnchors) update(md, " " + a);
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * brief's code: the jar's path, size and modification time (as the launcher names its start-up cache), or
     * for a classes folder (tests) every class file's. Not the jar's bytes: hashing 13 MB in a JVM that has not
     * compiled SHA-256 yet took a quarter of a second of CPU, a tenth of building the five-article site.
     */
    static String codeIdentity() {
        try {
            Path code = Path.of(BuildKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
                return "jar\0" + code.toAbsolutePath() + "\0" + a.size() + "\0" + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
            }
            MessageDigest md = sha256();
            for (Path p : walk(code)) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                update(md, code.relativize(p) + "\0" + a.size() + "\0" + a.lastModifiedTime().toMillis() + "\n");
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (URISyntaxException | IOException | SecurityException | NullPointerException e) {
            // Unknown code: a key that never matches, so the cache is never wrongly trusted.
            return "unknown-" + System.nanoTime();
        }
    }

    private static List<Path> walk(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            // A link is keyed by where it points, never followed: the load refuses one that leaves the project,
            // and reading through it here could hang on a device or a pipe before that message is printed.
            return s.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hashFile(Path p) {
        try {
            if (Files.isSymbolicLink(p)) {
                return "link " + HexFormat.of().formatHex(sha256().digest(
                        Files.readSymbolicLink(p).toString().getBytes(StandardCharsets.UTF_8)));
            }
            return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        return brief.source.Hashes.sha256Digest();
    }
}
