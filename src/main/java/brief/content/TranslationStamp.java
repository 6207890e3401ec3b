package brief.content;

import java.util.List;

/**
 * What a translation was made from: a hash of each block of the source body at the time. Comparing it with
 * the source's blocks today names the paragraphs that changed since.
 */
public record TranslationStamp(List<String> blockHashes) {
    public TranslationStamp {
        blockHashes = List.copyOf(blockHashes);
    }
}
