package brief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A block keeps its text as a run of the body's Markdown when the text is written there as it is, and as its own
 * string when markup is taken out of it: both read the same as the plain text of the block.
 */
class BlockTextTest {
    private static final String BODY = """
            Hà Nội - Thủ tướng [Phạm Minh Chính](leader:pham-minh-chinh) dự hội nghị.

            ## Thúc đẩy hợp tác *kinh tế*

            ## Kết nối hạ tầng

            Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD.

            > Hai bên nhất trí thúc đẩy thương mại.

            - 11 dự án hợp tác mới
            - Mở thêm 68 đường bay thẳng

            ::: caption
            Toàn cảnh phiên họp. Ảnh: TTXVN
            :::
            """;

    @Test
    void eachBlockReadsItsPlainTextWhetherKeptAsARunOrAsItsOwnString() {
        List<Block> blocks = new MarkdownParser().parse(BODY, 5).blocks();
        assertEquals(List.of(
                "Hà Nội - Thủ tướng Phạm Minh Chính dự hội nghị.",
                "Thúc đẩy hợp tác kinh tế",
                "Kết nối hạ tầng",
                "Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD.",
                "Hai bên nhất trí thúc đẩy thương mại.",
                "11 dự án hợp tác mới\n\nMở thêm 68 đường bay thẳng",
                "Toàn cảnh phiên họp. Ảnh: TTXVN"), blocks.stream().map(Block::text).toList());
        assertEquals(blocks.stream().map(b -> b.text().length()).toList(), blocks.stream().map(Block::length).toList());
        assertEquals(List.of(5, 7, 9, 11, 13, 15, 18), blocks.stream().map(Block::line).toList());
    }

    @Test
    void aBlockKeptAsARunEqualsOneMadeFromItsText() {
        Block run = new MarkdownParser().parse(BODY, 5).blocks().get(3);
        Block made = new Block(4, Block.Kind.PARAGRAPH, "Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD.", 11);
        assertEquals(made, run);
        assertEquals(run, made);
        assertEquals(made.hashCode(), run.hashCode());
        assertEquals(made.hash(), run.hash());
        assertEquals(made.toString(), run.toString());
        assertNotEquals(new Block(4, Block.Kind.PARAGRAPH, "Thương mại hai chiều năm 2024 đạt hơn 454 tỷ USD.", 11), run);
        assertNotEquals(new Block(4, Block.Kind.PARAGRAPH, "Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD.", 12), run);
    }

    @Test
    void aRunIsLookedForOnlyWithinItsBlock() {
        String source = "abc\n\nxyz abc";
        assertEquals(9, Block.runAt(source, "abc", 5, source.length()));
        assertEquals(-1, Block.runAt(source, "abc", 5, 11));
        assertEquals(0, Block.runAt(source, "abc", 0, 3));
        assertEquals(-1, Block.runAt(source, "", 0, source.length()));
    }
}
