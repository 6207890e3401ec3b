package brief.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites.Run;
import brief.content.Body;
import brief.content.MarkdownParser;
import brief.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large files: one over the limit is refused by name before it is read; one at the limit loads in seconds.
 * Loading grew with the square of a file's size (Flexmark counted lines from the start of the text for every
 * block: 4 MB took 18 s, 20 MB over 10 minutes), so the bounds below are generous and still fail that.
 */
class LargeInputTest {
    @TempDir
    Path tmp;

    @Test
    void aTwentyMegabyteArticleFailsFastNamingTheFile() throws IOException {
        Path root = SiteFixture.copyMinimal(tmp.resolve("src"));
        Files.write(root.resolve(BadInputTest.A), BadInputTest.bigger(Files.readString(root.resolve(BadInputTest.A)), 20));
        long start = System.nanoTime();
        Run r = SiteFixture.run("check", "--source", root.toString());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.hasLine(BadInputTest.A + ": error: the file is 20.0 MB, more than the 5 MB brief reads"), r.toString());
        assertTrue(seconds < 20, "refused before any slow work, yet took " + seconds + " s");
    }

    @Test
    void aBodyAtTheLimitIsParsedInSecondsWithEveryBlockOnItsLine() {
        String para = "Chiều 26/10, Thủ tướng Phạm Minh Chính dự [Hội nghị](summit:asean-us-13) tại Kuala Lumpur.";
        StringBuilder b = new StringBuilder();
        int blocks = 0;
        while (b.length() * 3 / 2 + para.length() * 2 < SourceFile.MAX_BYTES) { // about 1.5 bytes a character here
            b.append(para).append("\n\n");
            blocks++;
        }
        long start = System.nanoTime();
        Body body = new MarkdownParser().parse(b.toString(), 10);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(seconds < 20, "a body at the limit must parse in seconds, took " + seconds + " s");
        assertEquals(blocks, body.blocks().size());
        // Block N starts on line 10 + 2(N-1); its link at column 43 (the "[").
        assertEquals(10 + 2 * (blocks - 1), body.blocks().get(blocks - 1).line());
        assertEquals(10 + 2 * (blocks - 1), body.links().get(blocks - 1).line());
        assertEquals(43, body.links().get(blocks - 1).column());
        assertTrue(b.toString().getBytes(StandardCharsets.UTF_8).length <= SourceFile.MAX_BYTES);
    }
}
