package brief.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.diag.Diagnostics;
import brief.testing.Sites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portable form of the output: relative links, the search index as scripts, the web form untouched. */
class PortableTest {
    @TempDir
    Path dir;

    static Map<String, byte[]> build(Path src, Pipeline.Form form) {
        return Sites.files(Sites.pipeline(Pipeline.Options.build(src).as(form), new Diagnostics()));
    }

    @Test
    void linksBecomeRelativeToThePageAndFoldersNameTheirIndex() {
        Portable p = new Portable("/briefings/", List.of("en/search/"));
        assertEquals("../summits/x/index.html", p.relative("en/articles/index.html", "/briefings/en/summits/x/", true));
        assertEquals("../../../vi/index.html#p-3", p.relative("en/articles/a/index.html", "/briefings/vi/#p-3", true));
        assertEquals("index.html?q=a", p.relative("en/search/index.html", "/briefings/en/search/?q=a", true));
        assertEquals("./", p.relative("en/search/index.html", "/briefings/en/search/", false));
        assertEquals("assets/style.css", p.relative("index.html", "/briefings/assets/style.css", true));
        assertEquals("index.html", p.relative("vi/404.html", "/briefings/vi/", true));
    }

    @Test
    void thePortableCopyDiffersFromTheWebOutputOnlyInItsLinksAndSearchIndexAndIsDeterministic() throws Exception {
        Path src = Sites.copyFixture("minimal", dir.resolve("src"));
        Path yaml = src.resolve("content/site.yaml");
        Files.writeString(yaml, Sites.read(yaml).replace("base_url: /\n", "base_url: https://example.org/briefings/\n"));
        Map<String, byte[]> web = build(src, Pipeline.Form.WEB);
        Map<String, byte[]> portable = build(src, Pipeline.Form.PORTABLE);
        Map<String, byte[]> again = build(src, Pipeline.Form.PORTABLE);
        assertEquals(portable.keySet(), again.keySet());
        portable.forEach((path, bytes) -> assertArrayEquals(bytes, again.get(path), "deterministic: " + path));
        for (String path : web.keySet()) {
            if (path.endsWith(".html")) {
                String html = new String(portable.get(path), StandardCharsets.UTF_8);
                assertTrue(!html.matches("(?s).*(href|src|action|cite|data-index)=\"/.*"), path + " has a link from the root");
            } else if (path.endsWith(".json")) {
                String js = path.substring(0, path.length() - 5) + ".js";
                String text = new String(portable.get(js), StandardCharsets.UTF_8);
                assertTrue(text.startsWith("briefIndexFile(") && text.endsWith(");\n") && !text.contains("\"/briefings/"), js);
            } else {
                assertArrayEquals(web.get(path), portable.get(path), "unchanged: " + path);
            }
        }
        assertTrue(portable.containsKey(Portable.SHIM));
        String search = new String(portable.get("en/search/index.html"), StandardCharsets.UTF_8);
        assertTrue(search.contains("<script src=\"../../assets/brief-portable.js\"></script>\n</head>"), search);
    }
}
