package brief.diag;

/**
 * One problem found in the sources. {@code sourceLine} is the offending line of the file (may be null),
 * {@code hint} says how to fix it (may be null), {@code kind} is the message before its values were filled in
 * (reports summarise many problems of one kind), {@code code} what kind of problem it is, for tools and for the
 * stages that tell problems apart.
 */
public record Diagnostic(Severity severity, SourcePos pos, String message, String hint, String sourceLine, String kind,
                         Code code) implements Comparable<Diagnostic> {

    public Diagnostic {
        java.util.Objects.requireNonNull(code, "every diagnostic has a code");
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = pos.compareTo(o.pos);
        return c != 0 ? c : message.compareTo(o.message);
    }

    /** The one-line form, {@code path:line:col: error: message}. */
    public String headline() {
        return pos + ": " + severity.label() + ": " + message;
    }

    /** The headline, then the source line with a caret, then the hint. */
    public String format() {
        StringBuilder sb = new StringBuilder(headline());
        if (sourceLine != null && !sourceLine.isBlank()) {
            String shown = sourceLine.length() > 160 ? sourceLine.substring(0, 160) + "…" : sourceLine;
            sb.append("\n    | ").append(shown);
            if (pos.col() > 0 && pos.col() <= shown.length() + 1) {
                sb.append("\n    | ").append(" ".repeat(pos.col() - 1)).append('^');
            }
        }
        if (hint != null) sb.append("\n    = hint: ").append(hint);
        return sb.toString();
    }
}
