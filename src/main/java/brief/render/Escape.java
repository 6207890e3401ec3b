package brief.render;

/** Escaping for text brief writes by hand rather than through Pebble: XML and HTML, and JSON strings. */
public final class Escape {
    private Escape() {}

    /** Text or attribute value in XML or HTML. Control characters are not allowed in XML 1.0: they are dropped. */
    public static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String entity = entity(c);
            if (entity != null) b.append(entity);
            else if ((c >= 0x20 || c == '\n' || c == '\t' || c == '\r') && c != 0xFFFE && c != 0xFFFF) b.append(c);
        }
        return b.toString();
    }

    /**
     * What templates print, autoescaped: {@code & < > " '} as {@code &amp; &lt; &gt; &quot; &#39;}, everything else
     * as it is, the same text as Pebble's own "html" strategy (unbescape's {@code escapeHtml4Xml}) writes, by a
     * loop that looks at each character once and copies nothing when there is nothing to escape. Templates print
     * thousands of strings a page; unbescape's general escaper was a tenth of their time.
     */
    public static String html(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && entity(s.charAt(i)) == null) i++;
        if (i == n) return s;
        StringBuilder b = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            String entity = entity(c);
            if (entity != null) b.append(entity);
            else b.append(c);
        }
        return b.toString();
    }

    /** How XML and HTML text write {@code c}: {@code & < > " '} as entities; null for a character written as itself. */
    private static String entity(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }

    /** A JSON string literal, also safe inside an HTML script element. */
    public static String json(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                // '<' and '>' escaped so "</script>" in a message cannot end an inline script; U+2028/9 break old parsers.
                case '<', '>', '&', '\u2028', '\u2029' -> sb.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
