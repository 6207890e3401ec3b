package brief.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StringsTest {
    @Test
    void placeholdersFilledWithTextComeOutAsMessageFormatMakesThem() {
        List<String> patterns = List.of("Đoạn {0}", "{0} · {1}", "{1} và {0}", "{0}{0}", "} {0} {", "{ 0}", "{0,number}",
                "{2}", "It''s {0}", "{}", "{12}", "{0", "plain", "{0} } {1}", "{x}", "{00}");
        List<Object[]> argLists = List.of(new Object[] {"3", "Hà Nội"}, new Object[] {"a"}, new Object[] {4, "b"},
                new Object[] {}, new Object[] {"x", "y", "z", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"});
        for (String pattern : patterns) {
            Strings s = new Strings(Map.of("vi", Map.of("k", pattern)), Map.of(), Map.of());
            for (Object[] args : argLists) {
                String expected;
                try {
                    expected = new MessageFormat(pattern, Locale.forLanguageTag("vi")).format(args);
                } catch (IllegalArgumentException e) {
                    continue; // not a pattern a theme can have: the check refuses it
                }
                assertEquals(expected, s.t("vi", "k", args), pattern + " " + java.util.Arrays.toString(args));
            }
        }
    }
}
