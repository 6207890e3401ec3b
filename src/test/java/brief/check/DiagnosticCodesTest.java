package brief.check;

import static org.junit.jupiter.api.Assertions.assertFalse;

import brief.build.Pipeline;
import brief.diag.Code;
import brief.diag.Diagnostic;
import brief.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every diagnostic carries a {@link Code} of its own kind (the type makes one required): tools read the JSON
 * report's {@code code}, and the stages tell problems apart by it, not by the wording. Each case of the bad-input
 * corpus ({@link BadInputTest}) is checked and built, and the codes it gives must tell its problems apart.
 */
class DiagnosticCodesTest {
    @Test
    void theBadInputCorpusGivesCodesThatTellItsProblemsApart(@TempDir Path tmp) throws IOException {
        Path valid = SiteFixture.copyMinimal(tmp.resolve("valid"));
        java.util.Set<Code> codes = java.util.EnumSet.noneOf(Code.class);
        int seen = 0;
        int n = 0;
        for (BadInputTest.Case c : BadInputTest.cases().toList()) {
            Path root = tmp.resolve("case-" + n++);
            SiteFixture.copyTree(valid, root);
            for (BadInputTest.Mutation m : c.mutations()) m.apply(root);
            for (Pipeline.Options o : List.of(Pipeline.Options.check(root), Pipeline.Options.build(root))) {
                Diagnostics diags = new Diagnostics();
                try {
                    new Pipeline().run(o, diags);
                } catch (RuntimeException e) {
                    // Reported as such by BadInputTest; only the diagnostics matter here.
                }
                for (Diagnostic d : diags.all()) {
                    seen++;
                    codes.add(d.code());
                }
            }
        }
        assertFalse(seen < 100, "the corpus gave only " + seen + " diagnostics: is it still read?");
        assertFalse(codes.size() < 40, "the corpus's " + seen + " diagnostics have only " + codes.size()
                + " distinct codes: " + codes);
    }
}
