package brief.serve;

import brief.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Not a test: measures serve mode's rebuild after a one-article edit on a generated site.
 * {@code java -cp target/classes:target/test-classes:<deps> brief.serve.ServeBench 10000}
 */
public final class ServeBench {
    private ServeBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Files.createTempDirectory("brief-serve-bench-");
        Path site = dir.resolve("site-src");
        if (Main.run("generate", "--articles=" + n, "--out=" + site) != 0) throw new IllegalStateException("generate failed");
        IncrementalBuilder b = new IncrementalBuilder(site, false);
        long t0 = System.nanoTime();
        IncrementalBuilder.Outcome first = b.buildAll();
        System.out.printf("%d articles: first build %d files in %d ms (ok=%s)%n", n, first.total(),
                (System.nanoTime() - t0) / 1_000_000, first.ok());
        Path article;
        try (Stream<Path> s = Files.list(site.resolve("content/articles"))) {
            article = s.sorted(Comparator.reverseOrder()).findFirst().orElseThrow();
        }
        Path file = Files.list(article).filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        String text = Files.readString(file);
        for (int i = 0; i < 5; i++) {
            Files.writeString(file, text + "\nEdit number " + i + ".\n");
            long start = System.nanoTime();
            long[] shown = {-1};
            IncrementalBuilder.Outcome o = b.build(Set.of(site.relativize(file)),
                    early -> shown[0] = (System.nanoTime() - start) / 1_000_000);
            System.out.printf("  one-article edit: rendered %d of %d files; new pages served after %d ms, search index"
                    + " remade by %d ms %s (ok=%s)%n", o.rendered(), o.total(), shown[0], o.millis(), o.stages(), o.ok());
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
