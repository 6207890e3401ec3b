package brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * No method of the product is longer than {@value #MAX_LINES} lines, signature to closing brace (a method longer
 * than a screen is asking to be split). The JDK's own parser reads the sources, so a brace in a string or a
 * comment cannot fool it. {@link #KNOWN} lists the methods that are longer today, with their length: it may only
 * shrink, so a new long method, or a known one that grows, fails.
 */
class MethodLengthTest {
    static final int MAX_LINES = 60;

    /** Over the limit today, "path#method" → lines: none (Renderer.plan, the last one, was split). */
    private static final Map<String, Integer> KNOWN = Map.of();

    @Test
    void noMethodIsLongerThanAScreen() throws IOException {
        Map<String, Integer> tooLong = new TreeMap<>();
        for (Map.Entry<String, Integer> m : methodLengths(Path.of("src/main/java")).entrySet()) {
            Integer known = KNOWN.get(m.getKey());
            if (m.getValue() > MAX_LINES && (known == null || m.getValue() > known)) tooLong.put(m.getKey(), m.getValue());
        }
        assertEquals(Map.of(), tooLong, "methods over " + MAX_LINES + " lines (split them into steps named for what"
                + " they do): ");
    }

    @Test
    void theKnownLongMethodsAreStillThere() throws IOException {
        Map<String, Integer> lengths = methodLengths(Path.of("src/main/java"));
        for (Map.Entry<String, Integer> k : KNOWN.entrySet()) {
            assertTrue(lengths.getOrDefault(k.getKey(), 0) > MAX_LINES,
                    k.getKey() + " is no longer over " + MAX_LINES + " lines: remove it from KNOWN");
        }
    }

    @Test
    void aLongMethodIsMeasuredFromSignatureToBrace(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 61; i++) body.append("        x(\"}\"); // }\n");
        Files.writeString(dir.resolve("A.java"), "class A {\n    void longOne() {\n" + body + "    }\n"
                + "    void x(String s) {}\n}\n");
        assertEquals(Map.of("A.java#longOne", 63, "A.java#x", 1), methodLengths(dir));
    }

    /** "path#method" (path relative to {@code root}, '/'-separated; overloads keep the longest) → lines. */
    static Map<String, Integer> methodLengths(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".java")).map(Path::toAbsolutePath).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Map<String, Integer> lengths = new TreeMap<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, java.nio.charset.StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
            JavacTask task = (JavacTask) javac.getTask(null, fm, null, List.of("-proc:none"), null, units);
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            List<CompilationUnitTree> parsed = new ArrayList<>();
            task.parse().forEach(parsed::add);
            for (CompilationUnitTree cu : parsed) {
                String file = root.toAbsolutePath().relativize(Path.of(cu.getSourceFile().toUri())).toString().replace('\\', '/');
                LineMap lines = cu.getLineMap();
                new TreePathScanner<Void, Void>() {
                    @Override
                    public Void visitMethod(MethodTree m, Void v) {
                        if (m.getBody() != null) {
                            long first = lines.getLineNumber(positions.getStartPosition(cu, m));
                            long last = lines.getLineNumber(positions.getEndPosition(cu, m));
                            String name = m.getName().contentEquals("<init>") ? constructorOf() : m.getName().toString();
                            lengths.merge(file + "#" + name, (int) (last - first + 1), Math::max);
                        }
                        return super.visitMethod(m, v);
                    }

                    private String constructorOf() {
                        for (var p = getCurrentPath(); p != null; p = p.getParentPath()) {
                            if (p.getLeaf() instanceof ClassTree c) return c.getSimpleName().toString();
                        }
                        return "<init>";
                    }
                }.scan(cu, null);
            }
        }
        return lengths;
    }
}
