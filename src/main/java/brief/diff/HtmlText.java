package brief.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable text of a page's {@code <main>}, one line per block, for text diffs. A small tag stripper
 * rather than an HTML parser: it reads only pages brief itself wrote, which are well-formed.
 */
public final class HtmlText {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SKIPPED = Pattern.compile("<(script|style|template)\\b.*?</\\1\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "nav",
            "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead",
            "tbody", "figure", "figcaption", "blockquote", "pre", "br", "hr", "main", "details", "summary", "time");

    private HtmlText() {}

    /** The text lines of the page's main element (of the whole page when it has none). */
    public static List<String> mainText(String html) {
        String part = html;
        int open = html.indexOf("<main");
        int close = html.lastIndexOf("</main>");
        if (open >= 0 && close > open) part = html.substring(open, close);
        part = SKIPPED.matcher(part).replaceAll(" ");
        StringBuilder sb = new StringBuilder();
        Matcher m = TAG.matcher(part);
        int last = 0;
        while (m.find()) {
            // Line breaks in the HTML source are spaces; only block elements start a new line.
            sb.append(part.substring(last, m.start()).replace('\n', ' '));
            String name = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
            sb.append(BLOCKS.contains(name) ? "\n" : (name.equals("td") || name.equals("th")) ? " | " : "");
            last = m.end();
        }
        sb.append(part.substring(last).replace('\n', ' '));
        List<String> lines = new ArrayList<>();
        for (String line : decode(sb.toString()).split("\n")) {
            String t = line.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (!t.isEmpty() && !t.equals("|")) lines.add(t);
        }
        return lines;
    }

    static String decode(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> {
                    if (!e.startsWith("#")) yield m.group();
                    try {
                        int cp = e.startsWith("#x") || e.startsWith("#X") ? Integer.parseInt(e.substring(2), 16)
                                : Integer.parseInt(e.substring(1));
                        yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group();
                    } catch (NumberFormatException ex) {
                        yield m.group();
                    }
                }
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
