package brief.check;

import static org.junit.jupiter.api.Assertions.fail;

import brief.load.Loader;
import brief.load.Sources;
import brief.content.ParseMutationAccess;
import brief.diag.Diagnostic;
import brief.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeded mutation fuzzer one level up: a whole site with one mutated file goes through the load and
 * validate stages (every rule: references, provenance, links, facts, translations, template strings). Any
 * mistake must end as diagnostics, never as an exception. Longer: -Dbrief.fuzz.site.iterations=5000.
 */
class SiteMutationTest {
    static final long SEED = Long.getLong("brief.fuzz.seed", 20251122L);
    static final int ITERATIONS = Integer.getInteger("brief.fuzz.site.iterations", 200);
    static final List<String> FILES = List.of(BadInputTest.A, BadInputTest.AE, BadInputTest.B, BadInputTest.BE,
            BadInputTest.SUMMITS, BadInputTest.LEADERS, BadInputTest.EVENTS, BadInputTest.SERIES, BadInputTest.SITE,
            BadInputTest.I18N_EN, BadInputTest.T404, BadInputTest.BASE);

    @TempDir
    Path tmp;

    @Test
    void aSiteWithAnyOneMutatedFileGivesDiagnosticsNeverAnException() throws IOException {
        Path root = SiteFixture.copyMinimal(tmp.resolve("src"));
        Random random = new Random(SEED);
        Loader loader = new Loader();
        Validator validator = new Validator();
        for (int i = 0; i < ITERATIONS; i++) {
            String file = FILES.get(random.nextInt(FILES.size()));
            Path p = root.resolve(file);
            byte[] original = Files.readAllBytes(p);
            byte[] mutated = ParseMutationAccess.mutate(original, random);
            Files.write(p, mutated);
            try {
                Diagnostics d = Diagnostics.forSource(root);
                Optional<Sources> s = loader.load(root, Loader.EVERYTHING, d).map(Loader.Snapshot::sources);
                s.ifPresent(sources -> validator.validate(sources, d));
                s.ifPresent(sources -> brief.render.TemplateEngine.compile(root, sources.theme(), d));
                for (Diagnostic x : d.all()) {
                    for (String line : x.format().lines().toList()) {
                        String java = BadInputTest.javaIn(line);
                        if (java != null) {
                            fail("iteration " + i + " (seed " + SEED + ") on " + file + ": " + java + " in a message: " + line
                                    + "\nfor:\n" + new String(mutated, StandardCharsets.UTF_8));
                        }
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                fail("iteration " + i + " (seed " + SEED + ") on " + file + " threw " + e + " for:\n"
                        + new String(mutated, StandardCharsets.UTF_8), e);
            } finally {
                Files.write(p, original);
            }
        }
    }
}
