package brief.serve;

import brief.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Not a test: measures serve mode after a one-article edit on a generated site, first through the builder
 * alone (rebuild stages), then end to end through the server: save → file watcher → rebuild → reload event,
 * and save → the new page served over HTTP.
 * {@code java -cp target/classes:target/test-classes:<deps> brief.serve.ServeBench 10000 [existing-site-folder]}
 * (an existing folder is edited and restored; without one, a site is generated in a temporary folder).
 */
public final class ServeBench {
    private ServeBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = null;
        Path site;
        if (args.length > 1) {
            site = Path.of(args[1]);
        } else {
            dir = Files.createTempDirectory("brief-serve-bench-");
            site = dir.resolve("site-src");
            if (Main.run("generate", "--articles=" + n, "--out=" + site) != 0) throw new IllegalStateException("generate failed");
        }
        Path article;
        try (Stream<Path> s = Files.list(site.resolve("content/articles"))) {
            article = s.sorted(Comparator.reverseOrder()).findFirst().orElseThrow();
        }
        Path file;
        try (Stream<Path> s = Files.list(article)) {
            file = s.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(file);
        try {
            builderOnly(n, site, file, text);
            if (!Boolean.getBoolean("brief.bench.builderOnly")) endToEnd(site, article, file, text);
        } finally {
            Files.writeString(file, text);
            if (dir != null) {
                try (Stream<Path> s = Files.walk(dir)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
        }
    }

    private static void builderOnly(int n, Path site, Path file, String text) throws Exception {
        IncrementalBuilder b = new IncrementalBuilder(site, false);
        long t0 = System.nanoTime();
        IncrementalBuilder.Outcome first = b.buildAll();
        System.out.printf("%d articles: first build %d files in %d ms (ok=%s)%n", n, first.total(),
                (System.nanoTime() - t0) / 1_000_000, first.ok());
        if (Boolean.getBoolean("brief.bench.warmUp")) {
            // As the server does after start: the first edit then finds its code compiled and the plan indexed.
            long w = System.nanoTime();
            for (int i = 0; i < 5; i++) b.warmUp();
            System.out.printf("  warmed up in %d ms%n", (System.nanoTime() - w) / 1_000_000);
        }
        // With -Dbrief.bench.jfr=FILE, a profile of the edits alone (not of the first build) goes to FILE.
        jdk.jfr.Recording jfr = null;
        if (System.getProperty("brief.bench.jfr") != null) {
            jfr = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            jfr.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
            jfr.start();
        }
        int edits = Integer.getInteger("brief.bench.edits", 5);
        for (int i = 0; i < edits; i++) {
            // Words added to the last paragraph: a new paragraph would no longer align with the translation.
            Files.writeString(file, text.stripTrailing() + " Edit number " + i + ".\n");
            long start = System.nanoTime();
            long cpu = cpuNanos();
            long[] shown = {-1};
            IncrementalBuilder.Outcome o = b.build(Set.of(site.relativize(file)),
                    early -> shown[0] = (System.nanoTime() - start) / 1_000_000);
            System.out.printf("  builder, one-article edit: rendered %d of %d files; new pages ready after %d ms,"
                    + " all done by %d ms (CPU %d ms) %s (ok=%s)%n", o.rendered(), o.total(), shown[0], o.millis(),
                    (cpuNanos() - cpu) / 1_000_000, o.stages(), o.ok());
            if (!o.ok()) System.out.println("    " + o.errors());
        }
        Files.writeString(file, text);
        if (Boolean.getBoolean("brief.bench.leader")) leaderEdits(b, site);
        if (jfr != null) {
            jfr.stop();
            jfr.dump(Path.of(System.getProperty("brief.bench.jfr")));
        }
    }

    /** As bench/run.sh: a leader's biography edited in leaders.yaml, and put back, three times each way. */
    private static void leaderEdits(IncrementalBuilder b, Path site) throws Exception {
        Path leaders = site.resolve("content/leaders.yaml");
        String yaml = Files.readString(leaders);
        String edited = yaml.replaceFirst(" was born in ", " was born in the year ");
        try {
            for (int i = 0; i < 6; i++) {
                Files.writeString(leaders, i % 2 == 0 ? edited : yaml);
                long start = System.nanoTime();
                long cpu = cpuNanos();
                long[] shown = {-1};
                IncrementalBuilder.Outcome o = b.build(Set.of(site.relativize(leaders)),
                        early -> shown[0] = (System.nanoTime() - start) / 1_000_000);
                System.out.printf("  builder, one-leader edit: rendered %d of %d files (%d first); its pages ready after"
                        + " %d ms, all done by %d ms (CPU %d ms) %s (ok=%s)%n", o.rendered(), o.total(), o.first(), shown[0],
                        o.millis(), (cpuNanos() - cpu) / 1_000_000, o.stages(), o.ok());
            }
        } finally {
            Files.writeString(leaders, yaml);
        }
    }

    /** The CPU time of the whole process (all threads, the collector's and the JIT's too), in nanoseconds. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void endToEnd(Path site, Path article, Path file, String text) throws Exception {
        long t0 = System.nanoTime();
        Path copyDir = Files.createTempDirectory("brief-serve-bench-copy-");
        Path copy = copyDir.resolve("site");
        try (ServeSupport.Running run = new ServeSupport.Running(site, false, true, copy)) {
            System.out.printf("  server: started (build + watcher) in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            String lang = file.getFileName().toString().replace(".md", "");
            String page = run.server.site().orElseThrow().model().urls().article(lang, article.getFileName().toString());
            Path onDisk = copy.resolve(run.server.site().orElseThrow().model().urls().file(page));
            try (ServeSupport.Events events = run.events()) {
                events.next("hello", 30);
                // The reviewer opens the page before the first edit; the server settles (and warms up) meanwhile.
                Thread.sleep(Long.getLong("brief.bench.settle", 5000));
                for (int i = 0; i < 5; i++) {
                    String marker = "Served edit number " + i + " " + System.nanoTime();
                    long start = System.nanoTime();
                    // Words added to the last paragraph, as above: a new paragraph would fail the translation's alignment.
                    Files.writeString(file, text.stripTrailing() + " " + marker + ".\n");
                    events.next("reload", 120);
                    long reload = (System.nanoTime() - start) / 1_000_000;
                    while (!run.get(page).body().contains(marker)) Thread.sleep(1);
                    long served = (System.nanoTime() - start) / 1_000_000;
                    while (!Files.readString(onDisk).contains(marker)) Thread.sleep(1);
                    long written = (System.nanoTime() - start) / 1_000_000;
                    // Let the rebuild finish (lists, search index) before the next edit, or the edit waits for it.
                    int done = i + 1;
                    while (run.console().split("\nrebuilt ", -1).length - 1 < done) Thread.sleep(5);
                    String console = run.console().strip();
                    String last = console.substring(console.lastIndexOf('\n') + 1);
                    System.out.printf("  server, one-article edit: save → reload event %d ms, save → new page served"
                            + " %d ms, save → page in the on-disk copy %d ms; %s%n", reload, served, written, last);
                }
            }
        } finally {
            try (Stream<Path> s = Files.walk(copyDir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
    }
}
