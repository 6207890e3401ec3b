package brief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A heading's id never repeats an id of the page around the body, so its link lands on it. */
class HeadingIdsTest {
    @Test
    void headingsNamedLikeThePagesOwnIdsOrAParagraphsCitationGetAnIdOfTheirOwn() {
        Body body = new MarkdownParser().parse("""
                ## Main

                Đoạn một.

                ## P 1

                Đoạn hai.

                ## Main

                ## Đối thoại
                """, 1);
        assertEquals(List.of("main-2", "p-1-2", "main-3", "doi-thoai"), body.headingIds());
    }

    @Test
    void onlyPAndDigitsIsTakenForAParagraphsCitation() {
        Body body = new MarkdownParser().parse("## P\n\n## P 12a\n\n## P 07\n\n## Phần 3\n", 1);
        assertEquals(List.of("p", "p-12a", "p-07-2", "phan-3"), body.headingIds());
    }

    @Test
    void aBodyParsedAgainForItsPageKeepsTheIdsOfItsFirstParse() {
        Body body = new MarkdownParser().parse("## Main\n\nĐoạn.\n\n> ## Trong trích dẫn\n\n## Main\n\n## P 1\n\n## Đối thoại\n", 1);
        var first = body.takeDocument();
        var again = body.takeDocument();
        assertTrue(first != again);
        List<String> ids = new java.util.ArrayList<>();
        new com.vladsch.flexmark.util.ast.NodeVisitor(new com.vladsch.flexmark.util.ast.VisitHandler<>(
                com.vladsch.flexmark.ast.Heading.class, h -> ids.add(MarkdownParser.headingId(h)))).visit(again);
        assertEquals(List.of("main-2", "trong-trich-dan", "main-3", "p-1-2", "doi-thoai"), ids);
        assertEquals(body.headingIds(), ids);
    }

    @Test
    void everyIdTheDefaultThemeWritesIsReservedFromHeadings() throws Exception {
        Pattern literalId = Pattern.compile("\\bid=\"([a-z0-9-]+)\"");
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.list(Path.of("themes/default/templates"))) {
            for (Path t : templates.toList()) {
                Matcher m = literalId.matcher(Files.readString(t));
                while (m.find()) if (!MarkdownParser.RESERVED_IDS.contains(m.group(1))) missing.add(m.group(1));
            }
        }
        assertTrue(missing.isEmpty(), "ids in themes/default/templates not in MarkdownParser.RESERVED_IDS: " + missing);
    }
}
