package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** JSON-LD is written as Jackson's default generator writes it, with "</" escaped so it cannot end its script element. */
class JsonLdScriptTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    private static String jackson(Object value) throws Exception {
        return JACKSON.writeValueAsString(value).replace("</", "<\\/");
    }

    @Test
    void everyCharacterIsWrittenAsJacksonWritesIt() throws Exception {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            assertEquals(jackson(one), JsonLd.script(one), "U+" + Integer.toHexString(c));
            all.append((char) c);
        }
        assertEquals(jackson(all.toString()), JsonLd.script(all.toString()));
    }

    @Test
    void aClosingTagInAnyStringCannotEndTheScript() throws Exception {
        Map<String, Object> ld = JsonLd.map("@type", "NewsArticle", "headline", "A </script><script>alert(1)</script>",
                "k</", List.of("</", "<", "/", "<\\/"), "n", 3, "none", null);
        assertEquals("{\"@type\":\"NewsArticle\",\"headline\":\"A <\\/script><script>alert(1)<\\/script>\","
                + "\"k<\\/\":[\"<\\/\",\"<\",\"/\",\"<\\\\/\"],\"n\":3,\"none\":null}", JsonLd.script(ld));
        assertEquals(jackson(ld), JsonLd.script(ld));
    }

    @Test
    void nestedMapsListsAndNumbersAreWrittenAsJacksonWritesThem() throws Exception {
        Random random = new Random(42);
        String alphabet = "aăđ Ư<>/\"\\\n\t\u0001\u007f\u2028😀&'";
        for (int n = 0; n < 500; n++) {
            Object value = random(random, alphabet, 3);
            assertEquals(jackson(value), JsonLd.script(value));
        }
    }

    private static Object random(Random r, String alphabet, int depth) {
        int kind = depth == 0 ? r.nextInt(3) : r.nextInt(5);
        return switch (kind) {
            case 0 -> {
                StringBuilder s = new StringBuilder();
                for (int i = r.nextInt(12); i > 0; i--) s.append(alphabet.charAt(r.nextInt(alphabet.length())));
                yield s.toString();
            }
            case 1 -> r.nextInt(5000) - 100;
            case 2 -> r.nextBoolean() ? null : (long) r.nextInt();
            case 3 -> {
                List<Object> l = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) l.add(random(r, alphabet, depth - 1));
                yield l;
            }
            default -> {
                Map<String, Object> m = JsonLd.map();
                for (int i = r.nextInt(4); i > 0; i--) m.put("k" + r.nextInt(100) + alphabet.charAt(r.nextInt(alphabet.length())), random(r, alphabet, depth - 1));
                yield m;
            }
        };
    }
}
