package brief.yaml;

import brief.diag.Code;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import brief.yaml.YNode.YList;
import brief.yaml.YNode.YMap;
import brief.yaml.YNode.YScalar;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML text into a {@link YNode} tree that remembers positions. Syntax errors and duplicate keys
 * become diagnostics at the exact line and column; the result is then empty.
 */
public final class YamlReader {
    /**
     * SnakeYAML refuses a document over 3 million code points by default: the leaders.yaml of an archive of
     * 5,000 leaders is past that. The size of a file is bounded when it is read ({@link brief.source.SourceFile}), not here.
     */
    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(unlimited()).build();

    private static org.yaml.snakeyaml.LoaderOptions unlimited() {
        org.yaml.snakeyaml.LoaderOptions o = new org.yaml.snakeyaml.LoaderOptions();
        o.setCodePointLimit(Integer.MAX_VALUE);
        return o;
    }

    private YamlReader() {}

    /**
     * @param file       the path shown in messages (relative to the source folder)
     * @param text       the YAML text
     * @param lineOffset lines before the text in its file (front matter starts after the "---" line)
     */
    public static Optional<YNode> read(Path file, String text, int lineOffset, Diagnostics diags) {
        if (text.isBlank()) return Optional.empty();
        // The content is typed by people, often pasted from a word processor; the theme is written by developers.
        if (file.startsWith("content")) PastedCharacters.check(file, text, lineOffset, diags);
        YNode flat = FlatYaml.read(file, text, lineOffset);
        if (flat != null) return Optional.of(flat);
        return parse(file, text, lineOffset, diags);
    }

    /** SnakeYAML's reading of a text that is not blank (through Jackson): what {@link FlatYaml} must match. */
    static Optional<YNode> parse(Path file, String text, int lineOffset, Diagnostics diags) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) return Optional.empty();
            YNode node = readValue(p, file, lineOffset, diags);
            return Optional.of(node);
        } catch (JsonProcessingException e) {
            reportSyntax(e, file, lineOffset, text, diags);
            return Optional.empty();
        } catch (IOException e) {
            diags.error(Code.FILE_UNREADABLE, SourcePos.of(file), "cannot read YAML: %s", e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            // SnakeYAML throws its own unchecked exceptions for some malformed input.
            reportSyntax(e, file, lineOffset, text, diags);
            return Optional.empty();
        }
    }

    private static YNode readValue(JsonParser p, Path file, int off, Diagnostics diags) throws IOException {
        SourcePos pos = pos(p.currentTokenLocation(), file, off);
        JsonToken t = p.currentToken();
        if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yp && yp.isCurrentAlias()) {
            // Jackson gives an alias as its bare name ("*x" reads as "x"): that would be silently wrong data.
            diags.errorWithHint(Code.YAML_ALIAS, pos, "write the value out in full instead of '*" + p.getText() + "'",
                    "YAML aliases ('*%s') are not supported", p.getText());
            return new YScalar("", YScalar.Kind.NULL, pos);
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, YNode> entries = new LinkedHashMap<>();
                Map<String, SourcePos> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    SourcePos keyPos = pos(p.currentTokenLocation(), file, off);
                    p.nextToken();
                    YNode value = readValue(p, file, off, diags);
                    if (entries.containsKey(key)) {
                        diags.errorWithHint(Code.DUPLICATE_KEY, keyPos, "remove one of the two, or rename it",
                                "duplicate key '%s' (first written at line %d)", key, keys.get(key).line());
                        continue;
                    }
                    entries.put(key, value);
                    keys.put(key, keyPos);
                }
                return new YMap(entries, keys, pos);
            }
            case START_ARRAY: {
                List<YNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, file, off, diags));
                }
                return new YList(items, pos);
            }
            case VALUE_NULL:
                return new YScalar("", YScalar.Kind.NULL, pos);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YScalar(p.getText(), YScalar.Kind.BOOLEAN, pos);
            case VALUE_NUMBER_INT:
                return new YScalar(p.getText(), YScalar.Kind.INTEGER, pos);
            case VALUE_NUMBER_FLOAT:
                return new YScalar(p.getText(), YScalar.Kind.DECIMAL, pos);
            default:
                // "title:" with nothing after it reads as the empty text; for brief it is no value at all, so
                // that a required field left empty is reported as missing rather than used as "".
                String text = p.getText() == null ? "" : p.getText();
                return new YScalar(text, text.isEmpty() ? YScalar.Kind.NULL : YScalar.Kind.STRING, pos);
        }
    }

    private static SourcePos pos(JsonLocation loc, Path file, int off) {
        if (loc == null || loc.getLineNr() <= 0) return new SourcePos(file, off + 1, 1);
        return new SourcePos(file, loc.getLineNr() + off, Math.max(1, loc.getColumnNr()));
    }

    private static void reportSyntax(Exception e, Path file, int off, String text, Diagnostics diags) {
        Throwable c = e;
        while (c != null) {
            if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
                var mark = m.getProblemMark();
                String problem = m.getProblem() == null ? "invalid YAML" : m.getProblem();
                // A quote left open swallows the text up to the next quote, and the parser trips lines later
                // over what follows it ("expected <block end>"): the line that opened it is what to fix.
                int[] open = unclosedQuote(text, mark.getLine());
                if (open != null && !problem.contains("end of stream")) {
                    diags.errorWithHint(Code.YAML_SYNTAX, new SourcePos(file, open[0] + 1 + off, open[1] + 1), "close the quote",
                            "YAML syntax: the quote opened here is not closed on this line");
                    return;
                }
                // At the end of the text the problem mark points past the last line (in front matter: at the
                // closing '---'); where the unclosed quote or bracket was opened is what the writer must fix.
                if (problem.contains("end of stream") && m.getContextMark() != null && m.getContext() != null) {
                    mark = m.getContextMark();
                    problem = m.getContext() + ": " + problem;
                }
                diags.errorWithHint(Code.YAML_SYNTAX, new SourcePos(file, mark.getLine() + 1 + off, mark.getColumn() + 1),
                        syntaxHint(problem), "YAML syntax: %s", problem);
                return;
            }
            c = c.getCause() == c ? null : c.getCause();
        }
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        if (msg.contains("nesting depth")) msg = "values are nested more than 1000 levels deep";
        int line = off + 1;
        int col = 1;
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null && jpe.getLocation().getLineNr() > 0) {
            line = jpe.getLocation().getLineNr() + off;
            col = Math.max(1, jpe.getLocation().getColumnNr());
        }
        diags.errorWithHint(Code.YAML_SYNTAX, new SourcePos(file, line, col), "check the indentation and quoting on this line",
                "YAML syntax: %s", msg);
    }

    /**
     * The first line, up to {@code lastLine} (0-based), that ends inside a quoted value it opened, as {line,
     * column of the quote}; null when every quote closes on its line. Quoted values may run over several lines
     * in YAML, but none of brief's files needs that, and it is only asked after the parser failed.
     */
    static int[] unclosedQuote(String text, int lastLine) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i <= lastLine && i < lines.length; i++) {
            String l = lines[i];
            char quote = 0;
            int opened = -1;
            for (int j = 0; j < l.length(); j++) {
                char ch = l.charAt(j);
                if (quote == 0) {
                    if (ch == '#' && (j == 0 || l.charAt(j - 1) == ' ')) break;
                    if ((ch == '"' || ch == '\'') && (j == 0 || " \t:{[,-?".indexOf(l.charAt(j - 1)) >= 0)) {
                        quote = ch;
                        opened = j;
                    }
                } else if (quote == '"' && ch == '\\') {
                    j++;
                } else if (ch == quote) {
                    if (quote == '\'' && j + 1 < l.length() && l.charAt(j + 1) == '\'') j++;
                    else quote = 0;
                }
            }
            if (quote != 0) return new int[] {i, opened};
        }
        return null;
    }

    private static String syntaxHint(String problem) {
        if (problem.contains("mapping values are not allowed")) {
            return "a value that contains ': ' must be put in double quotes; if this line starts a new key,"
                    + " indent it exactly like the keys above it";
        }
        if (problem.toLowerCase(java.util.Locale.ROOT).contains("tab")) return "indent with spaces, not tabs";
        if (problem.contains("quoted scalar")) return "a quote was opened here and not closed; close the quote";
        if (problem.contains("could not find expected ':'")) return "each line of a mapping needs 'key: value'";
        if (problem.contains("did not find expected key") || problem.contains("expected <block end>")) {
            return "check the indentation: items of one list or mapping must start in the same column";
        }
        if (problem.contains("found unexpected end of stream") || problem.contains("unclosed")) {
            return "a quote was opened and not closed";
        }
        return "check the indentation and quoting on this line";
    }
}
