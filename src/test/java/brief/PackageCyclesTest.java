package brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other in one direction only (diag, i18n, yaml → source → config, content,
 * annotations, theme → load → check → site → render → build, serve, cli), so that each can be read, and
 * tested, without the ones above it. The JDK's {@code jdeps} reads the compiled classes.
 */
class PackageCyclesTest {
    private static final Pattern EDGE = Pattern.compile("^\\s+(brief(?:\\.\\w+)*)\\.(\\w+(?:\\$[\\w$]+)?)\\s+->\\s+"
            + "(brief(?:\\.\\w+)*)\\.(\\w+(?:\\$[\\w$]+)?)\\s");

    @Test
    void noTwoPackagesDependOnEachOther() {
        Path classes = Path.of("target", "classes");
        assertTrue(Files.isDirectory(classes.resolve("brief")), "compile first: no " + classes);
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:class", "-filter:none",
                "-e", "brief\\..*", classes.toString());
        assertEquals(0, rc, out.toString());
        assertTrue(out.toString().lines().anyMatch(l -> EDGE.matcher(l).find() && l.contains("brief.build.Pipeline")),
                "jdeps printed no dependency this test can read:\n" + out);
        assertEquals("", cycles(out.toString()));
    }

    @Test
    void aCycleIsReportedWithItsPackagesAndTheClassesThatMakeIt() {
        String jdeps = """
                   brief.check.Validator -> brief.build.Sources   classes
                   brief.build.Pipeline -> brief.check.Validator   classes
                   brief.build.Pipeline -> brief.diag.Diagnostics   classes
                   brief.check.Validator -> brief.diag.Diagnostics   classes
                """;
        assertEquals("""
                packages in a cycle: brief.build, brief.check
                  brief.build -> brief.check (brief.build.Pipeline -> brief.check.Validator)
                  brief.check -> brief.build (brief.check.Validator -> brief.build.Sources)
                """, cycles(jdeps));
    }

    /** Each cycle (a strongly connected set of packages), with one class dependency for each edge inside it. */
    static String cycles(String jdepsVerboseClass) {
        Map<String, Map<String, String>> graph = new TreeMap<>();
        for (String line : jdepsVerboseClass.split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (!m.find() || m.group(1).equals(m.group(3))) continue;
            graph.computeIfAbsent(m.group(3), k -> new TreeMap<>());
            graph.computeIfAbsent(m.group(1), k -> new TreeMap<>())
                    .putIfAbsent(m.group(3), m.group(1) + "." + m.group(2) + " -> " + m.group(3) + "." + m.group(4));
        }
        StringBuilder report = new StringBuilder();
        for (Set<String> component : new Tarjan(graph).components()) {
            if (component.size() < 2) continue;
            report.append("packages in a cycle: ").append(String.join(", ", component)).append('\n');
            for (String from : component) {
                graph.get(from).forEach((to, example) -> {
                    if (component.contains(to)) report.append("  ").append(from).append(" -> ").append(to)
                            .append(" (").append(example).append(")\n");
                });
            }
        }
        return report.toString();
    }

    /** Tarjan's strongly connected components, each sorted; the graph is small, so recursion is fine. */
    private static final class Tarjan {
        private final Map<String, Map<String, String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final List<Set<String>> found = new ArrayList<>();

        Tarjan(Map<String, Map<String, String>> graph) {
            this.graph = graph;
        }

        List<Set<String>> components() {
            for (String v : graph.keySet()) if (!index.containsKey(v)) visit(v);
            return found;
        }

        private void visit(String v) {
            index.put(v, index.size());
            low.put(v, index.get(v));
            stack.push(v);
            for (String w : graph.get(v).keySet()) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (stack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (!low.get(v).equals(index.get(v))) return;
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                component.add(w);
            } while (!w.equals(v));
            found.add(component);
        }
    }
}
