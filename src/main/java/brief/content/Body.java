package brief.content;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;

/** A parsed Markdown body: the Flexmark document, its blocks, and the file line the body starts on. */
public record Body(String markdown, Document document, List<Block> blocks, int firstLine) {
    public Body {
        blocks = List.copyOf(blocks);
    }
}
