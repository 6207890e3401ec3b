package brief.render;

import brief.diag.SourcePos;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what Pebble reports into a theme author's message: the template's line and, where the message names
 * what went wrong, its column; Pebble's wording without Java's type names; and a fix. It also finds the tags
 * left open ("{% endif " without its "%}"), which make Pebble's lexer run off the end of the text instead of
 * reporting them.
 */
final class TemplateErrors {
    /** A positioned problem in a template. */
    record Problem(SourcePos pos, String message, String hint) {}

    private static final String SYNTAX_HINT = "see the Pebble documentation for the syntax of tags ({% %}) and expressions ({{ }})";
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "Attribute \\[(.*?)] of \\[(?:class )?([\\w.$]+)] does not exist or can not be accessed.*", Pattern.DOTALL);
    private static final Pattern ROOT = Pattern.compile(
            "Root attribute \\[(.*?)] does not exist or can not be accessed.*", Pattern.DOTALL);
    private static final Pattern NOT_FOUND = Pattern.compile(
            "Could not find template \\[prefix='.*?', templateName='(.*?)'].*", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("(?:of value \"(.+?)\"|Unexpected character \\[(.+?)])");
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:java|javax|jdk|sun|org|com|io|brief)\\.[\\w.$]+");

    private TemplateErrors() {}

    /**
     * The first tag, expression or comment of {@code text} that is not closed before the next one opens or
     * the text ends; null when every one is closed. Quoted strings inside a tag are skipped.
     */
    static Problem unclosed(Path file, String text) {
        int i = 0;
        while (true) {
            int open = text.indexOf('{', i);
            if (open < 0 || open + 1 >= text.length()) return null;
            char kind = text.charAt(open + 1);
            String close = kind == '%' ? "%}" : kind == '{' ? "}}" : kind == '#' ? "#}" : null;
            if (close == null) {
                i = open + 1;
                continue;
            }
            int end = kind == '#' ? text.indexOf(close, open + 2) : closeOf(text, open + 2, close);
            if (end < 0) {
                String opener = text.substring(open, open + 2);
                return new Problem(at(file, text, open), "'" + opener + "' is not closed",
                        "close it with '" + close + "' (every '" + opener + "' needs its '" + close + "')");
            }
            i = end + 2;
            if (kind == '%' && text.startsWith("verbatim", skipSpaces(text, open + 2))) {
                int endVerbatim = text.indexOf("endverbatim", i);
                if (endVerbatim < 0) return null; // Pebble reports it
                i = endVerbatim;
            }
        }
    }

    /** Where {@code close} ends the tag opened before {@code from}, or -1 when another opens first or none does. */
    private static int closeOf(String text, int from, String close) {
        char quote = 0;
        for (int j = from; j < text.length() - 1; j++) {
            char c = text.charAt(j);
            if (quote != 0) {
                if (c == '\\') j++;
                else if (c == quote) quote = 0;
                continue;
            }
            if (c == '"' || c == '\'') quote = c;
            else if (text.startsWith(close, j)) return j;
            else if (c == '{' && (text.charAt(j + 1) == '%' || text.charAt(j + 1) == '{')) return -1;
        }
        return -1;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')) i++;
        return i;
    }

    private static SourcePos at(Path file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int k = text.indexOf('\n'); k >= 0 && k < offset; k = text.indexOf('\n', k + 1)) {
            line++;
            lineStart = k + 1;
        }
        return new SourcePos(file, line, text.codePointCount(lineStart, offset) + 1);
    }

    /**
     * A Pebble failure as a problem of {@code file}, whose text is {@code text} (null if unknown): the line Pebble
     * gives (1 if none), the column of the name or token its message quotes on that line (else 1).
     */
    static Problem of(Path file, String text, Integer pebbleLine, String pebbleMessage) {
        int line = pebbleLine == null || pebbleLine < 1 ? 1 : pebbleLine;
        String m = pebbleMessage == null ? "" : pebbleMessage.strip();
        String hint = SYNTAX_HINT;
        String quoted = null;
        Matcher a = ATTRIBUTE.matcher(m);
        Matcher r = ROOT.matcher(m);
        Matcher nf = NOT_FOUND.matcher(m);
        Matcher q = QUOTED.matcher(m);
        if (a.matches()) {
            quoted = a.group(1);
            m = "'" + quoted + "' does not exist in " + describe(a.group(2));
            hint = "check the spelling against the names the page has; test a name that may be absent with 'is defined'";
        } else if (r.matches()) {
            quoted = r.group(1);
            m = "unknown variable '" + quoted + "'";
            hint = "check the spelling; test a name that may be absent with '{% if " + quoted + " is defined %}'";
        } else if (nf.matches()) {
            quoted = nf.group(1);
            m = "template '" + quoted + "' not found";
            // Pebble gives the line of the template's first tag: the name itself is where to look.
            line = lineWith(text, quoted, line);
            hint = "name a file of the theme's templates/ folder, relative to it";
        } else if (q.find()) {
            quoted = q.group(1) != null ? q.group(1) : q.group(2);
        }
        m = JAVA_NAME.matcher(m).replaceAll(x -> Matcher.quoteReplacement(simpleName(x.group())));
        if (m.isEmpty()) m = "the template cannot be read here";
        return new Problem(new SourcePos(file, line, column(text, line, quoted)), m, hint);
    }

    /** A failure that is not one of Pebble's own (a bug in Pebble or in brief): no position but the line, no Java. */
    static Problem unexpected(Path file, Integer line) {
        return new Problem(new SourcePos(file, line == null || line < 1 ? 1 : line, 1),
                "the template cannot be read here", SYNTAX_HINT + "; if it looks right, please report it");
    }

    private static int column(String text, int line, String quoted) {
        if (text == null || quoted == null || quoted.isEmpty()) return 1;
        String l = brief.source.SourceFile.lineOf(text, line);
        if (l == null) return 1;
        String needle = quoted.replace("\\u0000", "");
        if (needle.isEmpty()) return 1;
        int at = l.indexOf(needle);
        return at < 0 ? 1 : l.codePointCount(0, at) + 1;
    }

    /** The line of the first quoted occurrence of {@code name}, or {@code otherwise}. */
    private static int lineWith(String text, String name, int otherwise) {
        if (text == null) return otherwise;
        int at = text.indexOf("\"" + name + "\"");
        if (at < 0) at = text.indexOf("'" + name + "'");
        if (at < 0) return otherwise;
        int line = 1;
        for (int k = text.indexOf('\n'); k >= 0 && k < at; k = text.indexOf('\n', k + 1)) line++;
        return line;
    }

    /** A value's Java type in the words of a theme author. */
    private static String describe(String javaType) {
        // The views templates read (PageView, Items): named as the template names them, never as Java types.
        if (javaType.equals(PageView.Site.class.getName())) return "the site";
        if (javaType.startsWith(PageView.class.getName() + "$")) return "the page";
        if (javaType.startsWith(Items.class.getName() + "$")) return "this item";
        String t = simpleName(javaType);
        if (t.endsWith("Map")) return "this map";
        if (t.equals("String")) return "this text";
        if (t.endsWith("List") || t.endsWith("Set") || t.endsWith("Collection")) return "this list";
        if (t.equals("Integer") || t.equals("Long") || t.equals("Double") || t.equals("BigDecimal")) return "this number";
        if (t.equals("Boolean")) return "this true/false value";
        return "this object";
    }

    private static String simpleName(String qualified) {
        String s = qualified.substring(qualified.lastIndexOf('.') + 1);
        int dollar = s.lastIndexOf('$');
        s = dollar >= 0 ? s.substring(dollar + 1) : s;
        return s.endsWith("Exception") ? "error" : s;
    }
}
