package brief.source;

import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter and body. {@code yamlLine} is the file line the YAML
 * starts on, {@code bodyLine} the line the body starts on (both 1-based).
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    /** Empty when the file does not start with a '---' line or the block is not closed. */
    public static Optional<FrontMatter> split(String text) {
        if (!text.startsWith("---\n") && !text.equals("---")) return Optional.empty();
        int lineNo = 2;
        int pos = 4;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (line.strip().equals("---")) {
                String yaml = text.substring(4, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, 2, body, lineNo + 1));
            }
            if (end < 0) break;
            pos = end + 1;
            lineNo++;
        }
        return Optional.empty();
    }
}
