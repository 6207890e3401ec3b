package brief.render;

/** Escaping for the XML files brief writes by hand (feeds, sitemap): text and attribute values alike. */
final class Xml {
    private Xml() {}

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    // Control characters are not allowed in XML 1.0 at all: drop them rather than write a broken file.
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') continue;
                    if (c == 0xFFFE || c == 0xFFFF) continue;
                    b.append(c);
                }
            }
        }
        return b.toString();
    }
}
