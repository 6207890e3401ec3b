package brief.content;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing with Jazzer over front matter and annotation parsing. In a normal `mvn test` this
 * runs only the inputs under src/test/resources/brief/content/ParseFuzzTestInputs/ (regression mode); to
 * fuzz for real, run {@code JAZZER_FUZZ=1 mvn -B -o test -Dtest=ParseFuzzTest -Djazzer.hooks=true} (the hooks are
 * off by default in src/test/resources/junit-platform.properties, as they slow the replay down by some 10 s). The seeded random mutation
 * test {@link ParseMutationTest} covers the same code in every normal run.
 */
class ParseFuzzTest {
    private final ParseTarget target = new ParseTarget();

    @FuzzTest(maxDuration = "5m")
    void anyBytesGiveAResultOrDiagnosticsNeverAnException(byte[] input) {
        target.parseEverything(input);
    }
}
