package brief.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A page written through {@link Utf8Writer} has the bytes of its whole text encoded by {@code getBytes}. */
class Utf8WriterTest {
    private static byte[] written(String... parts) {
        Utf8Writer w = new Utf8Writer(4);
        for (String p : parts) w.write(p);
        return w.toByteArray();
    }

    private static byte[] expected(String... parts) {
        return String.join("", parts).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void vietnameseAsciiAndLatinTextHaveTheBytesOfGetBytes() {
        String[] parts = {"<p lang=\"vi\">", "Thủ tướng Phạm Minh Chính", " · café ", "đ", "</p>\n", "", "€ ≠ ½"};
        assertArrayEquals(expected(parts), written(parts));
    }

    @Test
    void aSurrogatePairSplitAcrossTwoWritesIsOneCharacter() {
        String flag = "🇻🇳";
        String[] parts = {"a" + flag.charAt(0), flag.substring(1) + "b"};
        assertArrayEquals(expected(parts), written(parts));
    }

    @Test
    void aHalfSurrogateBecomesAQuestionMarkAsGetBytesMakesIt() {
        // A description cut at 157 characters may cut an emoji in two.
        String cut = "x😀".substring(0, 2);
        String[] parts = {cut, "…", "\uDC00", "y", cut};
        assertArrayEquals(expected(parts), written(parts));
    }

    @Test
    void aTextLongerThanTheCopyBufferIsWhole() {
        String[] parts = {"Hội nghị 😀 ".repeat(1000)};
        assertArrayEquals(expected(parts), written(parts));
    }

    @Test
    void bytesOfAFragmentAreCopiedInBetweenText() {
        Utf8Writer w = new Utf8Writer(4);
        w.write("trước ");
        w.writeUtf8("đoạn".getBytes(StandardCharsets.UTF_8));
        w.write(" sau");
        assertArrayEquals(expected("trước đoạn sau"), w.toByteArray());
    }
}
