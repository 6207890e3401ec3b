package brief.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.content.Block;
import brief.content.MarkdownParser;
import brief.output.RenderedPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An article's document is read block by block, without a copy of its body, and indexes as the joined text would. */
class SearchTextTest {
    @Test
    void aDocumentReadBlockByBlockGivesTheFilesOfItsJoinedText() {
        List<Block> blocks = new MarkdownParser().parse("""
                Thủ tướng [Phạm Minh Chính](leader:pham-minh-chinh) dự Hội nghị.

                ## Kết nối hạ tầng

                - Mở thêm 68 đường bay thẳng
                - ΣΟΦΟΣ ΟΔΟΣ

                Thương mại năm 2024 đạt hơn 453 tỷ USD.
                """, 1).blocks();
        SearchIndex.Text text = new SearchIndex.Text("Tóm tắt ÁSEAN", blocks);
        assertEquals("Tóm tắt ÁSEAN\nThủ tướng Phạm Minh Chính dự Hội nghị.\nKết nối hạ tầng\n"
                + "Mở thêm 68 đường bay thẳng\n\nΣΟΦΟΣ ΟΔΟΣ\nThương mại năm 2024 đạt hơn 453 tỷ USD.", text.toString());
        List<RenderedPage> byBlock = SearchIndex.write("vi/tim-kiem/", List.of(doc(text)));
        List<RenderedPage> joined = SearchIndex.write("vi/tim-kiem/", List.of(doc(new SearchIndex.Text(text.toString(), List.of()))));
        assertEquals(joined.stream().map(RenderedPage::path).toList(), byBlock.stream().map(RenderedPage::path).toList());
        for (int i = 0; i < joined.size(); i++) assertArrayEquals(joined.get(i).bytes(), byBlock.get(i).bytes(), joined.get(i).path());
    }

    private static SearchIndex.Doc doc(SearchIndex.Text body) {
        return new SearchIndex.Doc("a", "Hội nghị", "", "/vi/a/", "2024-01-01", "1/1/2024", "", "Hội nghị", body);
    }
}
