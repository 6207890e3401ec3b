package brief.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.diag.Diagnostic;
import brief.diag.Diagnostics;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldsTest {
    final Diagnostics diags = new Diagnostics();

    private Fields fields(String yaml) {
        YNode n = YamlReader.read(Path.of("content/summits.yaml"), yaml, 0, diags).orElseThrow();
        return Fields.of(n, diags, "summit 'x'", new LinkedHashSet<>(List.of("vi", "en"))).orElseThrow();
    }

    private List<String> problems() {
        return diags.all().stream().map(Diagnostic::headline).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {".inf", "-.inf", ".NaN", "0x1F", "1_000", "0b101", "1e999"})
    void yamlNumbersThatAreNotPlainDecimalsAreErrorsNotCrashes(String value) {
        assertEquals(Optional.empty(), fields("value: " + value + "\n").requiredNumber("value"));
        assertEquals(List.of("content/summits.yaml:1:8: error: 'value' of summit 'x' must be a plain decimal number, found '"
                + value + "'"), problems());
    }

    @Test
    void aWholeNumberTooLargeForAnOrdinalIsAnError() {
        assertEquals(Optional.empty(), fields("ordinal: 12345678901\n").optionalInteger("ordinal"));
        assertEquals(List.of("content/summits.yaml:1:10: error: 'ordinal' of summit 'x' must be a whole number,"
                + " found 12345678901"), problems());
    }

    @Test
    void aDecimalOrdinalIsAnError() {
        assertEquals(Optional.empty(), fields("ordinal: 13.5\n").optionalInteger("ordinal"));
        assertEquals(List.of("content/summits.yaml:1:10: error: 'ordinal' of summit 'x' must be a whole number, found 13.5"),
                problems());
    }

    @Test
    void plainNumbersAreRead() {
        Fields f = fields("a: 453\nb: 11.8\nc: -2\n");
        assertEquals(Optional.of(453.0), f.requiredNumber("a"));
        assertEquals(Optional.of(11.8), f.requiredNumber("b"));
        assertEquals(Optional.of(-2), f.requiredInteger("c"));
        assertEquals(List.of(), problems());
    }

    @Test
    void yesAndNoUsedAsTextAreAWarning() {
        assertEquals(Optional.of("no"), fields("code: no\n").requiredString("code"));
        assertEquals(List.of("content/summits.yaml:1:7: warning: 'code' of summit 'x' is read as yes/no; it is used as text 'no'"),
                problems());
    }

    @Test
    void aMisspeltKeyGetsASuggestion() {
        fields("naem: x\n").allowOnly(List.of("id", "name"));
        assertEquals("did you mean 'name'?", diags.all().get(0).hint());
    }

    @Test
    void aLocalizedTextMissingALanguageIsReported() {
        fields("name: {vi: Một}\n").requiredText("name");
        assertEquals(List.of("content/summits.yaml:1:7: error: 'name' of summit 'x' has no text in language 'en'"), problems());
    }
}
