package brief.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.testing.Sites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article annotated with a leader names that leader, in any of its languages, as the normalised text reads
 * (white space runs as one space): a name broken over two lines is named; a name found as written is named.
 */
class LeaderMentionsTest {
    @TempDir
    Path dir;

    static String article(String id, String leader, String vi, String en) {
        return "-- content/articles/" + id + "/vi.md --\n---\ntitle: \"Hội nghị " + id + "\"\ndate: \"2025-10-26\"\n"
                + "outlet: TTXVN\nleaders: [" + leader + "]\n---\n" + vi + "\n"
                + "-- content/articles/" + id + "/en.md --\n---\ntitle: \"Meeting " + id + "\"\n---\n" + en + "\n";
    }

    @Test
    void aLeaderIsNamedWhenTheNormalisedTextHoldsTheNameElseWarned() {
        String site = """
                -- content/leaders.yaml --
                - id: nguyen-van-an
                  name: {vi: "Nguyễn Văn An", en: "Nguyen Van An"}
                  country: VN
                """
                + article("2025-10-26-as-written", "nguyen-van-an", "Ông Nguyễn Văn An phát biểu.", "He spoke.")
                + article("2025-10-26-two-lines", "nguyen-van-an", "Ông Nguyễn Văn\nAn phát biểu.", "He spoke.")
                + article("2025-10-26-in-english", "nguyen-van-an", "Ông phát biểu.", "Mr Nguyen Van An spoke.")
                + article("2025-10-26-combining", "nguyen-van-an", "Ông Nguyễn Văn An\u0361 phát biểu.", "He spoke.")
                + article("2025-10-26-other-name", "nguyen-van-an", "Ông Nguyễn Văn Ân phát biểu.", "He spoke.");
        Sites.Built b = Sites.site(dir, site).check();
        assertEquals(List.of("content/articles/2025-10-26-other-name/vi.md:5:11: warning: article"
                + " '2025-10-26-other-name' is annotated with leader 'nguyen-van-an', whom its text never names"),
                b.warnings().stream().filter(w -> w.contains("never names")).toList(), b.run().toString());
        assertEquals(true, b.run().all().contains("    | leaders: [nguyen-van-an]\n"), b.run().toString());
    }
}
