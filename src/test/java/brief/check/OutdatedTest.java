package brief.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.content.Outdated.Row;
import brief.content.Outdated.State;
import brief.content.Block;
import brief.content.Outdated;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A translation's stamp aligned with today's source by content: each change is named once, where it is. */
class OutdatedTest {
    private static List<Block> blocks(String... texts) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) out.add(new Block(i + 1, Block.Kind.PARAGRAPH, texts[i], i + 1));
        return out;
    }

    private static List<String> stamp(String... texts) {
        return blocks(texts).stream().map(Block::hash).toList();
    }

    @Test
    void aParagraphInsertedIsTheOnlyOneNamedAndTheRestKeepTheirTranslation() {
        List<Row> rows = Outdated.align(stamp("A", "B", "C", "D"), blocks("A", "new", "B", "C", "D"));
        assertEquals(List.of(new Row(State.SAME, 1, 1), new Row(State.ADDED, 2, 0), new Row(State.SAME, 3, 2),
                new Row(State.SAME, 4, 3), new Row(State.SAME, 5, 4)), rows);
        assertEquals("source paragraph #2 changed", new Outdated(List.of(2), List.of()).sentence());
    }

    @Test
    void aParagraphChangedPairsWithTheOneItReplacedAndARemovedOneIsNamedByItsOldNumber() {
        assertEquals(List.of(new Row(State.SAME, 1, 1), new Row(State.CHANGED, 2, 2), new Row(State.SAME, 3, 3)),
                Outdated.align(stamp("A", "B", "C"), blocks("A", "B, edited", "C")));
        assertEquals(List.of(new Row(State.SAME, 1, 1), new Row(State.REMOVED, 0, 2), new Row(State.SAME, 2, 3)),
                Outdated.align(stamp("A", "B", "C"), blocks("A", "C")));
        assertEquals("source paragraph #2 (as numbered when translated) was removed",
                new Outdated(List.of(), List.of(2)).sentence());
        assertEquals("source paragraphs #1, #4 changed and #2 (as numbered when translated) removed",
                new Outdated(List.of(1, 4), List.of(2)).sentence());
        assertEquals("#p-1, #p-4, removed #p-2", new Outdated(List.of(1, 4), List.of(2)).describe());
    }
}
