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
 * themes/ (paths, and a check of the bytes: {@link #hashFile}), brief's own code, and the build options. It is taken before the sources are
 * read, so an edit made during a build gives the next build another key rather than a stale hit. Builds are deterministic,
 * so an output folder made with the same key holds the very bytes a new render would write: the build then
 * skips rendering. Any change to a source, a template, a string, a static file or to brief gives another key,
 * and so does the lifting of an embargo ({@link #withHeldBack}), which changes the site but no file.
 */
public final class BuildKey {
    private BuildKey() {}

    public static String of(Path root, boolean drafts) {
        MessageDigest all = sha256();
        update(all, "brief-build-key v2\ndrafts=" + drafts + "\ncode=" + codeIdentity() + "\n");
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

    /**
     * A file's check: its length and two CRCs of its bytes, CRC-32C and CRC-32, not SHA-256. The JVM runs both
     * CRCs as CPU instructions from its first call, while SHA-256's are used only by C2, which a small site's
     * build does not start (the launcher): SHA-256 of the 1,000-article site's 10 MB cost ~180 ms of CPU, the
     * CRCs ~5. Safe enough for a key that only has to tell an edited source from the one it was: an edit that
     * changes the length changes the key; for one that keeps it, the two CRCs together act as one CRC whose
     * polynomial is the product of theirs (coprime, degree 64), so every edit within 8 consecutive bytes is
     * caught for certain, and others slip through with a chance of about 2^-64. Not proof against forgery,
     * which no one needs here: whoever can write the sources can write the output folder.
     */
    private static String hashFile(Path p) {
        try {
            boolean link = Files.isSymbolicLink(p);
            byte[] bytes = link
                    ? Files.readSymbolicLink(p).toString().getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(p);
            java.util.zip.CRC32C c = new java.util.zip.CRC32C();
            c.update(bytes);
            java.util.zip.CRC32 d = new java.util.zip.CRC32();
            d.update(bytes);
            return (link ? "link " : "") + Long.toHexString(c.getValue()) + "-"
                    + Long.toHexString(d.getValue()) + "-" + bytes.length;
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
