package brief.diag;

import java.nio.file.Path;

/** A place in a source file: path relative to the source folder, 1-based line and column (0 when unknown). */
public record SourcePos(Path file, int line, int col) implements Comparable<SourcePos> {

    public static SourcePos of(Path file) {
        return new SourcePos(file, 0, 0);
    }

    public SourcePos atLine(int newLine, int newCol) {
        return new SourcePos(file, newLine, newCol);
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = file.toString().compareTo(o.file.toString());
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(col, o.col);
    }

    @Override
    public String toString() {
        String f = file.toString().replace('\\', '/');
        if (line <= 0) return f;
        return f + ":" + line + ":" + Math.max(col, 1);
    }
}
