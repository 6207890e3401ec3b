package brief.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder the user cannot write: the build fails with exit 3 and a plain message naming the folder,
 * the previous site stays byte for byte, nothing is left beside it, and once the folder is writable again the
 * next build really rebuilds. Permissions mean nothing to root, so as root (these machines, CI) brief runs as
 * the user 'nobody' through setpriv, in a separate JVM, on a folder that user owns; as any other user it runs
 * here. Without setpriv as root the test is skipped loudly, and fails under CI=true.
 */
class ReadOnlyOutputTest {
    static final String A = BadInputTest.A;

    @TempDir
    static Path shared;
    @TempDir
    Path tmp;
    Path work;
    Path root;
    Path site;

    @BeforeEach
    void buildTheMinimalSiteAsTheUser() throws IOException, InterruptedException {
        if (asRoot()) {
            boolean tools = Files.isExecutable(Path.of("/usr/bin/setpriv"));
            String why = "running as root and /usr/bin/setpriv is missing: the read-only output test cannot drop to 'nobody'";
            if (!tools && "true".equalsIgnoreCase(System.getenv("CI"))) org.junit.jupiter.api.Assertions.fail("CI=true and " + why);
            if (!tools) System.err.println("SKIPPED ReadOnlyOutputTest: " + why);
            Assumptions.assumeTrue(tools, why);
        }
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        work = tmp.resolve("w");
        root = SiteFixture.copyMinimal(work.resolve("src"));
        site = root.resolve("site");
        chownToNobody(work);
        Run good = brief("build", "--source", root.toString(), "--quiet");
        assertEquals(0, good.exit(), "the first build, as the user, must pass: " + good);
        assertTrue(Files.isRegularFile(site.resolve("vi/index.html")), good.toString());
        // An edit, so that the next build has something to write.
        BadInputTest.replace(A, "Chiều 26/10,", "Chiều ngày 26/10,").apply(root);
    }

    @Test
    void aReadOnlyFolderInsideTheOutputFailsPlainlyAndKeepsThePreviousSite() throws Exception {
        Path vi = site.resolve("vi");
        assertRefusedWhileReadOnly(vi, "error: cannot replace the site: " + vi + " is read-only (permission denied);"
                + " the previous site in " + site + " was left as it was; make it writable (chmod -R u+w '" + site
                + "') or build into another folder with --out");
    }

    @Test
    void aReadOnlyOutputFolderFailsPlainlyAndKeepsThePreviousSite() throws Exception {
        assertRefusedWhileReadOnly(site, "error: cannot replace the site: " + site + " is read-only (permission denied);"
                + " the previous site in " + site + " was left as it was; make it writable (chmod -R u+w '" + site
                + "') or build into another folder with --out");
    }

    @Test
    void aReadOnlyParentFolderFailsPlainlyAndKeepsThePreviousSite() throws Exception {
        String staging = root.resolve(".site.staging-").toString();
        Map<String, String> before = SiteFixture.hashes(site);
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("r-xr-xr-x"));
        Run r;
        try {
            r = brief("build", "--source", root.toString());
        } finally {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        BadInputTest.assertNoStackTrace(r);
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("error: cannot write the site: " + staging)
                && l.endsWith(": permission denied; the previous site in " + site + " was left as it was; make "
                + root + " writable, or build into another folder with --out")), r.toString());
        SiteFixture.assertSameFiles(before, SiteFixture.hashes(site), "the previous site must be as it was");
        assertRebuildsOnceWritable();
    }

    private void assertRefusedWhileReadOnly(Path readOnly, String message) throws Exception {
        Map<String, String> before = SiteFixture.hashes(site);
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        Run r;
        try {
            r = brief("build", "--source", root.toString());
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        BadInputTest.assertNoStackTrace(r);
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.hasLine(message), "expected the line\n  " + message + "\n" + r);
        SiteFixture.assertSameFiles(before, SiteFixture.hashes(site), "the previous site must be as it was");
        assertRebuildsOnceWritable();
    }

    /** Nothing beside the output, and the next build writes the edit instead of finding "nothing changed". */
    private void assertRebuildsOnceWritable() throws Exception {
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")).toList(),
                    "no staging or old folder is left beside the output");
        }
        Run again = brief("build", "--source", root.toString());
        assertEquals(0, again.exit(), again.toString());
        assertFalse(again.out().contains("nothing changed"), again.toString());
        assertTrue(again.out().contains(" written, "), again.toString());
        assertTrue(Files.readString(site.resolve("vi/articles/thu-tuong-pham-minh-chinh-du-hoi-nghi-cap-cao-asean-hoa-ky/index.html"))
                .contains("Chiều ngày 26/10,"), "the rebuilt site has the edit");
    }

    static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs brief as the user: in this JVM, or as root in a JVM of the user 'nobody'. */
    private Run brief(String... args) throws IOException, InterruptedException {
        if (!asRoot()) return SiteFixture.run(args);
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                "--", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath(),
                "brief.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile()).start();
        int exit = p.waitFor();
        String out = Files.readString(tmp.resolve("out.txt"));
        String err = Files.readString(tmp.resolve("err.txt"));
        if (err.contains("Could not find or load main class") || err.contains("NoClassDefFoundError")) {
            org.junit.jupiter.api.Assertions.fail("'nobody' cannot run brief from " + classPath() + ":\n" + err);
        }
        return new Run(exit, out, err);
    }

    /**
     * brief's classes and libraries where 'nobody' can read them: the Maven repository is under /root, so each
     * jar is hard-linked (copied across file systems) into a folder of this test class, once.
     */
    private static synchronized String classPath() throws IOException {
        Path jars = shared.resolve("cp");
        if (!Files.isDirectory(jars)) {
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.createDirectories(jars);
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                Path e = Path.of(entry);
                if (!entry.endsWith(".jar") || !Files.isRegularFile(e)) continue;
                Path dest = jars.resolve(Files.list(jars).count() + "-" + e.getFileName());
                try {
                    Files.createLink(dest, e);
                } catch (IOException | UnsupportedOperationException x) {
                    Files.copy(e, dest);
                }
            }
            Files.setPosixFilePermissions(jars, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path classes = Path.of("target", "classes").toAbsolutePath();
        return classes + java.io.File.pathSeparator + jars + "/*";
    }

    private static void chownToNobody(Path dir) throws IOException, InterruptedException {
        if (!asRoot()) return;
        Process p = new ProcessBuilder("chown", "-R", "nobody:nogroup", dir.toString()).inheritIO().start();
        assertEquals(0, p.waitFor(), "chown -R nobody " + dir);
    }
}
