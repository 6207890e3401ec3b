package brief.render;

import brief.build.Pipeline;
import brief.check.ArticleChecks;
import brief.check.Validated;
import brief.check.Validator;
import brief.content.MarkdownParser;
import brief.diag.Diagnostics;
import brief.load.Loader;
import brief.load.Sources;
import brief.output.RenderedPage;
import brief.plan.Page;
import brief.plan.Scope;
import brief.site.Publication;
import brief.site.Resolver;
import brief.site.SiteModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Not a test: the render stage and the search index of a site, measured in thread CPU time (not wall time, which
 * a machine shared with other work inflates), page kind by page kind, several times in one JVM; the first round
 * hashes every file and compares it with a list made by {@code sha256sum} of a clean build's output.
 * {@code java -cp target/classes:target/test-classes:<deps> brief.render.RenderBench SITE [ROUNDS] [BASELINE.sha]}
 */
public final class RenderBench {
    private RenderBench() {}

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Map<String, String> baseline = args.length > 2 ? read(Path.of(args[2])) : null;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Diagnostics diags = new Diagnostics();
        ArticleChecks checks = new ArticleChecks();
        Sources sources = new Loader().load(source, Loader.EVERYTHING, diags).orElseThrow().sources();
        Validated checked = new Validator(checks).validate(sources, diags).orElseThrow();
        TemplateEngine templates = TemplateEngine.compile(source, sources.theme(), diags).orElseThrow();
        SiteModel model = new Resolver(checks::slugs).resolve(checked, Publication.build(java.time.Clock.systemUTC(), false),
                Resolver.EVERYTHING);
        System.out.printf("loaded %d articles; process CPU so far %.1f s%n", model.articles().size(), cpu() / 1e9);
        for (int round = 1; round <= rounds; round++) {
            Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
            Map<String, String> hashes = new ConcurrentHashMap<>();
            long cpu0 = cpu();
            long wall0 = System.nanoTime();
            List<Page> pages = new Renderer(templates, new MarkdownParser()).plan(model, Scope.all()).pages();
            boolean hash = round == 1 && baseline != null;
            pages.parallelStream().forEach(p -> {
                long t = threads.getCurrentThreadCpuTime();
                byte[] bytes = p.render().get();
                byKind.computeIfAbsent(p.kind(), k -> new LongAdder()).add(threads.getCurrentThreadCpuTime() - t);
                if (hash) hashes.put(p.path(), sha(bytes));
            });
            long renderCpu = cpu() - cpu0;
            long t = threads.getCurrentThreadCpuTime();
            List<RenderedPage> derived = Pipeline.derivedFiles(sources, model);
            long derivedThread = threads.getCurrentThreadCpuTime() - t;
            long all = cpu() - cpu0;
            if (hash) for (RenderedPage p : derived) hashes.put(p.path(), sha(p.bytes()));
            StringBuilder kinds = new StringBuilder();
            long pageSum = 0;
            for (Map.Entry<String, LongAdder> e : new TreeMap<>(byKind).entrySet()) {
                kinds.append(' ').append(e.getKey()).append(' ').append(e.getValue().sum() / 1_000_000);
                pageSum += e.getValue().sum();
            }
            System.out.printf("round %d: pages %d thread-ms (%s ) | render process CPU %d ms | search+assets %d ms"
                            + " (this thread) | all CPU %d ms | wall %d ms%n", round, pageSum / 1_000_000, kinds.toString().strip(),
                    renderCpu / 1_000_000, derivedThread / 1_000_000, all / 1_000_000, (System.nanoTime() - wall0) / 1_000_000);
            if (hash) compare(baseline, hashes);
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Map<String, String> read(Path sha) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(sha)) {
            String path = line.substring(line.indexOf("  ") + 2);
            out.put(path.startsWith("./") ? path.substring(2) : path, line.substring(0, line.indexOf("  ")));
        }
        return out;
    }

    private static void compare(Map<String, String> baseline, Map<String, String> hashes) {
        int differ = 0;
        int missing = 0;
        for (Map.Entry<String, String> e : baseline.entrySet()) {
            String h = hashes.get(e.getKey());
            if (h == null) {
                if (!e.getKey().startsWith("assets/") && !e.getKey().endsWith(".jpg") && !e.getKey().endsWith(".webp")) missing++;
            } else if (!h.equals(e.getValue())) {
                if (differ++ < 5) System.out.println("  DIFFERENT: " + e.getKey());
            }
        }
        System.out.printf("  compared %d files with the baseline: %d different, %d not made here%n",
                hashes.size(), differ, missing);
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
